"""pipeline.text."""
