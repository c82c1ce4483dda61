"""The action catalogue: what the API may ask Ansible to do, and with which validated vars.

Each module here declares its actions (service.actions.catalogue.declare) when it is imported; the app
installs their finish hooks into the task engine at start-up."""
