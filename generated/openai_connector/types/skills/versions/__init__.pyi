# generated from the OpenAI API spec by the openai-connector generator; do not edit
from ...deleted_skill_version import DeletedSkillVersion as DeletedSkillVersion
from ...deleted_skill_version import DeletedSkillVersion as VersionDeleteResponse
from ...skill_version import SkillVersion as SkillVersion
from ...skill_version import SkillVersion as VersionCreateResponse
from ...skill_version import SkillVersion as VersionListResponse
from ...skill_version import SkillVersion as VersionRetrieveResponse

__all__ = [
    "DeletedSkillVersion",
    "SkillVersion",
    "VersionCreateResponse",
    "VersionDeleteResponse",
    "VersionListResponse",
    "VersionRetrieveResponse",
]
