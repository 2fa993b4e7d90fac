# generated from the Azure OpenAI Service API spec by the openai-connector generator; do not edit

from pydantic import Field

from ...lib._models import BaseModel
from ...lib._models import missing as _missing
from .image_result import ImageResult


class GenerateImagesResponse(BaseModel):
    created: int = Field(default_factory=_missing)
    """The unix timestamp when the operation was created."""

    data: list[ImageResult] = Field(default_factory=_missing)
    """The result data of the operation, if successful"""
