# generated from the OpenAI API spec by the openai-connector generator; do not edit
from .....project_model_permissions import ProjectModelPermissions as ModelPermissionRetrieveResponse
from .....project_model_permissions import ProjectModelPermissions as ModelPermissionUpdateResponse
from .....project_model_permissions import ProjectModelPermissions as ProjectModelPermissions
from .....project_model_permissions_deleted import ProjectModelPermissionsDeleted as ModelPermissionDeleteResponse
from .....project_model_permissions_deleted import ProjectModelPermissionsDeleted as ProjectModelPermissionsDeleted

__all__ = [
    "ModelPermissionDeleteResponse",
    "ModelPermissionRetrieveResponse",
    "ModelPermissionUpdateResponse",
    "ProjectModelPermissions",
    "ProjectModelPermissionsDeleted",
]
