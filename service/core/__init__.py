"""The shared core every slice may use: errors, secrets, the database, paging, SSE, OpenAPI, the audit
middleware, cron patterns, request guards, the settings store, SMTP and the service's SSH key."""
