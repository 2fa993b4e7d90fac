# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Annotated, Literal, Required

from pydantic import Discriminator, Field, Tag
from typing_extensions import TypedDict

from ..lib._models import BaseModel, Open, tag_of
from ..lib._models import missing as _missing


class CustomToolChatCompletionsCustomGrammarFormatGrammar(BaseModel):
    """Your chosen grammar."""

    definition: str = Field(default_factory=_missing)
    """The grammar definition."""

    syntax: Open[Literal["lark", "regex"]] = Field(default_factory=_missing)
    """The syntax of the grammar definition. One of `lark` or `regex`."""


class CustomToolChatCompletionsCustomGrammarFormat(BaseModel):
    """A grammar defined by the user."""

    type: 'Literal["grammar"]' = Field(default_factory=_missing)
    """Grammar format. Always `grammar`."""

    grammar: CustomToolChatCompletionsCustomGrammarFormatGrammar = Field(default_factory=_missing)
    """Your chosen grammar."""


class CustomToolChatCompletionsCustomTextFormat(BaseModel):
    """Unconstrained free-form text."""

    type: Literal["text"] = Field(default_factory=_missing)
    """Unconstrained text format. Always `text`."""


class CustomToolChatCompletionsCustom(BaseModel):
    """Properties of the custom tool."""

    name: str = Field(default_factory=_missing)
    """The name of the custom tool, used to identify it in tool calls."""

    description: str | None = None
    """Optional description of the custom tool, used to provide more context."""

    format: (
        Open[
            Annotated[
                Annotated[CustomToolChatCompletionsCustomTextFormat, Tag("text")]
                | Annotated[CustomToolChatCompletionsCustomGrammarFormat, Tag("grammar")],
                Discriminator(tag_of("type")),
            ]
        ]
        | None
    ) = None
    """The input format for the custom tool. Default is unconstrained text."""


class CustomToolChatCompletions(BaseModel):
    """A custom tool that processes input using a specified format."""

    type: 'Literal["custom"]' = Field(default_factory=_missing)
    """The type of the custom tool. Always `custom`."""

    custom: CustomToolChatCompletionsCustom = Field(default_factory=_missing)
    """Properties of the custom tool."""


class CustomToolChatCompletionsCustomGrammarFormatGrammarParam(TypedDict, total=False):
    """Your chosen grammar."""

    definition: Required[str]
    """The grammar definition."""

    syntax: Required[Literal["lark", "regex"]]
    """The syntax of the grammar definition. One of `lark` or `regex`."""


class CustomToolChatCompletionsCustomGrammarFormatParam(TypedDict, total=False):
    """A grammar defined by the user."""

    type: Required[Literal["grammar"]]
    """Grammar format. Always `grammar`."""

    grammar: Required[CustomToolChatCompletionsCustomGrammarFormatGrammarParam]
    """Your chosen grammar."""


class CustomToolChatCompletionsCustomTextFormatParam(TypedDict, total=False):
    """Unconstrained free-form text."""

    type: Required[Literal["text"]]
    """Unconstrained text format. Always `text`."""


class CustomToolChatCompletionsCustomParam(TypedDict, total=False):
    """Properties of the custom tool."""

    name: Required[str]
    """The name of the custom tool, used to identify it in tool calls."""

    description: str
    """Optional description of the custom tool, used to provide more context."""

    format: CustomToolChatCompletionsCustomTextFormatParam | CustomToolChatCompletionsCustomGrammarFormatParam
    """The input format for the custom tool. Default is unconstrained text."""


class CustomToolChatCompletionsParam(TypedDict, total=False):
    """A custom tool that processes input using a specified format."""

    type: Required[Literal["custom"]]
    """The type of the custom tool. Always `custom`."""

    custom: Required[CustomToolChatCompletionsCustomParam]
    """Properties of the custom tool."""
