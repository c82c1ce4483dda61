"""The instance: status, settings and scheduled jobs (Cloudron's /cloudron and /settings)."""
