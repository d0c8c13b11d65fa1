"""Qt-free domain operations and queries, one module per area; they return plain dataclasses."""
