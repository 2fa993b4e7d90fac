# generated from the OpenAI API spec by the openai-connector generator; do not edit


from ..lib._models import BaseModel


class BatchError(BaseModel):
    code: str | None = None
    """An error code identifying the error type."""

    message: str | None = None
    """A human-readable message providing more details about the error."""

    param: str | None = None
    """The name of the parameter that caused the error, if applicable."""

    line: int | None = None
    """The line number of the input file where the error occurred, if applicable."""
