# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class DeleteCertificateResponse(BaseModel):
    object: Literal["certificate.deleted"] = Field(default_factory=_missing)
    """The object type, must be `certificate.deleted`."""

    id: str = Field(default_factory=_missing)
    """The ID of the certificate that was deleted."""
