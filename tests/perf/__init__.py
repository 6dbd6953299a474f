"""Benchmarks, run on demand with `python -m tests.perf`; not part of the test run."""
