# generated from the OpenAI API spec by the openai-connector generator; do not edit
import builtins

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class AssignedRoleDetailsAssignmentSourcesListItem(BaseModel):
    principal_id: str = Field(default_factory=_missing)

    principal_type: str = Field(default_factory=_missing)


class AssignedRoleDetails(BaseModel):
    """Detailed information about a role assignment entry returned when listing assignments."""

    id: str = Field(default_factory=_missing)
    """Identifier for the role."""

    name: str = Field(default_factory=_missing)
    """Name of the role."""

    permissions: list[str] = Field(default_factory=_missing)
    """Permissions associated with the role."""

    resource_type: str = Field(default_factory=_missing)
    """Resource type the role applies to."""

    predefined_role: bool = Field(default_factory=_missing)
    """Whether the role is predefined by OpenAI."""

    description: str | None = None
    """Description of the role."""

    created_at: int | None = None
    """When the role was created."""

    updated_at: int | None = None
    """When the role was last updated."""

    created_by: str | None = None
    """Identifier of the actor who created the role."""

    created_by_user_obj: dict[str, builtins.object] | None = None
    """User details for the actor that created the role, when available."""

    metadata: dict[str, builtins.object] | None = None
    """Arbitrary metadata stored on the role."""

    assignment_sources: list[AssignedRoleDetailsAssignmentSourcesListItem] | None = None
    """Principals from which the role assignment is inherited, when available."""
