# generated from the OpenAI API spec by the openai-connector generator; do not edit
"""`types.evals`, laid out as openai-python's: names of the flat `types` package, loaded on first use."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...lib._type_exports import Target, load_export

if TYPE_CHECKING:
    from ..delete_eval import DeleteEvalResponse as DeleteEvalResponse
    from ..delete_eval import DeleteEvalResponse as EvalDeleteResponse
    from ..delete_eval_run import DeleteEvalRunResponse as DeleteEvalRunResponse
    from ..delete_eval_run import DeleteEvalRunResponse as RunDeleteResponse
    from ..eval import Eval as Eval
    from ..eval import Eval as EvalCreateResponse
    from ..eval import Eval as EvalListResponse
    from ..eval import Eval as EvalRetrieveResponse
    from ..eval import Eval as EvalUpdateResponse
    from ..eval_run import EvalRun as EvalRun
    from ..eval_run import EvalRun as RunCancelResponse
    from ..eval_run import EvalRun as RunCreateResponse
    from ..eval_run import EvalRun as RunListResponse
    from ..eval_run import EvalRun as RunRetrieveResponse
    from ..eval_run_output_item import EvalRunOutputItem as EvalRunOutputItem

__all__ = [
    "DeleteEvalResponse",
    "DeleteEvalRunResponse",
    "Eval",
    "EvalCreateResponse",
    "EvalDeleteResponse",
    "EvalListResponse",
    "EvalRetrieveResponse",
    "EvalRun",
    "EvalRunOutputItem",
    "EvalUpdateResponse",
    "RunCancelResponse",
    "RunCreateResponse",
    "RunDeleteResponse",
    "RunListResponse",
    "RunRetrieveResponse",
]

_EXPORTS: dict[str, Target] = {
    "DeleteEvalResponse": (("delete_eval", "DeleteEvalResponse"),),
    "DeleteEvalRunResponse": (("delete_eval_run", "DeleteEvalRunResponse"),),
    "Eval": (("eval", "Eval"),),
    "EvalCreateResponse": (("eval", "Eval"),),
    "EvalDeleteResponse": (("delete_eval", "DeleteEvalResponse"),),
    "EvalListResponse": (("eval", "Eval"),),
    "EvalRetrieveResponse": (("eval", "Eval"),),
    "EvalRun": (("eval_run", "EvalRun"),),
    "EvalRunOutputItem": (("eval_run_output_item", "EvalRunOutputItem"),),
    "EvalUpdateResponse": (("eval", "Eval"),),
    "RunCancelResponse": (("eval_run", "EvalRun"),),
    "RunCreateResponse": (("eval_run", "EvalRun"),),
    "RunDeleteResponse": (("delete_eval_run", "DeleteEvalRunResponse"),),
    "RunListResponse": (("eval_run", "EvalRun"),),
    "RunRetrieveResponse": (("eval_run", "EvalRun"),),
}


def __getattr__(name: str) -> Any:
    value = load_export(__name__, 1, _EXPORTS, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(_EXPORTS)
