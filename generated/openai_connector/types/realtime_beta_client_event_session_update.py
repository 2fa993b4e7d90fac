# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .realtime_session_create_request import RealtimeSessionCreateRequest


class RealtimeBetaClientEventSessionUpdate(BaseModel):
    """Send this event to update the session’s default configuration.
    The client may send this event at any time to update any field,
    except for `voice`. However, note that once a session has been
    initialized with a particular `model`, it can’t be changed to
    another model using `session.update`.

    When the server receives a `session.update`, it will respond
    with a `session.updated` event showing the full, effective configuration.
    Only the fields that are present are updated. To clear a field like
    `instructions`, pass an empty string.
    """

    event_id: str | None = None
    """Optional client-generated ID used to identify this event."""

    type: 'Literal["session.update"]' = Field(default_factory=_missing)
    """The event type, must be `session.update`."""

    session: RealtimeSessionCreateRequest = Field(default_factory=_missing)
    """A new Realtime session configuration, with an ephemeral key. Default TTL
    for keys is one minute.
    """
