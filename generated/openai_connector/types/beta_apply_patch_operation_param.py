# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Annotated, TypeAlias

from pydantic import Discriminator, Tag

from ..lib._models import Open, tag_of
from .beta_apply_patch_create_file_operation_param import (
    BetaApplyPatchCreateFileOperationParam,
    BetaApplyPatchCreateFileOperationParamModel,
)
from .beta_apply_patch_delete_file_operation_param import (
    BetaApplyPatchDeleteFileOperationParam,
    BetaApplyPatchDeleteFileOperationParamModel,
)
from .beta_apply_patch_update_file_operation_param import (
    BetaApplyPatchUpdateFileOperationParam,
    BetaApplyPatchUpdateFileOperationParamModel,
)

BetaApplyPatchOperation: TypeAlias = Open[
    Annotated[
        Annotated[BetaApplyPatchCreateFileOperationParamModel, Tag("create_file")]
        | Annotated[BetaApplyPatchDeleteFileOperationParamModel, Tag("delete_file")]
        | Annotated[BetaApplyPatchUpdateFileOperationParamModel, Tag("update_file")],
        Discriminator(tag_of("type")),
    ]
]
"""One of the create_file, delete_file, or update_file operations supplied to the apply_patch tool."""


BetaApplyPatchOperationParam: TypeAlias = (
    BetaApplyPatchCreateFileOperationParam
    | BetaApplyPatchDeleteFileOperationParam
    | BetaApplyPatchUpdateFileOperationParam
)
"""One of the create_file, delete_file, or update_file operations supplied to the apply_patch tool."""
