"""pipeline.runtime.registry.agreement."""
