# generated from the OpenAI API spec by the openai-connector generator; do not edit
from ....run import Run as Run
from ....run import Run as RunCancelResponse
from ....run import Run as RunCreateResponse
from ....run import Run as RunListResponse
from ....run import Run as RunRetrieveResponse
from ....run import Run as RunSubmitToolOutputsResponse
from ....run import Run as RunUpdateResponse
from ....run_step import RunStep as RunStep
from ....run_step import RunStep as StepListResponse
from ....run_step import RunStep as StepRetrieveResponse

__all__ = [
    "Run",
    "RunCancelResponse",
    "RunCreateResponse",
    "RunListResponse",
    "RunRetrieveResponse",
    "RunStep",
    "RunSubmitToolOutputsResponse",
    "RunUpdateResponse",
    "StepListResponse",
    "StepRetrieveResponse",
]
