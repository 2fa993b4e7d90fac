# generated from the Odd Shapes spec by the openai-connector generator; do not edit
from ..error import Error as Error
from ..error import Error as PetRetrieveResponse

__all__ = [
    "Error",
    "PetRetrieveResponse",
]
