# generated from the Azure OpenAI Service API spec by the openai-connector generator; do not edit
from ..generate_images_response import GenerateImagesResponse as GenerateImagesResponse
from ..generate_images_response import GenerateImagesResponse as ImageGenerateResponse

__all__ = [
    "GenerateImagesResponse",
    "ImageGenerateResponse",
]
