# generated from the Golden Shop spec by the openai-connector generator; do not edit
"""Which module of this package defines each public name (read by `__init__.__getattr__`)."""

MODULE_OF: dict[str, str] = {
    "Discount": "discount",
    "Error": "error",
    "Line": "line",
    "Order": "order",
}

ALL: tuple[str, ...] = tuple(MODULE_OF)
