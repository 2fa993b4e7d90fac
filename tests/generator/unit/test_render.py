"""generator/render/: docstrings, annotations and the text of a rendered model and method."""

from __future__ import annotations

import importlib

import pytest

from generator.render import PackageRenderer, check_syntax, docstring, environment, not_given
from generator.runtime_source import ResourceHelpers, computed_fields, resource_helpers

from ._spec import answer, laid_out


def test_docstrings_escape_quotes_and_backslashes() -> None:
    assert docstring('say "hi"') == '"""say "hi" """'
    assert docstring('a \\ b """ c') == '"""a \\\\ b \\"\\"\\" c"""'
    assert docstring("one\n\ntwo", indent="    ") == '"""one\n\n    two\n    """'


def test_not_given_keeps_none_last() -> None:
    assert not_given("int") == "int | NotGiven"
    assert not_given("str | None") == "str | NotGiven | None"


def test_check_syntax_names_the_file() -> None:
    check_syntax({"ok.py": "x = 1\n", "data.json": "{"})
    with pytest.raises(RuntimeError, match=r"generator bug: bad\.py:1"):
        check_syntax({"bad.py": "def (:\n"})


def _renderer() -> PackageRenderer:
    layout = laid_out(
        {
            "/pets/{pet_id}": {
                "get": {
                    "operationId": "getPet",
                    "parameters": [
                        {"name": "pet_id", "in": "path", "required": True, "schema": {"type": "string"}},
                        {"name": "timeout", "in": "query", "schema": {"type": "integer"}},
                    ],
                    "responses": answer("Pet"),
                }
            }
        },
        {
            "Pet": {
                "type": "object",
                "description": "A pet.",
                "required": ["id"],
                "properties": {"id": {"type": "string"}, "json": {"type": "string"}, "x-tag": {"type": "string"}},
            }
        },
    )
    return PackageRenderer(layout, environment(), "generated for a test", "")


def test_a_model_renders_fields_with_aliases_and_tolerant_defaults() -> None:
    text = _renderer().types_files()["types/pet.py"]
    assert "class Pet(BaseModel):" in text
    assert "id: str = Field(default_factory=_missing)" in text  # required: read as None when missing
    assert 'json_: str | None = Field(default=None, alias="json")' in text  # never shadows pydantic
    assert 'x_tag: str | None = Field(default=None, alias="x-tag")' in text


def test_a_method_renders_its_parameters_where_they_go() -> None:
    text = _renderer().resource_files()["resources/pets.py"]
    assert "def retrieve(" in text
    assert "query_timeout: int | NotGiven = NOT_GIVEN" in text  # `timeout` is every method's own argument
    assert 'query={"timeout": query_timeout}' in text
    assert 'path_params={"pet_id": pet_id}' in text
    assert "_GET_PET = Operation(" in text


def test_a_parameter_takes_the_argument_name_the_spec_gives_it() -> None:
    beta = {"type": "array", "x-stainless-param": "betas", "items": {"type": "string"}}
    layout = laid_out(
        {
            "/things": {
                "get": {
                    "operationId": "listThings",
                    "parameters": [
                        {"name": "openai-beta", "in": "header", "schema": beta},  # on the schema, as upstream writes it
                        {"name": "x-trace", "in": "header", "x-stainless-param": "trace", "schema": {"type": "string"}},
                        {"name": "x-other", "in": "header", "x-stainless-param": "not a name", "schema": {}},
                    ],
                    "responses": answer("Pet"),
                }
            }
        },
        {"Pet": {"type": "object", "properties": {"id": {"type": "string"}}}},
    )
    text = PackageRenderer(layout, environment(), "generated for a test", "").resource_files()["resources/things.py"]
    assert "betas: Sequence[str] | NotGiven = NOT_GIVEN" in text
    assert "trace: str | NotGiven = NOT_GIVEN" in text and "x_other:" in text  # an unusable name is not taken
    assert 'headers={"openai-beta": betas, "x-trace": trace, "x-other": x_other}' in text  # the wire names stay


def test_types_modules_evaluate_annotations_so_classes_follow_what_they_use() -> None:
    layout = laid_out(
        {"/nodes": {"get": {"operationId": "getNode", "responses": answer("Node")}}},
        {
            "Node": {
                "type": "object",
                "properties": {
                    "label": {"type": "object", "properties": {"text": {"type": "string"}}},
                    "children": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}},
                    "text": {"type": "string"},
                },
            }
        },
    )
    text = PackageRenderer(layout, environment(), "generated for a test", "").types_files()["types/node.py"]
    assert "from __future__ import annotations" not in text  # pydantic would compile every annotation string
    assert text.index("class NodeLabel(BaseModel):") < text.index("class Node(BaseModel):")  # used before defined
    assert "    label: NodeLabel | None = None" in text
    assert '    children: "list[Node] | None" = None' in text  # itself: not defined yet, stays a string
    assert "    text: str | None = None" in text


def test_an_annotation_using_a_name_its_model_rebinds_stays_a_string() -> None:
    layout = laid_out(
        {"/flags": {"get": {"operationId": "getFlags", "responses": answer("Flags")}}},
        {"Flags": {"type": "object", "properties": {"bool": {"type": "boolean"}, "other": {"type": "boolean"}}}},
    )
    text = PackageRenderer(layout, environment(), "generated for a test", "").types_files()["types/flags.py"]
    fields = [line.strip() for line in text.splitlines() if line.startswith("    ") and ": " in line]
    assert fields == ['bool: "bool | None" = None', 'other: "bool | None" = None']  # `bool = None` rebinds it


def test_a_resource_listed_in_the_helpers_index_inherits_its_mixins() -> None:
    layout = _renderer().layout
    helpers = {"pets": ResourceHelpers("helpers.pets", "PetsHelpers", "AsyncPetsHelpers")}
    text = PackageRenderer(layout, environment(), "generated for a test", "", helpers).resource_files()[
        "resources/pets.py"
    ]
    assert "from ..lib.helpers.pets import AsyncPetsHelpers, PetsHelpers\n" in text
    assert "class Pets(PetsHelpers, SyncAPIResource):" in text
    assert "class AsyncPets(AsyncPetsHelpers, AsyncAPIResource):" in text
    without = PackageRenderer(layout, environment(), "generated for a test", "", {}).resource_files()
    assert "helpers" not in without["resources/pets.py"]


def test_the_runtime_helpers_index_names_modules_and_classes_that_exist() -> None:
    for path, helpers in resource_helpers().items():
        module = importlib.import_module(f"openai_connector.lib.{helpers.module}")
        for name in (helpers.sync_class, helpers.async_class):
            assert isinstance(getattr(module, name, None), type), f"{path}: no class {name} in {module.__name__}"


def test_a_stream_query_parameter_switches_to_the_event_stream() -> None:
    """`GET /runs/{id}?stream=true` answering text/event-stream: overloads, and `call_stream` when true."""
    content = {
        "application/json": {"schema": {"$ref": "#/components/schemas/Run"}},
        "text/event-stream": {"schema": {"$ref": "#/components/schemas/RunEvent"}},
    }
    parameters = [
        {"name": "run_id", "in": "path", "required": True, "schema": {"type": "string"}},
        {"name": "stream", "in": "query", "schema": {"type": "boolean"}},
    ]
    schemas = {
        "Run": {"type": "object", "properties": {"id": {"type": "string"}}},
        "RunEvent": {"type": "object", "properties": {"type": {"type": "string"}}},
    }
    operation = {"operationId": "getRun", "parameters": parameters, "responses": {"200": {"content": content}}}
    layout = laid_out({"/runs/{run_id}": {"get": operation}}, schemas)
    text = PackageRenderer(layout, environment(), "generated for a test", "", {}).resource_files()["resources/runs.py"]
    assert "stream: Literal[True],\n" in text
    assert ") -> Stream[RunEvent]: ..." in text and ") -> AsyncStream[RunEvent]: ..." in text
    assert "        if stream is True:\n" in text
    assert "self._client.call_stream(\n                    _GET_RUN,\n" in text
    assert 'query={"stream": stream},' in text  # still sent as the query parameter


def test_a_field_computed_by_sdks_is_the_property_of_a_runtime_mixin() -> None:
    sdk_only = {"anyOf": [{"type": "string", "x-oaiSupportedSDKs": ["python"]}, {"type": "null"}]}
    schemas = {"Reply": {"type": "object", "properties": {"id": {"type": "string"}, "summary": sdk_only}}}
    layout = laid_out({"/replies": {"get": {"operationId": "getReply", "responses": answer("Reply")}}}, schemas)
    computed = {"summary": ("helpers.summary", "Summary")}
    text = PackageRenderer(layout, environment(), "generated for a test", "", {}, computed=computed).types_files()[
        "types/reply.py"
    ]
    assert "from ..lib.helpers.summary import Summary\n" in text
    assert "class Reply(Summary, BaseModel):" in text
    assert "summary:" not in text and "id: str | None = None" in text
    kept = PackageRenderer(layout, environment(), "generated for a test", "", {}, computed={}).types_files()[
        "types/reply.py"
    ]
    assert "class Reply(BaseModel):" in kept and "summary: str | None = None" in kept  # no mixin: a plain field


def test_the_runtime_computes_every_field_its_index_names() -> None:
    for field, (module_name, class_name) in computed_fields().items():
        mixin = getattr(importlib.import_module(f"openai_connector.lib.{module_name}"), class_name)
        assert isinstance(getattr(mixin, field, None), property), f"{class_name} does not compute {field}"
