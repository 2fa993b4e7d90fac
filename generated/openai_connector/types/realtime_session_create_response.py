# generated from the OpenAI API spec by the openai-connector generator; do not edit
import builtins
from typing import Annotated, Literal

from pydantic import Discriminator, Tag

from ..lib._models import BaseModel, Open, tag_of
from .audio_transcription_response import AudioTranscriptionResponse
from .noise_reduction_type import NoiseReductionType
from .realtime_audio_formats import RealtimeAudioFormats
from .realtime_function_tool import RealtimeFunctionTool
from .voice_ids_shared import VoiceIdsShared


class RealtimeSessionCreateResponseAudioInputNoiseReduction(BaseModel):
    """Configuration for input audio noise reduction."""

    type: NoiseReductionType | None = None
    """Type of noise reduction. `near_field` is for close-talking microphones such as headphones, `far_field` is for far-field microphones such as laptop or conference room microphones."""


class RealtimeSessionCreateResponseAudioInputTurnDetection(BaseModel):
    """Configuration for turn detection."""

    type: str | None = None
    """Type of turn detection, only `server_vad` is currently supported."""

    threshold: float | None = None

    prefix_padding_ms: int | None = None

    silence_duration_ms: int | None = None


class RealtimeSessionCreateResponseAudioInput(BaseModel):
    format: RealtimeAudioFormats | None = None

    transcription: AudioTranscriptionResponse | None = None
    """Configuration for input audio transcription."""

    noise_reduction: RealtimeSessionCreateResponseAudioInputNoiseReduction | None = None
    """Configuration for input audio noise reduction."""

    turn_detection: RealtimeSessionCreateResponseAudioInputTurnDetection | None = None
    """Configuration for turn detection."""


class RealtimeSessionCreateResponseAudioOutput(BaseModel):
    format: RealtimeAudioFormats | None = None

    voice: VoiceIdsShared | None = None

    speed: float | None = None


class RealtimeSessionCreateResponseAudio(BaseModel):
    """Configuration for input and output audio for the session."""

    input: RealtimeSessionCreateResponseAudioInput | None = None

    output: RealtimeSessionCreateResponseAudioOutput | None = None


class RealtimeSessionCreateResponseTracingConfiguration(BaseModel):
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


class RealtimeSessionCreateResponseTurnDetection(BaseModel):
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


class RealtimeSessionCreateResponse(BaseModel):
    """A Realtime session configuration object."""

    id: str | None = None
    """Unique identifier for the session that looks like `sess_1234567890abcdef`."""

    object: str | None = None
    """The object type. Always `realtime.session`."""

    expires_at: int | None = None
    """Expiration timestamp for the session, in seconds since epoch."""

    include: list[Literal["item.input_audio_transcription.logprobs"]] | None = None
    """Additional fields to include in server outputs.
    - `item.input_audio_transcription.logprobs`: Include logprobs for input audio transcription.
    """

    model: str | None = None
    """The Realtime model used for this session."""

    output_modalities: 'list[Open[Literal["text", "audio"]]] | None' = None
    """The set of modalities the model can respond with. To disable audio,
    set this to ["text"].
    """

    instructions: str | None = None
    """The default system instructions (i.e. system message) prepended to model
    calls. This field allows the client to guide the model on desired
    responses. The model can be instructed on response content and format,
    (e.g. "be extremely succinct", "act friendly", "here are examples of good
    responses") and on audio behavior (e.g. "talk quickly", "inject emotion
    into your voice", "laugh frequently"). The instructions are not guaranteed
    to be followed by the model, but they provide guidance to the model on the
    desired behavior.

    Note that the server sets default instructions which will be used if this
    field is not set and are visible in the `session.created` event at the
    start of the session.
    """

    audio: RealtimeSessionCreateResponseAudio | None = None
    """Configuration for input and output audio for the session."""

    tracing: (
        Open[
            Annotated[
                Annotated[Literal["auto"], Tag("<str>")]
                | Annotated[RealtimeSessionCreateResponseTracingConfiguration, Tag("<dict>")],
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

    turn_detection: RealtimeSessionCreateResponseTurnDetection | None = None
    """Configuration for turn detection. Can be set to `null` to turn off. Server
    VAD means that the model will detect the start and end of speech based on
    audio volume and respond at the end of user speech.
    """

    tools: list[RealtimeFunctionTool] | None = None
    """Tools (functions) available to the model."""

    tool_choice: str | None = None
    """How the model chooses tools. Options are `auto`, `none`, `required`, or
    specify a function.
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
    inclusive of tool calls. Provide an integer between 1 and 4096 to
    limit output tokens, or `inf` for the maximum available tokens for a
    given model. Defaults to `inf`.
    """
