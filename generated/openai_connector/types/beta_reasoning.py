# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from typing_extensions import TypedDict

from ..lib._models import BaseModel, Open
from .beta_reasoning_effort import BetaReasoningEffort
from .beta_reasoning_mode_enum import BetaReasoningModeEnum


class BetaReasoning(BaseModel):
    """**gpt-5 and o-series models only**

    Configuration options for
    [reasoning models](https://platform.openai.com/docs/guides/reasoning).
    """

    mode: BetaReasoningModeEnum | None = None
    """Controls the reasoning execution mode for the request.

    When returned on a response, this is the effective execution mode.
    """

    effort: BetaReasoningEffort | None = None

    summary: Open[Literal["auto", "concise", "detailed"]] | None = None

    context: Open[Literal["auto", "current_turn", "all_turns"]] | None = None

    generate_summary: Open[Literal["auto", "concise", "detailed"]] | None = None


class BetaReasoningParam(TypedDict, total=False):
    """**gpt-5 and o-series models only**

    Configuration options for
    [reasoning models](https://platform.openai.com/docs/guides/reasoning).
    """

    mode: BetaReasoningModeEnum
    """Controls the reasoning execution mode for the request.

    When returned on a response, this is the effective execution mode.
    """

    effort: BetaReasoningEffort

    summary: Literal["auto", "concise", "detailed"] | None

    context: Literal["auto", "current_turn", "all_turns"] | None

    generate_summary: Literal["auto", "concise", "detailed"] | None
