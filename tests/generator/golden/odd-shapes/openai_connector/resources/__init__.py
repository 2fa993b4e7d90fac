# generated from the Odd Shapes spec by the openai-connector generator; do not edit
