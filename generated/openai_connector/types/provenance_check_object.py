# generated from the OpenAI API spec by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal, TypeAlias

ProvenanceCheckObject: TypeAlias = Literal["content_provenance_check"]
