# generated from specs/azure/inference-2024-06-01.json by the openai-connector generator; do not edit
from __future__ import annotations

from typing import TypeAlias

from .prompt_filter_result import PromptFilterResult

PromptFilterResults: TypeAlias = list[PromptFilterResult]
"""Content filtering results for zero or more prompts in the request. In a streaming request, results for different prompts may arrive at different times or in different orders."""
