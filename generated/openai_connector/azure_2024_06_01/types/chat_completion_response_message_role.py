# generated from the Azure OpenAI Service API spec by the openai-connector generator; do not edit
from typing import Literal, TypeAlias

ChatCompletionResponseMessageRole: TypeAlias = Literal["assistant"]
"""The role of the author of the response message."""
