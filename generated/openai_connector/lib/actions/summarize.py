# copied from generator/runtime/extras/actions/summarize.py by the openai-connector generator; edit the source
"""Summarize text with a prompt template over chat completions, splitting long text to fit a token budget.

Token estimate: `estimate_tokens(text) = ceil(len(text) / 4)`, about right for English with OpenAI's
tokenizers and deliberately simple (no tokenizer dependency). Text over the budget is split at
paragraph, then sentence, then word boundaries into chunks under the budget; each chunk is summarized,
and the summaries are combined with `combine_template` (again split if they are still too long).

The cost is bounded: every combining round must need fewer calls than the round before (else the
model's summaries are not getting shorter and `SummarizeError` is raised before that round), and the
whole run makes at most `max_calls` calls (default: twice the number of chunks, plus `_MAX_ROUNDS`),
checked before each round is sent.
"""

from __future__ import annotations

import math
import re
import string

from .._errors import InvalidRequestError

__all__ = [
    "COMBINE_TEMPLATE",
    "SUMMARY_TEMPLATE",
    "SummarizeError",
    "SummaryPlan",
    "estimate_tokens",
    "split_text",
]

SUMMARY_TEMPLATE = "Summarize the following text concisely, keeping the key facts:\n\n{text}"
COMBINE_TEMPLATE = "Combine these partial summaries of one text into a single concise summary:\n\n{text}"
_CHARS_PER_TOKEN = 4
_MAX_ROUNDS = 8


class SummarizeError(ValueError):
    """The summary cannot be made within the limits: the model's summaries do not shrink, or `max_calls` is too low.

    Raised before the calls that would break the limit are sent; `calls` is how many were made.
    """

    def __init__(self, message: str, *, calls: int) -> None:
        super().__init__(message)
        self.calls = calls


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


def check_template(template: object, name: str) -> None:
    """`template` must be a str with `{text}` and no other `{field}` (write `{{` and `}}` for literal braces)."""
    if not isinstance(template, str):
        raise InvalidRequestError(f"{name} must be a str, got {type(template).__name__}", param=name)
    try:
        fields = {field for _, field, _, _ in string.Formatter().parse(template) if field is not None}
    except ValueError as exc:
        raise InvalidRequestError(
            f"{name} is not a valid template ({exc}); write {{{{ and }}}} for braces", param=name
        ) from None
    if "text" not in fields:
        raise InvalidRequestError(f"{name} must contain {{text}}, where the text goes", param=name)
    unknown = sorted(fields - {"text"})
    if unknown:
        raise InvalidRequestError(
            f"{name} has unknown field(s) {', '.join('{' + f + '}' for f in unknown)}: only {{text}} is filled in "
            "(write {{ and }} for literal braces)",
            param=name,
        )


class SummaryPlan:
    """One summarize run, written once for both clients: which prompts each round sends, within the limits.

    The arguments are checked when it is made; then `first_round()` gives the chunks' prompts and
    `next_round(answers)` the prompts combining those answers, or [] once one summary is left (`summary`).
    The call budget is checked before each round is handed out.
    """

    def __init__(
        self, text: object, max_input_tokens: object, template: object, combine_template: object, max_calls: object
    ) -> None:
        if not isinstance(text, str):
            raise InvalidRequestError(f"text must be a str, got {type(text).__name__}", param="text")
        if isinstance(max_input_tokens, bool) or not isinstance(max_input_tokens, int) or max_input_tokens < 1:
            raise InvalidRequestError(
                f"max_input_tokens must be a whole number >= 1, got {max_input_tokens!r}", param="max_input_tokens"
            )
        if max_calls is not None and (isinstance(max_calls, bool) or not isinstance(max_calls, int) or max_calls < 1):
            raise InvalidRequestError(
                f"max_calls must be a whole number >= 1 or None, got {max_calls!r}", param="max_calls"
            )
        check_template(template, "template")
        check_template(combine_template, "combine_template")
        self.template = str(template)
        self.chunks = split_text(text, _budget(max_input_tokens, self.template))
        self.max_input_tokens = max_input_tokens
        self.combine_template = str(combine_template)
        self.max_calls = max_calls if isinstance(max_calls, int) else 2 * len(self.chunks) + _MAX_ROUNDS
        self.calls = 0
        self.rounds = 0
        self.summary = ""
        self._admit(len(self.chunks))

    def first_round(self) -> list[str]:
        """A prompt per chunk ([] for an empty text, whose summary is "")."""
        return [self.template.format(text=chunk) for chunk in self.chunks]

    def next_round(self, answers: list[str]) -> list[str]:
        """The prompts combining `answers`, or [] when there is one answer left: the summary."""
        if len(answers) <= 1:
            self.summary = answers[0] if answers else ""
            return []
        groups = split_text("\n\n".join(answers), _budget(self.max_input_tokens, self.combine_template))
        if len(groups) >= len(answers) or self.rounds >= _MAX_ROUNDS:
            raise SummarizeError(
                f"the summaries are not getting shorter: combining {len(answers)} summaries needs {len(groups)} calls "
                f"(round {self.rounds + 1}); ask for shorter summaries (e.g. max_tokens) or raise max_input_tokens",
                calls=self.calls,
            )
        self._admit(len(groups))
        self.rounds += 1
        return [self.combine_template.format(text=group) for group in groups]

    def _admit(self, count: int) -> None:
        if self.calls + count > self.max_calls:
            raise SummarizeError(
                f"summarize would need more than max_calls={self.max_calls} calls ({self.calls} made, {count} more "
                "for the next round); raise max_calls or max_input_tokens",
                calls=self.calls,
            )
        self.calls += count
