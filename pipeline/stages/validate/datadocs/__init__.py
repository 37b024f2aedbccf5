"""Great Expectations Data Docs that work offline: vendored assets, local-asset views, the site config."""
