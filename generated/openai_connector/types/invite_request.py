# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, Required

from typing_extensions import TypedDict

from ..lib._models import BaseModel, Open


class InviteRequest(BaseModel):
    email: str
    """Send an email to this address"""

    role: Open[Literal["reader", "owner"]]
    """`owner` or `reader`"""

    projects: list[InviteRequestProject] | None = None
    """An array of projects to which membership is granted at the same time the org invite is accepted. If omitted, the user will be invited to the default project for compatibility with legacy behavior. If empty list is passed, the user will not be invited to any projects, including the default one."""


class InviteRequestParam(TypedDict, total=False):
    email: Required[str]
    """Send an email to this address"""

    role: Required[Literal["reader", "owner"]]
    """`owner` or `reader`"""

    projects: Sequence[InviteRequestProjectParam]
    """An array of projects to which membership is granted at the same time the org invite is accepted. If omitted, the user will be invited to the default project for compatibility with legacy behavior. If empty list is passed, the user will not be invited to any projects, including the default one."""


class InviteRequestProject(BaseModel):
    id: str
    """Project's public ID"""

    role: Open[Literal["member", "owner"]]
    """Project membership role"""


class InviteRequestProjectParam(TypedDict, total=False):
    id: Required[str]
    """Project's public ID"""

    role: Required[Literal["member", "owner"]]
    """Project membership role"""
