# generated from the OpenAI API spec by the openai-connector generator; do not edit
