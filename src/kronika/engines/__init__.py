"""Execution engines: each only maps ``Pipeline.run_batch`` over partitions of documents."""
