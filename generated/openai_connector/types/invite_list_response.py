# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel
from .invite import Invite


class InviteListResponse(BaseModel):
    object: Literal["list"]
    """The object type, which is always `list`"""

    data: list[Invite]

    first_id: str | None = None
    """The first `invite_id` in the retrieved `list`"""

    last_id: str | None = None
    """The last `invite_id` in the retrieved `list`"""

    has_more: bool
    """The `has_more` property is used for pagination to indicate there are additional results."""
