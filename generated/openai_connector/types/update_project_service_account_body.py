# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from typing_extensions import TypedDict

from ..lib._models import BaseModel, Open


class UpdateProjectServiceAccountBody(BaseModel):
    """Parameters for updating a project service account."""

    name: str | None = None
    """The updated service account name."""

    role: Open[Literal["member", "owner"]] | None = None
    """The updated service account role."""


class UpdateProjectServiceAccountBodyParam(TypedDict, total=False):
    """Parameters for updating a project service account."""

    name: str
    """The updated service account name."""

    role: Literal["member", "owner"]
    """The updated service account role."""
