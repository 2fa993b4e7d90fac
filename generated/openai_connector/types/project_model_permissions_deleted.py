# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class ProjectModelPermissionsDeleted(BaseModel):
    """Confirmation payload returned after deleting project model permissions."""

    object: 'Literal["project.model_permissions.deleted"]' = Field(default_factory=_missing)
    """The object type, which is always `project.model_permissions.deleted`."""

    deleted: bool = Field(default_factory=_missing)
    """Whether the project model permissions were deleted."""
