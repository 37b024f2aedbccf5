"""pipeline.runtime.registry.validate."""
