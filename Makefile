# Entry points for a checkout. Everything runs from .venv, which scripts/bootstrap creates and keeps current
# (fast when nothing changed). `make run` honours the CONTAINR_* environment variables (the CLI reads them).
VENV := .venv
BIN := $(VENV)/bin
PYTEST_ARGS ?=

# ansible-runner (the task engine, in tests too) starts ansible-playbook from PATH: let it find the venv's.
export PATH := $(CURDIR)/$(BIN):$(PATH)

SIM_STATE ?= data/pvesim
# The simulator's backend: real LXC containers when root, records only otherwise.
SIM_BACKEND ?= $(shell [ "$$(id -u)" = 0 ] && command -v lxc-start >/dev/null && echo lxc || echo memory)

.PHONY: bootstrap run test lint bench clean sim clean-sim

bootstrap:
	scripts/bootstrap

run: bootstrap
	$(BIN)/containr migrate
	$(BIN)/containr serve

test:
	scripts/bootstrap --test-deps
	$(BIN)/pytest $(PYTEST_ARGS)

lint: bootstrap
	$(BIN)/ruff check .
	$(BIN)/ansible-lint
	$(BIN)/yamllint .

bench: bootstrap
	$(BIN)/python bench/task_overhead.py

# The PVE simulator on https://127.0.0.1:8006 (prints its credentials; `lxc` also its bridge and apt proxy).
sim: bootstrap
	@echo "make sim: the $(SIM_BACKEND) backend (lxc when root with Debian's lxc installed; SIM_BACKEND= to choose)"
	$(BIN)/python -m tests.pvesim --state $(SIM_STATE) --backend $(SIM_BACKEND)

# Destroys every container, the bridge and apt-cacher-ng that the simulator's lxc backend made.
clean-sim: bootstrap
	$(BIN)/python -m tests.pvesim.lxc_setup clean

clean:
	rm -rf $(VENV) collections
