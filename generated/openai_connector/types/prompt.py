# generated from the OpenAI API spec by the openai-connector generator; do not edit
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
    """Optional version of the prompt template."""

    variables: ResponsePromptVariables | None = None
    """Optional map of values to substitute in for variables in your
    prompt. The substitution values can either be strings, or other
    Response input types like images or files.
    """


Prompt: TypeAlias = PromptObject | None
"""Reference to a prompt template and its variables.
[Learn more](/docs/guides/text?api-mode=responses#reusable-prompts).
"""


class PromptObjectParam(TypedDict, total=False):
    """Reference to a prompt template and its variables.
    [Learn more](/docs/guides/text?api-mode=responses#reusable-prompts).
    """

    id: Required[str]
    """The unique identifier of the prompt template to use."""

    version: str | None
    """Optional version of the prompt template."""

    variables: ResponsePromptVariablesParam
    """Optional map of values to substitute in for variables in your
    prompt. The substitution values can either be strings, or other
    Response input types like images or files.
    """


PromptParam: TypeAlias = PromptObjectParam | None
"""Reference to a prompt template and its variables.
[Learn more](/docs/guides/text?api-mode=responses#reusable-prompts).
"""
