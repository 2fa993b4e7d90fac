# copied from generator/runtime/core/_redirects.py by the openai-connector generator; edit the source
"""Redirects, followed by the client itself: at most `MAX_REDIRECTS` per attempt, and no secret leaves its origin.

httpx would forward `api-key` and `OpenAI-Organization` to any host a server redirects to, and raise its
own `TooManyRedirects`; following redirects here prevents both.
"""

from __future__ import annotations

import httpx2

from ._constants import MAX_REDIRECTS, SECRET_HEADERS
from ._errors import APIConnectionError

__all__ = ["redirect_request"]

_BODY_HEADERS = ("Content-Length", "Content-Type", "Transfer-Encoding")


def redirect_request(response: httpx2.Response, hops: int) -> httpx2.Request:
    """The request following redirect `response` (the `hops`-th of this attempt).

    Secret headers (`SECRET_HEADERS`) are dropped when the redirect leaves the origin; a 303 (or a 301/302
    answering a POST) becomes a GET without a body; more than `MAX_REDIRECTS` raises `APIConnectionError`.
    """
    request = response.request
    if hops > MAX_REDIRECTS:
        raise APIConnectionError(f"Too many redirects ({MAX_REDIRECTS} followed; a redirect loop?)", request=request)
    url = request.url.join(response.headers["location"])
    method = request.method
    status = response.status_code
    if (status == 303 and method != "HEAD") or (status in (301, 302) and method == "POST"):
        method = "GET"
    headers = httpx2.Headers(request.headers)
    if url.origin != request.url.origin:
        for name in SECRET_HEADERS:
            headers.pop(name, None)
        headers["Host"] = url.netloc.decode("ascii")
    stream: httpx2.SyncByteStream | httpx2.AsyncByteStream | None = request.stream
    if method != request.method:
        stream = None
        for name in _BODY_HEADERS:
            headers.pop(name, None)
    return httpx2.Request(method, url, headers=headers, stream=stream, extensions=request.extensions)
