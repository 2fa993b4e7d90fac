# generated from the OpenAI API spec by the openai-connector generator; do not edit
from ....beta_token_counts_resource import BetaTokenCountsResource as BetaTokenCountsResource
from ....beta_token_counts_resource import BetaTokenCountsResource as InputTokenCountResponse

__all__ = [
    "BetaTokenCountsResource",
    "InputTokenCountResponse",
]
