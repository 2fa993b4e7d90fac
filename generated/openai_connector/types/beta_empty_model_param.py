# generated from the OpenAI API spec by the openai-connector generator; do not edit
import builtins
from typing import TypeAlias

BetaEmptyModelParam: TypeAlias = dict[str, builtins.object]
