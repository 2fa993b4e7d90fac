# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, TypeAlias

BetaPromptCacheTtlEnum: TypeAlias = Literal["30m"]
