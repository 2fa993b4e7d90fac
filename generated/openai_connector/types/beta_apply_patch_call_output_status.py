# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, TypeAlias

from ..lib._models import Open

BetaApplyPatchCallOutputStatus: TypeAlias = Open[Literal["completed", "failed"]]
