# generated from the OpenAI API spec by the openai-connector generator; do not edit
from ..batch import Batch as Batch
from ..batch import Batch as BatchCancelResponse
from ..batch import Batch as BatchCreateResponse
from ..batch import Batch as BatchListResponse
from ..batch import Batch as BatchRetrieveResponse

__all__ = [
    "Batch",
    "BatchCancelResponse",
    "BatchCreateResponse",
    "BatchListResponse",
    "BatchRetrieveResponse",
]
