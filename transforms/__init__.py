"""Beam stages of the pipeline, one module each: read, extract, write."""
