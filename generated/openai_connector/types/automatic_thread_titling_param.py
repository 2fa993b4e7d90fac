# generated from the OpenAI API spec by the openai-connector generator; do not edit

from typing_extensions import TypedDict

from ..lib._models import BaseModel


class AutomaticThreadTitling(BaseModel):
    """Controls whether ChatKit automatically generates thread titles."""

    enabled: bool | None = None
    """Enable automatic thread title generation. Defaults to true."""


class AutomaticThreadTitlingParam(TypedDict, total=False):
    """Controls whether ChatKit automatically generates thread titles."""

    enabled: bool
    """Enable automatic thread title generation. Defaults to true."""
