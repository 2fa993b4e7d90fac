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

ALL: tuple[str, ...] = tuple(MODULE_OF)
