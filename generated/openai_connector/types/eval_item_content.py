# generated from the OpenAI API spec by the openai-connector generator; do not edit
from __future__ import annotations

from typing import TypeAlias

from ..lib._models import Open
from .eval_item_content_array import EvalItemContentArray, EvalItemContentArrayParam
from .eval_item_content_item import EvalItemContentItem, EvalItemContentItemParam

EvalItemContent: TypeAlias = Open[EvalItemContentItem | EvalItemContentArray]
"""Inputs to the model - can contain template strings. Supports text, output text, input images, and input audio, either as a single item or an array of items."""


EvalItemContentParam: TypeAlias = EvalItemContentItemParam | EvalItemContentArrayParam
"""Inputs to the model - can contain template strings. Supports text, output text, input images, and input audio, either as a single item or an array of items."""
