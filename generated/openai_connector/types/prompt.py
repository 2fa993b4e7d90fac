# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Required, TypeAlias

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .response_prompt_variables import ResponsePromptVariables, ResponsePromptVariablesParam


class PromptObject(BaseModel):
    """Reference to a prompt template and its variables.
    [Learn more](/docs/guides/text?api-mode=responses#reusable-prompts).
    """

    id: str = Field(default_factory=_missing)
    """The unique identifier of the prompt template to use."""

    version: str | None = None

    variables: ResponsePromptVariables | None = None


Prompt: TypeAlias = PromptObject | None


class PromptObjectParam(TypedDict, total=False):
    """Reference to a prompt template and its variables.
    [Learn more](/docs/guides/text?api-mode=responses#reusable-prompts).
    """

    id: Required[str]
    """The unique identifier of the prompt template to use."""

    version: str | None

    variables: ResponsePromptVariablesParam


PromptParam: TypeAlias = PromptObjectParam | None
