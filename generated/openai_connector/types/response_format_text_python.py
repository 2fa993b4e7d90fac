# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel


class ResponseFormatTextPython(BaseModel):
    """Configure the model to generate valid Python code. See the
    [custom grammars guide](/docs/guides/custom-grammars) for more details.
    """

    type: Literal["python"]
    """The type of response format being defined. Always `python`."""
