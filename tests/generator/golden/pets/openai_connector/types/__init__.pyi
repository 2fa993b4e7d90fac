# generated from the Golden Pets spec by the openai-connector generator; do not edit
from .cat import Cat as Cat
from .create_pet_request import CreatePetRequest as CreatePetRequest
from .create_pet_request import CreatePetRequestCustomDiet as CreatePetRequestCustomDiet
from .create_pet_request import CreatePetRequestCustomDietParam as CreatePetRequestCustomDietParam
from .create_pet_request import CreatePetRequestParam as CreatePetRequestParam
from .dog import Dog as Dog
from .named import Named as Named
from .pet import Pet as Pet
from .pet import Pet as PetCreateResponse
from .pet import Pet as PetListResponse
from .pet import Pet as PetRetrieveResponse
from .pet_adopted import PetAdopted as PetAdopted
from .pet_adopted import PetAdoptedData as PetAdoptedData
from .pet_event import PetEvent as PetEvent
from .pet_kind import PetKind as PetKind
from .pet_list import PetList as PetList
from .tag import TagSchema as TagSchema
from .tag import TagSchemaParam as TagSchemaParam
from .upload_pet_photo import UploadPetPhotoBody as UploadPetPhotoBody
from .upload_pet_photo import UploadPetPhotoBodyParam as UploadPetPhotoBodyParam
from .upload_pet_photo import UploadPetPhotoResponse as UploadPetPhotoResponse
from .webhooks import PetLostWebhookEvent as PetLostWebhookEvent
from .webhooks import PetLostWebhookEventData as PetLostWebhookEventData
from .webhooks import UnwrapWebhookEvent as UnwrapWebhookEvent

__all__ = [
    "Cat",
    "CreatePetRequest",
    "CreatePetRequestCustomDiet",
    "CreatePetRequestCustomDietParam",
    "CreatePetRequestParam",
    "Dog",
    "Named",
    "Pet",
    "PetAdopted",
    "PetAdoptedData",
    "PetCreateResponse",
    "PetEvent",
    "PetKind",
    "PetList",
    "PetListResponse",
    "PetLostWebhookEvent",
    "PetLostWebhookEventData",
    "PetRetrieveResponse",
    "TagSchema",
    "TagSchemaParam",
    "UnwrapWebhookEvent",
    "UploadPetPhotoBody",
    "UploadPetPhotoBodyParam",
    "UploadPetPhotoResponse",
]
