"""Parts of ``bench/bench_deidentify.py``: run the deidentify stage on benchmark records and report."""
