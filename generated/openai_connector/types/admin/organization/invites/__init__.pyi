# generated from the OpenAI API spec by the openai-connector generator; do not edit
from ....invite import Invite as Invite
from ....invite import Invite as InviteCreateResponse
from ....invite import Invite as InviteListResponse
from ....invite import Invite as InviteRetrieveResponse
from ....invite_delete_response import InviteDeleteResponse as InviteDeleteResponse

__all__ = [
    "Invite",
    "InviteCreateResponse",
    "InviteDeleteResponse",
    "InviteListResponse",
    "InviteRetrieveResponse",
]
