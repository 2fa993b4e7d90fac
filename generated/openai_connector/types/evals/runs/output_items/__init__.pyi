# generated from the OpenAI API spec by the openai-connector generator; do not edit
from ....eval_run_output_item import EvalRunOutputItem as EvalRunOutputItem
from ....eval_run_output_item import EvalRunOutputItem as OutputItemListResponse
from ....eval_run_output_item import EvalRunOutputItem as OutputItemRetrieveResponse

__all__ = [
    "EvalRunOutputItem",
    "OutputItemListResponse",
    "OutputItemRetrieveResponse",
]
