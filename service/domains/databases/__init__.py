"""Databases: PostgreSQL, MariaDB (MySQL protocol) and Redis servers, each in its own guest on a node."""
