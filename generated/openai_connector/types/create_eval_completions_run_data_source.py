# generated from the OpenAI API spec by the openai-connector generator; do not edit
from collections.abc import Sequence
from typing import Annotated, Literal, Required

from pydantic import Discriminator, Field, Tag
from typing_extensions import TypedDict

from ..lib._models import BaseModel, Open, tag_of
from ..lib._models import missing as _missing
from .chat_completion_tool import ChatCompletionTool, ChatCompletionToolParam
from .easy_input_message import EasyInputMessage, EasyInputMessageParam
from .eval_item import EvalItem, EvalItemParam
from .eval_jsonl_file_content_source import EvalJsonlFileContentSource, EvalJsonlFileContentSourceParam
from .eval_jsonl_file_id_source import EvalJsonlFileIdSource, EvalJsonlFileIdSourceParam
from .eval_stored_completions_source import EvalStoredCompletionsSource, EvalStoredCompletionsSourceParam
from .reasoning_effort import ReasoningEffort
from .response_format_json_object import ResponseFormatJsonObject, ResponseFormatJsonObjectParam
from .response_format_json_schema import ResponseFormatJsonSchema, ResponseFormatJsonSchemaParam
from .response_format_text import ResponseFormatText, ResponseFormatTextParam


class CreateEvalCompletionsRunDataSourceItemReference(BaseModel):
    """ItemReferenceInputMessages"""

    type: 'Literal["item_reference"]' = Field(default_factory=_missing)
    """The type of input messages. Always `item_reference`."""

    item_reference: str = Field(default_factory=_missing)
    """A reference to a variable in the `item` namespace. Ie, "item.input_trajectory" """


class CreateEvalCompletionsRunDataSourceSamplingParams(BaseModel):
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

    response_format: (
        Open[
            Annotated[
                Annotated[ResponseFormatText, Tag("text")]
                | Annotated[ResponseFormatJsonSchema, Tag("json_schema")]
                | Annotated[ResponseFormatJsonObject, Tag("json_object")],
                Discriminator(tag_of("type")),
            ]
        ]
        | None
    ) = None
    """An object specifying the format that the model must output.

    Setting to `{ "type": "json_schema", "json_schema": {...} }` enables
    Structured Outputs which ensures the model will match your supplied JSON
    schema. Learn more in the [Structured Outputs
    guide](/docs/guides/structured-outputs).

    Setting to `{ "type": "json_object" }` enables the older JSON mode, which
    ensures the message the model generates is valid JSON. Using `json_schema`
    is preferred for models that support it.
    """

    tools: list[ChatCompletionTool] | None = None
    """A list of tools the model may call. Currently, only functions are supported as a tool. Use this to provide a list of functions the model may generate JSON inputs for. A max of 128 functions are supported."""


class CreateEvalCompletionsRunDataSourceTemplateInputMessages(BaseModel):
    """TemplateInputMessages"""

    type: 'Literal["template"]' = Field(default_factory=_missing)
    """The type of input messages. Always `template`."""

    template: list[Open[EasyInputMessage | EvalItem]] = Field(default_factory=_missing)
    """A list of chat messages forming the prompt or context. May include variable references to the `item` namespace, ie {{item.name}}."""


class CreateEvalCompletionsRunDataSource(BaseModel):
    """A CompletionsRunDataSource object describing a model sampling configuration."""

    type: Literal["completions"] = Field(default_factory=_missing)
    """The type of run data source. Always `completions`."""

    input_messages: 'Open[Annotated[Annotated[CreateEvalCompletionsRunDataSourceTemplateInputMessages, Tag("template")] | Annotated[CreateEvalCompletionsRunDataSourceItemReference, Tag("item_reference")], Discriminator(tag_of("type"))]] | None' = None
    """Used when sampling from a model. Dictates the structure of the messages passed into the model. Can either be a reference to a prebuilt trajectory (ie, `item.input_trajectory`), or a template with variable references to the `item` namespace."""

    sampling_params: CreateEvalCompletionsRunDataSourceSamplingParams | None = None

    model: str | None = None
    """The name of the model to use for generating completions (e.g. "o3-mini")."""

    source: 'Open[Annotated[Annotated[EvalJsonlFileContentSource, Tag("file_content")] | Annotated[EvalJsonlFileIdSource, Tag("file_id")] | Annotated[EvalStoredCompletionsSource, Tag("stored_completions")], Discriminator(tag_of("type"))]]' = Field(
        default_factory=_missing
    )
    """Determines what populates the `item` namespace in this run's data source."""


class CreateEvalCompletionsRunDataSourceItemReferenceParam(TypedDict, total=False):
    """ItemReferenceInputMessages"""

    type: Required[Literal["item_reference"]]
    """The type of input messages. Always `item_reference`."""

    item_reference: Required[str]
    """A reference to a variable in the `item` namespace. Ie, "item.input_trajectory" """


class CreateEvalCompletionsRunDataSourceSamplingParamsParam(TypedDict, total=False):
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

    response_format: ResponseFormatTextParam | ResponseFormatJsonSchemaParam | ResponseFormatJsonObjectParam
    """An object specifying the format that the model must output.

    Setting to `{ "type": "json_schema", "json_schema": {...} }` enables
    Structured Outputs which ensures the model will match your supplied JSON
    schema. Learn more in the [Structured Outputs
    guide](/docs/guides/structured-outputs).

    Setting to `{ "type": "json_object" }` enables the older JSON mode, which
    ensures the message the model generates is valid JSON. Using `json_schema`
    is preferred for models that support it.
    """

    tools: Sequence[ChatCompletionToolParam]
    """A list of tools the model may call. Currently, only functions are supported as a tool. Use this to provide a list of functions the model may generate JSON inputs for. A max of 128 functions are supported."""


class CreateEvalCompletionsRunDataSourceTemplateInputMessagesParam(TypedDict, total=False):
    """TemplateInputMessages"""

    type: Required[Literal["template"]]
    """The type of input messages. Always `template`."""

    template: Required[Sequence[EasyInputMessageParam | EvalItemParam]]
    """A list of chat messages forming the prompt or context. May include variable references to the `item` namespace, ie {{item.name}}."""


class CreateEvalCompletionsRunDataSourceParam(TypedDict, total=False):
    """A CompletionsRunDataSource object describing a model sampling configuration."""

    type: Required[Literal["completions"]]
    """The type of run data source. Always `completions`."""

    input_messages: (
        CreateEvalCompletionsRunDataSourceTemplateInputMessagesParam
        | CreateEvalCompletionsRunDataSourceItemReferenceParam
    )
    """Used when sampling from a model. Dictates the structure of the messages passed into the model. Can either be a reference to a prebuilt trajectory (ie, `item.input_trajectory`), or a template with variable references to the `item` namespace."""

    sampling_params: CreateEvalCompletionsRunDataSourceSamplingParamsParam

    model: str
    """The name of the model to use for generating completions (e.g. "o3-mini")."""

    source: Required[EvalJsonlFileContentSourceParam | EvalJsonlFileIdSourceParam | EvalStoredCompletionsSourceParam]
    """Determines what populates the `item` namespace in this run's data source."""
