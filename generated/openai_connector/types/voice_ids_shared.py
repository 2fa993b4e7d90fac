# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, TypeAlias

from ..lib._models import Open

VoiceIdsShared: TypeAlias = Open[
    str | Literal["alloy", "ash", "ballad", "coral", "echo", "sage", "shimmer", "verse", "marin", "cedar"]
]
