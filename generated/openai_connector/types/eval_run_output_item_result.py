# generated from the OpenAI API spec by the openai-connector generator; do not edit
import builtins

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class EvalRunOutputItemResult(BaseModel):
    """A single grader result for an evaluation run output item."""

    name: str = Field(default_factory=_missing)
    """The name of the grader."""

    type: str | None = None
    """The grader type (for example, "string-check-grader")."""

    score: float = Field(default_factory=_missing)
    """The numeric score produced by the grader."""

    passed: bool = Field(default_factory=_missing)
    """Whether the grader considered the output a pass."""

    sample: dict[str, builtins.object] | None = None
    """Optional sample or intermediate data produced by the grader."""
