# generated from the Odd Shapes spec by the openai-connector generator; do not edit
"""Which module of this package defines each public name (read by `__init__.__getattr__`)."""

MODULE_OF: dict[str, str] = {
    "DataSetList": "data_set_list",
    "DataSetListApisItem": "data_set_list",
    "Error": "error",
    "NewPet": "new_pet",
    "PerformSearchBody": "perform_search",
    "PerformSearchBodyParam": "perform_search",
    "Pet": "pet",
}

# openai-python's names for answers: name -> (module, class name) of the class, or of each variant of a union
ALIASES: dict[str, tuple[tuple[str, str], ...]] = {
    "PetRetrieveResponse": (("error", "Error"),),
    "RootListResponse": (("data_set_list", "DataSetList"),),
}

ALL: tuple[str, ...] = (*MODULE_OF, *ALIASES)
