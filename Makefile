# Entry points for a checkout. Everything runs from .venv, which scripts/bootstrap creates and keeps current
# (fast when nothing changed). `make run` honours the CONTAINR_* environment variables (the CLI reads them).
VENV := .venv
BIN := $(VENV)/bin
PYTEST_ARGS ?=
# Test processes: most tests wait on playbook runs, servers and guests, so more than the cores pay off; two of
# them run the two lanes of LXC tests (tests/harness/lxc.py), the others everything else.
PYTEST_WORKERS ?= 4

# ansible-runner (the task engine, in tests too) starts ansible-playbook from PATH: let it find the venv's.
export PATH := $(CURDIR)/$(BIN):$(PATH)

.PHONY: bootstrap run sim clean-sim test lint bench screenshots clean

bootstrap:
	scripts/bootstrap

run: bootstrap
	$(BIN)/containr migrate
	$(BIN)/containr serve

# The Proxmox VE simulator on localhost (SIM_PORT, default 8006) with a fresh state dir; prints the node to
# register and the PROXMOX_* exports for playbooks by hand. As root it first installs the Debian packages of
# its lxc backend and of backups (lxc, debootstrap, apt-cacher-ng, restic, ...); otherwise it names the missing.
sim:
	scripts/bootstrap --sim-deps
	$(BIN)/python scripts/sim.py

test:
	scripts/bootstrap --test-deps
	$(BIN)/pytest -n $(PYTEST_WORKERS) --dist loadgroup $(PYTEST_ARGS)

lint: bootstrap
	$(BIN)/ruff check .
	$(BIN)/ansible-lint
	$(BIN)/yamllint .

bench: bootstrap
	$(BIN)/python bench/task_overhead.py

# Pictures of the dashboard's main pages (desktop and phone, light and dark) under docs/screenshots/, taken by
# the browser tests in headless Chromium against a simulator node.
screenshots:
	scripts/bootstrap --test-deps
	CONTAINR_SCREENSHOTS=docs/screenshots $(BIN)/pytest -q -p no:randomly tests/web/test_browser_pages.py

# Destroys every container, the bridge and apt-cacher-ng that the simulator's lxc backend made.
clean-sim: bootstrap
	$(BIN)/python -m tests.pvesim.lxc_setup clean

clean:
	rm -rf $(VENV) collections
