"""The tasks API (Cloudron's task object): list, get, logs, the live log stream and stop."""
