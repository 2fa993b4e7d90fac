# generated from the Golden Shop spec by the openai-connector generator; do not edit
"""Which module of this package defines each public name (read by `__init__.__getattr__`)."""

MODULE_OF: dict[str, str] = {
    "Discount": "discount",
    "Error": "error",
    "Line": "line",
    "Order": "order",
}

# openai-python's names for answers: name -> (module, class name) of the class, or of each variant of a union
ALIASES: dict[str, tuple[tuple[str, str], ...]] = {
    "OrderRetrieveResponse": (("order", "Order"),),
}

ALL: tuple[str, ...] = (*MODULE_OF, *ALIASES)
