# generated from the OpenAI API spec by the openai-connector generator; do not edit

from typing_extensions import TypedDict

from ..lib._models import BaseModel


class ProjectUpdateRequest(BaseModel):
    name: str | None = None
    """The updated name of the project, this name appears in reports."""

    external_key_id: str | None = None
    """External key ID to associate with the project."""


class ProjectUpdateRequestParam(TypedDict, total=False):
    name: str | None
    """The updated name of the project, this name appears in reports."""

    external_key_id: str | None
    """External key ID to associate with the project."""
