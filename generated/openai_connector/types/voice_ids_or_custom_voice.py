# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Annotated, Literal, Required, TypeAlias

from pydantic import Discriminator, Field, Tag
from typing_extensions import TypedDict

from ..lib._models import BaseModel, Open, tag_of
from ..lib._models import missing as _missing


class VoiceIdsOrCustomVoiceObject(BaseModel):
    """Custom voice reference."""

    id: str = Field(default_factory=_missing)
    """The custom voice ID, e.g. `voice_1234`."""


VoiceIdsOrCustomVoice: TypeAlias = Open[
    Annotated[
        Annotated[
            str | Literal["alloy", "ash", "ballad", "coral", "echo", "sage", "shimmer", "verse", "marin", "cedar"],
            Tag("<str>"),
        ]
        | Annotated[VoiceIdsOrCustomVoiceObject, Tag("<dict>")],
        Discriminator(tag_of(None)),
    ]
]
"""A built-in voice name or a custom voice reference."""


class VoiceIdsOrCustomVoiceObjectParam(TypedDict, total=False):
    """Custom voice reference."""

    id: Required[str]
    """The custom voice ID, e.g. `voice_1234`."""


VoiceIdsOrCustomVoiceParam: TypeAlias = (
    str
    | Literal["alloy", "ash", "ballad", "coral", "echo", "sage", "shimmer", "verse", "marin", "cedar"]
    | VoiceIdsOrCustomVoiceObjectParam
)
"""A built-in voice name or a custom voice reference."""
