# generated from the OpenAI API spec by the openai-connector generator; do not edit

from typing_extensions import TypedDict

from ..lib._models import BaseModel


class UserRoleUpdateRequest(BaseModel):
    role: str | None = None
    """`owner` or `reader`"""

    role_id: str | None = None
    """Role ID to assign to the user."""

    technical_level: str | None = None
    """Technical level metadata."""

    developer_persona: str | None = None
    """Developer persona metadata."""


class UserRoleUpdateRequestParam(TypedDict, total=False):
    role: str | None
    """`owner` or `reader`"""

    role_id: str | None
    """Role ID to assign to the user."""

    technical_level: str | None
    """Technical level metadata."""

    developer_persona: str | None
    """Developer persona metadata."""
