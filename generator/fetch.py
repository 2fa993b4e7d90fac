"""Download upstream OpenAPI documents into specs/, validated, written atomically, with provenance.

A source is a known name (`openai`, `azure`), an `http(s)://` or `file://` URL, or a local
path. Provenance (where from, when, sha256) goes to `specs/provenance.json`, keyed by the
file's path relative to the specs folder.
"""

from __future__ import annotations

import dataclasses
import datetime
import hashlib
import json
import os
import tempfile
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from pathlib import Path
from typing import Any

from generator.spec.document import HTTP_METHODS
from generator.spec.loader import SpecError, load_document

PROVENANCE_FILE = "provenance.json"
OPENAI_URL = "https://raw.githubusercontent.com/openai/openai-openapi/HEAD/openapi.yaml"
AZURE_URL = (
    "https://raw.githubusercontent.com/Azure/azure-rest-api-specs/main/specification/cognitiveservices/"
    "data-plane/AzureOpenAI/inference/stable/{api_version}/inference.json"
)
DEFAULT_AZURE_API_VERSION = "2024-10-21"
KNOWN_SOURCES = ("openai", "azure")
TIMEOUT_SECONDS = 60.0


class FetchError(Exception):
    """A download or a document that cannot be used; the message is one line for the user."""


@dataclasses.dataclass(frozen=True)
class Fetched:
    """The outcome of one fetch: the file under the specs folder and whether it was written."""

    relative_path: str
    url: str
    sha256: str
    written: bool
    note: str
    title: str = ""
    version: str = ""


@dataclasses.dataclass(frozen=True)
class _Plan:
    url: str
    relative_path: str
    source: str
    in_api_folder: bool = False  # put under the folder of the API the document turns out to be


def api_folder(document: dict[str, Any]) -> str:
    """The specs folder of an API's documents: `azure` for Azure OpenAI, `openai` for OpenAI, else none."""
    info = document.get("info") if isinstance(document.get("info"), dict) else {}
    title = str((info or {}).get("title", "")).lower()
    if "azure" in title:
        return "azure"
    if "openai" in title:
        return "openai"
    return ""


def _plan(source: str, today: datetime.date, azure_api_version: str, name: str | None) -> _Plan:
    if source == "openai":
        return _Plan(OPENAI_URL, name or f"openai/openapi-{today.isoformat()}.yaml", "openai")
    if source == "azure":
        url = AZURE_URL.format(api_version=azure_api_version)
        return _Plan(url, name or f"azure/inference-{azure_api_version}.json", "azure")
    parsed = urllib.parse.urlsplit(source)
    if parsed.scheme in ("http", "https", "file"):
        basename = Path(urllib.parse.unquote(parsed.path)).name
        if not basename:
            raise FetchError(f"{source}: the URL names no file; give --name")
        return _Plan(source, name or basename, source, in_api_folder=name is None)
    if parsed.scheme and len(parsed.scheme) > 1:
        raise FetchError(f"{source}: unsupported URL scheme {parsed.scheme!r} (use http, https, file or a path)")
    path = Path(source).expanduser().resolve()
    if not path.is_file():
        raise FetchError(f"{source}: not a known source ({', '.join(KNOWN_SOURCES)}), URL or existing file")
    return _Plan(path.as_uri(), name or path.name, str(path), in_api_folder=name is None)


def download(url: str, timeout: float = TIMEOUT_SECONDS) -> bytes:
    """The body at `url` (http, https or file), or FetchError with a one-line reason."""
    request = urllib.request.Request(url, headers={"User-Agent": "openai-connector-generator"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            body: bytes = response.read()
            return body
    except urllib.error.HTTPError as exc:
        raise FetchError(f"{url}: HTTP {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        raise FetchError(f"{url}: cannot download: {exc.reason}") from None
    except (OSError, ValueError) as exc:
        raise FetchError(f"{url}: cannot download: {exc}") from None


def validate(body: bytes, suffix: str, label: str) -> dict[str, Any]:
    """Parse `body` as a YAML/JSON OpenAPI 3.x document with `paths`; raise FetchError otherwise."""
    handle, temp = tempfile.mkstemp(suffix=suffix)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(body)
        document = load_document(temp)
    except SpecError as exc:
        reason = " ".join(str(exc).removeprefix(temp).removeprefix(": ").split())
        raise FetchError(f"{label}: not an OpenAPI document: {reason}") from None
    finally:
        os.unlink(temp)
    version = str(document.get("openapi", ""))
    if not version.startswith("3."):
        raise FetchError(f"{label}: not an OpenAPI 3.x document (`openapi` is {version or 'missing'})")
    if not isinstance(document.get("paths"), dict):
        raise FetchError(f"{label}: not an OpenAPI document: no `paths` mapping")
    return document


def write_atomically(path: Path, data: bytes) -> None:
    """Write `data` to `path` through a temporary file in the same folder and a rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def load_provenance(dest: Path) -> dict[str, Any]:
    """`specs/provenance.json` as a mapping with a `files` mapping (empty if there is none yet)."""
    path = dest / PROVENANCE_FILE
    if not path.exists():
        return {"files": {}}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise FetchError(f"{path}: cannot read provenance: {exc}") from None
    if not isinstance(data, dict) or not isinstance(data.get("files"), dict):
        raise FetchError(f"{path}: provenance must be an object with a `files` object")
    return data


def save_provenance(dest: Path, provenance: dict[str, Any]) -> None:
    text = json.dumps(provenance, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    write_atomically(dest / PROVENANCE_FILE, text.encode("utf-8"))


def fetch(
    source: str,
    dest: Path,
    *,
    name: str | None = None,
    azure_api_version: str = DEFAULT_AZURE_API_VERSION,
    today: datetime.date | None = None,
    downloader: Callable[[str], bytes] = download,
) -> Fetched:
    """Fetch one source into `dest` (the specs folder) and record its provenance.

    Nothing is written if the document is not an OpenAPI 3.x document, or if a file with the
    same sha256 is already recorded (then the note says which).
    """
    today = today or datetime.datetime.now(datetime.UTC).date()
    plan = _plan(source, today, azure_api_version, name)
    relative = Path(plan.relative_path)
    if relative.is_absolute() or ".." in relative.parts:
        raise FetchError(f"{plan.relative_path}: --name must be a relative path inside the specs folder")
    body = downloader(plan.url)
    document = validate(body, relative.suffix or ".yaml", plan.url)
    if plan.in_api_folder:
        relative = Path(api_folder(document)) / relative
    info: dict[str, Any] = document["info"] if isinstance(document.get("info"), dict) else {}
    title, version = str(info.get("title", "")), str(info.get("version", ""))
    digest = hashlib.sha256(body).hexdigest()
    provenance = load_provenance(dest)
    files: dict[str, Any] = provenance["files"]
    for known, entry in sorted(files.items()):
        if isinstance(entry, dict) and entry.get("sha256") == digest and (dest / known).exists():
            return Fetched(known, plan.url, digest, False, f"unchanged: same sha256 as {known}", title, version)
    target = dest / relative
    write_atomically(target, body)
    files[relative.as_posix()] = {
        "source": plan.source,
        "url": plan.url,
        "retrieved": today.isoformat(),
        "sha256": digest,
        "openapi": str(document.get("openapi")),
        "title": title,
        "version": version,
        "operations": _count_operations(document),
    }
    save_provenance(dest, provenance)
    return Fetched(relative.as_posix(), plan.url, digest, True, f"written ({len(body):,} bytes)", title, version)


def _count_operations(document: dict[str, Any]) -> int:
    paths = document.get("paths") or {}
    return sum(1 for item in paths.values() if isinstance(item, dict) for key in item if key in HTTP_METHODS)
