# generated from the OpenAI API spec by the openai-connector generator; do not edit
from collections.abc import Sequence
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel, Open
from ..lib._models import missing as _missing


class InviteRequestProject(BaseModel):
    id: str = Field(default_factory=_missing)
    """Project's public ID"""

    role: Open[Literal["member", "owner"]] = Field(default_factory=_missing)
    """Project membership role"""


class InviteRequest(BaseModel):
    email: str = Field(default_factory=_missing)
    """Send an email to this address"""

    role: Open[Literal["reader", "owner"]] = Field(default_factory=_missing)
    """`owner` or `reader`"""

    projects: list[InviteRequestProject] | None = None
    """An array of projects to which membership is granted at the same time the org invite is accepted. If omitted, the user will be invited to the default project for compatibility with legacy behavior. If empty list is passed, the user will not be invited to any projects, including the default one."""


class InviteRequestProjectParam(TypedDict, total=False):
    id: Required[str]
    """Project's public ID"""

    role: Required[Literal["member", "owner"]]
    """Project membership role"""


class InviteRequestParam(TypedDict, total=False):
    email: Required[str]
    """Send an email to this address"""

    role: Required[Literal["reader", "owner"]]
    """`owner` or `reader`"""

    projects: Sequence[InviteRequestProjectParam]
    """An array of projects to which membership is granted at the same time the org invite is accepted. If omitted, the user will be invited to the default project for compatibility with legacy behavior. If empty list is passed, the user will not be invited to any projects, including the default one."""
