"""lib/_reserved.py against the runtime itself: every list is exactly what the runtime has."""

from __future__ import annotations

from importlib import import_module

from openai_connector import lib
from openai_connector._client import AsyncClient, Client
from openai_connector.lib import _reserved
from openai_connector.lib._base_client import AsyncAPIClient, SyncAPIClient


def _public(cls: type) -> set[str]:
    return {name for name in dir(cls) if not name.startswith("_")}


def test_client_attributes_are_exactly_the_runtime_clients_public_attributes() -> None:
    # Fails when the client gains an attribute the module does not reserve, or the module reserves
    # one the client does not have (the drift issue 11 measured: `config` missing, five extra).
    runtime = _public(SyncAPIClient) | _public(AsyncAPIClient)
    assert _reserved.CLIENT_ATTRIBUTES == runtime | _reserved.GENERATED_CLIENT_ATTRIBUTES
    assert runtime & _reserved.GENERATED_CLIENT_ATTRIBUTES == set()


def test_the_generated_clients_have_the_attributes_reserved_for_them() -> None:
    # The OpenAI spec has webhooks, so its client has every attribute the generator may add.
    for generated in (Client, AsyncClient):
        assert _reserved.GENERATED_CLIENT_ATTRIBUTES <= _public(generated), generated.__name__


def test_the_generated_clients_shadow_no_runtime_attribute() -> None:
    for generated, base in ((Client, SyncAPIClient), (AsyncClient, AsyncAPIClient)):
        own = set(vars(generated)) - {"default_base_url", "known_api_versions"}  # set on purpose
        assert own & _public(base) == set(), generated.__name__


def test_generated_imports_exist_in_the_runtime() -> None:
    for module, names in _reserved.GENERATED_IMPORTS.items():
        loaded = import_module(f"openai_connector.lib.{module}")
        assert [n for n in names if not hasattr(loaded, n)] == [], module


def test_runtime_exports_are_lib_all() -> None:
    assert set(_reserved.RUNTIME_EXPORTS) == set(lib.__all__)
    for name, module in _reserved.RUNTIME_EXPORTS.items():
        assert hasattr(import_module(f"openai_connector.lib.{module}"), name), name


def test_the_module_imports_only_the_standard_library() -> None:
    # The generator loads it by path, without the runtime's dependencies.
    source = _reserved.__file__
    assert source is not None
    with open(source, encoding="utf-8") as handle:
        imports = [line for line in handle if line.startswith(("import ", "from "))]
    assert imports == ["from __future__ import annotations\n"]
