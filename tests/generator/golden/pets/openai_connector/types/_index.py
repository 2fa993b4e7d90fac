# generated from the Golden Pets spec by the openai-connector generator; do not edit
"""Which module of this package defines each public name (read by `__init__.__getattr__`)."""

MODULE_OF: dict[str, str] = {
    "Cat": "cat",
    "CreatePetRequest": "create_pet_request",
    "CreatePetRequestCustomDiet": "create_pet_request",
    "CreatePetRequestCustomDietParam": "create_pet_request",
    "CreatePetRequestParam": "create_pet_request",
    "Dog": "dog",
    "Named": "named",
    "Pet": "pet",
    "PetAdopted": "pet_adopted",
    "PetAdoptedData": "pet_adopted",
    "PetEvent": "pet_event",
    "PetKind": "pet_kind",
    "PetList": "pet_list",
    "PetLostWebhookEvent": "webhooks",
    "PetLostWebhookEventData": "webhooks",
    "TagSchema": "tag",
    "TagSchemaParam": "tag",
    "UnwrapWebhookEvent": "webhooks",
    "UploadPetPhotoBody": "upload_pet_photo",
    "UploadPetPhotoBodyParam": "upload_pet_photo",
    "UploadPetPhotoResponse": "upload_pet_photo",
}

# openai-python's names for answers: name -> (module, class name) of the class, or of each variant of a union
ALIASES: dict[str, tuple[tuple[str, str], ...]] = {
    "PetCreateResponse": (("pet", "Pet"),),
    "PetListResponse": (("pet", "Pet"),),
    "PetRetrieveResponse": (("pet", "Pet"),),
}

ALL: tuple[str, ...] = (*MODULE_OF, *ALIASES)
