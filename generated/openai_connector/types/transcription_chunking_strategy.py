# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Annotated, Literal, TypeAlias

from pydantic import Discriminator, Tag

from ..lib._models import Open, tag_of
from .vad_config import VadConfig

TranscriptionChunkingStrategy: TypeAlias = Open[
    Annotated[
        Annotated[Literal["auto"], Tag("<str>")] | Annotated[VadConfig, Tag("<dict>")], Discriminator(tag_of(None))
    ]
]
"""Controls how the audio is cut into chunks. When set to `"auto"`, the
server first normalizes loudness and then uses voice activity detection (VAD) to
choose boundaries. `server_vad` object can be provided to tweak VAD detection
parameters manually. If unset, the audio is transcribed as a single block.
"""
