"""A spec's `webhooks` section: one union of its payloads, `client.webhooks` built on it; none without it.

Generate-and-run: each test generates a package from a small spec and uses it.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import importlib
import json
from pathlib import Path
from typing import Any

import pytest

from generator.parser import Api
from generator.pipeline import generate
from generator.selection import select
from tests.generator.inline import api, imported, write_spec

SECRET = "fake-webhook-secret"
NOW = 1_700_000_000


def _event(tag: str, **data: Any) -> dict[str, Any]:
    return {
        "type": "object",
        "required": ["id", "type", "data"],
        "properties": {
            "id": {"type": "string"},
            "type": {"type": "string", "enum": [tag]},
            "data": {"type": "object", "properties": data},
        },
    }


def _webhook(schema: dict[str, Any], media: str = "application/json") -> dict[str, Any]:
    return {
        "post": {
            "requestBody": {"content": {media: {"schema": schema}}},
            "responses": {"200": {"description": "Received."}},
        }
    }


PATHS = {
    "/pets": {
        "get": {
            "operationId": "listPets",
            "responses": {
                "200": {"description": "ok", "content": {"application/json": {"schema": {"type": "string"}}}}
            },
        }
    }
}
SCHEMAS = {
    "PetAdopted": _event("pet.adopted", owner={"type": "string"}),
    "PetFed": _event("pet.fed", grams={"type": "integer"}),
}
WEBHOOKS = {
    "pet_adopted": _webhook({"$ref": "#/components/schemas/PetAdopted"}),
    "pet_adopted_again": _webhook({"$ref": "#/components/schemas/PetAdopted"}),  # the same payload twice
    "pet_fed": {"$ref": "#/components/pathItems/PetFedWebhook"},  # 3.1: a path item by reference
    "pet_lost": _webhook(  # written in place, its tag a 3.1 `const`
        {
            "type": "object",
            "required": ["id", "type"],
            "properties": {
                "id": {"type": "string"},
                "type": {"type": "string", "const": "pet.lost"},
                "data": {"type": "object", "properties": {"last_seen": {"type": ["string", "null"]}}},
            },
        }
    ),
    "pet_photo": _webhook({"type": "string", "format": "binary"}, media="image/png"),  # no JSON: left out
}


def _document(**extra: Any) -> dict[str, Any]:
    document = api(PATHS, SCHEMAS, **extra)
    document["components"]["pathItems"] = {"PetFedWebhook": _webhook({"$ref": "#/components/schemas/PetFed"})}
    return document


def _headers(body: str, webhook_id: str = "msg_1") -> dict[str, str]:
    digest = hmac.new(SECRET.encode(), f"{webhook_id}.{NOW}.{body}".encode(), hashlib.sha256).digest()
    return {
        "webhook-id": webhook_id,
        "webhook-timestamp": str(NOW),
        "webhook-signature": "v1," + base64.b64encode(digest).decode(),
    }


def test_each_payload_is_a_model_and_their_union_dispatches_on_type(tmp_path: Path) -> None:
    with imported(tmp_path, [_document(webhooks=WEBHOOKS)], "webhooks_pkg") as package:
        types = importlib.import_module(f"{package.__name__}.types")
        assert {"PetAdopted", "PetFed", "PetLostWebhookEvent", "UnwrapWebhookEvent"} <= set(types.__all__)
        module = importlib.import_module(f"{package.__name__}.types.webhooks")  # openai-python's import path
        assert module.UnwrapWebhookEvent is types.UnwrapWebhookEvent
        assert module.PetLostWebhookEvent is types.PetLostWebhookEvent
        client = package.Client("sk-test", webhook_secret=SECRET)
        for tag, model in (("pet.adopted", "PetAdopted"), ("pet.fed", "PetFed"), ("pet.lost", "PetLostWebhookEvent")):
            body = json.dumps({"id": "evt_1", "type": tag, "data": {}})
            event = client.webhooks.unwrap(body, _headers(body), now=NOW)
            assert type(event) is getattr(types, model), tag
            assert event.type == tag
        # The tag, not whichever tolerant model accepts it first: `pet.fed` data stays with PetFed.
        body = json.dumps({"id": "evt_2", "type": "pet.fed", "data": {"grams": 40}})
        assert client.webhooks.unwrap(body, _headers(body), now=NOW).data.grams == 40
        unknown = {"id": "evt_3", "type": "pet.cloned", "data": {"twin": "yes"}}
        body = json.dumps(unknown)
        assert client.webhooks.unwrap(body, _headers(body), now=NOW) == unknown
        async_client = package.AsyncClient("sk-test", webhook_secret=SECRET)
        body = json.dumps({"id": "evt_4", "type": "pet.lost", "data": {"last_seen": None}})
        assert type(async_client.webhooks.unwrap(body, _headers(body), now=NOW)) is types.PetLostWebhookEvent


def test_the_union_is_written_once_with_its_variants_in_spec_order(tmp_path: Path) -> None:
    generation = generate([write_spec(tmp_path, _document(webhooks=WEBHOOKS))], [])
    module = generation.files["types/webhooks.py"]
    assert module.count("Tag(") == 3  # pet_adopted_again adds nothing; pet_photo is not JSON
    assert module.index('Tag("pet.adopted")') < module.index('Tag("pet.fed")') < module.index('Tag("pet.lost")')
    assert 'Discriminator(tag_of("type"))' in module
    assert "def webhooks(self) -> Webhooks[UnwrapWebhookEvent]" in generation.files["_client.py"]
    warnings = [(d.pointer, d.message) for d in generation.diagnostics.items]
    assert ("/webhooks/pet_photo/post/requestBody", "webhook without a JSON payload") in warnings


@pytest.mark.parametrize(
    "webhooks", [None, {}, {"pet_photo": WEBHOOKS["pet_photo"]}], ids=["absent", "empty", "no-json"]
)
def test_a_spec_without_webhook_payloads_generates_none_of_it(tmp_path: Path, webhooks: dict[str, Any] | None) -> None:
    document = _document() if webhooks is None else _document(webhooks=webhooks)
    generation = generate([write_spec(tmp_path, document)], [])
    assert "types/webhooks.py" not in generation.files
    assert "webhooks" not in generation.files["_client.py"]
    with imported(tmp_path / "pkg", [document], "no_webhooks_pkg") as package:
        assert not hasattr(package.Client, "webhooks")
        assert not hasattr(package.AsyncClient, "webhooks")
        assert "UnwrapWebhookEvent" not in importlib.import_module(f"{package.__name__}.types").__all__


def test_spec_schemas_named_like_the_union_or_its_module_keep_their_names(tmp_path: Path) -> None:
    other = {"type": "object", "properties": {"x": {"type": "string"}}}
    schemas = {**SCHEMAS, "UnwrapWebhookEvent": other, "Webhooks": other}
    document = api(
        PATHS,
        schemas,
        webhooks={"pet_adopted": WEBHOOKS["pet_adopted"], "pet_fed": _webhook({"$ref": "#/components/schemas/PetFed"})},
    )
    with imported(tmp_path, [document], "renamed_pkg") as package:
        types = importlib.import_module(f"{package.__name__}.types")
        assert {"UnwrapWebhookEvent", "UnwrapWebhookEventSchema"} <= set(types.__all__)
        module_of = importlib.import_module(f"{package.__name__}.types._index").MODULE_OF
        assert module_of["WebhooksSchema"] == "webhooks"  # the spec's `Webhooks` (a name the runtime has)
        assert module_of["UnwrapWebhookEventSchema"] == "webhooks_schema"
        assert types.UnwrapWebhookEvent.model_fields.keys() == {"x"}  # the spec's own schema
        client = package.Client("sk-test", webhook_secret=SECRET)
        body = json.dumps({"id": "evt_1", "type": "pet.fed", "data": {}})
        assert type(client.webhooks.unwrap(body, _headers(body), now=NOW)) is types.PetFed


def test_a_part_of_the_client_chosen_by_resources_leaves_webhooks_out(tmp_path: Path) -> None:
    def only_pets(parsed: Api) -> Api:
        assert parsed.webhook_events is not None
        return select(parsed, {"pets"})

    generation = generate([write_spec(tmp_path, _document(webhooks=WEBHOOKS))], [], select_api=only_pets)
    assert generation.apis[0].webhook_events is None
    assert "types/webhooks.py" not in generation.files
    assert "webhooks" not in generation.files["_client.py"]
