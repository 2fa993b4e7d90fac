# generated from the OpenAI API spec by the openai-connector generator; do not edit
"""`types.beta.threads.runs`, laid out as openai-python's: names of the flat `types` package, loaded on first use."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .....lib._type_exports import Target, load_export

if TYPE_CHECKING:
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

_EXPORTS: dict[str, Target] = {
    "Run": (("run", "Run"),),
    "RunCancelResponse": (("run", "Run"),),
    "RunCreateResponse": (("run", "Run"),),
    "RunListResponse": (("run", "Run"),),
    "RunRetrieveResponse": (("run", "Run"),),
    "RunStep": (("run_step", "RunStep"),),
    "RunSubmitToolOutputsResponse": (("run", "Run"),),
    "RunUpdateResponse": (("run", "Run"),),
    "StepListResponse": (("run_step", "RunStep"),),
    "StepRetrieveResponse": (("run_step", "RunStep"),),
}


def __getattr__(name: str) -> Any:
    value = load_export(__name__, 3, _EXPORTS, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(_EXPORTS)
