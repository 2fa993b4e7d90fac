# generated from the OpenAI API spec by the openai-connector generator; do not edit
from collections.abc import Sequence
from typing import Annotated, Literal, Required

from pydantic import Discriminator, Field, Tag
from typing_extensions import TypedDict

from ..lib._models import BaseModel, Open, tag_of
from ..lib._models import missing as _missing
from .beta_agent_tag_param import BetaAgentTagParam, BetaAgentTagParamModel
from .beta_encrypted_content_param import BetaEncryptedContentParam, BetaEncryptedContentParamModel
from .beta_input_image_content_param_auto_param import (
    BetaInputImageContentParamAuto,
    BetaInputImageContentParamAutoParam,
)
from .beta_input_text_content_param import BetaInputTextContentParam, BetaInputTextContentParamModel


class BetaAgentMessageItem(BaseModel):
    """A message routed between agents."""

    agent: BetaAgentTagParamModel | None = None
    """The agent that produced this item."""

    id: str | None = None
    """The unique ID of this agent message item."""

    type: Literal["agent_message"] = Field(default_factory=_missing)
    """The item type. Always `agent_message`."""

    author: str = Field(default_factory=_missing)
    """The sending agent identity."""

    recipient: str = Field(default_factory=_missing)
    """The destination agent identity."""

    content: 'list[Open[Annotated[Annotated[BetaInputTextContentParamModel, Tag("input_text")] | Annotated[BetaInputImageContentParamAuto, Tag("input_image")] | Annotated[BetaEncryptedContentParamModel, Tag("encrypted_content")], Discriminator(tag_of("type"))]]]' = Field(
        default_factory=_missing
    )
    """Plaintext, image, or encrypted content sent between agents."""


class BetaAgentMessageItemParam(TypedDict, total=False):
    """A message routed between agents."""

    agent: BetaAgentTagParam | None
    """The agent that produced this item."""

    id: str | None
    """The unique ID of this agent message item."""

    type: Required[Literal["agent_message"]]
    """The item type. Always `agent_message`."""

    author: Required[str]
    """The sending agent identity."""

    recipient: Required[str]
    """The destination agent identity."""

    content: Required[
        Sequence[BetaInputTextContentParam | BetaInputImageContentParamAutoParam | BetaEncryptedContentParam]
    ]
    """Plaintext, image, or encrypted content sent between agents."""
