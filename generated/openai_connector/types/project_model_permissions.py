# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel, Open
from ..lib._models import missing as _missing


class ProjectModelPermissions(BaseModel):
    """Represents the model allowlist or denylist policy for a project."""

    object: Literal["project.model_permissions"] = Field(default_factory=_missing)
    """The object type, which is always `project.model_permissions`."""

    mode: Open[Literal["allow_list", "deny_list"]] = Field(default_factory=_missing)
    """Whether the project uses an allowlist or a denylist."""

    model_ids_: list[str] = Field(default_factory=_missing, alias="model_ids")
    """The model IDs included in the model permissions policy."""
