# copied from generator/runtime/extras/testing/_matcher.py by the openai-connector generator; edit the source
"""`match_body`, vcrpy's matcher of request bodies: JSON as values, multipart as parts (any boundary)."""

from __future__ import annotations

import json
from email.message import Message
from email.parser import BytesParser
from email.policy import HTTP
from typing import Any

from ._scrubber import boundary

__all__ = ["match_body"]


def _content_type(request: Any) -> str:
    for name, value in request.headers.items():
        if str(name).lower() == "content-type":
            return str(value)
    return ""


def _body_bytes(request: Any) -> bytes:
    body = request.body
    if body is None:
        return b""
    if isinstance(body, str):
        return body.encode("utf-8")
    if isinstance(body, bytes):
        return body
    read = getattr(body, "read", None)
    if callable(read):
        data = read()
        return data if isinstance(data, bytes) else str(data).encode()
    return b"".join(part if isinstance(part, bytes) else str(part).encode() for part in body)


def _multipart_parts(content_type: str, body: bytes) -> list[tuple[str, str | None, str, bytes]] | None:
    if boundary(content_type) is None:
        return None
    message = BytesParser(policy=HTTP).parsebytes(b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + body)
    if not message.is_multipart():
        return None
    parts = []
    for part in message.iter_parts():
        if not isinstance(part, Message):
            return None
        payload = part.get_payload(decode=True)
        name = part.get_param("name", header="content-disposition")
        parts.append(
            (
                str(name),
                part.get_filename(),
                part.get_content_type() if part.get("content-type") else "",
                payload if isinstance(payload, bytes) else b"",
            )
        )
    return parts


def _describe(body: bytes) -> str:
    return repr(body[:200]) + ("..." if len(body) > 200 else "")


def match_body(r1: Any, r2: Any) -> None:
    """vcrpy matcher: JSON bodies compare as values, multipart as parts (any boundary), others as bytes.

    Raises `AssertionError` saying what differs (vcrpy shows it in its "no match" report).
    """
    a, b = _body_bytes(r1), _body_bytes(r2)
    if a == b:
        return
    type_a, type_b = _content_type(r1), _content_type(r2)
    parts_a, parts_b = _multipart_parts(type_a, a), _multipart_parts(type_b, b)
    if parts_a is not None and parts_b is not None:
        if parts_a != parts_b:
            names_a = [(p[0], p[1]) for p in parts_a]
            names_b = [(p[0], p[1]) for p in parts_b]
            if names_a != names_b:
                raise AssertionError(f"multipart parts differ: {names_a} != {names_b}")
            differing = [pa[0] for pa, pb in zip(parts_a, parts_b, strict=True) if pa != pb]
            raise AssertionError(f"multipart parts differ in {differing}")
        return
    try:
        json_a, json_b = json.loads(a), json.loads(b)
    except ValueError:
        raise AssertionError(f"bodies differ: {_describe(a)} != {_describe(b)}") from None
    if json_a != json_b:
        raise AssertionError(f"JSON bodies differ: {_describe(a)} != {_describe(b)}")
