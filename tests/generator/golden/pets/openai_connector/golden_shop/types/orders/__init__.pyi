# generated from the Golden Shop spec by the openai-connector generator; do not edit
from ..order import Order as Order
from ..order import Order as OrderRetrieveResponse

__all__ = [
    "Order",
    "OrderRetrieveResponse",
]
