"""Real servers for the tests, started from Debian packages and torn down afterwards."""
