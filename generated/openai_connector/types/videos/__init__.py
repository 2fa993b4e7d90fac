# generated from the OpenAI API spec by the openai-connector generator; do not edit
"""`types.videos`, laid out as openai-python's: names of the flat `types` package, loaded on first use."""

from __future__ import annotations

from typing import Any

from ...lib._type_exports import Target, load_export

_EXPORTS: dict[str, Target] = {
    "Video": (("video", "Video"),),
    "VideoCharacterResource": (("video_character_resource", "VideoCharacterResource"),),
    "VideoCreateCharacterResponse": (("video_character_resource", "VideoCharacterResource"),),
    "VideoCreateJsonResponse": (("video", "Video"),),
    "VideoCreateResponse": (("video", "Video"),),
    "VideoDeleteResponse": (("video_delete_response", "VideoDeleteResponse"),),
    "VideoEditJsonResponse": (("video", "Video"),),
    "VideoEditResponse": (("video", "Video"),),
    "VideoExtendJsonResponse": (("video", "Video"),),
    "VideoExtendResponse": (("video", "Video"),),
    "VideoGetCharacterResponse": (("video_character_resource", "VideoCharacterResource"),),
    "VideoListResponse": (("video", "Video"),),
    "VideoRemixResponse": (("video", "Video"),),
    "VideoRetrieveResponse": (("video", "Video"),),
}


def __getattr__(name: str) -> Any:
    value = load_export(__name__, 1, _EXPORTS, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(_EXPORTS)
