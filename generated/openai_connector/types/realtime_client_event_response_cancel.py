# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class RealtimeClientEventResponseCancel(BaseModel):
    """Send this event to cancel an in-progress response. The server will respond
    with a `response.done` event with a status of `response.status=cancelled`. If
    there is no response to cancel, the server will respond with an error. It's safe
    to call `response.cancel` even if no response is in progress, an error will be
    returned the session will remain unaffected.
    """

    event_id: str | None = None
    """Optional client-generated ID used to identify this event."""

    type: Literal["response.cancel"] = Field(default_factory=_missing)
    """The event type, must be `response.cancel`."""

    response_id: str | None = None
    """A specific response ID to cancel - if not provided, will cancel an
    in-progress response in the default conversation.
    """
