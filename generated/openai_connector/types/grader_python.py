# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class GraderPython(BaseModel):
    """A PythonGrader object that runs a python script on the input."""

    type: Literal["python"] = Field(default_factory=_missing)
    """The object type, which is always `python`."""

    name: str = Field(default_factory=_missing)
    """The name of the grader."""

    source: str = Field(default_factory=_missing)
    """The source code of the python script."""

    image_tag: str | None = None
    """The image tag to use for the python script."""


class GraderPythonParam(TypedDict, total=False):
    """A PythonGrader object that runs a python script on the input."""

    type: Required[Literal["python"]]
    """The object type, which is always `python`."""

    name: Required[str]
    """The name of the grader."""

    source: Required[str]
    """The source code of the python script."""

    image_tag: str
    """The image tag to use for the python script."""
