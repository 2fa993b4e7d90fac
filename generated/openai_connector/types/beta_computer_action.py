# generated from the OpenAI API spec by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Annotated, TypeAlias

from pydantic import Discriminator, Tag

from ..lib._models import Open, tag_of
from .beta_click_param import BetaClickParam, BetaClickParamParam
from .beta_double_click_action import BetaDoubleClickAction, BetaDoubleClickActionParam
from .beta_drag_param import BetaDragParam, BetaDragParamParam
from .beta_key_press_action import BetaKeyPressAction, BetaKeyPressActionParam
from .beta_move_param import BetaMoveParam, BetaMoveParamParam
from .beta_screenshot_param import BetaScreenshotParam, BetaScreenshotParamParam
from .beta_scroll_param import BetaScrollParam, BetaScrollParamParam
from .beta_type_param import BetaTypeParam, BetaTypeParamParam
from .beta_wait_param import BetaWaitParam, BetaWaitParamParam

BetaComputerAction: TypeAlias = Open[
    Annotated[
        Annotated[BetaClickParam, Tag("click")]
        | Annotated[BetaDoubleClickAction, Tag("double_click")]
        | Annotated[BetaDragParam, Tag("drag")]
        | Annotated[BetaKeyPressAction, Tag("keypress")]
        | Annotated[BetaMoveParam, Tag("move")]
        | Annotated[BetaScreenshotParam, Tag("screenshot")]
        | Annotated[BetaScrollParam, Tag("scroll")]
        | Annotated[BetaTypeParam, Tag("type")]
        | Annotated[BetaWaitParam, Tag("wait")],
        Discriminator(tag_of("type")),
    ]
]


BetaComputerActionParam: TypeAlias = (
    BetaClickParamParam
    | BetaDoubleClickActionParam
    | BetaDragParamParam
    | BetaKeyPressActionParam
    | BetaMoveParamParam
    | BetaScreenshotParamParam
    | BetaScrollParamParam
    | BetaTypeParamParam
    | BetaWaitParamParam
)
