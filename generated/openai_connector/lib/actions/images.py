# copied from generator/runtime/extras/actions/images.py by the openai-connector generator; edit the source
"""Images: saving generated images, and the file fields of edits and variations."""

from __future__ import annotations

import base64
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import httpx2

__all__ = ["image_field", "save_images"]


def image_field(image: Any, default_name: str = "image.png") -> tuple[str, bytes, str]:
    """A multipart file field `(name, bytes, content type)` from a path, bytes or a `(name, bytes)` tuple."""
    if isinstance(image, tuple):
        name, content = image[0] or default_name, image[1]
        data = content if isinstance(content, bytes) else Path(content).read_bytes()
    elif isinstance(image, bytes | bytearray):
        name, data = default_name, bytes(image)
    else:
        path = Path(os.fspath(image))
        name, data = path.name, path.read_bytes()
    suffix = Path(name).suffix.lower()
    content_type = {".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".webp": "image/webp"}.get(suffix, "image/png")
    return name, data, content_type


def save_images(
    images: Sequence[Any],
    directory: str | os.PathLike[str],
    prefix: str = "image",
    extension: str = "png",
    *,
    timeout: float | httpx2.Timeout | None = 60.0,
) -> list[Path]:
    """Write each image of an `ImagesResponse.data` to `directory/<prefix>-<n>.<extension>`.

    `b64_json` images are decoded; `url` images are downloaded (plain GET, no API credentials sent, `timeout`).
    """
    folder = Path(directory)
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for n, image in enumerate(images, start=1):
        target = folder / f"{prefix}-{n}.{extension}"
        if getattr(image, "b64_json", None):
            target.write_bytes(base64.b64decode(image.b64_json))
        elif getattr(image, "url", None):
            response = httpx2.get(image.url, follow_redirects=True, timeout=timeout)
            response.raise_for_status()
            target.write_bytes(response.content)
        else:
            continue
        written.append(target)
    return written
