# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .grammar_syntax import GrammarSyntax


class CustomGrammarFormat(BaseModel):
    """A grammar defined by the user."""

    type: Literal["grammar"] = Field(default_factory=_missing)
    """Grammar format. Always `grammar`."""

    syntax: GrammarSyntax = Field(default_factory=_missing)
    """The syntax of the grammar definition. One of `lark` or `regex`."""

    definition: str = Field(default_factory=_missing)
    """The grammar definition."""


class CustomGrammarFormatParam(TypedDict, total=False):
    """A grammar defined by the user."""

    type: Required[Literal["grammar"]]
    """Grammar format. Always `grammar`."""

    syntax: Required[GrammarSyntax]
    """The syntax of the grammar definition. One of `lark` or `regex`."""

    definition: Required[str]
    """The grammar definition."""
