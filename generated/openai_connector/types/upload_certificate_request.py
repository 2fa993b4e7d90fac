# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class UploadCertificateRequest(BaseModel):
    name: str | None = None
    """An optional name for the certificate"""

    certificate: str = Field(default_factory=_missing)
    """The certificate content in PEM format"""


class UploadCertificateRequestParam(TypedDict, total=False):
    name: str
    """An optional name for the certificate"""

    certificate: Required[str]
    """The certificate content in PEM format"""
