"""The openai-connector generator: OpenAPI documents in, a typed Python client out."""

__version__ = "0.1.0"
