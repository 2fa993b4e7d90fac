# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class BetaInlineSkillSource(BaseModel):
    """Inline skill payload"""

    type: Literal["base64"] = Field(default_factory=_missing)
    """The type of the inline skill source. Must be `base64`."""

    media_type: Literal["application/zip"] = Field(default_factory=_missing)
    """The media type of the inline skill payload. Must be `application/zip`."""

    data: str = Field(default_factory=_missing)
    """Base64-encoded skill zip bundle."""


class BetaInlineSkillSourceParam(TypedDict, total=False):
    """Inline skill payload"""

    type: Required[Literal["base64"]]
    """The type of the inline skill source. Must be `base64`."""

    media_type: Required[Literal["application/zip"]]
    """The media type of the inline skill payload. Must be `application/zip`."""

    data: Required[str]
    """Base64-encoded skill zip bundle."""
