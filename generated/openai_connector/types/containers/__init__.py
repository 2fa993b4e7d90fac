# generated from the OpenAI API spec by the openai-connector generator; do not edit
"""`types.containers`, laid out as openai-python's: names of the flat `types` package, loaded on first use."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...lib._type_exports import Target, load_export

if TYPE_CHECKING:
    from ..container_file_resource import ContainerFileResource as ContainerFileResource
    from ..container_file_resource import ContainerFileResource as FileCreateJsonResponse
    from ..container_file_resource import ContainerFileResource as FileCreateResponse
    from ..container_file_resource import ContainerFileResource as FileListResponse
    from ..container_file_resource import ContainerFileResource as FileRetrieveResponse
    from ..container_resource import ContainerResource as ContainerCreateResponse
    from ..container_resource import ContainerResource as ContainerListResponse
    from ..container_resource import ContainerResource as ContainerResource
    from ..container_resource import ContainerResource as ContainerRetrieveResponse

__all__ = [
    "ContainerCreateResponse",
    "ContainerFileResource",
    "ContainerListResponse",
    "ContainerResource",
    "ContainerRetrieveResponse",
    "FileCreateJsonResponse",
    "FileCreateResponse",
    "FileListResponse",
    "FileRetrieveResponse",
]

_EXPORTS: dict[str, Target] = {
    "ContainerCreateResponse": (("container_resource", "ContainerResource"),),
    "ContainerFileResource": (("container_file_resource", "ContainerFileResource"),),
    "ContainerListResponse": (("container_resource", "ContainerResource"),),
    "ContainerResource": (("container_resource", "ContainerResource"),),
    "ContainerRetrieveResponse": (("container_resource", "ContainerResource"),),
    "FileCreateJsonResponse": (("container_file_resource", "ContainerFileResource"),),
    "FileCreateResponse": (("container_file_resource", "ContainerFileResource"),),
    "FileListResponse": (("container_file_resource", "ContainerFileResource"),),
    "FileRetrieveResponse": (("container_file_resource", "ContainerFileResource"),),
}


def __getattr__(name: str) -> Any:
    value = load_export(__name__, 1, _EXPORTS, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(_EXPORTS)
