"""generator/parser/facts.py: each runtime fact an `Operation` carries is derived from a tiny spec."""

from __future__ import annotations

from typing import Any

from generator.diagnostics import Diagnostics
from generator.parser import Api, parse_api
from generator.parser.facts import computed_by_sdks, link_azure_classic
from generator.render import PackageRenderer, environment
from generator.spec import normalize

from ._spec import answer, laid_out, parsed

OK = {"200": {"description": "ok"}}
LIST = {
    "FileList": {
        "type": "object",
        "properties": {
            "data": {"type": "array", "items": {"type": "string"}},
            "has_more": {"type": "boolean"},
            "last_id": {"type": "string"},
        },
    }
}


def _op(api: Api, operation_id: str) -> Any:
    return next(op for op in api.operations if op.operation_id == operation_id)


def _secured(paths: dict[str, Any]) -> Api:
    document = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "security": [{"Key": []}],
        "paths": paths,
        "components": {
            "schemas": {},
            "securitySchemes": {
                "Key": {"type": "http", "scheme": "bearer"},
                "Admin": {"type": "http", "scheme": "bearer", "x-connector-credential": "admin_key"},
                "entra": {"type": "oauth2", "flows": {}},
                "header": {"type": "apiKey", "name": "api-key", "in": "header"},
            },
        },
    }
    diagnostics = Diagnostics()
    return parse_api(normalize(document, "spec.yaml", diagnostics), "spec.yaml", "", diagnostics)


def test_security_is_the_operations_else_the_documents_and_an_overlay_names_the_admin_key() -> None:
    api = _secured(
        {
            "/a": {"get": {"operationId": "plain", "responses": OK}},
            "/b": {"get": {"operationId": "admin", "security": [{"Admin": []}], "responses": OK}},
            "/c": {"get": {"operationId": "either", "security": [{"entra": []}, {"header": []}], "responses": OK}},
            "/d": {"get": {"operationId": "open", "security": [], "responses": OK}},
        }
    )
    assert _op(api, "plain").security == ("api_key",)
    assert _op(api, "admin").security == ("admin_key",)
    assert _op(api, "either").security == ("entra_token", "azure_api_key")
    assert _op(api, "open").security == ()


def _streaming(stream_field: dict[str, Any], **extensions: Any) -> Any:
    body = {"type": "object", "properties": {"stream": stream_field, "model": {"type": "string"}}}
    content = {"application/json": {"schema": {}}, "text/event-stream": {"schema": {"type": "object"}}}
    operation = {
        "operationId": "run",
        "requestBody": {"content": {"application/json": {"schema": body}}},
        "responses": {"200": {"description": "ok", "content": content}},
        **extensions,
    }
    return _op(parsed({"/runs": {"post": operation}}, {}), "run")


def test_stream_termination_comes_from_the_stream_fields_description_or_an_overlay() -> None:
    said = {"type": "boolean", "description": "Streams events, terminated by a `data: [DONE]` message."}
    silent = {"type": "boolean", "description": "Streams events."}
    assert _streaming(said).stream_done is True
    assert _streaming({"anyOf": [said, {"type": "null"}]}).stream_done is True
    assert _streaming(silent).stream_done is False
    assert _streaming(silent, **{"x-connector-stream-done": True}).stream_done is True
    assert _streaming(said, **{"x-connector-stream-done": False}).stream_done is False


def _stream_of(schema: dict[str, Any], **extensions: Any) -> Any:
    content = {"application/json": {"schema": {}}, "text/event-stream": {"schema": schema}}
    operation = {"operationId": "run", "responses": {"200": {"description": "ok", "content": content}}, **extensions}
    envelope = {"type": "object", "properties": {"event": {"const": "run.created"}, "data": {"type": "object"}}}
    return _op(parsed({"/runs": {"post": operation}}, {"Envelope": envelope}), "run")


def test_a_stream_is_enveloped_when_every_variant_of_its_schema_has_event_and_data_or_an_overlay_says_so() -> None:
    envelope = {"$ref": "#/components/schemas/Envelope"}
    chunk = {"type": "object", "properties": {"id": {"type": "string"}, "data": {"type": "object"}}}
    assert _stream_of(envelope).stream_enveloped is True
    assert _stream_of({"oneOf": [envelope, {"oneOf": [envelope]}]}).stream_enveloped is True
    assert _stream_of({"oneOf": [envelope, chunk]}).stream_enveloped is False
    assert _stream_of(chunk).stream_enveloped is False
    assert _stream_of(chunk, **{"x-connector-stream-enveloped": True}).stream_enveloped is True
    assert _stream_of(envelope, **{"x-connector-stream-enveloped": False}).stream_enveloped is False
    assert _streaming({"type": "boolean"}).stream_enveloped is False


def _upload(file_field: dict[str, Any]) -> Any:
    body = {"type": "object", "properties": {"file": file_field, "model": {"type": "string"}}}
    operation = {
        "operationId": "transcribe",
        "requestBody": {"content": {"multipart/form-data": {"schema": body}}},
        "responses": answer("Text"),
    }
    return _op(parsed({"/transcribe": {"post": operation}}, {"Text": {"type": "string"}}), "transcribe")


def test_upload_formats_come_from_the_file_fields_description_or_an_overlay() -> None:
    described = "The audio file, in one of these formats: flac, mp3, or wav."
    assert _upload({"type": "string", "format": "binary", "description": described}).upload_formats == {
        "file": ("flac", "mp3", "wav")
    }
    stated = {"type": "string", "format": "binary", "x-connector-formats": ["WAV", "ogg"]}
    assert _upload(stated).upload_formats == {"file": ("ogg", "wav")}
    assert _upload({"type": "string", "format": "binary", "description": "Any file."}).upload_formats == {}


def test_pagination_deprecation_and_their_absence() -> None:
    after = {"name": "after", "in": "query", "schema": {"type": "string"}}
    api = parsed(
        {
            "/files": {"get": {"operationId": "listFiles", "parameters": [after], "responses": answer("FileList")}},
            "/old": {"get": {"operationId": "old", "deprecated": True, "responses": OK}},
        },
        LIST,
    )
    listed, old = _op(api, "listFiles"), _op(api, "old")
    assert listed.pagination == {
        "cursor_param": "after",
        "has_more": "has_more",
        "next_cursor": "last_id",
        "page": "cursor",
    }
    assert (listed.deprecated, old.deprecated, old.pagination) == (False, True, {})


def _azure(paths: dict[str, Any]) -> Api:
    document = {"openapi": "3.0.0", "info": {"title": "azure", "version": "1"}, "paths": paths}
    diagnostics = Diagnostics()
    return parse_api(normalize(document, "azure.json", diagnostics), "azure.json", "azure", diagnostics)


def test_an_openai_operation_is_deployment_scoped_when_azures_spec_serves_it_per_deployment() -> None:
    deployment = {
        "name": "deployment-id",
        "in": "path",
        "required": True,
        "x-connector-client-setting": "azure_deployment",
    }
    version = {"name": "api-version", "in": "query", "required": True, "x-connector-client-setting": "api_version"}
    azure = _azure(
        {
            "/deployments/{deployment-id}/chat": {
                "post": {"operationId": "Chat", "parameters": [deployment, version], "responses": OK}
            }
        }
    )
    openai = parsed(
        {
            "/chat": {
                "post": {"operationId": "chat", "responses": OK},
                "get": {"operationId": "listChats", "responses": OK},
            },
            "/files": {"get": {"operationId": "files", "responses": OK}},
        },
        {},
    )
    link_azure_classic([openai, azure])
    assert (_op(openai, "chat").deployment_scoped, _op(openai, "chat").version_param) == (True, "api-version")
    assert _op(openai, "listChats").deployment_scoped is False  # another method: not served
    assert (_op(openai, "files").deployment_scoped, _op(openai, "files").version_param) == (False, "api-version")
    assert _op(azure, "Chat").deployment_scoped is False  # Azure's own operations route themselves


def test_without_an_azure_spec_nothing_is_deployment_scoped() -> None:
    openai = parsed({"/chat": {"post": {"operationId": "chat", "responses": OK}}}, {})
    link_azure_classic([openai])
    assert (_op(openai, "chat").deployment_scoped, _op(openai, "chat").version_param) == (False, "")


def test_the_facts_are_rendered_on_the_operation_only_when_they_say_something() -> None:
    after = {"name": "after", "in": "query", "schema": {"type": "string"}}
    layout = laid_out(
        {
            "/files": {"get": {"operationId": "listFiles", "parameters": [after], "responses": answer("FileList")}},
            "/old": {"get": {"operationId": "old", "deprecated": True, "responses": OK}},
        },
        LIST,
    )
    files = PackageRenderer(layout, environment(), "generated for a test", "").resource_files()
    text = "\n".join(files.values())
    assert "deprecated=True," in text
    assert (
        "pagination={'cursor_param': 'after', 'has_more': 'has_more', 'next_cursor': 'last_id', 'page': 'cursor'},"
        in text
    )  # before ruff
    assert (
        "deprecated=False" not in text
        and "stream_done" not in text
        and "stream_enveloped" not in text
        and "security" not in text
    )


def test_a_property_is_computed_by_sdks_when_upstream_or_an_overlay_says_so() -> None:
    sdk_only = {"type": "string", "x-oaiSupportedSDKs": ["python", "javascript"]}
    assert computed_by_sdks(sdk_only)
    assert computed_by_sdks({"anyOf": [sdk_only, {"type": "null"}]})  # on a branch, as upstream writes it
    assert not computed_by_sdks({"type": "string"})
    assert not computed_by_sdks({**sdk_only, "x-connector-computed": False})
    assert computed_by_sdks({"type": "string", "x-connector-computed": True})


def test_query_styles_record_the_parameters_not_in_openapis_default_style() -> None:
    def param(name: str, **style: object) -> dict[str, Any]:
        return {"name": name, "in": "query", "schema": {"type": "object"}, **style}

    parameters = [
        param("plain"),
        param("exploded", style="form", explode=True),
        param("deep", style="deepObject", explode=True),
        param("joined", style="form", explode=False),
        param("spaced", style="spaceDelimited"),
        param("piped", style="pipeDelimited", explode=False),
        param("repeated", style="pipeDelimited", explode=True),  # exploded: the default form on the wire
        {"name": "h", "in": "header", "schema": {"type": "array"}, "style": "simple"},
    ]
    api = parsed({"/jobs": {"get": {"operationId": "listJobs", "parameters": parameters, "responses": OK}}}, {})
    assert _op(api, "listJobs").query_styles == {
        "deep": "deepObject",
        "joined": "commaDelimited",
        "spaced": "spaceDelimited",
        "piped": "pipeDelimited",
    }


def test_query_styles_are_rendered_on_the_operation() -> None:
    deep = {"name": "metadata", "in": "query", "schema": {"type": "object"}, "style": "deepObject", "explode": True}
    layout = laid_out({"/jobs": {"get": {"operationId": "listJobs", "parameters": [deep], "responses": OK}}}, {})
    text = "\n".join(PackageRenderer(layout, environment(), "generated for a test", "").resource_files().values())
    assert "query_styles={'metadata': 'deepObject'}," in text
