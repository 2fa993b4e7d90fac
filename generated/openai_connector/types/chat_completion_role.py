# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, TypeAlias

from ..lib._models import Open

ChatCompletionRole: TypeAlias = Open[Literal["developer", "system", "user", "assistant", "tool", "function"]]
"""The role of the author of a message"""
