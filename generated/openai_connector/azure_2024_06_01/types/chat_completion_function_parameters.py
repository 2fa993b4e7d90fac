# generated from the Azure OpenAI Service API spec by the openai-connector generator; do not edit
import builtins
from typing import TypeAlias

ChatCompletionFunctionParameters: TypeAlias = dict[str, builtins.object]
"""The parameters the functions accepts, described as a JSON Schema object. See the [guide](/docs/guides/gpt/function-calling) for examples, and the [JSON Schema reference](https://json-schema.org/understanding-json-schema/) for documentation about the format."""
