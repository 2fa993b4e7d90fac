# generated from the Azure OpenAI Service API spec by the openai-connector generator; do not edit
from typing import Literal, TypeAlias

from ...lib._models import Open

ImageStyle: TypeAlias = Open[Literal["vivid", "natural"]]
"""The style of the generated images."""
