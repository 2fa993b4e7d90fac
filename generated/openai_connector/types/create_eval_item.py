# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Required, TypeAlias

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel, Open
from ..lib._models import missing as _missing
from .eval_item import EvalItem, EvalItemParam


class CreateEvalItemSimpleInputMessage(BaseModel):
    """SimpleInputMessage"""

    role: str = Field(default_factory=_missing)
    """The role of the message (e.g. "system", "assistant", "user")."""

    content: str = Field(default_factory=_missing)
    """The content of the message."""


CreateEvalItem: TypeAlias = Open[CreateEvalItemSimpleInputMessage | EvalItem]
"""A chat message that makes up the prompt or context. May include variable references to the `item` namespace, ie {{item.name}}."""


class CreateEvalItemSimpleInputMessageParam(TypedDict, total=False):
    """SimpleInputMessage"""

    role: Required[str]
    """The role of the message (e.g. "system", "assistant", "user")."""

    content: Required[str]
    """The content of the message."""


CreateEvalItemParam: TypeAlias = CreateEvalItemSimpleInputMessageParam | EvalItemParam
"""A chat message that makes up the prompt or context. May include variable references to the `item` namespace, ie {{item.name}}."""
