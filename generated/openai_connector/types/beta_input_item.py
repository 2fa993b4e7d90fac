# generated from the OpenAI API spec by the openai-connector generator; do not edit
from __future__ import annotations

from typing import TypeAlias

from ..lib._models import Open
from .beta_compaction_trigger_item_param import BetaCompactionTriggerItemParam, BetaCompactionTriggerItemParamParam
from .beta_easy_input_message import BetaEasyInputMessage, BetaEasyInputMessageParam
from .beta_item import BetaItem, BetaItemParam
from .beta_item_reference_param import BetaItemReferenceParam, BetaItemReferenceParamParam
from .beta_program_item_param import BetaProgramItemParam, BetaProgramItemParamParam
from .beta_program_output_item_param import BetaProgramOutputItemParam, BetaProgramOutputItemParamParam

BetaInputItem: TypeAlias = Open[
    BetaEasyInputMessage
    | BetaItem
    | BetaCompactionTriggerItemParam
    | BetaItemReferenceParam
    | BetaProgramItemParam
    | BetaProgramOutputItemParam
]


BetaInputItemParam: TypeAlias = (
    BetaEasyInputMessageParam
    | BetaItemParam
    | BetaCompactionTriggerItemParamParam
    | BetaItemReferenceParamParam
    | BetaProgramItemParamParam
    | BetaProgramOutputItemParamParam
)
