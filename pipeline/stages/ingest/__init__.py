"""pipeline.runtime.registry.ingest."""
