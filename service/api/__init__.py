"""What every router depends on: the engine, the settings, the secret boxes and the authenticated caller."""
