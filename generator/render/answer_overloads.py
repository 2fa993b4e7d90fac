"""The overloads that type a method's answer by the value of one argument (`x-connector-answer-by`).

`client.audio.transcriptions.create(file=..., model=...)` is typed `Transcription`, with
`response_format="verbose_json"` `TranscriptionVerbose`, with `"text"` `str`: one overload per answer, the
values sharing an answer in one `Literal`. The default's argument stays optional; the others' are required.
The method's own overloads (`stream`, and the catch-all with the whole union) follow these.
"""

from __future__ import annotations

import json
from typing import Any

from generator.annotations import Annotator, literal
from generator.parser.kinds import Primitive
from generator.parser.operations import Operation
from generator.render.signature import not_given


def answer_overloads(
    op: Operation, argument: str, keywords: list[str], tail: list[str], annotator: Annotator
) -> list[dict[str, Any]]:
    """One overload per answer of `op.answer_by`, whose argument is `argument` among `keywords`.

    `keywords` are the method's keyword parameters before `tail` (the `stream: Literal[False]` flag where
    the method streams, and the common parameters).
    """
    answer_by = op.answer_by
    if answer_by is None or not argument:
        return []
    at = next(i for i, keyword in enumerate(keywords) if keyword.startswith(f"{argument}:"))
    overloads = []
    for values, answer in answer_by.groups:
        chosen = literal(values)
        declared = (
            f"{argument}: {not_given(chosen)} = NOT_GIVEN" if answer_by.default in values else f"{argument}: {chosen}"
        )
        returns = annotator.render(answer, "model", open_values=False, annotated=False)
        overloads.append(
            {
                "params": [*keywords[:at], declared, *keywords[at + 1 :], *tail],
                "returns": {"sync": returns, "async": returns},
            }
        )
    return overloads


def answer_cast(op: Operation, argument: str, cast_to: str, runtime: Annotator) -> str:
    """The `cast_to` expression of the call: the model the argument's value selects, else `cast_to`.

    The union alone cannot always tell the answers apart (a verbose transcription without segments fits the
    diarized model too), so the call decodes what the overloads promise.
    """
    answer_by = op.answer_by
    if answer_by is None or not argument:
        return cast_to
    models = [
        f"{json.dumps(value)}: {runtime.render(answer, 'model', open_values=False)}"
        for values, answer in answer_by.groups
        if answer != Primitive("str")
        for value in values
    ]
    chosen = f"{argument} if isinstance({argument}, str) else {json.dumps(answer_by.default)}"
    return f"{{{', '.join(models)}}}.get({chosen}, {cast_to})"
