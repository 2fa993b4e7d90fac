# generated from the Azure OpenAI Service API spec by the openai-connector generator; do not edit
from typing import Annotated, TypeAlias

from pydantic import Discriminator, Tag

from ...lib._models import Open, tag_of
from .on_your_data_api_key_authentication_options import OnYourDataApiKeyAuthenticationOptions
from .on_your_data_connection_string_authentication_options import OnYourDataConnectionStringAuthenticationOptions
from .on_your_data_system_assigned_managed_identity_authentication_options import (
    OnYourDataSystemAssignedManagedIdentityAuthenticationOptions,
)
from .on_your_data_user_assigned_managed_identity_authentication_options import (
    OnYourDataUserAssignedManagedIdentityAuthenticationOptions,
)

OnYourDataAuthenticationOptions: TypeAlias = Open[
    Annotated[
        Annotated[OnYourDataApiKeyAuthenticationOptions, Tag("api_key")]
        | Annotated[OnYourDataConnectionStringAuthenticationOptions, Tag("connection_string")]
        | Annotated[
            OnYourDataSystemAssignedManagedIdentityAuthenticationOptions, Tag("system_assigned_managed_identity")
        ]
        | Annotated[OnYourDataUserAssignedManagedIdentityAuthenticationOptions, Tag("user_assigned_managed_identity")],
        Discriminator(tag_of("type")),
    ]
]
"""The authentication options for Azure OpenAI On Your Data."""
