# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class UrlCitationParam(BaseModel):
    type: Literal["url_citation"] = Field(default_factory=_missing)
    """The citation type. Always `url_citation`."""

    start_index: int = Field(default_factory=_missing)
    """The index of the first character of the citation in the message."""

    end_index: int = Field(default_factory=_missing)
    """The index of the last character of the citation in the message."""

    url: str = Field(default_factory=_missing)
    """The URL of the cited resource."""

    title: str = Field(default_factory=_missing)
    """The title of the cited resource."""
