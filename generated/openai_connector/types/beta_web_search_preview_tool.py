# generated from the OpenAI API spec by the openai-connector generator; do not edit
from collections.abc import Sequence
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel, Open
from ..lib._models import missing as _missing
from .beta_approximate_location import BetaApproximateLocation, BetaApproximateLocationParam
from .beta_search_content_type import BetaSearchContentType
from .beta_search_context_size import BetaSearchContextSize


class BetaWebSearchPreviewTool(BaseModel):
    """This tool searches the web for relevant results to use in a response. Learn more about the [web search tool](https://platform.openai.com/docs/guides/tools-web-search)."""

    type: Open[Literal["web_search_preview", "web_search_preview_2025_03_11"]] = Field(default_factory=_missing)
    """The type of the web search tool. One of `web_search_preview` or `web_search_preview_2025_03_11`."""

    user_location: BetaApproximateLocation | None = None
    """The user's location."""

    search_context_size: BetaSearchContextSize | None = None
    """High level guidance for the amount of context window space to use for the search. One of `low`, `medium`, or `high`. `medium` is the default."""

    search_content_types: list[BetaSearchContentType] | None = None


class BetaWebSearchPreviewToolParam(TypedDict, total=False):
    """This tool searches the web for relevant results to use in a response. Learn more about the [web search tool](https://platform.openai.com/docs/guides/tools-web-search)."""

    type: Required[Literal["web_search_preview", "web_search_preview_2025_03_11"]]
    """The type of the web search tool. One of `web_search_preview` or `web_search_preview_2025_03_11`."""

    user_location: BetaApproximateLocationParam | None
    """The user's location."""

    search_context_size: BetaSearchContextSize
    """High level guidance for the amount of context window space to use for the search. One of `low`, `medium`, or `high`. `medium` is the default."""

    search_content_types: Sequence[BetaSearchContentType]
