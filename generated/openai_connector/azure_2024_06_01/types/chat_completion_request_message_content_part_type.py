# generated from the Azure OpenAI Service API spec by the openai-connector generator; do not edit
from typing import Literal, TypeAlias

from ...lib._models import Open

ChatCompletionRequestMessageContentPartType: TypeAlias = Open[Literal["text", "image_url"]]
"""The type of the content part."""
