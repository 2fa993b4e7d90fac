# generated from the Golden Pets spec by the openai-connector generator; do not edit
from ..pet import Pet as Pet
from ..pet import Pet as PetCreateResponse
from ..pet import Pet as PetListResponse
from ..pet import Pet as PetRetrieveResponse
from ..upload_pet_photo import UploadPetPhotoResponse as PhotoCreateResponse
from ..upload_pet_photo import UploadPetPhotoResponse as UploadPetPhotoResponse

__all__ = [
    "Pet",
    "PetCreateResponse",
    "PetListResponse",
    "PetRetrieveResponse",
    "PhotoCreateResponse",
    "UploadPetPhotoResponse",
]
