# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel, Open
from ..lib._models import missing as _missing


class ProjectDataRetention(BaseModel):
    """Represents a project's data retention control setting."""

    object: Literal["project.data_retention"] = Field(default_factory=_missing)
    """The object type, which is always `project.data_retention`."""

    type: Open[
        Literal[
            "organization_default",
            "none",
            "zero_data_retention",
            "modified_abuse_monitoring",
            "enhanced_zero_data_retention",
            "enhanced_modified_abuse_monitoring",
        ]
    ] = Field(default_factory=_missing)
    """The configured project data retention type."""
