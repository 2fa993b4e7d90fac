# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, TypeAlias

from ..lib._models import Open

BetaMessageRole: TypeAlias = Open[
    Literal["unknown", "user", "assistant", "system", "critic", "discriminator", "developer", "tool"]
]
