"""pipeline.runtime.registry.export."""
