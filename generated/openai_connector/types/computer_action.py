# generated from the OpenAI API spec by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Annotated, TypeAlias

from pydantic import Discriminator, Tag

from ..lib._models import Open, tag_of
from .click_param import ClickParam, ClickParamParam
from .double_click_action import DoubleClickAction, DoubleClickActionParam
from .drag_param import DragParam, DragParamParam
from .key_press_action import KeyPressAction, KeyPressActionParam
from .move_param import MoveParam, MoveParamParam
from .screenshot_param import ScreenshotParam, ScreenshotParamParam
from .scroll_param import ScrollParam, ScrollParamParam
from .type_param import TypeParam, TypeParamParam
from .wait_param import WaitParam, WaitParamParam

ComputerAction: TypeAlias = Open[
    Annotated[
        Annotated[ClickParam, Tag("click")]
        | Annotated[DoubleClickAction, Tag("double_click")]
        | Annotated[DragParam, Tag("drag")]
        | Annotated[KeyPressAction, Tag("keypress")]
        | Annotated[MoveParam, Tag("move")]
        | Annotated[ScreenshotParam, Tag("screenshot")]
        | Annotated[ScrollParam, Tag("scroll")]
        | Annotated[TypeParam, Tag("type")]
        | Annotated[WaitParam, Tag("wait")],
        Discriminator(tag_of("type")),
    ]
]


ComputerActionParam: TypeAlias = (
    ClickParamParam
    | DoubleClickActionParam
    | DragParamParam
    | KeyPressActionParam
    | MoveParamParam
    | ScreenshotParamParam
    | ScrollParamParam
    | TypeParamParam
    | WaitParamParam
)
