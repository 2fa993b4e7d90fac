# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, TypeAlias

from ..lib._models import Open

BetaMessagePhase: TypeAlias = Open[Literal["commentary", "final_answer"]]
"""Labels an `assistant` message as intermediate commentary (`commentary`) or the final answer (`final_answer`).
For models like `gpt-5.3-codex` and beyond, when sending follow-up requests, preserve and resend
phase on all assistant messages — dropping it can degrade performance. Not used for user messages.
"""
