# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Annotated, TypeAlias

from pydantic import Discriminator, Tag

from ..lib._models import Open, tag_of
from .response_format_json_object import ResponseFormatJsonObject, ResponseFormatJsonObjectParam
from .response_format_text import ResponseFormatText, ResponseFormatTextParam
from .text_response_format_json_schema import TextResponseFormatJsonSchema, TextResponseFormatJsonSchemaParam

TextResponseFormatConfiguration: TypeAlias = Open[
    Annotated[
        Annotated[ResponseFormatText, Tag("text")]
        | Annotated[TextResponseFormatJsonSchema, Tag("json_schema")]
        | Annotated[ResponseFormatJsonObject, Tag("json_object")],
        Discriminator(tag_of("type")),
    ]
]
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


TextResponseFormatConfigurationParam: TypeAlias = (
    ResponseFormatTextParam | TextResponseFormatJsonSchemaParam | ResponseFormatJsonObjectParam
)
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
