"""Benchmarks of the generated client and the generator against their peers (`python -m bench`).

Every figure is a ratio against a peer measured in the same run; see `bench/README.md`.
Kept import-free: worker processes import submodules of this package in the peers' venv.
"""
