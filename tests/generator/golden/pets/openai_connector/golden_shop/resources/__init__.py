# generated from tests/generator/specs/shop-3.0.json by the openai-connector generator; do not edit
