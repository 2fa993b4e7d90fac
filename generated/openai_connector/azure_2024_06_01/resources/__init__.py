# generated from specs/azure/inference-2024-06-01.json by the openai-connector generator; do not edit
