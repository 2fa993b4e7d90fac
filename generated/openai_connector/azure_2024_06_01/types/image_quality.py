# generated from the Azure OpenAI Service API spec by the openai-connector generator; do not edit
from typing import Literal, TypeAlias

from ...lib._models import Open

ImageQuality: TypeAlias = Open[Literal["standard", "hd"]]
"""The quality of the image that will be generated."""
