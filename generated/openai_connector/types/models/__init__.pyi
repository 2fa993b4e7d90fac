# generated from the OpenAI API spec by the openai-connector generator; do not edit
from ..model import Model as Model
from ..model import Model as ModelListResponse
from ..model import Model as ModelRetrieveResponse
from ..model_deleted import ModelDeleted as ModelDeleteResponse
from ..model_deleted import ModelDeleted as ModelDeleted

__all__ = [
    "Model",
    "ModelDeleteResponse",
    "ModelDeleted",
    "ModelListResponse",
    "ModelRetrieveResponse",
]
