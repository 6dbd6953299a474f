"""The collector's pause: overlapping jobs, errors, and a collector already off."""

from __future__ import annotations

import gc
import threading

import pytest

from accompdesk.domain.collector import collection_paused, paused


@pytest.fixture(autouse=True)
def collector_on():
    gc.enable()
    yield
    gc.enable()


def test_the_collector_runs_again_after_the_job_even_when_it_fails():
    @paused
    def job():
        assert not gc.isenabled()
        raise ValueError("the job failed")

    with pytest.raises(ValueError):
        job()
    assert gc.isenabled()


def test_overlapping_jobs_resume_the_collector_only_when_the_last_ends():
    first_in, second_done = threading.Event(), threading.Event()
    seen = []

    def long_job():
        with collection_paused():
            first_in.set()
            second_done.wait(5)
            seen.append(gc.isenabled())

    worker = threading.Thread(target=long_job)
    worker.start()
    first_in.wait(5)
    with collection_paused():
        pass
    seen.append(gc.isenabled())  # the long job still runs: still paused
    second_done.set()
    worker.join(5)
    assert seen == [False, False]
    assert gc.isenabled()


def test_a_collector_switched_off_before_stays_off():
    gc.disable()
    with collection_paused():
        pass
    assert not gc.isenabled()
