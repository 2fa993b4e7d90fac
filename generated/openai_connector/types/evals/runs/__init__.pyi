# generated from the OpenAI API spec by the openai-connector generator; do not edit
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
