# generated from specs/azure/inference-2024-06-01.json by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal, TypeAlias

from ...lib._models import Open

ImageStyle: TypeAlias = Open[Literal["vivid", "natural"]]
"""The style of the generated images."""
