# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Annotated, Literal

from pydantic import Discriminator, Tag

from ..lib._models import BaseModel, Open, tag_of
from .metadata import Metadata
from .realtime_audio_formats import RealtimeAudioFormats
from .realtime_conversation_item import RealtimeConversationItem
from .voice_ids_shared import VoiceIdsShared


class RealtimeResponseAudioOutput(BaseModel):
    format: RealtimeAudioFormats | None = None
    """The format of the output audio."""

    voice: VoiceIdsShared | None = None
    """The voice the model uses to respond. Voice cannot be changed during the
    session once the model has responded with audio at least once. Current
    voice options are `alloy`, `ash`, `ballad`, `coral`, `echo`, `sage`,
    `shimmer`, `verse`, `marin`, and `cedar`. We recommend `marin` and `cedar` for
    best quality.
    """


class RealtimeResponseAudio(BaseModel):
    """Configuration for audio output."""

    output: RealtimeResponseAudioOutput | None = None


class RealtimeResponseStatusDetailsError(BaseModel):
    """A description of the error that caused the response to fail,
    populated when the `status` is `failed`.
    """

    type: str | None = None
    """The type of error."""

    code: str | None = None
    """Error code, if any."""


class RealtimeResponseStatusDetails(BaseModel):
    """Additional details about the status."""

    type: Open[Literal["completed", "cancelled", "failed", "incomplete"]] | None = None
    """The type of error that caused the response to fail, corresponding
    with the `status` field (`completed`, `cancelled`, `incomplete`,
    `failed`).
    """

    reason: Open[Literal["turn_detected", "client_cancelled", "max_output_tokens", "content_filter"]] | None = None
    """The reason the Response did not complete. For a `cancelled` Response,  one of `turn_detected` (the server VAD detected a new start of speech)  or `client_cancelled` (the client sent a cancel event). For an  `incomplete` Response, one of `max_output_tokens` or `content_filter`  (the server-side safety filter activated and cut off the response)."""

    error: RealtimeResponseStatusDetailsError | None = None
    """A description of the error that caused the response to fail,
    populated when the `status` is `failed`.
    """


class RealtimeResponseUsageInputTokenDetailsCachedTokensDetails(BaseModel):
    """Details about the cached tokens used as input for the Response."""

    text_tokens: int | None = None
    """The number of cached text tokens used as input for the Response."""

    image_tokens: int | None = None
    """The number of cached image tokens used as input for the Response."""

    audio_tokens: int | None = None
    """The number of cached audio tokens used as input for the Response."""


class RealtimeResponseUsageInputTokenDetails(BaseModel):
    """Details about the input tokens used in the Response. Cached tokens are tokens from previous turns in the conversation that are included as context for the current response. Cached tokens here are counted as a subset of input tokens, meaning input tokens will include cached and uncached tokens."""

    cached_tokens: int | None = None
    """The number of cached tokens used as input for the Response."""

    text_tokens: int | None = None
    """The number of text tokens used as input for the Response."""

    image_tokens: int | None = None
    """The number of image tokens used as input for the Response."""

    audio_tokens: int | None = None
    """The number of audio tokens used as input for the Response."""

    cached_tokens_details: RealtimeResponseUsageInputTokenDetailsCachedTokensDetails | None = None
    """Details about the cached tokens used as input for the Response."""


class RealtimeResponseUsageOutputTokenDetails(BaseModel):
    """Details about the output tokens used in the Response."""

    text_tokens: int | None = None
    """The number of text tokens used in the Response."""

    audio_tokens: int | None = None
    """The number of audio tokens used in the Response."""


class RealtimeResponseUsage(BaseModel):
    """Usage statistics for the Response, this will correspond to billing. A
    Realtime API session will maintain a conversation context and append new
    Items to the Conversation, thus output from previous turns (text and
    audio tokens) will become the input for later turns.
    """

    total_tokens: int | None = None
    """The total number of tokens in the Response including input and output
    text and audio tokens.
    """

    input_tokens: int | None = None
    """The number of input tokens used in the Response, including text and
    audio tokens.
    """

    output_tokens: int | None = None
    """The number of output tokens sent in the Response, including text and
    audio tokens.
    """

    input_token_details: RealtimeResponseUsageInputTokenDetails | None = None
    """Details about the input tokens used in the Response. Cached tokens are tokens from previous turns in the conversation that are included as context for the current response. Cached tokens here are counted as a subset of input tokens, meaning input tokens will include cached and uncached tokens."""

    output_token_details: RealtimeResponseUsageOutputTokenDetails | None = None
    """Details about the output tokens used in the Response."""


class RealtimeResponse(BaseModel):
    """The response resource."""

    id: str | None = None
    """The unique ID of the response, will look like `resp_1234`."""

    object: Literal["realtime.response"] | None = None
    """The object type, must be `realtime.response`."""

    status: Open[Literal["completed", "cancelled", "failed", "incomplete", "in_progress"]] | None = None
    """The final status of the response (`completed`, `cancelled`, `failed`, or
    `incomplete`, `in_progress`).
    """

    status_details: RealtimeResponseStatusDetails | None = None
    """Additional details about the status."""

    output: list[RealtimeConversationItem] | None = None
    """The list of output items generated by the response."""

    metadata: Metadata | None = None
    """Set of 16 key-value pairs that can be attached to an object. This can be
    useful for storing additional information about the object in a structured
    format, and querying for objects via API or the dashboard.

    Keys are strings with a maximum length of 64 characters. Values are strings
    with a maximum length of 512 characters.
    """

    audio: RealtimeResponseAudio | None = None
    """Configuration for audio output."""

    usage: RealtimeResponseUsage | None = None
    """Usage statistics for the Response, this will correspond to billing. A
    Realtime API session will maintain a conversation context and append new
    Items to the Conversation, thus output from previous turns (text and
    audio tokens) will become the input for later turns.
    """

    conversation_id: str | None = None
    """Which conversation the response is added to, determined by the `conversation`
    field in the `response.create` event. If `auto`, the response will be added to
    the default conversation and the value of `conversation_id` will be an id like
    `conv_1234`. If `none`, the response will not be added to any conversation and
    the value of `conversation_id` will be `null`. If responses are being triggered
    automatically by VAD the response will be added to the default conversation
    """

    output_modalities: 'list[Open[Literal["text", "audio"]]] | None' = None
    """The set of modalities the model used to respond, currently the only possible values are
    `[\\"audio\\"]`, `[\\"text\\"]`. Audio output always include a text transcript. Setting the
    output to mode `text` will disable audio output from the model.
    """

    max_output_tokens: (
        Open[
            Annotated[
                Annotated[int, Tag("<int>")] | Annotated[Literal["inf"], Tag("<str>")], Discriminator(tag_of(None))
            ]
        ]
        | None
    ) = None
    """Maximum number of output tokens for a single assistant response,
    inclusive of tool calls, that was used in this response.
    """
