# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class ResponseFormatTextPython(BaseModel):
    """Configure the model to generate valid Python code. See the
    [custom grammars guide](/docs/guides/custom-grammars) for more details.
    """

    type: Literal["python"] = Field(default_factory=_missing)
    """The type of response format being defined. Always `python`."""
