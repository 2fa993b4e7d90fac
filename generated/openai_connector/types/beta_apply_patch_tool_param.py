# generated from the OpenAI API spec by the openai-connector generator; do not edit
from collections.abc import Sequence
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .beta_callable_tool_allowed_caller import BetaCallableToolAllowedCaller


class BetaApplyPatchTool(BaseModel):
    """Allows the assistant to create, delete, or update files using unified diffs."""

    type: Literal["apply_patch"] = Field(default_factory=_missing)
    """The type of the tool. Always `apply_patch`."""

    allowed_callers: list[BetaCallableToolAllowedCaller] | None = None
    """The tool invocation context(s)."""


class BetaApplyPatchToolParam(TypedDict, total=False):
    """Allows the assistant to create, delete, or update files using unified diffs."""

    type: Required[Literal["apply_patch"]]
    """The type of the tool. Always `apply_patch`."""

    allowed_callers: Sequence[BetaCallableToolAllowedCaller] | None
    """The tool invocation context(s)."""
