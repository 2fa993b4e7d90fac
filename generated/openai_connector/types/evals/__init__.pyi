# generated from the OpenAI API spec by the openai-connector generator; do not edit
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
