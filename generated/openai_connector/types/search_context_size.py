# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, TypeAlias

from ..lib._models import Open

SearchContextSize: TypeAlias = Open[Literal["low", "medium", "high"]]
