"""The example exchanges that the specs publish, read into one form.

- OpenAI: `x-oaiMeta.examples` on an operation (a list, or one object): `{title, request: {curl, ...},
  response: "<JSON or SSE text>"}`. The request fields come from the curl command's `-d '{...}'`
  JSON or its `-F name=value` form fields.
- Azure: `x-ms-examples: {title: {$ref: ./examples/<name>.json}}`, files with `parameters.body`
  and `responses.{status}.body`, read from the examples folder next to the spec.

Placeholders (`VAR_chat_model_id`, `{endpoint}`, ...) are replaced by fixed values.
"""

from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path
from typing import Any

from generator.spec.api import SpecOperation

PLACEHOLDERS = {
    "VAR_chat_model_id": "gpt-4o-mini",
    "VAR_completion_model_id": "gpt-3.5-turbo-instruct",
    "{endpoint}": "127.0.0.1",
    "<deployment-id>": "my-deployment",
}
_VAR = re.compile(r"VAR_[A-Za-z0-9_]+")
_FORM_FIELD = re.compile(r"""-F\s+['"]?([\w\[\]]+)=([^'"\s\\]*)""")
_SSE_LINE = re.compile(r"^(data|event|id|retry):", re.MULTILINE)


def fill_placeholders(text: str) -> str:
    for placeholder, value in PLACEHOLDERS.items():
        text = text.replace(placeholder, value)
    return _VAR.sub("placeholder", text)


@dataclasses.dataclass(frozen=True)
class Example:
    title: str
    source: str  # where it was found: a JSON pointer into the spec or an example file
    request: dict[str, Any]  # the example request's body fields (JSON body or form fields)
    streams: bool
    status: int
    response: Any  # the response body: text (OpenAI: JSON or SSE text) or parsed JSON (Azure)

    @property
    def sse_shaped(self) -> bool:
        return isinstance(self.response, str) and bool(_SSE_LINE.search(self.response))


def operation_examples(operation: SpecOperation, examples_dir: Path | None) -> list[Example]:
    """Every published example of an operation, in the order the spec lists them."""
    found = _openai_examples(operation)
    if examples_dir is not None:
        found.extend(_azure_examples(operation, examples_dir))
    return found


def _success_status(operation: SpecOperation) -> int:
    for response in operation.responses:
        if response.status.isdigit() and response.status.startswith("2"):
            return int(response.status)
    return 200


def _openai_examples(operation: SpecOperation) -> list[Example]:
    meta = operation.node.get("x-oaiMeta")
    raw = meta.get("examples") if isinstance(meta, dict) else None
    items = raw if isinstance(raw, list) else [raw] if isinstance(raw, dict) else []
    found = []
    for index, item in enumerate(items):
        if not isinstance(item, dict) or not isinstance(item.get("response"), str):
            continue
        request = item.get("request")
        curl = request.get("curl", "") if isinstance(request, dict) else request if isinstance(request, str) else ""
        fields = _curl_fields(fill_placeholders(str(curl)))
        response = fill_placeholders(item["response"])
        streams = fields.get("stream") in (True, "true") or bool(_SSE_LINE.search(response))
        found.append(
            Example(
                title=str(item.get("title", f"example {index}")),
                source=f"{operation.pointer}/x-oaiMeta/examples/{index}",
                request=fields,
                streams=streams,
                status=_success_status(operation),
                response=response,
            )
        )
    return found


def _curl_fields(curl: str) -> dict[str, Any]:
    start = max(curl.find("-d '"), curl.find("--data '"))
    if start >= 0:
        opening = curl.index("'", start)
        closing = curl.rfind("'")
        if closing > opening:
            try:
                body = json.loads(curl[opening + 1 : closing])
            except json.JSONDecodeError:
                return {}
            return body if isinstance(body, dict) else {}
    return dict(_FORM_FIELD.findall(curl))


def _azure_examples(operation: SpecOperation, examples_dir: Path) -> list[Example]:
    refs = operation.node.get("x-ms-examples")
    found = []
    for title, ref in refs.items() if isinstance(refs, dict) else []:
        target = ref.get("$ref") if isinstance(ref, dict) else None
        if not isinstance(target, str):
            continue
        path = examples_dir / Path(target).name
        try:
            document = json.loads(fill_placeholders(path.read_text(encoding="utf-8")))
        except (OSError, json.JSONDecodeError):
            continue
        parameters = document.get("parameters", {}) if isinstance(document, dict) else {}
        body = parameters.get("body") if isinstance(parameters, dict) else None
        responses = document.get("responses", {}) if isinstance(document, dict) else {}
        for status, response in responses.items() if isinstance(responses, dict) else []:
            if not (str(status).isdigit() and isinstance(response, dict)):
                continue
            # the published text examples say `{type: string, example: ...}` instead of `{body: ...}`
            content = response["body"] if "body" in response else response.get("example")
            found.append(
                Example(
                    title=str(title),
                    source=str(path),
                    request=body if isinstance(body, dict) else {},
                    streams=isinstance(body, dict) and body.get("stream") is True,
                    status=int(status),
                    response=content,
                )
            )
    return found


def rank_examples(examples: list[Example], fields: dict[str, Any], streams: bool, wants_text: bool) -> list[Example]:
    """The examples that fit a request, best first: same streaming mode, same text/JSON kind, most fields alike."""
    candidates = [e for e in examples if e.streams == streams and 200 <= e.status < 300]
    if wants_text:
        candidates = [e for e in candidates if isinstance(e.response, str) and not _looks_json(e.response)]
    elif not streams:
        candidates = [e for e in candidates if not (isinstance(e.response, str) and not _looks_json(e.response))]

    def score(example: Example) -> float:
        total = 0.0
        for key, value in fields.items():
            if key in example.request:
                total += 1.0 if example.request[key] == value else 0.25
        # an example that sets what the request does not (`logprobs: true`) answers another question
        return total - 0.5 * len(set(example.request) - set(fields))

    return sorted(candidates, key=score, reverse=True)  # a stable sort: the spec's order breaks ties


def _looks_json(text: str) -> bool:
    return text.lstrip()[:1] in ("{", "[")
