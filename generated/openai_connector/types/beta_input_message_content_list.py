# generated from the OpenAI API spec by the openai-connector generator; do not edit
from collections.abc import Sequence
from typing import TypeAlias

from .beta_input_content import BetaInputContent, BetaInputContentParam

BetaInputMessageContentList: TypeAlias = list[BetaInputContent]
"""A list of one or many input items to the model, containing different content
types.
"""


BetaInputMessageContentListParam: TypeAlias = Sequence[BetaInputContentParam]
"""A list of one or many input items to the model, containing different content
types.
"""
