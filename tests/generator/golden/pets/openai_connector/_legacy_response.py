# generated from the Golden Pets, Golden Shop specs by the openai-connector generator; do not edit
"""openai-python's `_legacy_response` names: what a binary answer and a raw response are."""

from .lib._api_response import LegacyAPIResponse
from .lib._response import HttpxBinaryResponseContent

__all__ = ["HttpxBinaryResponseContent", "LegacyAPIResponse"]
