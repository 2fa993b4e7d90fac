# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Annotated, Literal

from pydantic import Discriminator, Field, Tag

from ..lib._models import BaseModel, Open, tag_of
from ..lib._models import missing as _missing
from .beta_agent_tag import BetaAgentTag
from .beta_assistant_message_phase import BetaAssistantMessagePhase
from .beta_computer_screenshot_content import BetaComputerScreenshotContent
from .beta_encrypted_content import BetaEncryptedContent
from .beta_input_file_content import BetaInputFileContent
from .beta_input_image_content import BetaInputImageContent
from .beta_input_text_content import BetaInputTextContent
from .beta_message_role import BetaMessageRole
from .beta_message_status import BetaMessageStatus
from .beta_output_text_content import BetaOutputTextContent
from .beta_reasoning_text_content import BetaReasoningTextContent
from .beta_refusal_content import BetaRefusalContent
from .beta_summary_text_content import BetaSummaryTextContent
from .beta_text_content import BetaTextContent


class BetaMessage(BaseModel):
    """A message to or from the model."""

    agent: BetaAgentTag | None = None
    """The agent that produced this item."""

    type: Literal["message"] = Field(default_factory=_missing)
    """The type of the message. Always set to `message`."""

    id: str = Field(default_factory=_missing)
    """The unique ID of the message."""

    status: BetaMessageStatus = Field(default_factory=_missing)
    """The status of item. One of `in_progress`, `completed`, or `incomplete`. Populated when items are returned via API."""

    role: BetaMessageRole = Field(default_factory=_missing)
    """The role of the message. One of `unknown`, `user`, `assistant`, `system`, `critic`, `discriminator`, `developer`, or `tool`."""

    content: 'list[Open[Annotated[Annotated[BetaInputTextContent, Tag("input_text")] | Annotated[BetaOutputTextContent, Tag("output_text")] | Annotated[BetaTextContent, Tag("text")] | Annotated[BetaSummaryTextContent, Tag("summary_text")] | Annotated[BetaReasoningTextContent, Tag("reasoning_text")] | Annotated[BetaRefusalContent, Tag("refusal")] | Annotated[BetaInputImageContent, Tag("input_image")] | Annotated[BetaComputerScreenshotContent, Tag("computer_screenshot")] | Annotated[BetaInputFileContent, Tag("input_file")] | Annotated[BetaEncryptedContent, Tag("encrypted_content")], Discriminator(tag_of("type"))]]]' = Field(
        default_factory=_missing
    )
    """The content of the message"""

    phase: BetaAssistantMessagePhase | None = None
    """Labels an `assistant` message as intermediate commentary (`commentary`) or the final answer (`final_answer`). For models like `gpt-5.3-codex` and beyond, when sending follow-up requests, preserve and resend phase on all assistant messages — dropping it can degrade performance. Not used for user messages."""
