# generated from the OpenAI API spec by the openai-connector generator; do not edit
from __future__ import annotations

from typing import TypeAlias

from ..lib._models import Open
from .compaction_trigger_item_param import CompactionTriggerItemParam, CompactionTriggerItemParamParam
from .easy_input_message import EasyInputMessage, EasyInputMessageParam
from .item import Item, ItemParam
from .item_reference_param import ItemReferenceParam, ItemReferenceParamParam
from .program_item_param import ProgramItemParam, ProgramItemParamParam
from .program_output_item_param import ProgramOutputItemParam, ProgramOutputItemParamParam

InputItem: TypeAlias = Open[
    EasyInputMessage
    | Item
    | CompactionTriggerItemParam
    | ItemReferenceParam
    | ProgramItemParam
    | ProgramOutputItemParam
]


InputItemParam: TypeAlias = (
    EasyInputMessageParam
    | ItemParam
    | CompactionTriggerItemParamParam
    | ItemReferenceParamParam
    | ProgramItemParamParam
    | ProgramOutputItemParamParam
)
