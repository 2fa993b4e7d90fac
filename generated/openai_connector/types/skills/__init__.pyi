# generated from the OpenAI API spec by the openai-connector generator; do not edit
from ..deleted_skill import DeletedSkill as DeletedSkill
from ..deleted_skill import DeletedSkill as SkillDeleteResponse
from ..deleted_skill_version import DeletedSkillVersion as DeletedSkillVersion
from ..deleted_skill_version import DeletedSkillVersion as VersionDeleteResponse
from ..skill import Skill as Skill
from ..skill import Skill as SkillCreateResponse
from ..skill import Skill as SkillListResponse
from ..skill import Skill as SkillRetrieveResponse
from ..skill import Skill as SkillUpdateResponse
from ..skill_version import SkillVersion as SkillVersion
from ..skill_version import SkillVersion as VersionCreateResponse
from ..skill_version import SkillVersion as VersionListResponse
from ..skill_version import SkillVersion as VersionRetrieveResponse

__all__ = [
    "DeletedSkill",
    "DeletedSkillVersion",
    "Skill",
    "SkillCreateResponse",
    "SkillDeleteResponse",
    "SkillListResponse",
    "SkillRetrieveResponse",
    "SkillUpdateResponse",
    "SkillVersion",
    "VersionCreateResponse",
    "VersionDeleteResponse",
    "VersionListResponse",
    "VersionRetrieveResponse",
]
