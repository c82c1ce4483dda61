"""The events tests' fixtures: the apps' health tests' HTTP server on loopback, answering with a status the test
sets."""

from tests.apps.test_app_health import answering

__all__ = ["answering"]
