# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal, Required

from typing_extensions import TypedDict

from ..lib._models import BaseModel


class BetaUrlCitationBody(BaseModel):
    """A citation for a web resource used to generate a model response."""

    type: Literal["url_citation"]
    """The type of the URL citation. Always `url_citation`."""

    url: str
    """The URL of the web resource."""

    start_index: int
    """The index of the first character of the URL citation in the message."""

    end_index: int
    """The index of the last character of the URL citation in the message."""

    title: str
    """The title of the web resource."""


class BetaUrlCitationBodyParam(TypedDict, total=False):
    """A citation for a web resource used to generate a model response."""

    type: Required[Literal["url_citation"]]
    """The type of the URL citation. Always `url_citation`."""

    url: Required[str]
    """The URL of the web resource."""

    start_index: Required[int]
    """The index of the first character of the URL citation in the message."""

    end_index: Required[int]
    """The index of the last character of the URL citation in the message."""

    title: Required[str]
    """The title of the web resource."""
