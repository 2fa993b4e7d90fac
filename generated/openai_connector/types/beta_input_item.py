# generated from the OpenAI API spec by the openai-connector generator; do not edit
from __future__ import annotations

from typing import TypeAlias

from ..lib._models import Open
from .beta_compaction_trigger_item_param import BetaCompactionTriggerItem, BetaCompactionTriggerItemParam
from .beta_easy_input_message import BetaEasyInputMessage, BetaEasyInputMessageParam
from .beta_item import BetaItem, BetaItemParam
from .beta_item_reference_param import BetaItemReference, BetaItemReferenceParam
from .beta_program_item_param import BetaProgramItem, BetaProgramItemParam
from .beta_program_output_item_param import BetaProgramOutputItem, BetaProgramOutputItemParam

BetaInputItem: TypeAlias = Open[
    BetaEasyInputMessage
    | BetaItem
    | BetaCompactionTriggerItem
    | BetaItemReference
    | BetaProgramItem
    | BetaProgramOutputItem
]


BetaInputItemParam: TypeAlias = (
    BetaEasyInputMessageParam
    | BetaItemParam
    | BetaCompactionTriggerItemParam
    | BetaItemReferenceParam
    | BetaProgramItemParam
    | BetaProgramOutputItemParam
)
