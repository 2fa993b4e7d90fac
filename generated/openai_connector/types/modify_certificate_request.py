# generated from the OpenAI API spec by the openai-connector generator; do not edit

from typing_extensions import TypedDict

from ..lib._models import BaseModel


class ModifyCertificateRequest(BaseModel):
    name: str | None = None
    """The updated name for the certificate"""


class ModifyCertificateRequestParam(TypedDict, total=False):
    name: str
    """The updated name for the certificate"""
