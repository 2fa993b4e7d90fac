"""The public surface of `lib`: exports, the NOT_GIVEN sentinel, `Open[T]`, `with_options` and resources."""

from __future__ import annotations

import functools
import pickle
import subprocess
import sys
from typing import Annotated, Any, Literal

import pydantic
import pytest
from openai_connector import lib
from openai_connector.lib import NOT_GIVEN, BaseModel, NotGiven, Open, ResponseInfo, SyncAPIClient
from openai_connector.lib._models import tag_of
from openai_connector.lib._reserved import RUNTIME_EXPORTS
from openai_connector.lib._resource import SyncAPIResource
from pydantic import Discriminator, Tag

from tests.support.clients import LIST_FILES, openai_client
from tests.support.loopback import LoopbackServer, Reply


def test_all_is_sorted_and_matches_exports() -> None:
    assert lib.__all__ == sorted(lib.__all__, key=lambda n: (not n.isupper(), n))
    for name in lib.__all__:
        assert getattr(lib, name) is not None
    assert set(lib.__all__) == set(RUNTIME_EXPORTS)
    with pytest.raises(AttributeError):
        lib.DoesNotExist  # noqa: B018


def test_importing_lib_is_cheap() -> None:
    code = (
        "import sys, openai_connector.lib\n"
        "print(sorted(m for m in ('httpx2', 'pydantic', 'azure') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_a_sync_call_never_imports_asyncio(server: LoopbackServer) -> None:
    code = (
        "import sys\n"
        "from openai_connector.lib import BaseModel, Operation, SyncAPIClient\n"
        "op = Operation('openai', 'listFiles', 'get', '/files', 'none', 'json')\n"
        f"with SyncAPIClient('sk-test-0000000000', base_url='{server.url}/v1') as client:\n"
        "    client.call(op, cast_to=BaseModel)\n"
        "print('asyncio' in sys.modules)"
    )
    server.script(Reply(body={}))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
    assert server.count == 1


def test_call_keywords_are_checked_before_sending(server: LoopbackServer) -> None:
    with openai_client(server) as client:
        with pytest.raises(TypeError, match="call\\(\\) got an unexpected keyword argument 'extra_header'"):
            client.call(LIST_FILES, cast_to=BaseModel, extra_header={"x": "1"})  # type: ignore[call-arg]
        with pytest.raises(TypeError, match="call_page\\(\\) missing required keyword argument 'item_type'"):
            client.call_page(LIST_FILES, cast_to=BaseModel)  # type: ignore[call-arg]
        with pytest.raises(TypeError, match="request\\(\\) got an unexpected keyword argument 'body'"):
            client.request("GET", "/files", body={})  # type: ignore[call-arg]
    assert server.count == 0


def test_not_given_sentinel() -> None:
    assert NotGiven() is NOT_GIVEN
    assert not NOT_GIVEN
    assert NOT_GIVEN is not None
    assert repr(NOT_GIVEN) == "NOT_GIVEN"
    assert pickle.loads(pickle.dumps(NOT_GIVEN)) is NOT_GIVEN


class Cat(BaseModel):
    type: Literal["cat"]
    lives: int


class Dog(BaseModel):
    type: Literal["dog"]


class Pet(BaseModel):
    status: Open[Literal["active", "retired"]]
    # As the generator writes unions whose variants carry a constant tag.
    animal: (
        Open[Annotated[Annotated[Cat, Tag("cat")] | Annotated[Dog, Tag("dog")], Discriminator(tag_of("type"))]] | None
    ) = None


def test_open_keeps_unknown_values() -> None:
    pet = Pet.model_validate_json(b'{"status": "on-holiday", "animal": {"type": "parrot", "words": 3}, "new": 1}')
    # Type checkers see the declared types; at run time the unknown values are kept raw.
    status: object = pet.status
    animal: object = pet.animal
    assert status == "on-holiday"
    assert animal == {"type": "parrot", "words": 3}
    assert pet.model_extra == {"new": 1}
    assert pet.model_dump(mode="json") == {
        "status": "on-holiday",
        "animal": {"type": "parrot", "words": 3},
        "new": 1,
    }


def test_open_still_validates_known_values() -> None:
    pet = Pet.model_validate({"status": "active", "animal": {"type": "cat", "lives": "9"}})
    assert isinstance(pet.animal, Cat) and pet.animal.lives == 9
    assert pet.model_dump(exclude_unset=True) == {"status": "active", "animal": {"type": "cat", "lives": 9}}


def test_base_model_config() -> None:
    class Thing(BaseModel):
        model_name: str = pydantic.Field(alias="modelName")

    assert Thing(model_name="a").model_name == "a"
    assert Thing.model_validate({"modelName": "b"}).model_name == "b"


class Files(SyncAPIResource):
    def list(self) -> Any:
        return self._client.call(LIST_FILES, cast_to=dict[str, Any])


class GeneratedLikeClient(SyncAPIClient):
    @functools.cached_property
    def files(self) -> Files:
        return Files(self)


def test_with_options_reports_responses_and_rebinds_resources(server: LoopbackServer) -> None:
    server.script(
        Reply(body={"a": 1}, headers={"x-request-id": "req_1", "x-ratelimit-remaining-requests": "99"}), Reply(body={})
    )
    seen: list[ResponseInfo] = []
    with GeneratedLikeClient("sk-test-FAKE", base_url=f"{server.url}/v1") as client:
        plain_files = client.files
        derived = client.with_options(on_response=seen.append, max_retries=5, timeout=3.0)
        assert derived.files is not plain_files and derived.files._client is derived
        assert derived.max_retries == 5 and client.max_retries == 2
        assert derived.timeout.read == 3.0
        assert derived.files.list() == {"a": 1}
        client.files.list()
    assert len(seen) == 1
    info = seen[0]
    assert (info.status_code, info.request_id, info.retries_taken) == (200, "req_1", 0)
    assert info.headers["x-ratelimit-remaining-requests"] == "99"
    assert (info.method, info.path) == ("GET", "/files")


def test_derived_client_close_keeps_pool_open(server: LoopbackServer) -> None:
    server.script(Reply(body={}))
    client = openai_client(server)
    client.with_options(max_retries=0).close()
    client.call(LIST_FILES, cast_to=dict[str, Any])
    client.close()
