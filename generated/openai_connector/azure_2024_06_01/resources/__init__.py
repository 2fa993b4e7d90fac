# generated from the Azure OpenAI Service API spec by the openai-connector generator; do not edit
