# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel, Open
from ..lib._models import missing as _missing


class GroupMemberUser(BaseModel):
    """Details about a user returned from an organization group membership lookup."""

    id: str = Field(default_factory=_missing)
    """Identifier for the user."""

    name: str = Field(default_factory=_missing)
    """Display name of the user."""

    email: str | None = None
    """Email address of the user, or `null` for users without an email."""

    picture: str | None = None
    """URL of the user's profile picture, if available."""

    is_service_account: bool | None = None
    """Whether the user is a service account."""

    user_type: Open[Literal["user", "tenant_user"]] = Field(default_factory=_missing)
    """The type of user."""
