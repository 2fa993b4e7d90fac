# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Annotated, Literal

from pydantic import Discriminator, Tag
from typing_extensions import TypedDict

from ..lib._models import BaseModel, Open, tag_of
from .realtime_session_create_request_ga import RealtimeSessionCreateRequestGa, RealtimeSessionCreateRequestGaParam
from .realtime_transcription_session_create_request_ga import (
    RealtimeTranscriptionSessionCreateRequestGa,
    RealtimeTranscriptionSessionCreateRequestGaParam,
)


class RealtimeCreateClientSecretRequestExpiresAfter(BaseModel):
    """Configuration for the client secret expiration. Expiration refers to the time after which
    a client secret will no longer be valid for creating sessions. The session itself may
    continue after that time once started. A secret can be used to create multiple sessions
    until it expires.
    """

    anchor: Literal["created_at"] | None = None
    """The anchor point for the client secret expiration, meaning that `seconds` will be added to the `created_at` time of the client secret to produce an expiration timestamp. Only `created_at` is currently supported."""

    seconds: int | None = None
    """The number of seconds from the anchor point to the expiration. Select a value between `10` and `7200` (2 hours). This default to 600 seconds (10 minutes) if not specified."""


class RealtimeCreateClientSecretRequest(BaseModel):
    """Create a session and client secret for the Realtime API. The request can specify
    either a realtime or a transcription session configuration.
    [Learn more about the Realtime API](/docs/guides/realtime).
    """

    expires_after: RealtimeCreateClientSecretRequestExpiresAfter | None = None
    """Configuration for the client secret expiration. Expiration refers to the time after which
    a client secret will no longer be valid for creating sessions. The session itself may
    continue after that time once started. A secret can be used to create multiple sessions
    until it expires.
    """

    session: (
        Open[
            Annotated[
                Annotated[RealtimeSessionCreateRequestGa, Tag("realtime")]
                | Annotated[RealtimeTranscriptionSessionCreateRequestGa, Tag("transcription")],
                Discriminator(tag_of("type")),
            ]
        ]
        | None
    ) = None
    """Session configuration to use for the client secret. Choose either a realtime
    session or a transcription session.
    """


class RealtimeCreateClientSecretRequestExpiresAfterParam(TypedDict, total=False):
    """Configuration for the client secret expiration. Expiration refers to the time after which
    a client secret will no longer be valid for creating sessions. The session itself may
    continue after that time once started. A secret can be used to create multiple sessions
    until it expires.
    """

    anchor: Literal["created_at"]
    """The anchor point for the client secret expiration, meaning that `seconds` will be added to the `created_at` time of the client secret to produce an expiration timestamp. Only `created_at` is currently supported."""

    seconds: int
    """The number of seconds from the anchor point to the expiration. Select a value between `10` and `7200` (2 hours). This default to 600 seconds (10 minutes) if not specified."""


class RealtimeCreateClientSecretRequestParam(TypedDict, total=False):
    """Create a session and client secret for the Realtime API. The request can specify
    either a realtime or a transcription session configuration.
    [Learn more about the Realtime API](/docs/guides/realtime).
    """

    expires_after: RealtimeCreateClientSecretRequestExpiresAfterParam
    """Configuration for the client secret expiration. Expiration refers to the time after which
    a client secret will no longer be valid for creating sessions. The session itself may
    continue after that time once started. A secret can be used to create multiple sessions
    until it expires.
    """

    session: RealtimeSessionCreateRequestGaParam | RealtimeTranscriptionSessionCreateRequestGaParam
    """Session configuration to use for the client secret. Choose either a realtime
    session or a transcription session.
    """
