# generated from specs/azure/inference-2024-06-01.json by the openai-connector generator; do not edit
from __future__ import annotations

from ...lib._models import BaseModel
from .image_result import ImageResult


class GenerateImagesResponse(BaseModel):
    created: int
    """The unix timestamp when the operation was created."""

    data: list[ImageResult]
    """The result data of the operation, if successful"""
