# generated from the OpenAI API spec by the openai-connector generator; do not edit
from __future__ import annotations

from typing import TypeAlias

from ..lib._models import Open
from .beta_input_content import BetaInputContent
from .beta_output_content import BetaOutputContent

BetaContent: TypeAlias = Open[BetaInputContent | BetaOutputContent]
"""Multi-modal input and output contents."""
