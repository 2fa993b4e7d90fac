"""Reading multipart/form-data bodies (the reference server's requests, the contract checker's cassettes)."""

from __future__ import annotations

import re
from email.message import Message
from email.parser import BytesParser
from email.policy import HTTP
from typing import Any

_BOUNDARY = re.compile(r"boundary=", re.IGNORECASE)


def multipart_fields(content_type: str, body: bytes) -> dict[str, Any] | None:
    """The fields of a multipart/form-data body: text values as str, files as bytes; None if unreadable."""
    if not _BOUNDARY.search(content_type):
        return None
    message = BytesParser(policy=HTTP).parsebytes(b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + body)
    if not message.is_multipart():
        return None
    fields: dict[str, Any] = {}
    for part in message.iter_parts():
        if not isinstance(part, Message):
            continue
        name = part.get_param("name", header="content-disposition")
        if not isinstance(name, str):
            continue
        payload = part.get_payload(decode=True)
        data = payload if isinstance(payload, bytes) else b""
        fields[name] = data if part.get_filename() is not None else data.decode("utf-8", "replace")
    return fields
