# generated from tests/generator/specs/odd-shapes.yaml by the openai-connector generator; do not edit
