# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class BetaContainerFileCitation(BaseModel):
    type: Literal["container_file_citation"] = Field(default_factory=_missing)
    """The citation type. Always `container_file_citation`."""

    start_index: int = Field(default_factory=_missing)
    """The index of the first character of the citation in the message."""

    end_index: int = Field(default_factory=_missing)
    """The index of the last character of the citation in the message."""

    container_id: str = Field(default_factory=_missing)
    """The ID of the container."""

    file_id: str = Field(default_factory=_missing)
    """The ID of the container file."""

    filename: str = Field(default_factory=_missing)
    """The filename of the container file cited."""


class BetaContainerFileCitationParam(TypedDict, total=False):
    type: Required[Literal["container_file_citation"]]
    """The citation type. Always `container_file_citation`."""

    start_index: Required[int]
    """The index of the first character of the citation in the message."""

    end_index: Required[int]
    """The index of the last character of the citation in the message."""

    container_id: Required[str]
    """The ID of the container."""

    file_id: Required[str]
    """The ID of the container file."""

    filename: Required[str]
    """The filename of the container file cited."""
