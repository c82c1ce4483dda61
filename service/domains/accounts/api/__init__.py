"""The account routers: login, profile, the caller, API tokens, accounts and groups."""
