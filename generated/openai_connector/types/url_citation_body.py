# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class UrlCitationBody(BaseModel):
    """A citation for a web resource used to generate a model response."""

    type: Literal["url_citation"] = Field(default_factory=_missing)
    """The type of the URL citation. Always `url_citation`."""

    url: str = Field(default_factory=_missing)
    """The URL of the web resource."""

    start_index: int = Field(default_factory=_missing)
    """The index of the first character of the URL citation in the message."""

    end_index: int = Field(default_factory=_missing)
    """The index of the last character of the URL citation in the message."""

    title: str = Field(default_factory=_missing)
    """The title of the web resource."""


class UrlCitationBodyParam(TypedDict, total=False):
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
