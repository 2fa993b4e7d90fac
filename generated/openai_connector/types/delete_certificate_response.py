# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel


class DeleteCertificateResponse(BaseModel):
    object: Literal["certificate.deleted"]
    """The object type, must be `certificate.deleted`."""

    id: str
    """The ID of the certificate that was deleted."""
