# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, TypeAlias

ProvenanceCheckObject: TypeAlias = Literal["content_provenance_check"]
