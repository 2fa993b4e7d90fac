# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class BetaContainerFileCitationBody(BaseModel):
    """A citation for a container file used to generate a model response."""

    type: Literal["container_file_citation"] = Field(default_factory=_missing)
    """The type of the container file citation. Always `container_file_citation`."""

    container_id: str = Field(default_factory=_missing)
    """The ID of the container file."""

    file_id: str = Field(default_factory=_missing)
    """The ID of the file."""

    start_index: int = Field(default_factory=_missing)
    """The index of the first character of the container file citation in the message."""

    end_index: int = Field(default_factory=_missing)
    """The index of the last character of the container file citation in the message."""

    filename: str = Field(default_factory=_missing)
    """The filename of the container file cited."""


class BetaContainerFileCitationBodyParam(TypedDict, total=False):
    """A citation for a container file used to generate a model response."""

    type: Required[Literal["container_file_citation"]]
    """The type of the container file citation. Always `container_file_citation`."""

    container_id: Required[str]
    """The ID of the container file."""

    file_id: Required[str]
    """The ID of the file."""

    start_index: Required[int]
    """The index of the first character of the container file citation in the message."""

    end_index: Required[int]
    """The index of the last character of the container file citation in the message."""

    filename: Required[str]
    """The filename of the container file cited."""
