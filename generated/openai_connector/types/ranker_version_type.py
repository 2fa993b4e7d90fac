# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, TypeAlias

from ..lib._models import Open

RankerVersionType: TypeAlias = Open[Literal["auto", "default-2024-11-15"]]
