# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Annotated, TypeAlias

from pydantic import Discriminator, Tag

from ..lib._models import Open, tag_of
from .apply_patch_create_file_operation_param import (
    ApplyPatchCreateFileOperationParam,
    ApplyPatchCreateFileOperationParamModel,
)
from .apply_patch_delete_file_operation_param import (
    ApplyPatchDeleteFileOperationParam,
    ApplyPatchDeleteFileOperationParamModel,
)
from .apply_patch_update_file_operation_param import (
    ApplyPatchUpdateFileOperationParam,
    ApplyPatchUpdateFileOperationParamModel,
)

ApplyPatchOperation: TypeAlias = Open[
    Annotated[
        Annotated[ApplyPatchCreateFileOperationParamModel, Tag("create_file")]
        | Annotated[ApplyPatchDeleteFileOperationParamModel, Tag("delete_file")]
        | Annotated[ApplyPatchUpdateFileOperationParamModel, Tag("update_file")],
        Discriminator(tag_of("type")),
    ]
]
"""One of the create_file, delete_file, or update_file operations supplied to the apply_patch tool."""


ApplyPatchOperationParam: TypeAlias = (
    ApplyPatchCreateFileOperationParam | ApplyPatchDeleteFileOperationParam | ApplyPatchUpdateFileOperationParam
)
"""One of the create_file, delete_file, or update_file operations supplied to the apply_patch tool."""
