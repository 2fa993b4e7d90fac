# generated from the OpenAI API spec by the openai-connector generator; do not edit
import builtins
from typing import TypeAlias

FunctionParameters: TypeAlias = dict[str, builtins.object]
"""The parameters the functions accepts, described as a JSON Schema object. See the [guide](/docs/guides/function-calling) for examples, and the [JSON Schema reference](https://json-schema.org/understanding-json-schema/) for documentation about the format.

Omitting `parameters` defines a function with an empty parameter list.
"""
