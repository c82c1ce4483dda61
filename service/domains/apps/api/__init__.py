"""The apps slice's routers."""
