# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Annotated, Literal

from pydantic import Discriminator, Field, Tag

from ..lib._models import BaseModel, Open, tag_of
from ..lib._models import missing as _missing
from .realtime_session_create_request_ga import RealtimeSessionCreateRequestGa
from .realtime_transcription_session_create_request_ga import RealtimeTranscriptionSessionCreateRequestGa


class RealtimeClientEventSessionUpdate(BaseModel):
    """Send this event to update the session’s configuration.
    The client may send this event at any time to update any field
    except for `voice` and `model`. `voice` can be updated only if there have been no other audio outputs yet.

    When the server receives a `session.update`, it will respond
    with a `session.updated` event showing the full, effective configuration.
    Only the fields that are present in the `session.update` are updated. To clear a field like
    `instructions`, pass an empty string. To clear a field like `tools`, pass an empty array.
    To clear a field like `turn_detection`, pass `null`.
    """

    event_id: str | None = None
    """Optional client-generated ID used to identify this event. This is an arbitrary string that a client may assign. It will be passed back if there is an error with the event, but the corresponding `session.updated` event will not include it."""

    type: 'Literal["session.update"]' = Field(default_factory=_missing)
    """The event type, must be `session.update`."""

    session: 'Open[Annotated[Annotated[RealtimeSessionCreateRequestGa, Tag("realtime")] | Annotated[RealtimeTranscriptionSessionCreateRequestGa, Tag("transcription")], Discriminator(tag_of("type"))]]' = Field(
        default_factory=_missing
    )
    """Update the Realtime session. Choose either a realtime
    session or a transcription session.
    """
