# generated from the Azure OpenAI Service API spec by the openai-connector generator; do not edit
from typing import Literal, TypeAlias

from ...lib._models import Open

ChatCompletionResponseFormat: TypeAlias = Open[Literal["text", "json_object"]] | None
"""Setting to `json_object` enables JSON mode. This guarantees that the message the model generates is valid JSON."""
