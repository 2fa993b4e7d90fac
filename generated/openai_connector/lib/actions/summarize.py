"""Summarize text with a prompt template over chat completions, splitting long text to fit a token budget.

Token estimate: `estimate_tokens(text) = ceil(len(text) / 4)`, about right for English with OpenAI's
tokenizers and deliberately simple (no tokenizer dependency). Text over the budget is split at
paragraph, then sentence, then word boundaries into chunks under the budget; each chunk is summarized,
and the summaries are combined with `combine_template` (again split if they are still too long).
"""

from __future__ import annotations

import math
import re
from collections.abc import Awaitable, Callable

__all__ = [
    "COMBINE_TEMPLATE",
    "SUMMARY_TEMPLATE",
    "asummarize_with",
    "estimate_tokens",
    "split_text",
    "summarize_with",
]

SUMMARY_TEMPLATE = "Summarize the following text concisely, keeping the key facts:\n\n{text}"
COMBINE_TEMPLATE = "Combine these partial summaries of one text into a single concise summary:\n\n{text}"
_CHARS_PER_TOKEN = 4
_MAX_ROUNDS = 8


def estimate_tokens(text: str) -> int:
    """About how many tokens `text` is: one per 4 characters, rounded up."""
    return math.ceil(len(text) / _CHARS_PER_TOKEN)


def _pieces(text: str, level: int) -> list[str]:
    if level == 0:
        return [p for p in re.split(r"\n\s*\n", text) if p.strip()]
    if level == 1:
        return [p for p in re.split(r"(?<=[.!?])\s+", text) if p.strip()]
    return text.split()


def split_text(text: str, max_tokens: int) -> list[str]:
    """`text` in chunks of at most `max_tokens` (estimated), cut at paragraph, sentence or word boundaries."""
    if max_tokens < 1:
        raise ValueError("max_tokens must be 1 or more")
    text = text.strip()
    if estimate_tokens(text) <= max_tokens:
        return [text] if text else []
    return _split(text, max_tokens, 0)


def _split(text: str, max_tokens: int, level: int) -> list[str]:
    if level > 2:  # a single word longer than the budget: cut it
        size = max_tokens * _CHARS_PER_TOKEN
        return [text[i : i + size] for i in range(0, len(text), size)]
    joiner = "\n\n" if level == 0 else " "
    chunks: list[str] = []
    current = ""
    for piece in _pieces(text, level):
        if estimate_tokens(piece) > max_tokens:
            if current:
                chunks.append(current)
                current = ""
            chunks.extend(_split(piece, max_tokens, level + 1))
            continue
        candidate = f"{current}{joiner}{piece}" if current else piece
        if estimate_tokens(candidate) <= max_tokens:
            current = candidate
        else:
            chunks.append(current)
            current = piece
    if current:
        chunks.append(current)
    return chunks


def _budget(max_input_tokens: int, template: str) -> int:
    budget = max_input_tokens - estimate_tokens(template.replace("{text}", ""))
    if budget < 1:
        raise ValueError("max_input_tokens is smaller than the prompt template")
    return budget


def summarize_with(
    complete: Callable[[str], str],
    text: str,
    *,
    max_input_tokens: int,
    template: str = SUMMARY_TEMPLATE,
    combine_template: str = COMBINE_TEMPLATE,
) -> str:
    """Summarize `text` with `complete(prompt) -> answer` (one chat completion per call)."""
    chunks = split_text(text, _budget(max_input_tokens, template))
    if not chunks:
        return ""
    parts = [complete(template.format(text=chunk)) for chunk in chunks]
    for _ in range(_MAX_ROUNDS):
        if len(parts) == 1:
            return parts[0]
        groups = split_text("\n\n".join(parts), _budget(max_input_tokens, combine_template))
        parts = [complete(combine_template.format(text=group)) for group in groups]
    return "\n\n".join(parts)


async def asummarize_with(
    complete: Callable[[str], Awaitable[str]],
    text: str,
    *,
    max_input_tokens: int,
    template: str = SUMMARY_TEMPLATE,
    combine_template: str = COMBINE_TEMPLATE,
) -> str:
    """`summarize_with` with an async `complete`."""
    chunks = split_text(text, _budget(max_input_tokens, template))
    if not chunks:
        return ""
    parts = [await complete(template.format(text=chunk)) for chunk in chunks]
    for _ in range(_MAX_ROUNDS):
        if len(parts) == 1:
            return parts[0]
        groups = split_text("\n\n".join(parts), _budget(max_input_tokens, combine_template))
        parts = [await complete(combine_template.format(text=group)) for group in groups]
    return "\n\n".join(parts)
