"""Pydantic models of the API's requests and answers (camelCase on the wire)."""
