# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class RealtimeCallReferRequest(BaseModel):
    """Parameters required to transfer a SIP call to a new destination using the
    Realtime API.
    """

    target_uri: str = Field(default_factory=_missing)
    """URI that should appear in the SIP Refer-To header. Supports values like
    `tel:+14155550123` or `sip:agent@example.com`.
    """


class RealtimeCallReferRequestParam(TypedDict, total=False):
    """Parameters required to transfer a SIP call to a new destination using the
    Realtime API.
    """

    target_uri: Required[str]
    """URI that should appear in the SIP Refer-To header. Supports values like
    `tel:+14155550123` or `sip:agent@example.com`.
    """
