# generated from the Golden Shop spec by the openai-connector generator; do not edit
from .discount import Discount as Discount
from .error import Error as Error
from .line import Line as Line
from .order import Order as Order
from .order import Order as OrderRetrieveResponse

__all__ = [
    "Discount",
    "Error",
    "Line",
    "Order",
    "OrderRetrieveResponse",
]
