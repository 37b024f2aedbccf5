"""pipeline.runtime.registry.deidentify."""
