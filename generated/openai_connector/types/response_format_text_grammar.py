# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class ResponseFormatTextGrammar(BaseModel):
    """A custom grammar for the model to follow when generating text.
    Learn more in the [custom grammars guide](/docs/guides/custom-grammars).
    """

    type: 'Literal["grammar"]' = Field(default_factory=_missing)
    """The type of response format being defined. Always `grammar`."""

    grammar: str = Field(default_factory=_missing)
    """The custom grammar for the model to follow."""
