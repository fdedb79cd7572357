"""Storage: SQLModel tables, engine factory, queries."""
