# generated from the OpenAI API spec by the openai-connector generator; do not edit
import builtins
from collections.abc import Mapping, Sequence
from typing import Annotated, Any, Literal, Required

from pydantic import Discriminator, Field, Tag
from typing_extensions import TypedDict

from ..lib._models import BaseModel, Open, tag_of
from ..lib._models import missing as _missing
from .prompt import Prompt, PromptParam
from .realtime_truncation import RealtimeTruncation, RealtimeTruncationParam
from .voice_ids_or_custom_voice import VoiceIdsOrCustomVoice, VoiceIdsOrCustomVoiceParam


class RealtimeSessionCreateRequestClientSecret(BaseModel):
    """Ephemeral key returned by the API."""

    value: str = Field(default_factory=_missing)
    """Ephemeral key usable in client environments to authenticate connections
    to the Realtime API. Use this in client-side environments rather than
    a standard API token, which should only be used server-side.
    """

    expires_at: int = Field(default_factory=_missing)
    """Timestamp for when the token expires. Currently, all tokens expire
    after one minute.
    """


class RealtimeSessionCreateRequestInputAudioTranscription(BaseModel):
    """Configuration for input audio transcription, defaults to off and can be
    set to `null` to turn off once on. Input audio transcription is not native
    to the model, since the model consumes audio directly. Transcription runs
    asynchronously and should be treated as rough guidance
    rather than the representation understood by the model.
    """

    model: str | None = None
    """The model to use for transcription."""


class RealtimeSessionCreateRequestTool(BaseModel):
    type: Literal["function"] | None = None
    """The type of the tool, i.e. `function`."""

    name: str | None = None
    """The name of the function."""

    description: str | None = None
    """The description of the function, including guidance on when and how
    to call it, and guidance about what to tell the user when calling
    (if anything).
    """

    parameters: dict[str, builtins.object] | None = None
    """Parameters of the function in JSON Schema."""


class RealtimeSessionCreateRequestTracingConfiguration(BaseModel):
    """Granular configuration for tracing."""

    workflow_name: str | None = None
    """The name of the workflow to attach to this trace. This is used to
    name the trace in the traces dashboard.
    """

    group_id: str | None = None
    """The group id to attach to this trace to enable filtering and
    grouping in the traces dashboard.
    """

    metadata: dict[str, builtins.object] | None = None
    """The arbitrary metadata to attach to this trace to enable
    filtering in the traces dashboard.
    """


class RealtimeSessionCreateRequestTurnDetection(BaseModel):
    """Configuration for turn detection. Can be set to `null` to turn off. Server
    VAD means that the model will detect the start and end of speech based on
    audio volume and respond at the end of user speech.
    """

    type: str | None = None
    """Type of turn detection, only `server_vad` is currently supported."""

    threshold: float | None = None
    """Activation threshold for VAD (0.0 to 1.0), this defaults to 0.5. A
    higher threshold will require louder audio to activate the model, and
    thus might perform better in noisy environments.
    """

    prefix_padding_ms: int | None = None
    """Amount of audio to include before the VAD detected speech (in
    milliseconds). Defaults to 300ms.
    """

    silence_duration_ms: int | None = None
    """Duration of silence to detect speech stop (in milliseconds). Defaults
    to 500ms. With shorter values the model will respond more quickly,
    but may jump in on short pauses from the user.
    """


class RealtimeSessionCreateRequest(BaseModel):
    """A new Realtime session configuration, with an ephemeral key. Default TTL
    for keys is one minute.
    """

    client_secret: RealtimeSessionCreateRequestClientSecret = Field(default_factory=_missing)
    """Ephemeral key returned by the API."""

    modalities: list[Open[Literal["text", "audio"]]] | None = None
    """The set of modalities the model can respond with. To disable audio,
    set this to ["text"].
    """

    instructions: str | None = None
    """The default system instructions (i.e. system message) prepended to model calls. This field allows the client to guide the model on desired responses. The model can be instructed on response content and format, (e.g. "be extremely succinct", "act friendly", "here are examples of good responses") and on audio behavior (e.g. "talk quickly", "inject emotion into your voice", "laugh frequently"). The instructions are not guaranteed to be followed by the model, but they provide guidance to the model on the desired behavior.
    Note that the server sets default instructions which will be used if this field is not set and are visible in the `session.created` event at the start of the session.
    """

    voice: VoiceIdsOrCustomVoice | None = None
    """The voice the model uses to respond. Supported built-in voices are
    `alloy`, `ash`, `ballad`, `coral`, `echo`, `sage`, `shimmer`, `verse`,
    `marin`, and `cedar`. You may also provide a custom voice object with an
    `id`, for example `{ "id": "voice_1234" }`. Voice cannot be changed during
    the session once the model has responded with audio at least once.
    """

    input_audio_format: str | None = None
    """The format of input audio. Options are `pcm16`, `g711_ulaw`, or `g711_alaw`."""

    output_audio_format: str | None = None
    """The format of output audio. Options are `pcm16`, `g711_ulaw`, or `g711_alaw`."""

    input_audio_transcription: RealtimeSessionCreateRequestInputAudioTranscription | None = None
    """Configuration for input audio transcription, defaults to off and can be
    set to `null` to turn off once on. Input audio transcription is not native
    to the model, since the model consumes audio directly. Transcription runs
    asynchronously and should be treated as rough guidance
    rather than the representation understood by the model.
    """

    speed: float | None = None
    """The speed of the model's spoken response. 1.0 is the default speed. 0.25 is
    the minimum speed. 1.5 is the maximum speed. This value can only be changed
    in between model turns, not while a response is in progress.
    """

    tracing: (
        Open[
            Annotated[
                Annotated[Literal["auto"], Tag("<str>")]
                | Annotated[RealtimeSessionCreateRequestTracingConfiguration, Tag("<dict>")],
                Discriminator(tag_of(None)),
            ]
        ]
        | None
    ) = None
    """Configuration options for tracing. Set to null to disable tracing. Once
    tracing is enabled for a session, the configuration cannot be modified.

    `auto` will create a trace for the session with default values for the
    workflow name, group id, and metadata.
    """

    turn_detection: RealtimeSessionCreateRequestTurnDetection | None = None
    """Configuration for turn detection. Can be set to `null` to turn off. Server
    VAD means that the model will detect the start and end of speech based on
    audio volume and respond at the end of user speech.
    """

    tools: list[RealtimeSessionCreateRequestTool] | None = None
    """Tools (functions) available to the model."""

    tool_choice: str | None = None
    """How the model chooses tools. Options are `auto`, `none`, `required`, or
    specify a function.
    """

    temperature: float | None = None
    """Sampling temperature for the model, limited to [0.6, 1.2]. Defaults to 0.8."""

    max_response_output_tokens: (
        Open[
            Annotated[
                Annotated[int, Tag("<int>")] | Annotated[Literal["inf"], Tag("<str>")], Discriminator(tag_of(None))
            ]
        ]
        | None
    ) = None
    """Maximum number of output tokens for a single assistant response,
    inclusive of tool calls. Provide an integer between 1 and 4096 to
    limit output tokens, or `inf` for the maximum available tokens for a
    given model. Defaults to `inf`.
    """

    truncation: RealtimeTruncation | None = None
    """When the number of tokens in a conversation exceeds the model's input token limit, the conversation be truncated, meaning messages (starting from the oldest) will not be included in the model's context. A 32k context model with 4,096 max output tokens can only include 28,224 tokens in the context before truncation occurs.

    Clients can configure truncation behavior to truncate with a lower max token limit, which is an effective way to control token usage and cost.

    Truncation will reduce the number of cached tokens on the next turn (busting the cache), since messages are dropped from the beginning of the context. However, clients can also configure truncation to retain messages up to a fraction of the maximum context size, which will reduce the need for future truncations and thus improve the cache rate.

    Truncation can be disabled entirely, which means the server will never truncate but would instead return an error if the conversation exceeds the model's input token limit.
    """

    prompt: Prompt | None = None
    """Reference to a prompt template and its variables.
    [Learn more](/docs/guides/text?api-mode=responses#reusable-prompts).
    """


class RealtimeSessionCreateRequestClientSecretParam(TypedDict, total=False):
    """Ephemeral key returned by the API."""

    value: Required[str]
    """Ephemeral key usable in client environments to authenticate connections
    to the Realtime API. Use this in client-side environments rather than
    a standard API token, which should only be used server-side.
    """

    expires_at: Required[int]
    """Timestamp for when the token expires. Currently, all tokens expire
    after one minute.
    """


class RealtimeSessionCreateRequestInputAudioTranscriptionParam(TypedDict, total=False):
    """Configuration for input audio transcription, defaults to off and can be
    set to `null` to turn off once on. Input audio transcription is not native
    to the model, since the model consumes audio directly. Transcription runs
    asynchronously and should be treated as rough guidance
    rather than the representation understood by the model.
    """

    model: str
    """The model to use for transcription."""


class RealtimeSessionCreateRequestToolParam(TypedDict, total=False):
    type: Literal["function"]
    """The type of the tool, i.e. `function`."""

    name: str
    """The name of the function."""

    description: str
    """The description of the function, including guidance on when and how
    to call it, and guidance about what to tell the user when calling
    (if anything).
    """

    parameters: Mapping[str, Any]
    """Parameters of the function in JSON Schema."""


class RealtimeSessionCreateRequestTracingConfigurationParam(TypedDict, total=False):
    """Granular configuration for tracing."""

    workflow_name: str
    """The name of the workflow to attach to this trace. This is used to
    name the trace in the traces dashboard.
    """

    group_id: str
    """The group id to attach to this trace to enable filtering and
    grouping in the traces dashboard.
    """

    metadata: Mapping[str, Any]
    """The arbitrary metadata to attach to this trace to enable
    filtering in the traces dashboard.
    """


class RealtimeSessionCreateRequestTurnDetectionParam(TypedDict, total=False):
    """Configuration for turn detection. Can be set to `null` to turn off. Server
    VAD means that the model will detect the start and end of speech based on
    audio volume and respond at the end of user speech.
    """

    type: str
    """Type of turn detection, only `server_vad` is currently supported."""

    threshold: float
    """Activation threshold for VAD (0.0 to 1.0), this defaults to 0.5. A
    higher threshold will require louder audio to activate the model, and
    thus might perform better in noisy environments.
    """

    prefix_padding_ms: int
    """Amount of audio to include before the VAD detected speech (in
    milliseconds). Defaults to 300ms.
    """

    silence_duration_ms: int
    """Duration of silence to detect speech stop (in milliseconds). Defaults
    to 500ms. With shorter values the model will respond more quickly,
    but may jump in on short pauses from the user.
    """


class RealtimeSessionCreateRequestParam(TypedDict, total=False):
    """A new Realtime session configuration, with an ephemeral key. Default TTL
    for keys is one minute.
    """

    client_secret: Required[RealtimeSessionCreateRequestClientSecretParam]
    """Ephemeral key returned by the API."""

    modalities: Sequence[Literal["text", "audio"]]
    """The set of modalities the model can respond with. To disable audio,
    set this to ["text"].
    """

    instructions: str
    """The default system instructions (i.e. system message) prepended to model calls. This field allows the client to guide the model on desired responses. The model can be instructed on response content and format, (e.g. "be extremely succinct", "act friendly", "here are examples of good responses") and on audio behavior (e.g. "talk quickly", "inject emotion into your voice", "laugh frequently"). The instructions are not guaranteed to be followed by the model, but they provide guidance to the model on the desired behavior.
    Note that the server sets default instructions which will be used if this field is not set and are visible in the `session.created` event at the start of the session.
    """

    voice: VoiceIdsOrCustomVoiceParam
    """The voice the model uses to respond. Supported built-in voices are
    `alloy`, `ash`, `ballad`, `coral`, `echo`, `sage`, `shimmer`, `verse`,
    `marin`, and `cedar`. You may also provide a custom voice object with an
    `id`, for example `{ "id": "voice_1234" }`. Voice cannot be changed during
    the session once the model has responded with audio at least once.
    """

    input_audio_format: str
    """The format of input audio. Options are `pcm16`, `g711_ulaw`, or `g711_alaw`."""

    output_audio_format: str
    """The format of output audio. Options are `pcm16`, `g711_ulaw`, or `g711_alaw`."""

    input_audio_transcription: RealtimeSessionCreateRequestInputAudioTranscriptionParam
    """Configuration for input audio transcription, defaults to off and can be
    set to `null` to turn off once on. Input audio transcription is not native
    to the model, since the model consumes audio directly. Transcription runs
    asynchronously and should be treated as rough guidance
    rather than the representation understood by the model.
    """

    speed: float
    """The speed of the model's spoken response. 1.0 is the default speed. 0.25 is
    the minimum speed. 1.5 is the maximum speed. This value can only be changed
    in between model turns, not while a response is in progress.
    """

    tracing: Literal["auto"] | RealtimeSessionCreateRequestTracingConfigurationParam
    """Configuration options for tracing. Set to null to disable tracing. Once
    tracing is enabled for a session, the configuration cannot be modified.

    `auto` will create a trace for the session with default values for the
    workflow name, group id, and metadata.
    """

    turn_detection: RealtimeSessionCreateRequestTurnDetectionParam
    """Configuration for turn detection. Can be set to `null` to turn off. Server
    VAD means that the model will detect the start and end of speech based on
    audio volume and respond at the end of user speech.
    """

    tools: Sequence[RealtimeSessionCreateRequestToolParam]
    """Tools (functions) available to the model."""

    tool_choice: str
    """How the model chooses tools. Options are `auto`, `none`, `required`, or
    specify a function.
    """

    temperature: float
    """Sampling temperature for the model, limited to [0.6, 1.2]. Defaults to 0.8."""

    max_response_output_tokens: int | Literal["inf"]
    """Maximum number of output tokens for a single assistant response,
    inclusive of tool calls. Provide an integer between 1 and 4096 to
    limit output tokens, or `inf` for the maximum available tokens for a
    given model. Defaults to `inf`.
    """

    truncation: RealtimeTruncationParam
    """When the number of tokens in a conversation exceeds the model's input token limit, the conversation be truncated, meaning messages (starting from the oldest) will not be included in the model's context. A 32k context model with 4,096 max output tokens can only include 28,224 tokens in the context before truncation occurs.

    Clients can configure truncation behavior to truncate with a lower max token limit, which is an effective way to control token usage and cost.

    Truncation will reduce the number of cached tokens on the next turn (busting the cache), since messages are dropped from the beginning of the context. However, clients can also configure truncation to retain messages up to a fraction of the maximum context size, which will reduce the need for future truncations and thus improve the cache rate.

    Truncation can be disabled entirely, which means the server will never truncate but would instead return an error if the conversation exceeds the model's input token limit.
    """

    prompt: PromptParam
    """Reference to a prompt template and its variables.
    [Learn more](/docs/guides/text?api-mode=responses#reusable-prompts).
    """
