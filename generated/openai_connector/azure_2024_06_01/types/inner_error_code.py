# generated from specs/azure/inference-2024-06-01.json by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal, TypeAlias

InnerErrorCode: TypeAlias = Literal["ResponsibleAIPolicyViolation"]
"""Error codes for the inner error object."""
