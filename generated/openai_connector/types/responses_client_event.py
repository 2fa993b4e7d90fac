# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import TypeAlias

from .responses_client_event_response_create import ResponsesClientEventResponseCreate

ResponsesClientEvent: TypeAlias = ResponsesClientEventResponseCreate
"""Client events accepted by the Responses WebSocket server."""
