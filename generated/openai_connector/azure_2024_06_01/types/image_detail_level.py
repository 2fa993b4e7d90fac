# generated from the Azure OpenAI Service API spec by the openai-connector generator; do not edit
from typing import Literal, TypeAlias

from ...lib._models import Open

ImageDetailLevel: TypeAlias = Open[Literal["auto", "low", "high"]]
"""Specifies the detail level of the image."""
