# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Annotated, TypeAlias

from pydantic import Discriminator, Tag

from ..lib._models import Open, tag_of
from .auto_chunking_strategy_request_param import AutoChunkingStrategyRequest, AutoChunkingStrategyRequestParam
from .static_chunking_strategy_request_param import StaticChunkingStrategyRequest, StaticChunkingStrategyRequestParam

ChunkingStrategyRequest: TypeAlias = Open[
    Annotated[
        Annotated[AutoChunkingStrategyRequest, Tag("auto")] | Annotated[StaticChunkingStrategyRequest, Tag("static")],
        Discriminator(tag_of("type")),
    ]
]
"""The chunking strategy used to chunk the file(s). If not set, will use the `auto` strategy."""


ChunkingStrategyRequestParam: TypeAlias = AutoChunkingStrategyRequestParam | StaticChunkingStrategyRequestParam
"""The chunking strategy used to chunk the file(s). If not set, will use the `auto` strategy."""
