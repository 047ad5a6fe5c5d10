"""Benchmarks for rnncli: side-by-side measurements reported as ratios (`python -m benchmarks`)."""
