"""The benchmark suite: `python -m bench` (see bench/run.py and BENCHMARKS.md)."""
