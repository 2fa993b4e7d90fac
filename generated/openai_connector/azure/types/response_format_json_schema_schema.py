# generated from the Azure OpenAI Service API spec by the openai-connector generator; do not edit
import builtins
from typing import TypeAlias

ResponseFormatJsonSchemaSchema: TypeAlias = dict[str, builtins.object]
"""The schema for the response format, described as a JSON Schema object."""
