# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel
from .model import Model


class ListModelsResponse(BaseModel):
    object: Literal["list"]

    data: list[Model]
