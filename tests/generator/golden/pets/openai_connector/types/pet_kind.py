# generated from the Golden Pets spec by the openai-connector generator; do not edit
from typing import Literal, TypeAlias

from ..lib._models import Open

PetKind: TypeAlias = Open[Literal["dog", "cat", "bird"]]
"""The kind of a pet (documents every property that refers here)."""
