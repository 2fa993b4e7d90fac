# generated from the OpenAI API spec by the openai-connector generator; do not edit
"""`types.evals.runs`, laid out as openai-python's: names of the flat `types` package, loaded on first use."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ....lib._type_exports import Target, load_export

if TYPE_CHECKING:
    from ...delete_eval_run import DeleteEvalRunResponse as DeleteEvalRunResponse
    from ...delete_eval_run import DeleteEvalRunResponse as RunDeleteResponse
    from ...eval_run import EvalRun as EvalRun
    from ...eval_run import EvalRun as RunCancelResponse
    from ...eval_run import EvalRun as RunCreateResponse
    from ...eval_run import EvalRun as RunListResponse
    from ...eval_run import EvalRun as RunRetrieveResponse
    from ...eval_run_output_item import EvalRunOutputItem as EvalRunOutputItem
    from ...eval_run_output_item import EvalRunOutputItem as OutputItemListResponse
    from ...eval_run_output_item import EvalRunOutputItem as OutputItemRetrieveResponse

__all__ = [
    "DeleteEvalRunResponse",
    "EvalRun",
    "EvalRunOutputItem",
    "OutputItemListResponse",
    "OutputItemRetrieveResponse",
    "RunCancelResponse",
    "RunCreateResponse",
    "RunDeleteResponse",
    "RunListResponse",
    "RunRetrieveResponse",
]

_EXPORTS: dict[str, Target] = {
    "DeleteEvalRunResponse": (("delete_eval_run", "DeleteEvalRunResponse"),),
    "EvalRun": (("eval_run", "EvalRun"),),
    "EvalRunOutputItem": (("eval_run_output_item", "EvalRunOutputItem"),),
    "OutputItemListResponse": (("eval_run_output_item", "EvalRunOutputItem"),),
    "OutputItemRetrieveResponse": (("eval_run_output_item", "EvalRunOutputItem"),),
    "RunCancelResponse": (("eval_run", "EvalRun"),),
    "RunCreateResponse": (("eval_run", "EvalRun"),),
    "RunDeleteResponse": (("delete_eval_run", "DeleteEvalRunResponse"),),
    "RunListResponse": (("eval_run", "EvalRun"),),
    "RunRetrieveResponse": (("eval_run", "EvalRun"),),
}


def __getattr__(name: str) -> Any:
    value = load_export(__name__, 2, _EXPORTS, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(_EXPORTS)
