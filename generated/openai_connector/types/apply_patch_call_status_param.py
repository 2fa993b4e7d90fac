# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, TypeAlias

from ..lib._models import Open

ApplyPatchCallStatusParam: TypeAlias = Open[Literal["in_progress", "completed"]]
"""Status values reported for apply_patch tool calls."""
