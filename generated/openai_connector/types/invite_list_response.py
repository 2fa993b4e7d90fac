# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .invite import Invite


class InviteListResponse(BaseModel):
    object: Literal["list"] = Field(default_factory=_missing)
    """The object type, which is always `list`"""

    data: list[Invite] = Field(default_factory=_missing)

    first_id: str | None = None
    """The first `invite_id` in the retrieved `list`"""

    last_id: str | None = None
    """The last `invite_id` in the retrieved `list`"""

    has_more: bool = Field(default_factory=_missing)
    """The `has_more` property is used for pagination to indicate there are additional results."""
