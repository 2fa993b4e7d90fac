# Re-record: `make record` (TARGET=reference|prism|live), or alone:
# OPENAI_CONNECTOR_RECORD_TARGET=reference pytest tests/client/test_fine_tuning.py --record-mode=rewrite
"""Fine-tuning jobs: create, retrieve, cancel, list, list events (OpenAI, and Azure's v1 API)."""

from __future__ import annotations

import pytest
from openai_connector import AsyncClient, Client

pytestmark = pytest.mark.vcr

TRAINING_FILE = "file-abc123"


def test_job_lifecycle(openai: Client) -> None:
    job = openai.fine_tuning.jobs.create(model="gpt-4o-mini", training_file=TRAINING_FILE)
    assert job.object == "fine_tuning.job"
    again = openai.fine_tuning.jobs.retrieve(job.id)
    assert again.object == "fine_tuning.job"
    cancelled = openai.fine_tuning.jobs.cancel(job.id)
    assert cancelled.object == "fine_tuning.job"
    events = openai.fine_tuning.jobs.list_events(job.id, limit=2)
    assert all(event.object == "fine_tuning.job.event" for event in events.data)


def test_list_jobs(openai: Client) -> None:
    page = openai.fine_tuning.jobs.list(limit=2)
    assert all(job.object == "fine_tuning.job" for job in page.data)


async def test_retrieve_job_async(async_openai: AsyncClient) -> None:
    job = await async_openai.fine_tuning.jobs.retrieve("ftjob-abc123")
    assert job.object == "fine_tuning.job"


def test_azure_v1_create_job(azure_v1: Client) -> None:
    job = azure_v1.fine_tuning.jobs.create(model="gpt-4o-mini", training_file=TRAINING_FILE)
    assert job.object == "fine_tuning.job"
