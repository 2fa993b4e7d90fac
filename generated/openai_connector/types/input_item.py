# generated from the OpenAI API spec by the openai-connector generator; do not edit
from __future__ import annotations

from typing import TypeAlias

from ..lib._models import Open
from .compaction_trigger_item_param import CompactionTriggerItem, CompactionTriggerItemParam
from .easy_input_message import EasyInputMessage, EasyInputMessageParam
from .item import Item, ItemParam
from .item_reference_param import ItemReference, ItemReferenceParam
from .program_item_param import ProgramItem, ProgramItemParam
from .program_output_item_param import ProgramOutputItem, ProgramOutputItemParam

InputItem: TypeAlias = Open[
    EasyInputMessage | Item | CompactionTriggerItem | ItemReference | ProgramItem | ProgramOutputItem
]


InputItemParam: TypeAlias = (
    EasyInputMessageParam
    | ItemParam
    | CompactionTriggerItemParam
    | ItemReferenceParam
    | ProgramItemParam
    | ProgramOutputItemParam
)
