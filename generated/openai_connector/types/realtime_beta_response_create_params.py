# generated from the OpenAI API spec by the openai-connector generator; do not edit
import builtins
from typing import Annotated, Literal

from pydantic import Discriminator, Tag

from ..lib._models import BaseModel, Open, tag_of
from .metadata import Metadata
from .prompt import Prompt
from .realtime_conversation_item import RealtimeConversationItem
from .tool_choice_function import ToolChoiceFunction
from .tool_choice_mcp import ToolChoiceMcp
from .tool_choice_options import ToolChoiceOptions
from .voice_ids_or_custom_voice import VoiceIdsOrCustomVoice


class RealtimeBetaResponseCreateParamsTool(BaseModel):
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


class RealtimeBetaResponseCreateParams(BaseModel):
    """Create a new Realtime response with these parameters"""

    modalities: list[Open[Literal["text", "audio"]]] | None = None
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

    voice: VoiceIdsOrCustomVoice | None = None
    """The voice the model uses to respond. Supported built-in voices are
    `alloy`, `ash`, `ballad`, `coral`, `echo`, `sage`, `shimmer`, `verse`,
    `marin`, and `cedar`. You may also provide a custom voice object with an
    `id`, for example `{ "id": "voice_1234" }`. Voice cannot be changed during
    the session once the model has responded with audio at least once.
    """

    output_audio_format: Open[Literal["pcm16", "g711_ulaw", "g711_alaw"]] | None = None
    """The format of output audio. Options are `pcm16`, `g711_ulaw`, or `g711_alaw`."""

    tools: list[RealtimeBetaResponseCreateParamsTool] | None = None
    """Tools (functions) available to the model."""

    tool_choice: (
        Open[
            Annotated[
                Annotated[ToolChoiceOptions, Tag("<str>")]
                | Annotated[ToolChoiceFunction, Tag("function")]
                | Annotated[ToolChoiceMcp, Tag("mcp")],
                Discriminator(tag_of("type")),
            ]
        ]
        | None
    ) = None
    """How the model chooses tools. Provide one of the string modes or force a specific
    function/MCP tool.
    """

    temperature: float | None = None
    """Sampling temperature for the model, limited to [0.6, 1.2]. Defaults to 0.8."""

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

    conversation: Open[str | Literal["auto", "none"]] | None = None
    """Controls which conversation the response is added to. Currently supports
    `auto` and `none`, with `auto` as the default value. The `auto` value
    means that the contents of the response will be added to the default
    conversation. Set this to `none` to create an out-of-band response which
    will not add items to default conversation.
    """

    metadata: Metadata | None = None
    """Set of 16 key-value pairs that can be attached to an object. This can be
    useful for storing additional information about the object in a structured
    format, and querying for objects via API or the dashboard.

    Keys are strings with a maximum length of 64 characters. Values are strings
    with a maximum length of 512 characters.
    """

    prompt: Prompt | None = None
    """Reference to a prompt template and its variables.
    [Learn more](/docs/guides/text?api-mode=responses#reusable-prompts).
    """

    input: list[RealtimeConversationItem] | None = None
    """Input items to include in the prompt for the model. Using this field
    creates a new context for this Response instead of using the default
    conversation. An empty array `[]` will clear the context for this Response.
    Note that this can include references to items from the default conversation.
    """
