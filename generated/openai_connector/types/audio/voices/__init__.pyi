# generated from the OpenAI API spec by the openai-connector generator; do not edit
from ...voice_resource import VoiceResource as VoiceCreateResponse
from ...voice_resource import VoiceResource as VoiceResource

__all__ = [
    "VoiceCreateResponse",
    "VoiceResource",
]
