# generated from tests/generator/specs/petstore-3.1.yaml by the openai-connector generator; do not edit
"""Every model and request type, imported lazily: `from types import Name` loads one module."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .cat import Cat
    from .create_pet_request import (
        CreatePetRequest,
        CreatePetRequestDietCustomDiet,
        CreatePetRequestDietCustomDietParam,
        CreatePetRequestParam,
    )
    from .dog import Dog
    from .named import Named
    from .pet import Pet
    from .pet_event import PetEvent
    from .pet_kind import PetKind
    from .pet_list import PetList
    from .tag import TagSchema, TagSchemaParam
    from .upload_pet_photo import UploadPetPhotoBody, UploadPetPhotoBodyParam, UploadPetPhotoResponse

_MODULE_OF: dict[str, str] = {
    "Cat": "cat",
    "CreatePetRequest": "create_pet_request",
    "CreatePetRequestDietCustomDiet": "create_pet_request",
    "CreatePetRequestDietCustomDietParam": "create_pet_request",
    "CreatePetRequestParam": "create_pet_request",
    "Dog": "dog",
    "Named": "named",
    "Pet": "pet",
    "PetEvent": "pet_event",
    "PetKind": "pet_kind",
    "PetList": "pet_list",
    "TagSchema": "tag",
    "TagSchemaParam": "tag",
    "UploadPetPhotoBody": "upload_pet_photo",
    "UploadPetPhotoBodyParam": "upload_pet_photo",
    "UploadPetPhotoResponse": "upload_pet_photo",
}

__all__ = [
    "Cat",
    "CreatePetRequest",
    "CreatePetRequestDietCustomDiet",
    "CreatePetRequestDietCustomDietParam",
    "CreatePetRequestParam",
    "Dog",
    "Named",
    "Pet",
    "PetEvent",
    "PetKind",
    "PetList",
    "TagSchema",
    "TagSchemaParam",
    "UploadPetPhotoBody",
    "UploadPetPhotoBodyParam",
    "UploadPetPhotoResponse",
]


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
