# generated from the OpenAI API spec by the openai-connector generator; do not edit
import builtins
from typing import TypeAlias

ResponseFormatJsonSchemaSchema: TypeAlias = dict[str, builtins.object]
"""The schema for the response format, described as a JSON Schema object.
Learn how to build JSON schemas [here](https://json-schema.org/).
"""
