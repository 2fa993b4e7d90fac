"""generator/layout.py: request variants, modules (cycles share one), the resource tree."""

from __future__ import annotations

from generator.layout import refs_in
from generator.parser.kinds import ArrayKind, MapKind, Nullable, Primitive, Ref, UnionKind

from ._spec import answer, laid_out

OBJECT = {"type": "object", "properties": {"id": {"type": "string"}}}


def test_refs_in_walks_every_structural_kind() -> None:
    kind = UnionKind((ArrayKind(Ref("a")), MapKind(Nullable(Ref("b"))), Primitive("str")))
    assert list(refs_in(kind)) == ["a", "b"]


def test_only_request_reachable_objects_get_a_typeddict() -> None:
    layout = laid_out(
        {
            "/pets": {
                "post": {
                    "operationId": "createPet",
                    "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/New"}}}},
                    "responses": answer("Pet"),
                }
            }
        },
        {
            "New": {"type": "object", "properties": {"label": {"$ref": "#/components/schemas/Label"}}},
            "Label": OBJECT,
            "Pet": OBJECT,
            "Kind": {"enum": ["a", "b"]},
        },
    )
    params = {layout.class_names[k]: v for k, v in layout.param_names.items()}
    assert params == {"New": "NewParam", "Label": "LabelParam"}


def test_schemas_in_a_cycle_share_a_module() -> None:
    layout = laid_out(
        {"/a": {"get": {"operationId": "getA", "responses": answer("A")}}},
        {
            "A": {"type": "object", "properties": {"b": {"$ref": "#/components/schemas/B"}}},
            "B": {"type": "object", "properties": {"a": {"$ref": "#/components/schemas/A"}}},
            "C": OBJECT,
        },
    )
    by_name = {layout.class_names[k]: m for k, m in layout.module_of.items()}
    assert by_name["A"] == by_name["B"] == "a"
    assert by_name["C"] == "c"


def test_resources_follow_the_path_and_never_shadow_the_client() -> None:
    layout = laid_out(
        {
            "/config": {"get": {"operationId": "getConfig", "responses": answer("C")}},
            "/fine_tuning/jobs": {"get": {"operationId": "listJobs", "responses": answer("C")}},
        },
        {"C": OBJECT},
    )
    top = layout.resources.children
    assert list(top) == ["config_resource", "fine_tuning"]
    assert top["config_resource"].class_name == "ConfigResource"
    assert top["fine_tuning"].children["jobs"].class_name == "FineTuningJobs"
    assert layout.top_module_of == {"config_resource": "config_resource", "fine_tuning": "fine_tuning"}
