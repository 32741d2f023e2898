"""stancegraph's application layer: settings, ingestion, command line and HTTP service."""
