# generated from the OpenAI API spec by the openai-connector generator; do not edit

from typing_extensions import TypedDict

from ..lib._models import BaseModel


class RealtimeCallRejectRequest(BaseModel):
    """Parameters used to decline an incoming SIP call handled by the Realtime API."""

    status_code: int | None = None
    """SIP response code to send back to the caller. Defaults to `603` (Decline)
    when omitted.
    """


class RealtimeCallRejectRequestParam(TypedDict, total=False):
    """Parameters used to decline an incoming SIP call handled by the Realtime API."""

    status_code: int
    """SIP response code to send back to the caller. Defaults to `603` (Decline)
    when omitted.
    """
