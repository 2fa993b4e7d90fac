# generated from the Golden Pets spec by the openai-connector generator; do not edit
