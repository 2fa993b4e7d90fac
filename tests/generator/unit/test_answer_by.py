"""generator/parser/answers.py and render/answer_overloads.py: an overlay's `x-connector-answer-by`."""

from __future__ import annotations

import copy
from typing import Any

from generator.diagnostics import Diagnostics
from generator.layout import plan
from generator.naming import ClassNames
from generator.parser import Api, parse_api
from generator.parser.kinds import Primitive, Ref
from generator.render import PackageRenderer, environment
from generator.spec import normalize

from ._spec import document

SCHEMAS: dict[str, Any] = {
    "Plain": {"type": "object", "properties": {"text": {"type": "string"}}, "required": ["text"]},
    "Verbose": {"type": "object", "properties": {"text": {"type": "string"}, "duration": {"type": "number"}}},
    "Unrelated": {"type": "object", "properties": {"id": {"type": "string"}}},
    "Format": {"type": "string", "enum": ["json", "verbose_json", "text", "srt"]},
}
ANSWER_BY = {
    "parameter": "response_format",
    "default": "json",
    "answers": {"json": "Plain", "verbose_json": "Verbose", "text": "str", "srt": "str"},
}


def _operation(answer_by: Any) -> dict[str, Any]:
    fields = {
        "file": {"type": "string", "format": "binary"},
        "response_format": {"$ref": "#/components/schemas/Format"},
    }
    answers = {"oneOf": [{"$ref": "#/components/schemas/Plain"}, {"$ref": "#/components/schemas/Verbose"}]}
    return {
        "operationId": "transcribe",
        "requestBody": {
            "required": True,
            "content": {
                "multipart/form-data": {"schema": {"type": "object", "properties": fields, "required": ["file"]}}
            },
        },
        "responses": {
            "200": {
                "description": "ok",
                "content": {"application/json": {"schema": answers}, "text/plain": {"schema": {"type": "string"}}},
            }
        },
        "x-connector-answer-by": answer_by,
    }


def _parsed(answer_by: Any) -> tuple[Api, list[str]]:
    diagnostics = Diagnostics()
    spec = normalize(document({"/transcribe": {"post": _operation(answer_by)}}, SCHEMAS), "spec.yaml", diagnostics)
    api = parse_api(spec, "spec.yaml", "", diagnostics)
    return api, [str(d) for d in diagnostics.items if "x-connector-answer-by" in d.pointer]


def test_the_answers_are_grouped_the_default_first() -> None:
    declared = copy.deepcopy(ANSWER_BY)
    declared["answers"] = {"text": "str", "verbose_json": "Verbose", "srt": "str", "json": "Plain"}
    api, problems = _parsed(declared)
    answer_by = api.operations[0].answer_by
    assert problems == []
    assert answer_by is not None
    assert (answer_by.parameter, answer_by.default) == ("response_format", "json")
    assert answer_by.groups == (
        (("json",), Ref("/components/schemas/Plain")),
        (("text", "srt"), Primitive("str")),
        (("verbose_json",), Ref("/components/schemas/Verbose")),
    )


def _problem(**changes: Any) -> list[str]:
    declared: Any = {**copy.deepcopy(ANSWER_BY), **changes}
    api, problems = _parsed(declared)
    assert api.operations[0].answer_by is None
    return problems


def test_a_wrong_declaration_is_a_diagnostic_naming_what_is_wrong() -> None:
    assert "'Unrelated', which is not one of the operation's answers" in _problem(answers={"json": "Unrelated"})[0]
    assert (
        "'diarized_json' is not a value of 'response_format'"
        in _problem(answers={"json": "Plain", "diarized_json": "Plain"})[0]
    )
    assert "'format' is not a body field or query parameter" in _problem(parameter="format")[0]
    assert "'file' is not an enum" in _problem(parameter="file")[0]
    assert "the default 'json' is not among the declared answers" in _problem(answers={"text": "str"})[0]
    assert "needs `parameter`" in _problem(answers=["json"])[0]
    api, problems = _parsed("json")
    assert api.operations[0].answer_by is None
    assert problems and problems[0].startswith("error: spec.yaml#/paths/~1transcribe/post/x-connector-answer-by")


def _resource(answer_by: Any) -> str:
    api, _ = _parsed(answer_by)
    layout = plan(api, ClassNames())
    return PackageRenderer(layout, environment(), "generated for a test", "", {}).resource_files()[
        "resources/transcribe.py"
    ]


def test_one_overload_per_answer_then_the_whole_union() -> None:
    resource = _resource(ANSWER_BY)
    sync = resource.split("class AsyncTranscribe")[0]
    assert sync.count("@overload") == 4
    assert 'response_format: Literal["json"] | NotGiven = NOT_GIVEN,\n        extra_headers' in sync
    assert ") -> Plain: ..." in sync
    assert 'response_format: Literal["verbose_json"],' in sync and ") -> Verbose: ..." in sync
    assert 'response_format: Literal["text", "srt"],' in sync and ") -> str: ..." in sync
    assert sync.count(") -> Plain | Verbose | str:") == 3  # the catch-all overload, the method, the views'
    assert "def _create_any(" in sync  # mypy reads an overloaded method's first overload: views read this
    assert "Transcribe._create_any if TYPE_CHECKING else Transcribe.create" in resource
    assert '{"json": Plain, "verbose_json": Verbose}.get(' in sync  # the call decodes what the overload promises


def test_without_the_declaration_the_method_has_no_overloads() -> None:
    assert "@overload" not in _resource(None)
