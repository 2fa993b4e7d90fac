# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import TypeAlias

from typing_extensions import TypedDict

from ..lib._models import BaseModel


class BetaResponseStreamOptionsObject(BaseModel):
    """Options for streaming responses. Only set this when you set `stream: true`."""

    include_obfuscation: bool | None = None
    """When true, stream obfuscation will be enabled. Stream obfuscation adds
    random characters to an `obfuscation` field on streaming delta events to
    normalize payload sizes as a mitigation to certain side-channel attacks.
    These obfuscation fields are included by default, but add a small amount
    of overhead to the data stream. You can set `include_obfuscation` to
    false to optimize for bandwidth if you trust the network links between
    your application and the OpenAI API.
    """


BetaResponseStreamOptions: TypeAlias = BetaResponseStreamOptionsObject | None
"""Options for streaming responses. Only set this when you set `stream: true`."""


class BetaResponseStreamOptionsObjectParam(TypedDict, total=False):
    """Options for streaming responses. Only set this when you set `stream: true`."""

    include_obfuscation: bool
    """When true, stream obfuscation will be enabled. Stream obfuscation adds
    random characters to an `obfuscation` field on streaming delta events to
    normalize payload sizes as a mitigation to certain side-channel attacks.
    These obfuscation fields are included by default, but add a small amount
    of overhead to the data stream. You can set `include_obfuscation` to
    false to optimize for bandwidth if you trust the network links between
    your application and the OpenAI API.
    """


BetaResponseStreamOptionsParam: TypeAlias = BetaResponseStreamOptionsObjectParam | None
"""Options for streaming responses. Only set this when you set `stream: true`."""
