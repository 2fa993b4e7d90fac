# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal, Required

from typing_extensions import TypedDict

from ..lib._models import BaseModel


class BetaCodeInterpreterOutputImage(BaseModel):
    """The image output from the code interpreter."""

    type: Literal["image"]
    """The type of the output. Always `image`."""

    url: str
    """The URL of the image output from the code interpreter."""


class BetaCodeInterpreterOutputImageParam(TypedDict, total=False):
    """The image output from the code interpreter."""

    type: Required[Literal["image"]]
    """The type of the output. Always `image`."""

    url: Required[str]
    """The URL of the image output from the code interpreter."""
