# generated from tests/generator/specs/petstore-3.1.yaml by the openai-connector generator; do not edit
