# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, TypeAlias

from ..lib._models import Open

FileSearchRanker: TypeAlias = Open[Literal["auto", "default_2024_08_21"]]
"""The ranker to use for the file search. If not specified will use the `auto` ranker."""
