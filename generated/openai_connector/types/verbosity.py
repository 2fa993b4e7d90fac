# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, TypeAlias

from ..lib._models import Open

Verbosity: TypeAlias = Open[Literal["low", "medium", "high"]] | None
"""Constrains the verbosity of the model's response. Lower values will result in
more concise responses, while higher values will result in more verbose responses.
Currently supported values are `low`, `medium`, and `high`. The default is
`medium`.
"""
