# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, TypeAlias

from ..lib._models import Open

ApplyPatchCallOutputStatusParam: TypeAlias = Open[Literal["completed", "failed"]]
"""Outcome values reported for apply_patch tool call outputs."""
