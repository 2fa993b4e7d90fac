# generated from the Azure OpenAI Service API spec by the openai-connector generator; do not edit
from typing import Literal, TypeAlias

ChatCompletionResponseObject: TypeAlias = Literal["chat.completion"]
"""The object type."""
