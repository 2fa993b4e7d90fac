# generated from the OpenAI API spec by the openai-connector generator; do not edit
from collections.abc import Sequence
from typing import TypeAlias

from .eval_item_content_item import EvalItemContentItem, EvalItemContentItemParam

EvalItemContentArray: TypeAlias = list[EvalItemContentItem]
"""A list of inputs, each of which may be either an input text, output text, input
image, or input audio object.
"""


EvalItemContentArrayParam: TypeAlias = Sequence[EvalItemContentItemParam]
"""A list of inputs, each of which may be either an input text, output text, input
image, or input audio object.
"""
