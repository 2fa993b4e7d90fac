# generated from the OpenAI API spec by the openai-connector generator; do not edit

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class DeletedRoleAssignmentResource(BaseModel):
    """Confirmation payload returned after unassigning a role."""

    object: str = Field(default_factory=_missing)
    """Identifier for the deleted assignment, such as `group.role.deleted` or `user.role.deleted`."""

    deleted: bool = Field(default_factory=_missing)
    """Whether the assignment was removed."""
