# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class InviteDeleteResponse(BaseModel):
    object: 'Literal["organization.invite.deleted"]' = Field(default_factory=_missing)
    """The object type, which is always `organization.invite.deleted`"""

    id: str = Field(default_factory=_missing)

    deleted: bool = Field(default_factory=_missing)
