# generated from the OpenAI API spec by the openai-connector generator; do not edit
from collections.abc import Sequence
from typing import TypeAlias

from .computer_action import ComputerAction, ComputerActionParam

ComputerActionList: TypeAlias = list[ComputerAction]
"""Flattened batched actions for `computer_use`. Each action includes an
`type` discriminator and action-specific fields.
"""


ComputerActionListParam: TypeAlias = Sequence[ComputerActionParam]
"""Flattened batched actions for `computer_use`. Each action includes an
`type` discriminator and action-specific fields.
"""
