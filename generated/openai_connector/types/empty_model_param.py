# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Any, TypeAlias

EmptyModelParam: TypeAlias = dict[str, Any]
