"""The type modules laid out as openai-python's: `openai_connector.types.chat.ChatCompletion` and the like."""

from __future__ import annotations

import importlib
import pkgutil
import subprocess
import sys
import typing

import openai_connector.types as flat


def _namespaces() -> list[str]:
    return sorted(info.name for info in pkgutil.walk_packages(flat.__path__, prefix=f"{flat.__name__}.") if info.ispkg)


def test_a_namespace_gives_the_same_class_as_the_flat_package() -> None:
    from openai_connector.types.admin.organization import AdminAPIKey, AdminAPIKeyCreateResponse
    from openai_connector.types.beta.threads import Message
    from openai_connector.types.chat import ChatCompletion

    assert ChatCompletion is flat.ChatCompletion
    assert Message is flat.MessageObject  # openai-python's name, where ours is taken by another schema
    assert AdminAPIKey is flat.AdminApiKey
    assert AdminAPIKeyCreateResponse is flat.AdminApiKeyCreateResponse
    assert flat.ContainerListResponse is flat.ContainerResource  # the flat package has the answer names too


def test_an_answer_of_several_models_is_their_union() -> None:
    from openai_connector.types.audio import TranslationCreateResponse

    assert set(typing.get_args(TranslationCreateResponse)) == {flat.Translation, flat.TranslationVerbose}


def test_every_name_of_every_namespace_resolves_to_a_class_or_a_union() -> None:
    namespaces = _namespaces()
    assert "openai_connector.types.admin.organization.projects" in namespaces
    for namespace in namespaces:
        module = importlib.import_module(namespace)
        for name in dir(module):
            value = getattr(module, name)
            assert isinstance(value, type) or typing.get_args(value), f"{namespace}.{name} is {value!r}"


def test_an_unknown_name_is_an_attribute_error_naming_the_module() -> None:
    from openai_connector.types import chat

    try:
        chat.NoSuchType  # noqa: B018
    except AttributeError as error:
        assert "openai_connector.types.chat" in str(error) and "NoSuchType" in str(error)
    else:
        raise AssertionError("no AttributeError")


def test_importing_a_namespace_builds_no_model() -> None:
    code = (
        "import sys; import openai_connector.types.beta.threads as t; "
        "print(sorted(m for m in sys.modules if m.startswith('openai_connector.types.') and m.count('.') == 2))"
    )
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert loaded.strip() == "['openai_connector.types.beta']"  # no model module, not even the index
