# generated from the Azure OpenAI Service API spec by the openai-connector generator; do not edit
from typing import Literal, TypeAlias

from ...lib._models import Open

ChatCompletionRequestMessageRole: TypeAlias = Open[Literal["system", "user", "assistant", "tool", "function"]]
"""The role of the messages author."""
