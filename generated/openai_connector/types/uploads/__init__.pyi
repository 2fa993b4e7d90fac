# generated from the OpenAI API spec by the openai-connector generator; do not edit
from ..upload import Upload as Upload
from ..upload import Upload as UploadCancelResponse
from ..upload import Upload as UploadCompleteResponse
from ..upload import Upload as UploadCreateResponse
from ..upload_part import UploadPart as PartCreateResponse
from ..upload_part import UploadPart as UploadPart

__all__ = [
    "PartCreateResponse",
    "Upload",
    "UploadCancelResponse",
    "UploadCompleteResponse",
    "UploadCreateResponse",
    "UploadPart",
]
