# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class CreateGroupBody(BaseModel):
    """Request payload for creating a new group in the organization."""

    name: str = Field(default_factory=_missing)
    """Human readable name for the group."""


class CreateGroupBodyParam(TypedDict, total=False):
    """Request payload for creating a new group in the organization."""

    name: Required[str]
    """Human readable name for the group."""
