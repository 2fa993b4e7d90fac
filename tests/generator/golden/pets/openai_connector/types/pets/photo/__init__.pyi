# generated from the Golden Pets spec by the openai-connector generator; do not edit
from ...upload_pet_photo import UploadPetPhotoResponse as PhotoCreateResponse
from ...upload_pet_photo import UploadPetPhotoResponse as UploadPetPhotoResponse

__all__ = [
    "PhotoCreateResponse",
    "UploadPetPhotoResponse",
]
