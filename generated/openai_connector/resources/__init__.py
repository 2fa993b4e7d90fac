# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
