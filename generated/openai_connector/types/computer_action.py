# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Annotated, TypeAlias

from pydantic import Discriminator, Tag

from ..lib._models import Open, tag_of
from .click_param import Click, ClickParam
from .double_click_action import DoubleClickAction, DoubleClickActionParam
from .drag_param import Drag, DragParam
from .key_press_action import KeyPressAction, KeyPressActionParam
from .move_param import Move, MoveParam
from .screenshot_param import Screenshot, ScreenshotParam
from .scroll_param import Scroll, ScrollParam
from .type_param import Type, TypeParam
from .wait_param import Wait, WaitParam

ComputerAction: TypeAlias = Open[
    Annotated[
        Annotated[Click, Tag("click")]
        | Annotated[DoubleClickAction, Tag("double_click")]
        | Annotated[Drag, Tag("drag")]
        | Annotated[KeyPressAction, Tag("keypress")]
        | Annotated[Move, Tag("move")]
        | Annotated[Screenshot, Tag("screenshot")]
        | Annotated[Scroll, Tag("scroll")]
        | Annotated[Type, Tag("type")]
        | Annotated[Wait, Tag("wait")],
        Discriminator(tag_of("type")),
    ]
]


ComputerActionParam: TypeAlias = (
    ClickParam
    | DoubleClickActionParam
    | DragParam
    | KeyPressActionParam
    | MoveParam
    | ScreenshotParam
    | ScrollParam
    | TypeParam
    | WaitParam
)
