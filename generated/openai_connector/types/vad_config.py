# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class VadConfig(BaseModel):
    type: Literal["server_vad"] = Field(default_factory=_missing)
    """Must be set to `server_vad` to enable manual chunking using server side VAD."""

    prefix_padding_ms: int | None = None
    """Amount of audio to include before the VAD detected speech (in
    milliseconds).
    """

    silence_duration_ms: int | None = None
    """Duration of silence to detect speech stop (in milliseconds).
    With shorter values the model will respond more quickly,
    but may jump in on short pauses from the user.
    """

    threshold: float | None = None
    """Sensitivity threshold (0.0 to 1.0) for voice activity detection. A
    higher threshold will require louder audio to activate the model, and
    thus might perform better in noisy environments.
    """


class VadConfigParam(TypedDict, total=False):
    type: Required[Literal["server_vad"]]
    """Must be set to `server_vad` to enable manual chunking using server side VAD."""

    prefix_padding_ms: int
    """Amount of audio to include before the VAD detected speech (in
    milliseconds).
    """

    silence_duration_ms: int
    """Duration of silence to detect speech stop (in milliseconds).
    With shorter values the model will respond more quickly,
    but may jump in on short pauses from the user.
    """

    threshold: float
    """Sensitivity threshold (0.0 to 1.0) for voice activity detection. A
    higher threshold will require louder audio to activate the model, and
    thus might perform better in noisy environments.
    """
