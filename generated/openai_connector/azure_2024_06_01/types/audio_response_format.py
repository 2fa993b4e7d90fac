# generated from the Azure OpenAI Service API spec by the openai-connector generator; do not edit
from typing import Literal, TypeAlias

from ...lib._models import Open

AudioResponseFormat: TypeAlias = Open[Literal["json", "text", "srt", "verbose_json", "vtt"]]
"""Defines the format of the output."""
