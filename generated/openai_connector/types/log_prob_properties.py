# generated from the OpenAI API spec by the openai-connector generator; do not edit

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class LogProbProperties(BaseModel):
    """A log probability object."""

    token: str = Field(default_factory=_missing)
    """The token that was used to generate the log probability."""

    logprob: float = Field(default_factory=_missing)
    """The log probability of the token."""

    bytes: list[int] = Field(default_factory=_missing)
    """The bytes that were used to generate the log probability."""
