# generated from the OpenAI API spec by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Any, TypeAlias

EmptyModelParam: TypeAlias = dict[str, Any]
