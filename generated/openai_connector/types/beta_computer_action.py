# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Annotated, TypeAlias

from pydantic import Discriminator, Tag

from ..lib._models import Open, tag_of
from .beta_click_param import BetaClick, BetaClickParam
from .beta_double_click_action import BetaDoubleClickAction, BetaDoubleClickActionParam
from .beta_drag_param import BetaDrag, BetaDragParam
from .beta_key_press_action import BetaKeyPressAction, BetaKeyPressActionParam
from .beta_move_param import BetaMove, BetaMoveParam
from .beta_screenshot_param import BetaScreenshot, BetaScreenshotParam
from .beta_scroll_param import BetaScroll, BetaScrollParam
from .beta_type_param import BetaType, BetaTypeParam
from .beta_wait_param import BetaWait, BetaWaitParam

BetaComputerAction: TypeAlias = Open[
    Annotated[
        Annotated[BetaClick, Tag("click")]
        | Annotated[BetaDoubleClickAction, Tag("double_click")]
        | Annotated[BetaDrag, Tag("drag")]
        | Annotated[BetaKeyPressAction, Tag("keypress")]
        | Annotated[BetaMove, Tag("move")]
        | Annotated[BetaScreenshot, Tag("screenshot")]
        | Annotated[BetaScroll, Tag("scroll")]
        | Annotated[BetaType, Tag("type")]
        | Annotated[BetaWait, Tag("wait")],
        Discriminator(tag_of("type")),
    ]
]


BetaComputerActionParam: TypeAlias = (
    BetaClickParam
    | BetaDoubleClickActionParam
    | BetaDragParam
    | BetaKeyPressActionParam
    | BetaMoveParam
    | BetaScreenshotParam
    | BetaScrollParam
    | BetaTypeParam
    | BetaWaitParam
)
