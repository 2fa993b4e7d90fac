# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal, Required

from typing_extensions import TypedDict

from ..lib._models import BaseModel


class MessageRequestContentTextObject(BaseModel):
    """The text content that is part of a message."""

    type: Literal["text"]
    """Always `text`."""

    text: str
    """Text content to be sent to the model"""


class MessageRequestContentTextObjectParam(TypedDict, total=False):
    """The text content that is part of a message."""

    type: Required[Literal["text"]]
    """Always `text`."""

    text: Required[str]
    """Text content to be sent to the model"""
