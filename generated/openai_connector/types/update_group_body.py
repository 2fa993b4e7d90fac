# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class UpdateGroupBody(BaseModel):
    """Request payload for updating the details of an existing group."""

    name: str = Field(default_factory=_missing)
    """New display name for the group."""


class UpdateGroupBodyParam(TypedDict, total=False):
    """Request payload for updating the details of an existing group."""

    name: Required[str]
    """New display name for the group."""
