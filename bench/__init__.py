"""The benchmarks, one entry point: `python -m bench` lists them (see bench/__main__.py)."""
