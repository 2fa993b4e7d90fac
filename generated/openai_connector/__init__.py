"""Placeholder until the generator writes the public surface; `make generate` replaces this file."""
