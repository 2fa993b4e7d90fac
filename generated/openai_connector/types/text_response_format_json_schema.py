# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .response_format_json_schema_schema import ResponseFormatJsonSchemaSchema


class TextResponseFormatJsonSchema(BaseModel):
    """JSON Schema response format. Used to generate structured JSON responses.
    Learn more about [Structured Outputs](/docs/guides/structured-outputs).
    """

    type: Literal["json_schema"] = Field(default_factory=_missing)
    """The type of response format being defined. Always `json_schema`."""

    description: str | None = None
    """A description of what the response format is for, used by the model to
    determine how to respond in the format.
    """

    name: str = Field(default_factory=_missing)
    """The name of the response format. Must be a-z, A-Z, 0-9, or contain
    underscores and dashes, with a maximum length of 64.
    """

    schema_: ResponseFormatJsonSchemaSchema = Field(default_factory=_missing, alias="schema")
    """The schema for the response format, described as a JSON Schema object.
    Learn how to build JSON schemas [here](https://json-schema.org/).
    """

    strict: bool | None = None
    """Whether to enable strict schema adherence when generating the output.
    If set to true, the model will always follow the exact schema defined
    in the `schema` field. Only a subset of JSON Schema is supported when
    `strict` is `true`. To learn more, read the [Structured Outputs
    guide](/docs/guides/structured-outputs).
    """


class TextResponseFormatJsonSchemaParam(TypedDict, total=False):
    """JSON Schema response format. Used to generate structured JSON responses.
    Learn more about [Structured Outputs](/docs/guides/structured-outputs).
    """

    type: Required[Literal["json_schema"]]
    """The type of response format being defined. Always `json_schema`."""

    description: str
    """A description of what the response format is for, used by the model to
    determine how to respond in the format.
    """

    name: Required[str]
    """The name of the response format. Must be a-z, A-Z, 0-9, or contain
    underscores and dashes, with a maximum length of 64.
    """

    schema: Required[ResponseFormatJsonSchemaSchema]
    """The schema for the response format, described as a JSON Schema object.
    Learn how to build JSON schemas [here](https://json-schema.org/).
    """

    strict: bool | None
    """Whether to enable strict schema adherence when generating the output.
    If set to true, the model will always follow the exact schema defined
    in the `schema` field. Only a subset of JSON Schema is supported when
    `strict` is `true`. To learn more, read the [Structured Outputs
    guide](/docs/guides/structured-outputs).
    """
