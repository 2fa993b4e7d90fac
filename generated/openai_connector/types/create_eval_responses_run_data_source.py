# generated from the OpenAI API spec by the openai-connector generator; do not edit
from collections.abc import Sequence
from typing import Annotated, Literal, Required

from pydantic import Discriminator, Field, Tag
from typing_extensions import TypedDict

from ..lib._models import BaseModel, Open, tag_of
from ..lib._models import missing as _missing
from .eval_item import EvalItem, EvalItemParam
from .eval_jsonl_file_content_source import EvalJsonlFileContentSource, EvalJsonlFileContentSourceParam
from .eval_jsonl_file_id_source import EvalJsonlFileIdSource, EvalJsonlFileIdSourceParam
from .eval_responses_source import EvalResponsesSource, EvalResponsesSourceParam
from .reasoning_effort import ReasoningEffort
from .text_response_format_configuration import TextResponseFormatConfiguration, TextResponseFormatConfigurationParam
from .tool import Tool, ToolParam


class CreateEvalResponsesRunDataSourceTemplateItemChatMessage(BaseModel):
    """ChatMessage"""

    role: str = Field(default_factory=_missing)
    """The role of the message (e.g. "system", "assistant", "user")."""

    content: str = Field(default_factory=_missing)
    """The content of the message."""


class CreateEvalResponsesRunDataSourceInputMessagesTemplate(BaseModel):
    """InputMessagesTemplate"""

    type: 'Literal["template"]' = Field(default_factory=_missing)
    """The type of input messages. Always `template`."""

    template: list[Open[CreateEvalResponsesRunDataSourceTemplateItemChatMessage | EvalItem]] = Field(
        default_factory=_missing
    )
    """A list of chat messages forming the prompt or context. May include variable references to the `item` namespace, ie {{item.name}}."""


class CreateEvalResponsesRunDataSourceItemReference(BaseModel):
    """InputMessagesItemReference"""

    type: 'Literal["item_reference"]' = Field(default_factory=_missing)
    """The type of input messages. Always `item_reference`."""

    item_reference: str = Field(default_factory=_missing)
    """A reference to a variable in the `item` namespace. Ie, "item.name" """


class CreateEvalResponsesRunDataSourceSamplingParamsText(BaseModel):
    """Configuration options for a text response from the model. Can be plain
    text or structured JSON data. Learn more:
    - [Text inputs and outputs](/docs/guides/text)
    - [Structured Outputs](/docs/guides/structured-outputs)
    """

    format: TextResponseFormatConfiguration | None = None
    """An object specifying the format that the model must output.

    Configuring `{ "type": "json_schema" }` enables Structured Outputs,
    which ensures the model will match your supplied JSON schema. Learn more in the
    [Structured Outputs guide](/docs/guides/structured-outputs).

    The default format is `{ "type": "text" }` with no additional options.

    **Not recommended for gpt-4o and newer models:**

    Setting to `{ "type": "json_object" }` enables the older JSON mode, which
    ensures the message the model generates is valid JSON. Using `json_schema`
    is preferred for models that support it.
    """


class CreateEvalResponsesRunDataSourceSamplingParams(BaseModel):
    reasoning_effort: ReasoningEffort | None = None
    """Constrains effort on reasoning for reasoning models. Currently supported
    values are `none`, `minimal`, `low`, `medium`, `high`, `xhigh`, and `max`.
    Reducing reasoning effort can result in faster responses and fewer tokens
    used on reasoning in a response. Not all reasoning models support every
    value. See the
    [reasoning guide](https://platform.openai.com/docs/guides/reasoning)
    for model-specific support.
    """

    temperature: float | None = None
    """A higher temperature increases randomness in the outputs."""

    max_completion_tokens: int | None = None
    """The maximum number of tokens in the generated output."""

    top_p: float | None = None
    """An alternative to temperature for nucleus sampling; 1.0 includes all tokens."""

    seed: int | None = None
    """A seed value to initialize the randomness, during sampling."""

    tools: list[Tool] | None = None
    """An array of tools the model may call while generating a response. You
    can specify which tool to use by setting the `tool_choice` parameter.

    The two categories of tools you can provide the model are:

    - **Built-in tools**: Tools that are provided by OpenAI that extend the
      model's capabilities, like [web search](/docs/guides/tools-web-search)
      or [file search](/docs/guides/tools-file-search). Learn more about
      [built-in tools](/docs/guides/tools).
    - **Function calls (custom tools)**: Functions that are defined by you,
      enabling the model to call your own code. Learn more about
      [function calling](/docs/guides/function-calling).
    """

    text: CreateEvalResponsesRunDataSourceSamplingParamsText | None = None
    """Configuration options for a text response from the model. Can be plain
    text or structured JSON data. Learn more:
    - [Text inputs and outputs](/docs/guides/text)
    - [Structured Outputs](/docs/guides/structured-outputs)
    """


class CreateEvalResponsesRunDataSource(BaseModel):
    """A ResponsesRunDataSource object describing a model sampling configuration."""

    type: Literal["responses"] = Field(default_factory=_missing)
    """The type of run data source. Always `responses`."""

    input_messages: 'Open[Annotated[Annotated[CreateEvalResponsesRunDataSourceInputMessagesTemplate, Tag("template")] | Annotated[CreateEvalResponsesRunDataSourceItemReference, Tag("item_reference")], Discriminator(tag_of("type"))]] | None' = None
    """Used when sampling from a model. Dictates the structure of the messages passed into the model. Can either be a reference to a prebuilt trajectory (ie, `item.input_trajectory`), or a template with variable references to the `item` namespace."""

    sampling_params: CreateEvalResponsesRunDataSourceSamplingParams | None = None

    model: str | None = None
    """The name of the model to use for generating completions (e.g. "o3-mini")."""

    source: 'Open[Annotated[Annotated[EvalJsonlFileContentSource, Tag("file_content")] | Annotated[EvalJsonlFileIdSource, Tag("file_id")] | Annotated[EvalResponsesSource, Tag("responses")], Discriminator(tag_of("type"))]]' = Field(
        default_factory=_missing
    )
    """Determines what populates the `item` namespace in this run's data source."""


class CreateEvalResponsesRunDataSourceTemplateItemChatMessageParam(TypedDict, total=False):
    """ChatMessage"""

    role: Required[str]
    """The role of the message (e.g. "system", "assistant", "user")."""

    content: Required[str]
    """The content of the message."""


class CreateEvalResponsesRunDataSourceInputMessagesTemplateParam(TypedDict, total=False):
    """InputMessagesTemplate"""

    type: Required[Literal["template"]]
    """The type of input messages. Always `template`."""

    template: Required[Sequence[CreateEvalResponsesRunDataSourceTemplateItemChatMessageParam | EvalItemParam]]
    """A list of chat messages forming the prompt or context. May include variable references to the `item` namespace, ie {{item.name}}."""


class CreateEvalResponsesRunDataSourceItemReferenceParam(TypedDict, total=False):
    """InputMessagesItemReference"""

    type: Required[Literal["item_reference"]]
    """The type of input messages. Always `item_reference`."""

    item_reference: Required[str]
    """A reference to a variable in the `item` namespace. Ie, "item.name" """


class CreateEvalResponsesRunDataSourceSamplingParamsTextParam(TypedDict, total=False):
    """Configuration options for a text response from the model. Can be plain
    text or structured JSON data. Learn more:
    - [Text inputs and outputs](/docs/guides/text)
    - [Structured Outputs](/docs/guides/structured-outputs)
    """

    format: TextResponseFormatConfigurationParam
    """An object specifying the format that the model must output.

    Configuring `{ "type": "json_schema" }` enables Structured Outputs,
    which ensures the model will match your supplied JSON schema. Learn more in the
    [Structured Outputs guide](/docs/guides/structured-outputs).

    The default format is `{ "type": "text" }` with no additional options.

    **Not recommended for gpt-4o and newer models:**

    Setting to `{ "type": "json_object" }` enables the older JSON mode, which
    ensures the message the model generates is valid JSON. Using `json_schema`
    is preferred for models that support it.
    """


class CreateEvalResponsesRunDataSourceSamplingParamsParam(TypedDict, total=False):
    reasoning_effort: ReasoningEffort
    """Constrains effort on reasoning for reasoning models. Currently supported
    values are `none`, `minimal`, `low`, `medium`, `high`, `xhigh`, and `max`.
    Reducing reasoning effort can result in faster responses and fewer tokens
    used on reasoning in a response. Not all reasoning models support every
    value. See the
    [reasoning guide](https://platform.openai.com/docs/guides/reasoning)
    for model-specific support.
    """

    temperature: float
    """A higher temperature increases randomness in the outputs."""

    max_completion_tokens: int
    """The maximum number of tokens in the generated output."""

    top_p: float
    """An alternative to temperature for nucleus sampling; 1.0 includes all tokens."""

    seed: int
    """A seed value to initialize the randomness, during sampling."""

    tools: Sequence[ToolParam]
    """An array of tools the model may call while generating a response. You
    can specify which tool to use by setting the `tool_choice` parameter.

    The two categories of tools you can provide the model are:

    - **Built-in tools**: Tools that are provided by OpenAI that extend the
      model's capabilities, like [web search](/docs/guides/tools-web-search)
      or [file search](/docs/guides/tools-file-search). Learn more about
      [built-in tools](/docs/guides/tools).
    - **Function calls (custom tools)**: Functions that are defined by you,
      enabling the model to call your own code. Learn more about
      [function calling](/docs/guides/function-calling).
    """

    text: CreateEvalResponsesRunDataSourceSamplingParamsTextParam
    """Configuration options for a text response from the model. Can be plain
    text or structured JSON data. Learn more:
    - [Text inputs and outputs](/docs/guides/text)
    - [Structured Outputs](/docs/guides/structured-outputs)
    """


class CreateEvalResponsesRunDataSourceParam(TypedDict, total=False):
    """A ResponsesRunDataSource object describing a model sampling configuration."""

    type: Required[Literal["responses"]]
    """The type of run data source. Always `responses`."""

    input_messages: (
        CreateEvalResponsesRunDataSourceInputMessagesTemplateParam | CreateEvalResponsesRunDataSourceItemReferenceParam
    )
    """Used when sampling from a model. Dictates the structure of the messages passed into the model. Can either be a reference to a prebuilt trajectory (ie, `item.input_trajectory`), or a template with variable references to the `item` namespace."""

    sampling_params: CreateEvalResponsesRunDataSourceSamplingParamsParam

    model: str
    """The name of the model to use for generating completions (e.g. "o3-mini")."""

    source: Required[EvalJsonlFileContentSourceParam | EvalJsonlFileIdSourceParam | EvalResponsesSourceParam]
    """Determines what populates the `item` namespace in this run's data source."""
