# generated from the OpenAI API spec by the openai-connector generator; do not edit
from ...delete_fine_tuning_checkpoint_permission_response import (
    DeleteFineTuningCheckpointPermissionResponse as DeleteFineTuningCheckpointPermissionResponse,
)
from ...delete_fine_tuning_checkpoint_permission_response import (
    DeleteFineTuningCheckpointPermissionResponse as PermissionDeleteResponse,
)
from ...fine_tuning_checkpoint_permission import FineTuningCheckpointPermission as FineTuningCheckpointPermission
from ...fine_tuning_checkpoint_permission import FineTuningCheckpointPermission as PermissionListResponse
from ...list_fine_tuning_checkpoint_permission_response import (
    ListFineTuningCheckpointPermissionResponse as ListFineTuningCheckpointPermissionResponse,
)
from ...list_fine_tuning_checkpoint_permission_response import (
    ListFineTuningCheckpointPermissionResponse as PermissionCreateResponse,
)

__all__ = [
    "DeleteFineTuningCheckpointPermissionResponse",
    "FineTuningCheckpointPermission",
    "ListFineTuningCheckpointPermissionResponse",
    "PermissionCreateResponse",
    "PermissionDeleteResponse",
    "PermissionListResponse",
]
