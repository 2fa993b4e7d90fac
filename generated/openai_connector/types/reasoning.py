# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from typing_extensions import TypedDict

from ..lib._models import BaseModel, Open
from .reasoning_effort import ReasoningEffort
from .reasoning_mode_enum import ReasoningModeEnum


class Reasoning(BaseModel):
    """**gpt-5 and o-series models only**

    Configuration options for
    [reasoning models](https://platform.openai.com/docs/guides/reasoning).
    """

    mode: ReasoningModeEnum | None = None
    """Controls the reasoning execution mode for the request.

    When returned on a response, this is the effective execution mode.
    """

    effort: ReasoningEffort | None = None

    summary: Open[Literal["auto", "concise", "detailed"]] | None = None

    context: Open[Literal["auto", "current_turn", "all_turns"]] | None = None

    generate_summary: Open[Literal["auto", "concise", "detailed"]] | None = None


class ReasoningParam(TypedDict, total=False):
    """**gpt-5 and o-series models only**

    Configuration options for
    [reasoning models](https://platform.openai.com/docs/guides/reasoning).
    """

    mode: ReasoningModeEnum
    """Controls the reasoning execution mode for the request.

    When returned on a response, this is the effective execution mode.
    """

    effort: ReasoningEffort

    summary: Literal["auto", "concise", "detailed"] | None

    context: Literal["auto", "current_turn", "all_turns"] | None

    generate_summary: Literal["auto", "concise", "detailed"] | None
