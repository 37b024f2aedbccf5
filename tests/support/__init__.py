"""Helpers and data generators shared by the tests and the benchmarks (with their own tests)."""
