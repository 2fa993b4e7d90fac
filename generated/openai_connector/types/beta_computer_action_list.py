# generated from the OpenAI API spec by the openai-connector generator; do not edit
from collections.abc import Sequence
from typing import TypeAlias

from .beta_computer_action import BetaComputerAction, BetaComputerActionParam

BetaComputerActionList: TypeAlias = list[BetaComputerAction]
"""Flattened batched actions for `computer_use`. Each action includes an
`type` discriminator and action-specific fields.
"""


BetaComputerActionListParam: TypeAlias = Sequence[BetaComputerActionParam]
"""Flattened batched actions for `computer_use`. Each action includes an
`type` discriminator and action-specific fields.
"""
