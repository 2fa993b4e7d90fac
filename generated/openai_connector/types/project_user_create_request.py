# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class ProjectUserCreateRequest(BaseModel):
    user_id: str | None = None
    """The ID of the user."""

    email: str | None = None
    """Email of the user to add."""

    role: str = Field(default_factory=_missing)
    """`owner` or `member`"""


class ProjectUserCreateRequestParam(TypedDict, total=False):
    user_id: str | None
    """The ID of the user."""

    email: str | None
    """Email of the user to add."""

    role: Required[str]
    """`owner` or `member`"""
