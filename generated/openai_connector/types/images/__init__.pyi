# generated from the OpenAI API spec by the openai-connector generator; do not edit
from ..images_response import ImagesResponse as ImageCreateVariationResponse
from ..images_response import ImagesResponse as ImageEditJsonResponse
from ..images_response import ImagesResponse as ImageEditResponse
from ..images_response import ImagesResponse as ImageGenerateResponse
from ..images_response import ImagesResponse as ImagesResponse

__all__ = [
    "ImageCreateVariationResponse",
    "ImageEditJsonResponse",
    "ImageEditResponse",
    "ImageGenerateResponse",
    "ImagesResponse",
]
