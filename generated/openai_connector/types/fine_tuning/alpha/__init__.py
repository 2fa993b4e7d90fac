# generated from the OpenAI API spec by the openai-connector generator; do not edit
"""`types.fine_tuning.alpha`, laid out as openai-python's: names of the flat `types` package, loaded on first use."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ....lib._type_exports import Target, load_export

if TYPE_CHECKING:
    from ...grader_run_response import GraderRunResponse as GraderRunResponse
    from ...grader_validate_response import GraderValidateResponse as GraderValidateResponse

__all__ = [
    "GraderRunResponse",
    "GraderValidateResponse",
]

_EXPORTS: dict[str, Target] = {
    "GraderRunResponse": (("grader_run_response", "GraderRunResponse"),),
    "GraderValidateResponse": (("grader_validate_response", "GraderValidateResponse"),),
}


def __getattr__(name: str) -> Any:
    value = load_export(__name__, 2, _EXPORTS, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(_EXPORTS)
