# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal, Required

from typing_extensions import TypedDict

from ..lib._models import BaseModel


class AssistantToolsCode(BaseModel):
    """Code interpreter tool"""

    type: Literal["code_interpreter"]
    """The type of tool being defined: `code_interpreter`"""


class AssistantToolsCodeParam(TypedDict, total=False):
    """Code interpreter tool"""

    type: Required[Literal["code_interpreter"]]
    """The type of tool being defined: `code_interpreter`"""
