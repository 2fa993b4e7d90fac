# generated from the Odd Shapes spec by the openai-connector generator; do not edit
from ..data_set_list import DataSetList as DataSetList
from ..data_set_list import DataSetList as RootListResponse

__all__ = [
    "DataSetList",
    "RootListResponse",
]
