"""The workflows slice's routers: step images and workflows."""
