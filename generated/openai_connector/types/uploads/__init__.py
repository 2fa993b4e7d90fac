# generated from the OpenAI API spec by the openai-connector generator; do not edit
"""`types.uploads`, laid out as openai-python's: names of the flat `types` package, loaded on first use."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...lib._type_exports import Target, load_export

if TYPE_CHECKING:
    from ..upload import Upload as Upload
    from ..upload import Upload as UploadCancelResponse
    from ..upload import Upload as UploadCompleteResponse
    from ..upload import Upload as UploadCreateResponse
    from ..upload_part import UploadPart as PartCreateResponse
    from ..upload_part import UploadPart as UploadPart

__all__ = [
    "PartCreateResponse",
    "Upload",
    "UploadCancelResponse",
    "UploadCompleteResponse",
    "UploadCreateResponse",
    "UploadPart",
]

_EXPORTS: dict[str, Target] = {
    "PartCreateResponse": (("upload_part", "UploadPart"),),
    "Upload": (("upload", "Upload"),),
    "UploadCancelResponse": (("upload", "Upload"),),
    "UploadCompleteResponse": (("upload", "Upload"),),
    "UploadCreateResponse": (("upload", "Upload"),),
    "UploadPart": (("upload_part", "UploadPart"),),
}


def __getattr__(name: str) -> Any:
    value = load_export(__name__, 1, _EXPORTS, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(_EXPORTS)
