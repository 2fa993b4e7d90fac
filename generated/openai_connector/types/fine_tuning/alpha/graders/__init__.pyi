# generated from the OpenAI API spec by the openai-connector generator; do not edit
from ....grader_run_response import GraderRunResponse as GraderRunResponse
from ....grader_validate_response import GraderValidateResponse as GraderValidateResponse

__all__ = [
    "GraderRunResponse",
    "GraderValidateResponse",
]
