"""pipeline.runtime.registry.clean."""
