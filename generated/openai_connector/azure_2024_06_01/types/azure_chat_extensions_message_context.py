# generated from the Azure OpenAI Service API spec by the openai-connector generator; do not edit
from collections.abc import Sequence

from typing_extensions import TypedDict

from ...lib._models import BaseModel
from .citation import Citation, CitationParam


class AzureChatExtensionsMessageContext(BaseModel):
    """A representation of the additional context information available when Azure OpenAI chat extensions are involved
    in the generation of a corresponding chat completions response. This context information is only populated when
    using an Azure OpenAI request configured to use a matching extension.
    """

    citations: list[Citation] | None = None
    """The data source retrieval result, used to generate the assistant message in the response."""

    intent: str | None = None
    """The detected intent from the chat history, used to pass to the next turn to carry over the context."""


class AzureChatExtensionsMessageContextParam(TypedDict, total=False):
    """A representation of the additional context information available when Azure OpenAI chat extensions are involved
    in the generation of a corresponding chat completions response. This context information is only populated when
    using an Azure OpenAI request configured to use a matching extension.
    """

    citations: Sequence[CitationParam]
    """The data source retrieval result, used to generate the assistant message in the response."""

    intent: str
    """The detected intent from the chat history, used to pass to the next turn to carry over the context."""
