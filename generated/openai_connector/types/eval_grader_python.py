# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class EvalGraderPython(BaseModel):
    """PythonGrader"""

    type: Literal["python"] = Field(default_factory=_missing)
    """The object type, which is always `python`."""

    name: str = Field(default_factory=_missing)
    """The name of the grader."""

    source: str = Field(default_factory=_missing)
    """The source code of the python script."""

    image_tag: str | None = None
    """The image tag to use for the python script."""

    pass_threshold: float | None = None
    """The threshold for the score."""


class EvalGraderPythonParam(TypedDict, total=False):
    """PythonGrader"""

    type: Required[Literal["python"]]
    """The object type, which is always `python`."""

    name: Required[str]
    """The name of the grader."""

    source: Required[str]
    """The source code of the python script."""

    image_tag: str
    """The image tag to use for the python script."""

    pass_threshold: float
    """The threshold for the score."""
