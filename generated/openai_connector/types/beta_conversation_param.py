# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Annotated, TypeAlias

from pydantic import Discriminator, Tag

from ..lib._models import Open, tag_of
from .beta_conversation_reference import BetaConversationReference, BetaConversationReferenceParam

BetaConversation: TypeAlias = Open[
    Annotated[
        Annotated[str, Tag("<str>")] | Annotated[BetaConversationReference, Tag("<dict>")], Discriminator(tag_of(None))
    ]
]
"""The conversation that this response belongs to. Items from this conversation are prepended to `input_items` for this response request.
Input items and output items from this response are automatically added to this conversation after this response completes.
"""


BetaConversationParam: TypeAlias = str | BetaConversationReferenceParam
"""The conversation that this response belongs to. Items from this conversation are prepended to `input_items` for this response request.
Input items and output items from this response are automatically added to this conversation after this response completes.
"""
