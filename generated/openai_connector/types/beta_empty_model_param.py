# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Any, TypeAlias

BetaEmptyModelParam: TypeAlias = dict[str, Any]
