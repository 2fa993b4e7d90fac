# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Annotated, Literal

from pydantic import Discriminator, Field, Tag

from ..lib._models import BaseModel, Open, tag_of
from ..lib._models import missing as _missing
from .assistant_message_phase import AssistantMessagePhase
from .computer_screenshot_content import ComputerScreenshotContent
from .input_file_content import InputFileContent
from .input_image_content import InputImageContent
from .input_text_content import InputTextContent
from .message_role import MessageRole
from .message_status import MessageStatus
from .output_text_content import OutputTextContent
from .reasoning_text_content import ReasoningTextContent
from .refusal_content import RefusalContent
from .summary_text_content import SummaryTextContent
from .text_content import TextContent


class Message(BaseModel):
    """A message to or from the model."""

    type: Literal["message"] = Field(default_factory=_missing)
    """The type of the message. Always set to `message`."""

    id: str = Field(default_factory=_missing)
    """The unique ID of the message."""

    status: MessageStatus = Field(default_factory=_missing)
    """The status of item. One of `in_progress`, `completed`, or `incomplete`. Populated when items are returned via API."""

    role: MessageRole = Field(default_factory=_missing)
    """The role of the message. One of `unknown`, `user`, `assistant`, `system`, `critic`, `discriminator`, `developer`, or `tool`."""

    content: 'list[Open[Annotated[Annotated[InputTextContent, Tag("input_text")] | Annotated[OutputTextContent, Tag("output_text")] | Annotated[TextContent, Tag("text")] | Annotated[SummaryTextContent, Tag("summary_text")] | Annotated[ReasoningTextContent, Tag("reasoning_text")] | Annotated[RefusalContent, Tag("refusal")] | Annotated[InputImageContent, Tag("input_image")] | Annotated[ComputerScreenshotContent, Tag("computer_screenshot")] | Annotated[InputFileContent, Tag("input_file")], Discriminator(tag_of("type"))]]]' = Field(
        default_factory=_missing
    )
    """The content of the message"""

    phase: AssistantMessagePhase | None = None
    """Labels an `assistant` message as intermediate commentary (`commentary`) or the final answer (`final_answer`). For models like `gpt-5.3-codex` and beyond, when sending follow-up requests, preserve and resend phase on all assistant messages — dropping it can degrade performance. Not used for user messages."""
