"""generator/type_namespaces.py and naming/sdk.py: the type modules laid out as openai-python's."""

from __future__ import annotations

from typing import Any

from generator.naming.sdk import answer_alias, sdk_spelling
from generator.type_namespaces import type_namespaces

from ._spec import answer, laid_out

OBJECT: dict[str, Any] = {"type": "object", "properties": {"id": {"type": "string"}}}


def _op(resource: str, method: str, ref: str) -> dict[str, Any]:
    return {
        "operationId": f"{resource}.{method}",
        "x-connector-resource": resource,
        "x-connector-method": method,
        "responses": answer(ref),
    }


def test_an_answer_is_named_after_the_resource_in_the_singular_and_the_method() -> None:
    assert answer_alias(("containers",), "list") == "ContainerListResponse"
    assert answer_alias(("evals", "runs", "output_items"), "retrieve") == "OutputItemRetrieveResponse"
    assert answer_alias(("videos",), "get_character") == "VideoGetCharacterResponse"
    assert answer_alias(("audio", "speech"), "create") == "SpeechCreateResponse"  # no plural: kept
    assert answer_alias(("admin", "organization", "admin_api_keys"), "delete") == "AdminAPIKeyDeleteResponse"


def test_api_is_spelt_in_capitals_as_a_word_only() -> None:
    assert sdk_spelling("ProjectApiKey") == "ProjectAPIKey"
    assert sdk_spelling("Api") == "API"
    assert sdk_spelling("Apiary") == "Apiary"


def test_answers_are_exported_from_every_namespace_down_the_path_and_aliases_near_it() -> None:
    layout = laid_out(
        {
            "/a/{id}/runs": {"post": _op("evals.runs", "create", "EvalRun")},
            "/a": {"post": _op("evals", "create", "Eval")},
        },
        {"EvalRun": OBJECT, "Eval": OBJECT},
    )
    spaces = type_namespaces(layout, flat_names={"EvalRun", "Eval"})
    assert spaces[("evals",)]["EvalRun"] == (("eval_run", "EvalRun"),)
    assert spaces[("evals",)]["RunCreateResponse"] == (("eval_run", "EvalRun"),)  # the parent's namespace
    assert ("evals", "runs") not in spaces  # a resource without sub-resources has no namespace of its own
    assert spaces[()] == {"EvalCreateResponse": (("eval", "Eval"),)}  # the flat package has the rest


def test_an_alias_two_answers_would_take_is_given_to_neither() -> None:
    layout = laid_out(
        {
            "/x/roles": {"post": _op("org.users.roles", "create", "UserRole")},
            "/y/roles": {"post": _op("org.groups.roles", "create", "GroupRole")},
        },
        {"UserRole": OBJECT, "GroupRole": OBJECT},
    )
    spaces = type_namespaces(layout, flat_names=set())
    assert spaces[("org", "users")]["RoleCreateResponse"] == (("user_role", "UserRole"),)
    assert spaces[("org", "groups")]["RoleCreateResponse"] == (("group_role", "GroupRole"),)
    assert "RoleCreateResponse" not in spaces[("org",)]  # both own-path aliases are one level down
    assert set(spaces[("org",)]) == {"UserRole", "GroupRole"}


def test_a_type_s_own_name_wins_over_an_alias_and_unions_keep_every_variant() -> None:
    union = {"200": {"description": "ok", "content": {"application/json": {"schema": {"oneOf": [
        {"$ref": "#/components/schemas/Transcription"},
        {"$ref": "#/components/schemas/TranscriptionVerbose"},
    ]}}}}}  # fmt: skip
    layout = laid_out(
        {
            "/t": {"post": {**_op("audio.transcriptions", "create", "x"), "responses": union}},
            "/c": {"post": _op("audio.transcriptions", "cancel", "TranscriptionCreateResponse")},
            "/v": {"post": {**_op("audio.transcriptions", "verbose", "x"), "responses": union}},
        },
        {"Transcription": OBJECT, "TranscriptionVerbose": OBJECT, "TranscriptionCreateResponse": OBJECT},
    )
    audio = type_namespaces(layout, flat_names=set())[("audio",)]
    assert audio["TranscriptionCreateResponse"] == (("transcription_create_response", "TranscriptionCreateResponse"),)
    assert audio["TranscriptionCancelResponse"] == (("transcription_create_response", "TranscriptionCreateResponse"),)
    assert audio["TranscriptionVerboseResponse"] == (
        ("transcription", "Transcription"),
        ("transcription_verbose", "TranscriptionVerbose"),
    )
    assert ("audio", "transcriptions") not in type_namespaces(layout, flat_names=set())


def test_an_overlay_alias_is_exported_beside_the_type_s_own_name() -> None:
    layout = laid_out(
        {"/m": {"get": _op("beta.threads.messages", "retrieve", "MessageObject")}},
        {"MessageObject": {**OBJECT, "x-connector-alias": "Message"}},
    )
    spaces = type_namespaces(layout, flat_names={"MessageObject"})
    assert spaces[("beta", "threads")]["Message"] == spaces[("beta", "threads")]["MessageObject"]
    assert spaces[("beta",)]["Message"] == (("message_object", "MessageObject"),)
