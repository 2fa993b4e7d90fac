# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Annotated

from pydantic import Discriminator, Field, Tag

from ..lib._models import BaseModel, Open, tag_of
from ..lib._models import missing as _missing
from .function_shell_call_output_exit_outcome import FunctionShellCallOutputExitOutcome
from .function_shell_call_output_timeout_outcome import FunctionShellCallOutputTimeoutOutcome


class FunctionShellCallOutputContent(BaseModel):
    """The content of a shell tool call output that was emitted."""

    stdout: str = Field(default_factory=_missing)
    """The standard output that was captured."""

    stderr: str = Field(default_factory=_missing)
    """The standard error output that was captured."""

    outcome: Open[
        Annotated[
            Annotated[FunctionShellCallOutputTimeoutOutcome, Tag("timeout")]
            | Annotated[FunctionShellCallOutputExitOutcome, Tag("exit")],
            Discriminator(tag_of("type")),
        ]
    ] = Field(default_factory=_missing)
    """Represents either an exit outcome (with an exit code) or a timeout outcome for a shell call output chunk."""

    created_by: str | None = None
    """The identifier of the actor that created the item."""
