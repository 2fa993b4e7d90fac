# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel


class UrlCitationParam(BaseModel):
    type: Literal["url_citation"]
    """The citation type. Always `url_citation`."""

    start_index: int
    """The index of the first character of the citation in the message."""

    end_index: int
    """The index of the last character of the citation in the message."""

    url: str
    """The URL of the cited resource."""

    title: str
    """The title of the cited resource."""
