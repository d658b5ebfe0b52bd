"""A small shop application: its SQLAlchemy models are the reference schema (see pyproject.toml)."""
