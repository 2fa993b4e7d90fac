# generated from the OpenAI API spec by the openai-connector generator; do not edit
import builtins
from typing import TypeAlias

EmptyModelParam: TypeAlias = dict[str, builtins.object]
