# generated from the OpenAI API spec by the openai-connector generator; do not edit


from ..lib._models import BaseModel


class ShellCallOutputDelta(BaseModel):
    """A delta of stdout/stderr emitted while a shell call was running."""

    stdout: str | None = None
    """The stdout delta that was emitted."""

    stderr: str | None = None
    """The stderr delta that was emitted."""
