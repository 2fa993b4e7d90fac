"""`client.webhooks`: Standard Webhooks signatures verified, events unwrapped into the spec's types.

No wall clock: every check passes `now=` (one test patches the module's clock to see the default).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from typing import Any

import httpx2
import pytest
from openai_connector import AsyncClient, Client, ConfigurationError, InvalidWebhookSignatureError, types
from openai_connector.lib import _webhooks

from tests._specs import OPENAI_SPEC, spec
from tests.support.clients import FAKE_OPENAI_KEY

KEY_BYTES = b"fake-webhook-signing-key-0000000"
WHSEC = "whsec_" + base64.b64encode(KEY_BYTES).decode()
RAW_SECRET = "fake-raw-webhook-secret"
NOW = 1_750_000_000
EVENT = {"id": "evt_1", "object": "event", "type": "batch.completed", "created_at": NOW, "data": {"id": "batch_1"}}


def sign(key: bytes, webhook_id: str, timestamp: int | str, payload: str | bytes) -> str:
    body = payload.encode() if isinstance(payload, str) else payload
    digest = hmac.new(key, f"{webhook_id}.{timestamp}.".encode() + body, hashlib.sha256).digest()
    return "v1," + base64.b64encode(digest).decode()


def signed(
    payload: str | bytes, *, key: bytes = KEY_BYTES, timestamp: int | str = NOW, webhook_id: str = "msg_1"
) -> dict[str, str]:
    return {
        "webhook-id": webhook_id,
        "webhook-timestamp": str(timestamp),
        "webhook-signature": sign(key, webhook_id, timestamp, payload),
    }


@pytest.fixture(autouse=True)
def _no_secret_in_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(_webhooks.SECRET_ENV, raising=False)


@pytest.fixture
def client() -> Client:
    return Client(FAKE_OPENAI_KEY, webhook_secret=WHSEC)


def payload_of(event: dict[str, Any] = EVENT) -> str:
    return json.dumps(event, separators=(",", ":"))


# -- signatures ---------------------------------------------------------------------------------


def test_a_valid_signature_verifies_for_str_and_bytes(client: Client) -> None:
    body = payload_of()
    client.webhooks.verify_signature(body, signed(body), now=NOW)
    client.webhooks.verify_signature(body.encode(), signed(body), now=NOW)


def test_a_tampered_payload_fails(client: Client) -> None:
    body = payload_of()
    headers = signed(body)
    tampered = body.replace("batch_1", "batch_2")
    with pytest.raises(InvalidWebhookSignatureError, match="matches the payload"):
        client.webhooks.verify_signature(tampered, headers, now=NOW)
    # Re-serialised JSON (spaces) is another payload too: the body must be passed exactly as received.
    with pytest.raises(InvalidWebhookSignatureError):
        client.webhooks.verify_signature(json.dumps(EVENT), headers, now=NOW)


def test_signed_id_and_timestamp_cannot_be_swapped(client: Client) -> None:
    body = payload_of()
    headers = {**signed(body), "webhook-id": "msg_2"}
    with pytest.raises(InvalidWebhookSignatureError):
        client.webhooks.verify_signature(body, headers, now=NOW)
    headers = {**signed(body), "webhook-timestamp": str(NOW + 1)}
    with pytest.raises(InvalidWebhookSignatureError):
        client.webhooks.verify_signature(body, headers, now=NOW)


def test_a_wrong_secret_fails(client: Client) -> None:
    body = payload_of()
    with pytest.raises(InvalidWebhookSignatureError):
        client.webhooks.verify_signature(body, signed(body, key=b"another-key"), now=NOW)
    with pytest.raises(InvalidWebhookSignatureError):
        client.webhooks.verify_signature(body, signed(body), secret="whsec_" + base64.b64encode(b"x").decode(), now=NOW)


def test_timestamps_beyond_the_tolerance_fail_both_ways(client: Client) -> None:
    body = payload_of()
    for sent in (NOW - 300, NOW + 300):  # exactly at the default tolerance: accepted
        client.webhooks.verify_signature(body, signed(body, timestamp=sent), now=NOW)
    with pytest.raises(InvalidWebhookSignatureError, match="301 s in the past"):
        client.webhooks.verify_signature(body, signed(body, timestamp=NOW - 301), now=NOW)
    with pytest.raises(InvalidWebhookSignatureError, match="301 s in the future"):
        client.webhooks.verify_signature(body, signed(body, timestamp=NOW + 301), now=NOW)
    old = signed(body, timestamp=NOW - 3600)
    client.webhooks.verify_signature(body, old, tolerance=3600, now=NOW)
    with pytest.raises(InvalidWebhookSignatureError):
        client.webhooks.verify_signature(body, old, tolerance=3599, now=NOW)


def test_the_default_clock_is_the_current_time(client: Client, monkeypatch: pytest.MonkeyPatch) -> None:
    body = payload_of()
    monkeypatch.setattr("openai_connector.lib._webhooks.time.time", lambda: float(NOW + 1000))
    with pytest.raises(InvalidWebhookSignatureError, match="in the past"):
        client.webhooks.verify_signature(body, signed(body))
    client.webhooks.verify_signature(body, signed(body, timestamp=NOW + 1000))


def test_a_timestamp_that_is_not_unix_seconds_fails(client: Client) -> None:
    body = payload_of()
    for timestamp in ("2025-06-15T12:00:00Z", "1_750_000_000", "-5", "1750000000.5", "١٢٣"):
        with pytest.raises(InvalidWebhookSignatureError, match="not a Unix time"):
            client.webhooks.verify_signature(body, signed(body, timestamp=timestamp), now=NOW)


def test_any_of_several_signatures_in_one_header_passes(client: Client) -> None:
    body = payload_of()
    good = signed(body)["webhook-signature"]
    rotated_out = sign(b"the-previous-key", "msg_1", NOW, body)
    header = f"{rotated_out} v1a,c29tZXRoaW5nIGVsc2U= v1,not*base64 {good}"
    client.webhooks.verify_signature(body, {**signed(body), "webhook-signature": header}, now=NOW)
    only_others = f"{rotated_out} v2,{good.partition(',')[2]}"  # the right digest under another version
    with pytest.raises(InvalidWebhookSignatureError):
        client.webhooks.verify_signature(body, {**signed(body), "webhook-signature": only_others}, now=NOW)


def test_whsec_secrets_sign_with_their_decoded_bytes_raw_ones_with_their_own() -> None:
    body = payload_of()
    webhooks = Client(FAKE_OPENAI_KEY).webhooks
    webhooks.verify_signature(body, signed(body, key=KEY_BYTES), secret=WHSEC, now=NOW)
    webhooks.verify_signature(body, signed(body, key=RAW_SECRET.encode()), secret=RAW_SECRET, now=NOW)
    # A whsec_ secret is not its own text as a key, nor a raw secret decoded.
    with pytest.raises(InvalidWebhookSignatureError):
        webhooks.verify_signature(body, signed(body, key=WHSEC.encode()), secret=WHSEC, now=NOW)


def test_a_whsec_secret_that_is_not_base64_is_a_configuration_error_without_the_secret() -> None:
    secret = "whsec_not*valid*base64*FAKESECRETVALUE"
    body = payload_of()
    with pytest.raises(ConfigurationError, match="not valid base64") as caught:
        Client(FAKE_OPENAI_KEY).webhooks.verify_signature(body, signed(body), secret=secret, now=NOW)
    assert "FAKESECRETVALUE" not in str(caught.value)
    assert caught.value.__cause__ is None and caught.value.__suppress_context__


# -- headers ------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["webhook-id", "webhook-timestamp", "webhook-signature"])
def test_a_missing_header_is_named(client: Client, name: str) -> None:
    body = payload_of()
    headers = {k: v for k, v in signed(body).items() if k != name}
    with pytest.raises(InvalidWebhookSignatureError, match=f"no {name} header"):
        client.webhooks.verify_signature(body, headers, now=NOW)
    with pytest.raises(InvalidWebhookSignatureError, match=f"no {name} header"):
        client.webhooks.verify_signature(body, {**headers, name: "  "}, now=NOW)


def test_headers_are_found_in_any_case_in_a_dict_or_httpx_headers(client: Client) -> None:
    body = payload_of()
    headers = signed(body)
    title_case = {"-".join(part.title() for part in k.split("-")): v for k, v in headers.items()}
    assert set(title_case) == {"Webhook-Id", "Webhook-Timestamp", "Webhook-Signature"}
    client.webhooks.verify_signature(body, title_case, now=NOW)
    client.webhooks.verify_signature(body, {k.upper(): v for k, v in headers.items()}, now=NOW)
    client.webhooks.verify_signature(body, httpx2.Headers(title_case), now=NOW)


def test_wrong_argument_types_are_named(client: Client) -> None:
    body = payload_of()
    with pytest.raises(TypeError, match="payload must be the request body"):
        client.webhooks.verify_signature(EVENT, signed(body), now=NOW)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="headers must be a mapping"):
        client.webhooks.verify_signature(body, [("webhook-id", "msg_1")], now=NOW)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="tolerance must be"):
        client.webhooks.verify_signature(body, signed(body), tolerance=-1, now=NOW)


# -- the secret ---------------------------------------------------------------------------------


def test_the_secret_comes_from_the_argument_then_the_client_then_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    body = payload_of()
    env_key, client_key, argument_key = b"env-key", b"client-key", b"argument-key"
    monkeypatch.setenv(_webhooks.SECRET_ENV, "whsec_" + base64.b64encode(env_key).decode())
    plain = Client(FAKE_OPENAI_KEY)
    configured = Client(FAKE_OPENAI_KEY, webhook_secret="whsec_" + base64.b64encode(client_key).decode())
    argument = "whsec_" + base64.b64encode(argument_key).decode()
    plain.webhooks.verify_signature(body, signed(body, key=env_key), now=NOW)
    configured.webhooks.verify_signature(body, signed(body, key=client_key), now=NOW)
    configured.webhooks.verify_signature(body, signed(body, key=argument_key), secret=argument, now=NOW)
    with pytest.raises(InvalidWebhookSignatureError):
        configured.webhooks.verify_signature(body, signed(body, key=env_key), now=NOW)
    with pytest.raises(InvalidWebhookSignatureError):
        configured.webhooks.verify_signature(body, signed(body, key=client_key), secret=argument, now=NOW)


def test_the_environment_is_read_at_each_call(monkeypatch: pytest.MonkeyPatch) -> None:
    body = payload_of()
    webhooks = Client(FAKE_OPENAI_KEY).webhooks
    monkeypatch.setenv(_webhooks.SECRET_ENV, RAW_SECRET)
    webhooks.verify_signature(body, signed(body, key=RAW_SECRET.encode()), now=NOW)


def test_no_secret_anywhere_is_a_clear_error() -> None:
    body = payload_of()
    with pytest.raises(ConfigurationError, match="OPENAI_WEBHOOK_SECRET") as caught:
        Client(FAKE_OPENAI_KEY).webhooks.unwrap(body, signed(body), now=NOW)
    assert "webhook_secret=" in str(caught.value) and "secret=" in str(caught.value)
    with pytest.raises(ConfigurationError, match="secret= must be a non-empty string"):
        Client(FAKE_OPENAI_KEY, webhook_secret=WHSEC).webhooks.unwrap(body, signed(body), secret=" ", now=NOW)


def test_the_secret_never_shows(monkeypatch: pytest.MonkeyPatch) -> None:
    secret = "whsec_" + base64.b64encode(b"FAKE-SECRET-never-shown").decode()
    client = Client(FAKE_OPENAI_KEY, webhook_secret=secret)
    body = payload_of()
    shown = [repr(client), repr(client.webhooks), str(client.config), repr(client.with_options(max_retries=0))]
    failures: list[dict[str, str]] = [
        signed(body, key=b"wrong"),
        signed(body, key=b"FAKE-SECRET-never-shown", timestamp=NOW - 301),
        {k: v for k, v in signed(body).items() if k != "webhook-id"},
    ]
    for headers in failures:
        with pytest.raises(InvalidWebhookSignatureError) as caught:
            client.webhooks.unwrap(body, headers, now=NOW)
        shown += [str(caught.value), repr(caught.value)]
    for text in shown:
        assert secret not in text and secret.removeprefix("whsec_") not in text
        assert "FAKE-SECRET" not in text


def test_from_env_and_with_options_keep_the_client_secret() -> None:
    body = payload_of()
    client = Client.from_env(FAKE_OPENAI_KEY, webhook_secret=WHSEC)
    client.webhooks.verify_signature(body, signed(body), now=NOW)
    client.with_options(max_retries=0).webhooks.verify_signature(body, signed(body), now=NOW)


# -- events -------------------------------------------------------------------------------------


def _sample(schema: dict[str, Any], document: dict[str, Any]) -> Any:
    """The smallest value a schema accepts: its required properties, each the simplest of its kind."""
    while "$ref" in schema:
        schema = document["components"]["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
    if "enum" in schema:
        return schema["enum"][0]
    kind: str = schema["type"]
    if kind == "object":
        properties = schema.get("properties", {})
        return {name: _sample(properties[name], document) for name in schema.get("required", [])}
    return {"string": "x", "integer": NOW, "number": 1.5, "boolean": True, "array": []}[kind]


def _spec_events() -> list[tuple[str, dict[str, Any]]]:
    """Each webhook of the real OpenAI spec: its payload component's name and a sample that validates."""
    api = spec(OPENAI_SPEC)
    document = api.document
    events = []
    for item in document["webhooks"].values():
        ref = item["post"]["requestBody"]["content"]["application/json"]["schema"]["$ref"]
        name = ref.rsplit("/", 1)[-1]
        sample = _sample({"$ref": ref}, document)
        assert api.schemas.errors(f"/components/schemas/{name}", sample) == [], name
        events.append((name, sample))
    return events


def test_every_event_of_the_openai_spec_unwraps_to_its_class(client: Client) -> None:
    events = _spec_events()
    assert len(events) == 16  # the spec's webhooks section, as of openapi-2026-08-21
    seen_types = set()
    for name, sample in events:
        body = json.dumps(sample)
        event = client.webhooks.unwrap(body, signed(body), now=NOW)
        assert type(event) is getattr(types, name), name
        assert event.type == sample["type"]
        assert event.model_dump(exclude_unset=True) == sample
        seen_types.add(sample["type"])
    assert len(seen_types) == len(events)  # each event its own tag


def test_the_union_is_where_openai_python_users_import_it() -> None:
    from openai_connector.types.webhooks import UnwrapWebhookEvent

    assert UnwrapWebhookEvent is types.UnwrapWebhookEvent


def test_an_event_of_an_unknown_type_is_kept_as_its_json(client: Client) -> None:
    future = {**EVENT, "type": "batch.teleported", "data": {"id": "batch_1", "where": "mars"}}
    body = payload_of(future)
    # Typed as the known events (Open[...]); an unknown one is kept as its JSON.
    assert client.webhooks.unwrap(body, signed(body), now=NOW) == future  # type: ignore[comparison-overlap]


def test_unwrap_verifies_first(client: Client) -> None:
    body = payload_of()
    with pytest.raises(InvalidWebhookSignatureError):
        client.webhooks.unwrap(body, signed(body, key=b"wrong"), now=NOW)
    with pytest.raises(InvalidWebhookSignatureError):
        client.webhooks.unwrap(body, signed(body), now=NOW + 301)
    event = client.webhooks.unwrap(body.encode(), signed(body), tolerance=0, now=NOW)
    assert isinstance(event, types.WebhookBatchCompleted)
    assert event.data.id == "batch_1"


async def test_the_async_client_unwraps_the_same_way() -> None:
    client = AsyncClient(FAKE_OPENAI_KEY, webhook_secret=WHSEC)
    body = payload_of()
    event = client.webhooks.unwrap(body, signed(body), now=NOW)  # no I/O: nothing to await
    assert isinstance(event, types.WebhookBatchCompleted)
    with pytest.raises(InvalidWebhookSignatureError):
        client.webhooks.verify_signature(body + " ", signed(body), now=NOW)
    assert client.webhooks is client.webhooks
    await client.close()
