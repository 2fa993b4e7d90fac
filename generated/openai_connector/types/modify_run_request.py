# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing_extensions import TypedDict

from ..lib._models import BaseModel
from .metadata import Metadata


class ModifyRunRequest(BaseModel):
    metadata: Metadata | None = None


class ModifyRunRequestParam(TypedDict, total=False):
    metadata: Metadata
