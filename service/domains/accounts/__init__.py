"""Accounts as an API: registration and login, the caller's profile, API tokens, account administration, groups."""
