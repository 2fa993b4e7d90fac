# generated from the Azure OpenAI Service API spec by the openai-connector generator; do not edit
from typing import Literal, TypeAlias

InnerErrorCode: TypeAlias = Literal["ResponsibleAIPolicyViolation"]
"""Error codes for the inner error object."""
