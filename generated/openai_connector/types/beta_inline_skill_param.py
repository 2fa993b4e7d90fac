# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .beta_inline_skill_source_param import BetaInlineSkillSource, BetaInlineSkillSourceParam


class BetaInlineSkill(BaseModel):
    type: Literal["inline"] = Field(default_factory=_missing)
    """Defines an inline skill for this request."""

    name: str = Field(default_factory=_missing)
    """The name of the skill."""

    description: str = Field(default_factory=_missing)
    """The description of the skill."""

    source: BetaInlineSkillSource = Field(default_factory=_missing)
    """Inline skill payload"""


class BetaInlineSkillParam(TypedDict, total=False):
    type: Required[Literal["inline"]]
    """Defines an inline skill for this request."""

    name: Required[str]
    """The name of the skill."""

    description: Required[str]
    """The description of the skill."""

    source: Required[BetaInlineSkillSourceParam]
    """Inline skill payload"""
