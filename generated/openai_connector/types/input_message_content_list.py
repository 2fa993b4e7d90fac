# generated from the OpenAI API spec by the openai-connector generator; do not edit
from collections.abc import Sequence
from typing import TypeAlias

from .input_content import InputContent, InputContentParam

InputMessageContentList: TypeAlias = list[InputContent]
"""A list of one or many input items to the model, containing different content
types.
"""


InputMessageContentListParam: TypeAlias = Sequence[InputContentParam]
"""A list of one or many input items to the model, containing different content
types.
"""
