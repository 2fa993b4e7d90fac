# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel


class InviteDeleteResponse(BaseModel):
    object: Literal["organization.invite.deleted"]
    """The object type, which is always `organization.invite.deleted`"""

    id: str

    deleted: bool
