"""The versions slice's routers."""
