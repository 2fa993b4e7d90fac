"""generator/naming: one test per naming rule (the rules are listed in naming/classes.py)."""

from __future__ import annotations

import pytest

from generator.naming import (
    ClassNames,
    argument_identifier,
    field_identifier,
    module_names,
    name_definitions,
    namespace_identifier,
    operation_constant,
    operation_method,
    pascal,
    reserved,
    resource_attribute,
    resource_class,
    snake_identifier,
    unique,
    words,
)
from generator.naming import hints as h
from generator.naming.classes import MAX_LENGTH
from generator.naming.hints import Hint, Part


def prop(*names: str) -> Hint:
    """A component's hint with properties below it: prop("A", "b", "c") is A.b.c."""
    hint = h.root(names[0])
    for name in names[1:]:
        hint = h.child(hint, name)
    return hint


def named(
    hints: dict[str, Hint], requested: frozenset[str] = frozenset(), taken: tuple[str, ...] = ()
) -> dict[str, str]:
    names = ClassNames([*reserved.class_names(), *taken])
    classes, params = name_definitions(hints, names, "", lambda key: key in requested)
    return {**classes, **{f"{key}#param": name for key, name in params.items()}}


# -- identifiers ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("chatCompletion", ["chat", "completion"]),
        ("fine_tuning-jobs.list", ["fine", "tuning", "jobs", "list"]),
        ("HTTPRequest", ["http", "request"]),
        ("Static Chunking Strategy", ["static", "chunking", "strategy"]),
    ],
)
def test_words_split_every_spelling(text: str, expected: list[str]) -> None:
    assert words(text) == expected


def test_snake_identifier_escapes_keywords_and_leading_digits() -> None:
    assert snake_identifier("fineTuning") == "fine_tuning"
    assert snake_identifier("class") == "class_"
    assert snake_identifier("match") == "match_"  # soft keyword
    assert snake_identifier("2fa") == "n2fa"
    assert snake_identifier("---") == "value"


def test_pascal_drops_a_word_repeated_across_parts_only() -> None:
    assert pascal(("chat", "chat_completion")) == "ChatCompletion"
    assert pascal(("ResponseFormatJsonSchemaSchema",)) == "ResponseFormatJsonSchemaSchema"  # the spec's own name
    assert pascal(("2d",)) == "N2d"


def test_argument_identifier_keeps_usable_wire_names() -> None:
    assert argument_identifier("model") == "model"
    assert argument_identifier("api-version") == "api_version"
    assert argument_identifier("_private") == "private"
    assert argument_identifier("from") == "from_"


def test_field_identifier_never_shadows_pydantic() -> None:
    assert field_identifier("json") == "json_"
    assert field_identifier("model_config") == "model_config_"
    assert field_identifier("schema") == "schema_"
    assert field_identifier("name") == "name"


def test_unique_qualifies_then_appends_underscores() -> None:
    taken = {"timeout"}
    assert unique("timeout", taken, qualifier="query") == "query_timeout"
    assert unique("timeout", taken, qualifier="query") == "query_timeout_"
    assert unique("name", taken) == "name"
    assert {"query_timeout", "query_timeout_", "name"} <= taken


def test_operation_method_and_constant() -> None:
    assert operation_method("createFile", "json") == "create_file_json"
    assert operation_constant("createChatCompletion") == "_CREATE_CHAT_COMPLETION"
    assert operation_constant("createFile", "json") == "_CREATE_FILE_JSON"


def test_module_names_are_unique_and_never_numbered() -> None:
    assert module_names(["Foo", "foo", "Bar"]) == {"Bar": "bar", "Foo": "foo", "foo": "foo_schema"}


def test_resource_attribute_never_shadows_the_client() -> None:
    assert resource_attribute("config", top_level=True) == "config_resource"
    assert resource_attribute("with_options", top_level=True) == "with_options_resource"
    assert resource_attribute("config", top_level=False) == "config"  # client.x.config shadows nothing
    assert resource_attribute("chat", top_level=True) == "chat"
    # every resource has its raw and streaming-response views
    assert resource_attribute("with_raw_response", top_level=False) == "with_raw_response_resource"
    assert resource_attribute("with_streaming_response", top_level=True) == "with_streaming_response_resource"


def test_namespace_identifier_never_takes_a_package_folder() -> None:
    assert namespace_identifier("Azure OpenAI") == "azure_open_ai"
    assert namespace_identifier("types") == "types_api"
    assert namespace_identifier("lib") == "lib_api"


# -- class names ------------------------------------------------------------------------------


def test_components_keep_their_names() -> None:
    assert named({"a": h.root("CreateChatCompletionResponse"), "b": h.root("Error-2")}) == {
        "a": "CreateChatCompletionResponse",
        "b": "Error2",  # an overlay's x-connector-name renames it (see test_parser_kinds)
    }


def test_reserved_names_are_never_taken() -> None:
    names = named({"a": h.root("BaseModel"), "b": h.root("Stream"), "c": h.root("Exception")})
    assert names == {"a": "BaseModelSchema", "b": "StreamSchema", "c": "ExceptionSchema"}


def test_response_is_not_reserved() -> None:
    assert named({"a": h.root("Response")}) == {"a": "Response"}


def test_nested_names_read_relative_to_the_parent() -> None:
    names = named(
        {"a": prop("CreateChatCompletionResponse"), "b": h.item(prop("CreateChatCompletionResponse", "choices"))}
    )
    assert names["b"] == "CreateChatCompletionResponseChoice"


def test_nested_names_follow_the_parents_final_name() -> None:
    # The parent's name is taken, so it is qualified; its child is named below the name it got.
    names = named({"a": prop("Thing"), "b": prop("Thing", "detail")}, taken=("Thing",))
    assert names == {"a": "ThingSchema", "b": "ThingSchemaDetail"}


def test_a_part_repeating_the_end_of_the_name_is_not_repeated() -> None:
    assert named({"a": prop("Chat"), "b": prop("Chat", "chat_completion")})["b"] == "ChatCompletion"


def test_a_part_ending_with_the_last_part_replaces_it() -> None:
    strategy = prop("VectorStore", "chunking_strategy")
    static = h.branch(strategy, {"title": "Static Chunking Strategy"}, None, siblings=2)
    names = named({"a": prop("VectorStore"), "b": static})
    assert names["b"] == "VectorStoreStaticChunkingStrategy"


def test_a_property_restating_the_parent_is_kept() -> None:
    assert named({"a": prop("InputAudio"), "b": prop("InputAudio", "input_audio")})["b"] == "InputAudioInputAudio"


def test_the_only_branch_of_a_union_adds_no_word() -> None:
    hint = h.branch(prop("Assistant", "tool_resources"), {"type": "object", "properties": {"x": {}}}, None, siblings=1)
    assert named({"a": prop("Assistant"), "b": hint})["b"] == "AssistantToolResources"


def test_a_branch_named_by_its_type_adds_its_word_only_where_needed() -> None:
    branch = {"type": "object", "properties": {"name": {}}}
    free = h.branch(prop("Request", "function_call"), branch, None, siblings=2)
    assert named({"a": prop("Request"), "b": free})["b"] == "RequestFunctionCall"
    # A union component: the name without the word is the component's own.
    inside = h.branch(h.root("Choice"), branch, None, siblings=2)
    assert named({"a": h.root("Choice"), "b": inside})["b"] == "ChoiceObject"


def test_a_branch_title_of_the_parents_family_is_used_as_is() -> None:
    event = h.branch(h.root("BetaResponsesServerEvent"), {"title": "BetaResponseAudioWsDelta"}, None, siblings=2)
    other = h.branch(h.root("CreateEvalRunDataSource"), {"title": "ChatMessage"}, None, siblings=2)
    names = named(
        {"a": h.root("BetaResponsesServerEvent"), "b": event, "c": h.root("CreateEvalRunDataSource"), "d": other}
    )
    assert names["b"] == "BetaResponseAudioWsDelta"
    assert names["d"] == "CreateEvalRunDataSourceChatMessage"  # not a name of its family: relative


def test_branches_are_named_by_title_then_tag_then_shape() -> None:
    tagged = {"properties": {"type": {"enum": ["response.done"]}}}
    assert h.branch_part({"title": "Text", **tagged}, None) == Part("Text", "title")
    assert h.branch_part(tagged, None) == Part("response.done", "tag")
    assert h.branch_part({"type": "array"}, None) == Part("list", "shape")
    assert h.branch_part({"properties": {"b": {}, "a": {}}}, None) == Part("with_a_b", "shape")


def test_array_items_are_named_in_the_singular() -> None:
    assert h.singular("choices") == "choice"
    assert h.singular("entries") == "entry"
    assert h.singular("boxes") == "box"
    assert h.singular("status") == "status_item"
    assert h.item(()) == (Part("Item", "item"),)


def test_long_names_drop_middle_parts() -> None:
    deep = prop(
        "CreateAssistantRequest", "tool_resources", "file_search", "vector_stores", "chunking_strategy", "static"
    )
    names = named({"a": prop("CreateAssistantRequest"), "b": deep})
    # The oldest middle parts go first: tool_resources, then file_search; the last ones stay.
    assert names["b"] == "CreateAssistantRequestVectorStoresChunkingStrategyStatic"
    assert len(names["b"]) <= MAX_LENGTH


def test_long_names_leave_room_for_param() -> None:
    # 41 + 24 characters: the property keeps its last words that fit with `Param` (two at least).
    hint = prop("RealtimeTranscriptionSessionCreateRequest", "input_audio_noise_reduction")
    names = named({"a": h.root("RealtimeTranscriptionSessionCreateRequest"), "b": hint}, requested=frozenset({"b"}))
    assert names["b"] == "RealtimeTranscriptionSessionCreateRequestNoiseReduction"
    assert names["b#param"] == names["b"] + "Param"
    assert len(names["b#param"]) <= MAX_LENGTH


def test_a_spec_name_over_the_limit_is_kept() -> None:
    long_name = "RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailed"
    assert named({"a": h.root(long_name)}) == {"a": long_name}


def test_a_long_parent_loses_its_middle_words_first() -> None:
    # The parent is one part (a spec name), so no part can go: its words nearest the middle do.
    beta = "RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailed"
    ga = "RealtimeServerEventConversationItemInputAudioTranscriptionFailed"
    names = named({"a": h.root(beta), "b": h.root(ga), "c": prop(beta, "error"), "d": prop(ga, "error")})
    assert names["c"] == "RealtimeBetaServerEventInputAudioTranscriptionFailedError"
    assert names["d"] == "RealtimeServerEventInputAudioTranscriptionFailedError"


def test_a_long_name_drops_the_parents_kind_words() -> None:
    parent = "RealtimeTranslationClientSecretCreateRequest"  # 44 + `ExpiresAfter` + `Param` is 61
    names = named({"a": h.root(parent), "b": prop(parent, "expires_after")}, requested=frozenset({"a", "b"}))
    assert names["b"] == "RealtimeTranslationClientSecretExpiresAfter"
    assert names["b#param"] == "RealtimeTranslationClientSecretExpiresAfterParam"
    assert names["a#param"] == parent + "Param"  # the spec's own name keeps every word


def test_a_long_name_without_a_kind_word_says_a_repeated_part_once() -> None:
    parent = "MessageDeltaContentTextAnnotationsFileCitationObject"
    names = named({"a": h.root(parent), "b": prop(parent, "file_citation")})
    assert names["b"] == "MessageDeltaContentTextAnnotationsFileCitation"


@pytest.mark.parametrize("union_is_named", [True, False])
def test_a_long_name_drops_a_title_restating_its_property(union_is_named: bool) -> None:
    union = prop("CreateEvalCompletionsRunDataSource", "input_messages")
    branch = h.branch(union, {"title": "ItemReferenceInputMessages"}, None, siblings=2)
    hints = {"a": h.root("CreateEvalCompletionsRunDataSource"), "b": branch}
    if union_is_named:  # the title is then named below the union's name, `...InputMessages`
        hints["u"] = union
    names = named(hints, requested=frozenset({"b"}))
    assert names["b"] == "CreateEvalCompletionsRunDataSourceItemReference"
    assert names["b#param"] == "CreateEvalCompletionsRunDataSourceItemReferenceParam"


def test_a_name_that_fits_is_not_shortened() -> None:
    parent = "MessageContentTextAnnotationsFileCitationObject"  # 47 + `FileCitation`: 59
    names = named({"a": h.root(parent), "b": prop(parent, "file_citation")})
    assert names["b"] == parent + "FileCitation"


def test_request_variants_are_param() -> None:
    names = named({"a": h.root("CreatePetRequest")}, requested=frozenset({"a"}))
    assert names == {"a": "CreatePetRequest", "a#param": "CreatePetRequestParam"}


def test_a_spec_param_gives_its_name_to_the_typeddict() -> None:
    names = named({"a": h.root("ClickParam")}, requested=frozenset({"a"}))
    assert names == {"a": "Click", "a#param": "ClickParam"}


def test_a_spec_param_with_a_twin_keeps_both_apart() -> None:
    hints = {"a": h.root("InputText"), "b": h.root("InputTextParam")}
    names = named(hints, requested=frozenset({"a", "b"}))
    assert names == {
        "a": "InputText",
        "a#param": "InputTextRequestParam",
        "b": "InputTextParamModel",
        "b#param": "InputTextParam",
    }
    assert not any(n.endswith("ParamParam") for n in names.values())


def test_a_spec_param_only_answered_keeps_its_name() -> None:
    assert named({"a": h.root("ClickParam")}) == {"a": "ClickParam"}


def test_webhook_events_take_openai_pythons_name_and_inline_payloads_their_webhooks() -> None:
    hints = {
        "/components/schemas/WebhookBatchCancelled": h.root("WebhookBatchCancelled"),
        "/webhooks": h.webhook_events(),
        "/webhooks/pet_lost/post": h.webhook_payload("pet_lost"),
    }
    assert named(hints) == {
        "/components/schemas/WebhookBatchCancelled": "WebhookBatchCancelled",
        "/webhooks": "UnwrapWebhookEvent",
        "/webhooks/pet_lost/post": "PetLostWebhookEvent",
    }
    # Taken by the spec's own schema (named first): a suffixed name, never a number.
    assert named({"a": h.root("UnwrapWebhookEvent"), "b": h.webhook_events()})["b"] == "UnwrapWebhookEventSchema"


def test_collisions_are_qualified_never_numbered() -> None:
    names = ClassNames(())
    assert [names.claim(["Foo"]) for _ in range(3)] == ["Foo", "FooSchema", "FooType"]


def test_naming_is_deterministic() -> None:
    hints = {
        "a": prop("A"),
        "b": prop("A", "b"),
        "c": h.branch(prop("A", "c"), {"type": "object"}, None, siblings=2),
        "d": h.branch(prop("A", "c"), {"type": "object", "title": "Other"}, None, siblings=2),
    }
    assert named(hints) == named(dict(hints))


def test_resource_classes_reserve_their_async_twin() -> None:
    names = ClassNames(())
    assert resource_class(names, ("fine_tuning", "jobs"), "") == "FineTuningJobs"
    assert not names.is_free("AsyncFineTuningJobs")
    assert resource_class(names, ("fine_tuning", "jobs"), "azure") == "FineTuningJobsResource"
