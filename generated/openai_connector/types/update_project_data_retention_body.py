# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel, Open
from ..lib._models import missing as _missing


class UpdateProjectDataRetentionBody(BaseModel):
    """Parameters for updating project data retention controls."""

    retention_type: Open[
        Literal[
            "organization_default",
            "none",
            "zero_data_retention",
            "modified_abuse_monitoring",
            "enhanced_zero_data_retention",
            "enhanced_modified_abuse_monitoring",
        ]
    ] = Field(default_factory=_missing)
    """The desired project data retention type."""


class UpdateProjectDataRetentionBodyParam(TypedDict, total=False):
    """Parameters for updating project data retention controls."""

    retention_type: Required[
        Literal[
            "organization_default",
            "none",
            "zero_data_retention",
            "modified_abuse_monitoring",
            "enhanced_zero_data_retention",
            "enhanced_modified_abuse_monitoring",
        ]
    ]
    """The desired project data retention type."""
