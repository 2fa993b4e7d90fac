# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Annotated, TypeAlias

from pydantic import Discriminator, Tag

from ..lib._models import Open, tag_of
from .beta_response_format_json_object import BetaResponseFormatJsonObject, BetaResponseFormatJsonObjectParam
from .beta_response_format_text import BetaResponseFormatText, BetaResponseFormatTextParam
from .beta_text_response_format_json_schema import (
    BetaTextResponseFormatJsonSchema,
    BetaTextResponseFormatJsonSchemaParam,
)

BetaTextResponseFormatConfiguration: TypeAlias = Open[
    Annotated[
        Annotated[BetaResponseFormatText, Tag("text")]
        | Annotated[BetaTextResponseFormatJsonSchema, Tag("json_schema")]
        | Annotated[BetaResponseFormatJsonObject, Tag("json_object")],
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


BetaTextResponseFormatConfigurationParam: TypeAlias = (
    BetaResponseFormatTextParam | BetaTextResponseFormatJsonSchemaParam | BetaResponseFormatJsonObjectParam
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
