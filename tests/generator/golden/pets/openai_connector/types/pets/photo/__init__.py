# generated from the Golden Pets spec by the openai-connector generator; do not edit
"""`types.pets.photo`, laid out as openai-python's: names of the flat `types` package, loaded on first use."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ....lib._type_exports import Target, load_export

if TYPE_CHECKING:
    from ...upload_pet_photo import UploadPetPhotoResponse as PhotoCreateResponse
    from ...upload_pet_photo import UploadPetPhotoResponse as UploadPetPhotoResponse

__all__ = [
    "PhotoCreateResponse",
    "UploadPetPhotoResponse",
]

_EXPORTS: dict[str, Target] = {
    "PhotoCreateResponse": (("upload_pet_photo", "UploadPetPhotoResponse"),),
    "UploadPetPhotoResponse": (("upload_pet_photo", "UploadPetPhotoResponse"),),
}


def __getattr__(name: str) -> Any:
    value = load_export(__name__, 2, _EXPORTS, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(_EXPORTS)
