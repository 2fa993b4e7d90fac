# generated from the OpenAI API spec by the openai-connector generator; do not edit
from .....project_rate_limit import ProjectRateLimit as ProjectRateLimit
from .....project_rate_limit import ProjectRateLimit as RateLimitListRateLimitsResponse
from .....project_rate_limit import ProjectRateLimit as RateLimitUpdateRateLimitResponse

__all__ = [
    "ProjectRateLimit",
    "RateLimitListRateLimitsResponse",
    "RateLimitUpdateRateLimitResponse",
]
