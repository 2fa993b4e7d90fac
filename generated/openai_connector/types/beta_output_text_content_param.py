# generated from the OpenAI API spec by the openai-connector generator; do not edit
from collections.abc import Sequence
from typing import Annotated, Literal, Required

from pydantic import Discriminator, Field, Tag
from typing_extensions import TypedDict

from ..lib._models import BaseModel, Open, tag_of
from ..lib._models import missing as _missing
from .beta_container_file_citation_param import BetaContainerFileCitation, BetaContainerFileCitationParam
from .beta_file_citation_param import BetaFileCitation, BetaFileCitationParam
from .beta_url_citation_param import BetaUrlCitation, BetaUrlCitationParam


class BetaOutputTextContentParamModel(BaseModel):
    type: Literal["output_text"] = Field(default_factory=_missing)
    """The content type. Always `output_text`."""

    text: str = Field(default_factory=_missing)
    """The text content."""

    annotations: 'list[Open[Annotated[Annotated[BetaFileCitation, Tag("file_citation")] | Annotated[BetaUrlCitation, Tag("url_citation")] | Annotated[BetaContainerFileCitation, Tag("container_file_citation")], Discriminator(tag_of("type"))]]] | None' = None
    """Citations associated with the text content."""


class BetaOutputTextContentParam(TypedDict, total=False):
    type: Required[Literal["output_text"]]
    """The content type. Always `output_text`."""

    text: Required[str]
    """The text content."""

    annotations: Sequence[BetaFileCitationParam | BetaUrlCitationParam | BetaContainerFileCitationParam]
    """Citations associated with the text content."""
