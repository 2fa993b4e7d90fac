# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .realtime_translation_session_create_request import (
    RealtimeTranslationSessionCreateRequest,
    RealtimeTranslationSessionCreateRequestParam,
)


class RealtimeTranslationClientSecretExpiresAfter(BaseModel):
    """Configuration for the client secret expiration. Expiration refers to the time after which
    a client secret will no longer be valid for creating sessions. The session itself may
    continue after that time once started. A secret can be used to create multiple sessions
    until it expires.
    """

    anchor: Literal["created_at"] | None = None
    """The anchor point for the client secret expiration, meaning that `seconds` will be added to the `created_at` time of the client secret to produce an expiration timestamp. Only `created_at` is currently supported."""

    seconds: int | None = None
    """The number of seconds from the anchor point to the expiration. Select a value between `10` and `7200` (2 hours). This default to 600 seconds (10 minutes) if not specified."""


class RealtimeTranslationClientSecretCreateRequest(BaseModel):
    """Create a translation session and client secret for the Realtime API."""

    expires_after: RealtimeTranslationClientSecretExpiresAfter | None = None
    """Configuration for the client secret expiration. Expiration refers to the time after which
    a client secret will no longer be valid for creating sessions. The session itself may
    continue after that time once started. A secret can be used to create multiple sessions
    until it expires.
    """

    session: RealtimeTranslationSessionCreateRequest = Field(default_factory=_missing)
    """Realtime translation session configuration. Translation sessions stream source
    audio in and translated audio plus transcript deltas out continuously.
    """


class RealtimeTranslationClientSecretExpiresAfterParam(TypedDict, total=False):
    """Configuration for the client secret expiration. Expiration refers to the time after which
    a client secret will no longer be valid for creating sessions. The session itself may
    continue after that time once started. A secret can be used to create multiple sessions
    until it expires.
    """

    anchor: Literal["created_at"]
    """The anchor point for the client secret expiration, meaning that `seconds` will be added to the `created_at` time of the client secret to produce an expiration timestamp. Only `created_at` is currently supported."""

    seconds: int
    """The number of seconds from the anchor point to the expiration. Select a value between `10` and `7200` (2 hours). This default to 600 seconds (10 minutes) if not specified."""


class RealtimeTranslationClientSecretCreateRequestParam(TypedDict, total=False):
    """Create a translation session and client secret for the Realtime API."""

    expires_after: RealtimeTranslationClientSecretExpiresAfterParam
    """Configuration for the client secret expiration. Expiration refers to the time after which
    a client secret will no longer be valid for creating sessions. The session itself may
    continue after that time once started. A secret can be used to create multiple sessions
    until it expires.
    """

    session: Required[RealtimeTranslationSessionCreateRequestParam]
    """Realtime translation session configuration. Translation sessions stream source
    audio in and translated audio plus transcript deltas out continuously.
    """
