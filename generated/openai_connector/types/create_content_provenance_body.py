# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Required

from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._types import FileTypes


class CreateContentProvenanceBody(BaseModel):
    file: str
    """The image or audio file to check for supported OpenAI provenance signals."""


class CreateContentProvenanceBodyParam(TypedDict, total=False):
    file: Required[FileTypes]
    """The image or audio file to check for supported OpenAI provenance signals."""
