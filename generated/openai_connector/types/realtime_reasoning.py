# generated from the OpenAI API spec by the openai-connector generator; do not edit

from typing_extensions import TypedDict

from ..lib._models import BaseModel
from .realtime_reasoning_effort import RealtimeReasoningEffort


class RealtimeReasoning(BaseModel):
    """Configuration for reasoning-capable Realtime models such as `gpt-realtime-2`."""

    effort: RealtimeReasoningEffort | None = None
    """Constrains effort on reasoning for reasoning-capable Realtime models such as
    `gpt-realtime-2`.
    """


class RealtimeReasoningParam(TypedDict, total=False):
    """Configuration for reasoning-capable Realtime models such as `gpt-realtime-2`."""

    effort: RealtimeReasoningEffort
    """Constrains effort on reasoning for reasoning-capable Realtime models such as
    `gpt-realtime-2`.
    """
