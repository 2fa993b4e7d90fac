# generated from the OpenAI API spec by the openai-connector generator; do not edit
from ..content_provenance_check import ContentProvenanceCheck as ContentProvenanceCheck
from ..content_provenance_check import ContentProvenanceCheck as ContentProvenanceCheckCreateResponse

__all__ = [
    "ContentProvenanceCheck",
    "ContentProvenanceCheckCreateResponse",
]
