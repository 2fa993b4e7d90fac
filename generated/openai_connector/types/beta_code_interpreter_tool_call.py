# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from collections.abc import Sequence
from typing import Annotated, Literal, Required

from pydantic import Discriminator, Field, Tag
from typing_extensions import TypedDict

from ..lib._models import BaseModel, Open, tag_of
from ..lib._models import missing as _missing
from .beta_agent_tag import BetaAgentTag, BetaAgentTagRequestParam
from .beta_code_interpreter_output_image import BetaCodeInterpreterOutputImage, BetaCodeInterpreterOutputImageParam
from .beta_code_interpreter_output_logs import BetaCodeInterpreterOutputLogs, BetaCodeInterpreterOutputLogsParam


class BetaCodeInterpreterToolCall(BaseModel):
    """A tool call to run code."""

    agent: BetaAgentTag | None = None
    """The agent that produced this item."""

    type: Literal["code_interpreter_call"] = Field(default_factory=_missing)
    """The type of the code interpreter tool call. Always `code_interpreter_call`."""

    id: str = Field(default_factory=_missing)
    """The unique ID of the code interpreter tool call."""

    status: Open[Literal["in_progress", "completed", "incomplete", "interpreting", "failed"]] = Field(
        default_factory=_missing
    )
    """The status of the code interpreter tool call. Valid values are `in_progress`, `completed`, `incomplete`, `interpreting`, and `failed`."""

    container_id: str = Field(default_factory=_missing)
    """The ID of the container used to run the code."""

    code: str | None = None

    outputs: (
        list[
            Open[
                Annotated[
                    Annotated[BetaCodeInterpreterOutputLogs, Tag("logs")]
                    | Annotated[BetaCodeInterpreterOutputImage, Tag("image")],
                    Discriminator(tag_of("type")),
                ]
            ]
        ]
        | None
    ) = None


class BetaCodeInterpreterToolCallParam(TypedDict, total=False):
    """A tool call to run code."""

    agent: BetaAgentTagRequestParam | None
    """The agent that produced this item."""

    type: Required[Literal["code_interpreter_call"]]
    """The type of the code interpreter tool call. Always `code_interpreter_call`."""

    id: Required[str]
    """The unique ID of the code interpreter tool call."""

    status: Required[Literal["in_progress", "completed", "incomplete", "interpreting", "failed"]]
    """The status of the code interpreter tool call. Valid values are `in_progress`, `completed`, `incomplete`, `interpreting`, and `failed`."""

    container_id: Required[str]
    """The ID of the container used to run the code."""

    code: Required[str | None]

    outputs: Required[Sequence[BetaCodeInterpreterOutputLogsParam | BetaCodeInterpreterOutputImageParam] | None]
