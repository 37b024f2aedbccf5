"""Labelled, generated evaluation corpus for de-identification (see README.md)."""

__all__ = ["generate", "score"]
