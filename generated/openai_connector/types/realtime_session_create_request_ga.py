# generated from the OpenAI API spec by the openai-connector generator; do not edit
import builtins
from collections.abc import Mapping, Sequence
from typing import Annotated, Any, Literal, Required

from pydantic import Discriminator, Field, Tag
from typing_extensions import TypedDict

from ..lib._models import BaseModel, Open, tag_of
from ..lib._models import missing as _missing
from .audio_transcription import AudioTranscription, AudioTranscriptionParam
from .mcp_tool import McpTool, McpToolParam
from .noise_reduction_type import NoiseReductionType
from .prompt import Prompt, PromptParam
from .realtime_audio_formats import RealtimeAudioFormats, RealtimeAudioFormatsParam
from .realtime_function_tool import RealtimeFunctionTool, RealtimeFunctionToolParam
from .realtime_reasoning import RealtimeReasoning, RealtimeReasoningParam
from .realtime_truncation import RealtimeTruncation, RealtimeTruncationParam
from .realtime_turn_detection import RealtimeTurnDetection, RealtimeTurnDetectionParam
from .tool_choice_function import ToolChoiceFunction, ToolChoiceFunctionParam
from .tool_choice_mcp import ToolChoiceMcp, ToolChoiceMcpParam
from .tool_choice_options import ToolChoiceOptions
from .voice_ids_or_custom_voice import VoiceIdsOrCustomVoice, VoiceIdsOrCustomVoiceParam


class RealtimeSessionCreateRequestGaAudioInputNoiseReduction(BaseModel):
    """Configuration for input audio noise reduction. This can be set to `null` to turn off.
    Noise reduction filters audio added to the input audio buffer before it is sent to VAD and the model.
    Filtering the audio can improve VAD and turn detection accuracy (reducing false positives) and model performance by improving perception of the input audio.
    """

    type: NoiseReductionType | None = None
    """Type of noise reduction. `near_field` is for close-talking microphones such as headphones, `far_field` is for far-field microphones such as laptop or conference room microphones."""


class RealtimeSessionCreateRequestGaAudioInput(BaseModel):
    format: RealtimeAudioFormats | None = None
    """The format of the input audio."""

    transcription: AudioTranscription | None = None
    """Configuration for input audio transcription, defaults to off and can be set to `null` to turn off once on. Input audio transcription is not native to the model, since the model consumes audio directly. Transcription runs asynchronously through [the /audio/transcriptions endpoint](/docs/api-reference/audio/createTranscription) and should be treated as guidance of input audio content rather than precisely what the model heard. The client can optionally set the language and prompt for transcription, these offer additional guidance to the transcription service."""

    noise_reduction: RealtimeSessionCreateRequestGaAudioInputNoiseReduction | None = None
    """Configuration for input audio noise reduction. This can be set to `null` to turn off.
    Noise reduction filters audio added to the input audio buffer before it is sent to VAD and the model.
    Filtering the audio can improve VAD and turn detection accuracy (reducing false positives) and model performance by improving perception of the input audio.
    """

    turn_detection: RealtimeTurnDetection | None = None
    """Configuration for turn detection, ether Server VAD or Semantic VAD. This can be set to `null` to turn off, in which case the client must manually trigger model response.

    Server VAD means that the model will detect the start and end of speech based on audio volume and respond at the end of user speech.

    Semantic VAD is more advanced and uses a turn detection model (in conjunction with VAD) to semantically estimate whether the user has finished speaking, then dynamically sets a timeout based on this probability. For example, if user audio trails off with "uhhm", the model will score a low probability of turn end and wait longer for the user to continue speaking. This can be useful for more natural conversations, but may have a higher latency.

    For `gpt-realtime-whisper` transcription sessions, turn detection must be
    set to `null`; VAD is not supported.
    """


class RealtimeSessionCreateRequestGaAudioOutput(BaseModel):
    format: RealtimeAudioFormats | None = None
    """The format of the output audio."""

    voice: VoiceIdsOrCustomVoice | None = None
    """The voice the model uses to respond. Supported built-in voices are
    `alloy`, `ash`, `ballad`, `coral`, `echo`, `sage`, `shimmer`, `verse`,
    `marin`, and `cedar`. You may also provide a custom voice object with
    an `id`, for example `{ "id": "voice_1234" }`. Voice cannot be changed
    during the session once the model has responded with audio at least once.
    We recommend `marin` and `cedar` for best quality.
    """

    speed: float | None = None
    """The speed of the model's spoken response as a multiple of the original speed.
    1.0 is the default speed. 0.25 is the minimum speed. 1.5 is the maximum speed. This value can only be changed in between model turns, not while a response is in progress.

    This parameter is a post-processing adjustment to the audio after it is generated, it's
    also possible to prompt the model to speak faster or slower.
    """


class RealtimeSessionCreateRequestGaAudio(BaseModel):
    """Configuration for input and output audio."""

    input: RealtimeSessionCreateRequestGaAudioInput | None = None

    output: RealtimeSessionCreateRequestGaAudioOutput | None = None


class RealtimeSessionCreateRequestGaTracingConfiguration(BaseModel):
    """Granular configuration for tracing."""

    workflow_name: str | None = None
    """The name of the workflow to attach to this trace. This is used to
    name the trace in the Traces Dashboard.
    """

    group_id: str | None = None
    """The group id to attach to this trace to enable filtering and
    grouping in the Traces Dashboard.
    """

    metadata: dict[str, builtins.object] | None = None
    """The arbitrary metadata to attach to this trace to enable
    filtering in the Traces Dashboard.
    """


class RealtimeSessionCreateRequestGa(BaseModel):
    """Realtime session object configuration."""

    type: Literal["realtime"] = Field(default_factory=_missing)
    """The type of session to create. Always `realtime` for the Realtime API."""

    output_modalities: 'list[Open[Literal["text", "audio"]]] | None' = None
    """The set of modalities the model can respond with. It defaults to `["audio"]`, indicating
    that the model will respond with audio plus a transcript. `["text"]` can be used to make
    the model respond with text only. It is not possible to request both `text` and `audio` at the same time.
    """

    model: 'Open[str | Literal["gpt-realtime", "gpt-realtime-1.5", "gpt-realtime-2", "gpt-realtime-2.1", "gpt-realtime-2.1-mini", "gpt-realtime-2025-08-28", "gpt-4o-realtime-preview", "gpt-4o-realtime-preview-2024-10-01", "gpt-4o-realtime-preview-2024-12-17", "gpt-4o-realtime-preview-2025-06-03", "gpt-4o-mini-realtime-preview", "gpt-4o-mini-realtime-preview-2024-12-17", "gpt-realtime-mini", "gpt-realtime-mini-2025-10-06", "gpt-realtime-mini-2025-12-15", "gpt-audio-1.5", "gpt-audio-mini", "gpt-audio-mini-2025-10-06", "gpt-audio-mini-2025-12-15"]] | None' = None
    """The Realtime model used for this session."""

    instructions: str | None = None
    """The default system instructions (i.e. system message) prepended to model calls. This field allows the client to guide the model on desired responses. The model can be instructed on response content and format, (e.g. "be extremely succinct", "act friendly", "here are examples of good responses") and on audio behavior (e.g. "talk quickly", "inject emotion into your voice", "laugh frequently"). The instructions are not guaranteed to be followed by the model, but they provide guidance to the model on the desired behavior.

    Note that the server sets default instructions which will be used if this field is not set and are visible in the `session.created` event at the start of the session.
    """

    audio: RealtimeSessionCreateRequestGaAudio | None = None
    """Configuration for input and output audio."""

    include: list[Literal["item.input_audio_transcription.logprobs"]] | None = None
    """Additional fields to include in server outputs.

    `item.input_audio_transcription.logprobs`: Include logprobs for input audio transcription.
    """

    tracing: (
        Open[
            Annotated[
                Annotated[Literal["auto"], Tag("<str>")]
                | Annotated[RealtimeSessionCreateRequestGaTracingConfiguration, Tag("<dict>")],
                Discriminator(tag_of(None)),
            ]
        ]
        | None
    ) = None
    """Realtime API can write session traces to the [Traces Dashboard](https://platform.openai.com/logs?api=traces). Set to null to disable tracing. Once
    tracing is enabled for a session, the configuration cannot be modified.

    `auto` will create a trace for the session with default values for the
    workflow name, group id, and metadata.
    """

    tools: 'list[Open[Annotated[Annotated[RealtimeFunctionTool, Tag("function")] | Annotated[McpTool, Tag("mcp")], Discriminator(tag_of("type", {"<untagged>": "function"}))]]] | None' = None
    """Tools available to the model."""

    tool_choice: 'Open[Annotated[Annotated[ToolChoiceOptions, Tag("<str>")] | Annotated[ToolChoiceFunction, Tag("function")] | Annotated[ToolChoiceMcp, Tag("mcp")], Discriminator(tag_of("type"))]] | None' = None
    """How the model chooses tools. Provide one of the string modes or force a specific
    function/MCP tool.
    """

    parallel_tool_calls: bool | None = None
    """Whether the model may call multiple tools in parallel. Only supported by
    reasoning Realtime models such as `gpt-realtime-2`.
    """

    reasoning: RealtimeReasoning | None = None
    """Configuration for reasoning-capable Realtime models such as `gpt-realtime-2`."""

    max_output_tokens: (
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


class RealtimeSessionCreateRequestGaAudioInputNoiseReductionParam(TypedDict, total=False):
    """Configuration for input audio noise reduction. This can be set to `null` to turn off.
    Noise reduction filters audio added to the input audio buffer before it is sent to VAD and the model.
    Filtering the audio can improve VAD and turn detection accuracy (reducing false positives) and model performance by improving perception of the input audio.
    """

    type: NoiseReductionType
    """Type of noise reduction. `near_field` is for close-talking microphones such as headphones, `far_field` is for far-field microphones such as laptop or conference room microphones."""


class RealtimeSessionCreateRequestGaAudioInputParam(TypedDict, total=False):
    format: RealtimeAudioFormatsParam
    """The format of the input audio."""

    transcription: AudioTranscriptionParam
    """Configuration for input audio transcription, defaults to off and can be set to `null` to turn off once on. Input audio transcription is not native to the model, since the model consumes audio directly. Transcription runs asynchronously through [the /audio/transcriptions endpoint](/docs/api-reference/audio/createTranscription) and should be treated as guidance of input audio content rather than precisely what the model heard. The client can optionally set the language and prompt for transcription, these offer additional guidance to the transcription service."""

    noise_reduction: RealtimeSessionCreateRequestGaAudioInputNoiseReductionParam
    """Configuration for input audio noise reduction. This can be set to `null` to turn off.
    Noise reduction filters audio added to the input audio buffer before it is sent to VAD and the model.
    Filtering the audio can improve VAD and turn detection accuracy (reducing false positives) and model performance by improving perception of the input audio.
    """

    turn_detection: RealtimeTurnDetectionParam
    """Configuration for turn detection, ether Server VAD or Semantic VAD. This can be set to `null` to turn off, in which case the client must manually trigger model response.

    Server VAD means that the model will detect the start and end of speech based on audio volume and respond at the end of user speech.

    Semantic VAD is more advanced and uses a turn detection model (in conjunction with VAD) to semantically estimate whether the user has finished speaking, then dynamically sets a timeout based on this probability. For example, if user audio trails off with "uhhm", the model will score a low probability of turn end and wait longer for the user to continue speaking. This can be useful for more natural conversations, but may have a higher latency.

    For `gpt-realtime-whisper` transcription sessions, turn detection must be
    set to `null`; VAD is not supported.
    """


class RealtimeSessionCreateRequestGaAudioOutputParam(TypedDict, total=False):
    format: RealtimeAudioFormatsParam
    """The format of the output audio."""

    voice: VoiceIdsOrCustomVoiceParam
    """The voice the model uses to respond. Supported built-in voices are
    `alloy`, `ash`, `ballad`, `coral`, `echo`, `sage`, `shimmer`, `verse`,
    `marin`, and `cedar`. You may also provide a custom voice object with
    an `id`, for example `{ "id": "voice_1234" }`. Voice cannot be changed
    during the session once the model has responded with audio at least once.
    We recommend `marin` and `cedar` for best quality.
    """

    speed: float
    """The speed of the model's spoken response as a multiple of the original speed.
    1.0 is the default speed. 0.25 is the minimum speed. 1.5 is the maximum speed. This value can only be changed in between model turns, not while a response is in progress.

    This parameter is a post-processing adjustment to the audio after it is generated, it's
    also possible to prompt the model to speak faster or slower.
    """


class RealtimeSessionCreateRequestGaAudioParam(TypedDict, total=False):
    """Configuration for input and output audio."""

    input: RealtimeSessionCreateRequestGaAudioInputParam

    output: RealtimeSessionCreateRequestGaAudioOutputParam


class RealtimeSessionCreateRequestGaTracingConfigurationParam(TypedDict, total=False):
    """Granular configuration for tracing."""

    workflow_name: str
    """The name of the workflow to attach to this trace. This is used to
    name the trace in the Traces Dashboard.
    """

    group_id: str
    """The group id to attach to this trace to enable filtering and
    grouping in the Traces Dashboard.
    """

    metadata: Mapping[str, Any]
    """The arbitrary metadata to attach to this trace to enable
    filtering in the Traces Dashboard.
    """


class RealtimeSessionCreateRequestGaParam(TypedDict, total=False):
    """Realtime session object configuration."""

    type: Required[Literal["realtime"]]
    """The type of session to create. Always `realtime` for the Realtime API."""

    output_modalities: Sequence[Literal["text", "audio"]]
    """The set of modalities the model can respond with. It defaults to `["audio"]`, indicating
    that the model will respond with audio plus a transcript. `["text"]` can be used to make
    the model respond with text only. It is not possible to request both `text` and `audio` at the same time.
    """

    model: (
        str
        | Literal[
            "gpt-realtime",
            "gpt-realtime-1.5",
            "gpt-realtime-2",
            "gpt-realtime-2.1",
            "gpt-realtime-2.1-mini",
            "gpt-realtime-2025-08-28",
            "gpt-4o-realtime-preview",
            "gpt-4o-realtime-preview-2024-10-01",
            "gpt-4o-realtime-preview-2024-12-17",
            "gpt-4o-realtime-preview-2025-06-03",
            "gpt-4o-mini-realtime-preview",
            "gpt-4o-mini-realtime-preview-2024-12-17",
            "gpt-realtime-mini",
            "gpt-realtime-mini-2025-10-06",
            "gpt-realtime-mini-2025-12-15",
            "gpt-audio-1.5",
            "gpt-audio-mini",
            "gpt-audio-mini-2025-10-06",
            "gpt-audio-mini-2025-12-15",
        ]
    )
    """The Realtime model used for this session."""

    instructions: str
    """The default system instructions (i.e. system message) prepended to model calls. This field allows the client to guide the model on desired responses. The model can be instructed on response content and format, (e.g. "be extremely succinct", "act friendly", "here are examples of good responses") and on audio behavior (e.g. "talk quickly", "inject emotion into your voice", "laugh frequently"). The instructions are not guaranteed to be followed by the model, but they provide guidance to the model on the desired behavior.

    Note that the server sets default instructions which will be used if this field is not set and are visible in the `session.created` event at the start of the session.
    """

    audio: RealtimeSessionCreateRequestGaAudioParam
    """Configuration for input and output audio."""

    include: Sequence[Literal["item.input_audio_transcription.logprobs"]]
    """Additional fields to include in server outputs.

    `item.input_audio_transcription.logprobs`: Include logprobs for input audio transcription.
    """

    tracing: Literal["auto"] | RealtimeSessionCreateRequestGaTracingConfigurationParam | None
    """Realtime API can write session traces to the [Traces Dashboard](https://platform.openai.com/logs?api=traces). Set to null to disable tracing. Once
    tracing is enabled for a session, the configuration cannot be modified.

    `auto` will create a trace for the session with default values for the
    workflow name, group id, and metadata.
    """

    tools: Sequence[RealtimeFunctionToolParam | McpToolParam]
    """Tools available to the model."""

    tool_choice: ToolChoiceOptions | ToolChoiceFunctionParam | ToolChoiceMcpParam
    """How the model chooses tools. Provide one of the string modes or force a specific
    function/MCP tool.
    """

    parallel_tool_calls: bool
    """Whether the model may call multiple tools in parallel. Only supported by
    reasoning Realtime models such as `gpt-realtime-2`.
    """

    reasoning: RealtimeReasoningParam
    """Configuration for reasoning-capable Realtime models such as `gpt-realtime-2`."""

    max_output_tokens: int | Literal["inf"]
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
