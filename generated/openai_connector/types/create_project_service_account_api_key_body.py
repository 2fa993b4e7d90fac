# generated from the OpenAI API spec by the openai-connector generator; do not edit
from collections.abc import Sequence

from typing_extensions import TypedDict

from ..lib._models import BaseModel


class CreateProjectServiceAccountApiKeyBody(BaseModel):
    """The service account API key create request payload."""

    name: str | None = None
    """API key name."""

    scopes: list[str] | None = None
    """API key scopes."""


class CreateProjectServiceAccountApiKeyBodyParam(TypedDict, total=False):
    """The service account API key create request payload."""

    name: str
    """API key name."""

    scopes: Sequence[str]
    """API key scopes."""
