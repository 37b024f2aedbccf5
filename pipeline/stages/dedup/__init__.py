"""pipeline.runtime.registry.dedup."""
