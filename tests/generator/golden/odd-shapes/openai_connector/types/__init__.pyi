# generated from the Odd Shapes spec by the openai-connector generator; do not edit
from .data_set_list import DataSetList as DataSetList
from .data_set_list import DataSetList as RootListResponse
from .data_set_list import DataSetListApisItem as DataSetListApisItem
from .error import Error as Error
from .error import Error as PetRetrieveResponse
from .new_pet import NewPet as NewPet
from .perform_search import PerformSearchBody as PerformSearchBody
from .perform_search import PerformSearchBodyParam as PerformSearchBodyParam
from .pet import Pet as Pet

__all__ = [
    "DataSetList",
    "DataSetListApisItem",
    "Error",
    "NewPet",
    "PerformSearchBody",
    "PerformSearchBodyParam",
    "Pet",
    "PetRetrieveResponse",
    "RootListResponse",
]
