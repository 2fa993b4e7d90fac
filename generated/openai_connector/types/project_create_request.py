# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .public_project_residency import PublicProjectResidency


class ProjectCreateRequest(BaseModel):
    name: str = Field(default_factory=_missing)
    """The friendly name of the project, this name appears in reports."""

    residency: PublicProjectResidency | None = None
    """Create the project with the specified residency configuration. Your organization must have access to the requested residency configuration in order to use it. See [data residency controls](/docs/guides/your-data#data-residency-controls) to review the functionality and limitations of setting this field."""

    external_key_id: str | None = None
    """External key ID to associate with the project."""


class ProjectCreateRequestParam(TypedDict, total=False):
    name: Required[str]
    """The friendly name of the project, this name appears in reports."""

    residency: PublicProjectResidency | None
    """Create the project with the specified residency configuration. Your organization must have access to the requested residency configuration in order to use it. See [data residency controls](/docs/guides/your-data#data-residency-controls) to review the functionality and limitations of setting this field."""

    external_key_id: str | None
    """External key ID to associate with the project."""
