# generated from specs/azure/inference-2024-10-21.json by the openai-connector generator; do not edit
