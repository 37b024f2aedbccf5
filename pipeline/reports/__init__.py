"""pipeline.reports."""
