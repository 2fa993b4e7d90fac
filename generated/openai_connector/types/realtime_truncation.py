# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Annotated, Literal, Required, TypeAlias

from pydantic import Discriminator, Field, Tag
from typing_extensions import TypedDict

from ..lib._models import BaseModel, Open, tag_of
from ..lib._models import missing as _missing


class RealtimeTruncationRetentionRatioTruncationTokenLimits(BaseModel):
    """Optional custom token limits for this truncation strategy. If not provided, the model's default token limits will be used."""

    post_instructions: int | None = None
    """Maximum tokens allowed in the conversation after instructions (which including tool definitions). For example, setting this to 5,000 would mean that truncation would occur when the conversation exceeds 5,000 tokens after instructions. This cannot be higher than the model's context window size minus the maximum output tokens."""


class RealtimeTruncationRetentionRatioTruncation(BaseModel):
    """Retain a fraction of the conversation tokens when the conversation exceeds the input token limit. This allows you to amortize truncations across multiple turns, which can help improve cached token usage."""

    type: 'Literal["retention_ratio"]' = Field(default_factory=_missing)
    """Use retention ratio truncation."""

    retention_ratio: float = Field(default_factory=_missing)
    """Fraction of post-instruction conversation tokens to retain (`0.0` - `1.0`) when the conversation exceeds the input token limit. Setting this to `0.8` means that messages will be dropped until 80% of the maximum allowed tokens are used. This helps reduce the frequency of truncations and improve cache rates."""

    token_limits: RealtimeTruncationRetentionRatioTruncationTokenLimits | None = None
    """Optional custom token limits for this truncation strategy. If not provided, the model's default token limits will be used."""


RealtimeTruncation: TypeAlias = Open[
    Annotated[
        Annotated[Literal["auto", "disabled"], Tag("<str>")]
        | Annotated[RealtimeTruncationRetentionRatioTruncation, Tag("<dict>")],
        Discriminator(tag_of(None)),
    ]
]
"""When the number of tokens in a conversation exceeds the model's input token limit, the conversation be truncated, meaning messages (starting from the oldest) will not be included in the model's context. A 32k context model with 4,096 max output tokens can only include 28,224 tokens in the context before truncation occurs.

Clients can configure truncation behavior to truncate with a lower max token limit, which is an effective way to control token usage and cost.

Truncation will reduce the number of cached tokens on the next turn (busting the cache), since messages are dropped from the beginning of the context. However, clients can also configure truncation to retain messages up to a fraction of the maximum context size, which will reduce the need for future truncations and thus improve the cache rate.

Truncation can be disabled entirely, which means the server will never truncate but would instead return an error if the conversation exceeds the model's input token limit.
"""


class RealtimeTruncationRetentionRatioTruncationTokenLimitsParam(TypedDict, total=False):
    """Optional custom token limits for this truncation strategy. If not provided, the model's default token limits will be used."""

    post_instructions: int
    """Maximum tokens allowed in the conversation after instructions (which including tool definitions). For example, setting this to 5,000 would mean that truncation would occur when the conversation exceeds 5,000 tokens after instructions. This cannot be higher than the model's context window size minus the maximum output tokens."""


class RealtimeTruncationRetentionRatioTruncationParam(TypedDict, total=False):
    """Retain a fraction of the conversation tokens when the conversation exceeds the input token limit. This allows you to amortize truncations across multiple turns, which can help improve cached token usage."""

    type: Required[Literal["retention_ratio"]]
    """Use retention ratio truncation."""

    retention_ratio: Required[float]
    """Fraction of post-instruction conversation tokens to retain (`0.0` - `1.0`) when the conversation exceeds the input token limit. Setting this to `0.8` means that messages will be dropped until 80% of the maximum allowed tokens are used. This helps reduce the frequency of truncations and improve cache rates."""

    token_limits: RealtimeTruncationRetentionRatioTruncationTokenLimitsParam
    """Optional custom token limits for this truncation strategy. If not provided, the model's default token limits will be used."""


RealtimeTruncationParam: TypeAlias = Literal["auto", "disabled"] | RealtimeTruncationRetentionRatioTruncationParam
"""When the number of tokens in a conversation exceeds the model's input token limit, the conversation be truncated, meaning messages (starting from the oldest) will not be included in the model's context. A 32k context model with 4,096 max output tokens can only include 28,224 tokens in the context before truncation occurs.

Clients can configure truncation behavior to truncate with a lower max token limit, which is an effective way to control token usage and cost.

Truncation will reduce the number of cached tokens on the next turn (busting the cache), since messages are dropped from the beginning of the context. However, clients can also configure truncation to retain messages up to a fraction of the maximum context size, which will reduce the need for future truncations and thus improve the cache rate.

Truncation can be disabled entirely, which means the server will never truncate but would instead return an error if the conversation exceeds the model's input token limit.
"""
