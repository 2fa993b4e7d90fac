# generated from the OpenAI API spec by the openai-connector generator; do not edit
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
