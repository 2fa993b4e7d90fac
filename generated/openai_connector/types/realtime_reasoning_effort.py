# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, TypeAlias

from ..lib._models import Open

RealtimeReasoningEffort: TypeAlias = Open[Literal["minimal", "low", "medium", "high", "xhigh"]]
"""Constrains effort on reasoning for reasoning-capable Realtime models such as
`gpt-realtime-2`.
"""
