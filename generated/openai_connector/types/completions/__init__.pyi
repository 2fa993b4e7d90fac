# generated from the OpenAI API spec by the openai-connector generator; do not edit
from ..completion import Completion as Completion
from ..completion import Completion as CompletionCreateResponse

__all__ = [
    "Completion",
    "CompletionCreateResponse",
]
