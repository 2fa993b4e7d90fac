# generated from the Azure OpenAI Service API spec by the openai-connector generator; do not edit
from typing import Literal, TypeAlias

ToolCallType: TypeAlias = Literal["function"]
"""The type of the tool call, in this case `function`."""
