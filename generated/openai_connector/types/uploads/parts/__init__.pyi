# generated from the OpenAI API spec by the openai-connector generator; do not edit
from ...upload_part import UploadPart as PartCreateResponse
from ...upload_part import UploadPart as UploadPart

__all__ = [
    "PartCreateResponse",
    "UploadPart",
]
