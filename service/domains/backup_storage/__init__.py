"""Where backups go and what is there: the restic repository's configuration, its check, and the backup records."""
