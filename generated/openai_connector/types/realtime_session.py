# generated from the OpenAI API spec by the openai-connector generator; do not edit
import builtins
from typing import Annotated, Literal

from pydantic import Discriminator, Tag

from ..lib._models import BaseModel, Open, tag_of
from .audio_transcription_response import AudioTranscriptionResponse
from .noise_reduction_type import NoiseReductionType
from .prompt import Prompt
from .realtime_function_tool import RealtimeFunctionTool
from .realtime_turn_detection import RealtimeTurnDetection
from .voice_ids_shared import VoiceIdsShared


class RealtimeSessionInputAudioNoiseReduction(BaseModel):
    """Configuration for input audio noise reduction. This can be set to `null` to turn off.
    Noise reduction filters audio added to the input audio buffer before it is sent to VAD and the model.
    Filtering the audio can improve VAD and turn detection accuracy (reducing false positives) and model performance by improving perception of the input audio.
    """

    type: NoiseReductionType | None = None
    """Type of noise reduction. `near_field` is for close-talking microphones such as headphones, `far_field` is for far-field microphones such as laptop or conference room microphones."""


class RealtimeSessionTracingConfiguration(BaseModel):
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


class RealtimeSession(BaseModel):
    """Realtime session object for the beta interface."""

    id: str | None = None
    """Unique identifier for the session that looks like `sess_1234567890abcdef`."""

    object: Literal["realtime.session"] | None = None
    """The object type. Always `realtime.session`."""

    modalities: list[Open[Literal["text", "audio"]]] | None = None
    """The set of modalities the model can respond with. To disable audio,
    set this to ["text"].
    """

    model: (
        Open[
            str
            | Literal[
                "gpt-realtime",
                "gpt-realtime-1.5",
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
        ]
        | None
    ) = None
    """The Realtime model used for this session."""

    instructions: str | None = None
    """The default system instructions (i.e. system message) prepended to model
    calls. This field allows the client to guide the model on desired
    responses. The model can be instructed on response content and format,
    (e.g. "be extremely succinct", "act friendly", "here are examples of good
    responses") and on audio behavior (e.g. "talk quickly", "inject emotion
    into your voice", "laugh frequently"). The instructions are not
    guaranteed to be followed by the model, but they provide guidance to the
    model on the desired behavior.


    Note that the server sets default instructions which will be used if this
    field is not set and are visible in the `session.created` event at the
    start of the session.
    """

    voice: VoiceIdsShared | None = None
    """The voice the model uses to respond. Voice cannot be changed during the
    session once the model has responded with audio at least once. Current
    voice options are `alloy`, `ash`, `ballad`, `coral`, `echo`, `sage`,
    `shimmer`, and `verse`.
    """

    input_audio_format: Open[Literal["pcm16", "g711_ulaw", "g711_alaw"]] | None = None
    """The format of input audio. Options are `pcm16`, `g711_ulaw`, or `g711_alaw`.
    For `pcm16`, input audio must be 16-bit PCM at a 24kHz sample rate,
    single channel (mono), and little-endian byte order.
    """

    output_audio_format: Open[Literal["pcm16", "g711_ulaw", "g711_alaw"]] | None = None
    """The format of output audio. Options are `pcm16`, `g711_ulaw`, or `g711_alaw`.
    For `pcm16`, output audio is sampled at a rate of 24kHz.
    """

    input_audio_transcription: AudioTranscriptionResponse | None = None
    """Configuration for input audio transcription, defaults to off and can be set to `null` to turn off once on. Input audio transcription is not native to the model, since the model consumes audio directly. Transcription runs asynchronously through [the /audio/transcriptions endpoint](https://platform.openai.com/docs/api-reference/audio/createTranscription) and should be treated as guidance of input audio content rather than precisely what the model heard. The client can optionally set the language and prompt for transcription, these offer additional guidance to the transcription service."""

    turn_detection: RealtimeTurnDetection | None = None
    """Configuration for turn detection, ether Server VAD or Semantic VAD. This can be set to `null` to turn off, in which case the client must manually trigger model response.

    Server VAD means that the model will detect the start and end of speech based on audio volume and respond at the end of user speech.

    Semantic VAD is more advanced and uses a turn detection model (in conjunction with VAD) to semantically estimate whether the user has finished speaking, then dynamically sets a timeout based on this probability. For example, if user audio trails off with "uhhm", the model will score a low probability of turn end and wait longer for the user to continue speaking. This can be useful for more natural conversations, but may have a higher latency.

    For `gpt-realtime-whisper` transcription sessions, turn detection must be
    set to `null`; VAD is not supported.
    """

    input_audio_noise_reduction: RealtimeSessionInputAudioNoiseReduction | None = None
    """Configuration for input audio noise reduction. This can be set to `null` to turn off.
    Noise reduction filters audio added to the input audio buffer before it is sent to VAD and the model.
    Filtering the audio can improve VAD and turn detection accuracy (reducing false positives) and model performance by improving perception of the input audio.
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
                | Annotated[RealtimeSessionTracingConfiguration, Tag("<dict>")],
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

    tools: list[RealtimeFunctionTool] | None = None
    """Tools (functions) available to the model."""

    tool_choice: str | None = None
    """How the model chooses tools. Options are `auto`, `none`, `required`, or
    specify a function.
    """

    temperature: float | None = None
    """Sampling temperature for the model, limited to [0.6, 1.2]. For audio models a temperature of 0.8 is highly recommended for best performance."""

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

    expires_at: int | None = None
    """Expiration timestamp for the session, in seconds since epoch."""

    prompt: Prompt | None = None
    """Reference to a prompt template and its variables.
    [Learn more](/docs/guides/text?api-mode=responses#reusable-prompts).
    """

    include: 'list[Literal["item.input_audio_transcription.logprobs"]] | None' = None
    """Additional fields to include in server outputs.
    - `item.input_audio_transcription.logprobs`: Include logprobs for input audio transcription.
    """
