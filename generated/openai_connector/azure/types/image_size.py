# generated from the Azure OpenAI Service API spec by the openai-connector generator; do not edit
from typing import Literal, TypeAlias

from ...lib._models import Open

ImageSize: TypeAlias = Open[Literal["1792x1024", "1024x1792", "1024x1024"]]
"""The size of the generated images."""
