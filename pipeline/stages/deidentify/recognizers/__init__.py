"""pipeline.runtime.registry.deidentify.recognizers."""
