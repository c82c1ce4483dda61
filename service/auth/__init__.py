"""Accounts, passwords, access tokens and the request dependencies that authenticate callers."""
