"""The instance routers: health, settings, schedule settings and the jobs' schedules."""
