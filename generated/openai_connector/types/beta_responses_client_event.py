# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Annotated, TypeAlias

from pydantic import Discriminator, Tag

from ..lib._models import Open, tag_of
from .beta_response_inject_event import BetaResponseInjectEvent
from .beta_responses_client_event_response_create import BetaResponsesClientEventResponseCreate

BetaResponsesClientEvent: TypeAlias = Open[
    Annotated[
        Annotated[BetaResponsesClientEventResponseCreate, Tag("response.create")]
        | Annotated[BetaResponseInjectEvent, Tag("response.inject")],
        Discriminator(tag_of("type")),
    ]
]
"""Client events accepted by the Responses WebSocket server."""
