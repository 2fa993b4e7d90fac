# generated from the OpenAI API spec by the openai-connector generator; do not edit
from .....run_step import RunStep as RunStep
from .....run_step import RunStep as StepListResponse
from .....run_step import RunStep as StepRetrieveResponse

__all__ = [
    "RunStep",
    "StepListResponse",
    "StepRetrieveResponse",
]
