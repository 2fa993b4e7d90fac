# generated from the OpenAI API spec by the openai-connector generator; do not edit
from __future__ import annotations

from typing import TypeAlias

from ..lib._models import Open
from .input_content import InputContent
from .output_content import OutputContent

Content: TypeAlias = Open[InputContent | OutputContent]
"""Multi-modal input and output contents."""
