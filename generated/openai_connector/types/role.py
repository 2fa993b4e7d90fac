# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class Role(BaseModel):
    """Details about a role that can be assigned through the public Roles API."""

    object: Literal["role"] = Field(default_factory=_missing)
    """Always `role`."""

    id: str = Field(default_factory=_missing)
    """Identifier for the role."""

    name: str = Field(default_factory=_missing)
    """Unique name for the role."""

    description: str | None = None
    """Optional description of the role."""

    permissions: list[str] = Field(default_factory=_missing)
    """Permissions granted by the role."""

    resource_type: str = Field(default_factory=_missing)
    """Resource type the role is bound to (for example `api.organization` or `api.project`)."""

    predefined_role: bool = Field(default_factory=_missing)
    """Whether the role is predefined and managed by OpenAI."""
