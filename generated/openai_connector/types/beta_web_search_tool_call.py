# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Annotated, Literal, Required

from pydantic import Discriminator, Field, Tag
from typing_extensions import TypedDict

from ..lib._models import BaseModel, Open, tag_of
from ..lib._models import missing as _missing
from .beta_agent_tag import BetaAgentTag, BetaAgentTagRequestParam
from .beta_web_search_action_find import BetaWebSearchActionFind, BetaWebSearchActionFindParam
from .beta_web_search_action_open_page import BetaWebSearchActionOpenPage, BetaWebSearchActionOpenPageParam
from .beta_web_search_action_search import BetaWebSearchActionSearch, BetaWebSearchActionSearchParam


class BetaWebSearchToolCall(BaseModel):
    """The results of a web search tool call. See the
    [web search guide](/docs/guides/tools-web-search) for more information.
    """

    agent: BetaAgentTag | None = None
    """The agent that produced this item."""

    id: str = Field(default_factory=_missing)
    """The unique ID of the web search tool call."""

    type: Literal["web_search_call"] = Field(default_factory=_missing)
    """The type of the web search tool call. Always `web_search_call`."""

    status: Open[Literal["in_progress", "searching", "completed", "failed"]] = Field(default_factory=_missing)
    """The status of the web search tool call."""

    action: 'Open[Annotated[Annotated[BetaWebSearchActionSearch, Tag("search")] | Annotated[BetaWebSearchActionOpenPage, Tag("open_page")] | Annotated[BetaWebSearchActionFind, Tag("find_in_page")], Discriminator(tag_of("type"))]]' = Field(
        default_factory=_missing
    )
    """An object describing the specific action taken in this web search call.
    Includes details on how the model used the web (search, open_page, find_in_page).
    """


class BetaWebSearchToolCallParam(TypedDict, total=False):
    """The results of a web search tool call. See the
    [web search guide](/docs/guides/tools-web-search) for more information.
    """

    agent: BetaAgentTagRequestParam | None
    """The agent that produced this item."""

    id: Required[str]
    """The unique ID of the web search tool call."""

    type: Required[Literal["web_search_call"]]
    """The type of the web search tool call. Always `web_search_call`."""

    status: Required[Literal["in_progress", "searching", "completed", "failed"]]
    """The status of the web search tool call."""

    action: Required[BetaWebSearchActionSearchParam | BetaWebSearchActionOpenPageParam | BetaWebSearchActionFindParam]
    """An object describing the specific action taken in this web search call.
    Includes details on how the model used the web (search, open_page, find_in_page).
    """
