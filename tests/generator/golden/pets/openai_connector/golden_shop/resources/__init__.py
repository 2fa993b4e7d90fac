# generated from the Golden Shop spec by the openai-connector generator; do not edit
