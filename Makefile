# RecoveryDesk: `make run` starts the app, `make test` runs the whole suite.
# Both create the local virtual environment (.venv) the first time, from the lock file:
# exact versions with hashes (requirements/dev.lock; `make lock` refreshes it).

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
LOCK := requirements/dev.lock
STAMP := $(VENV)/.installed-stamp
LOCK_FLAGS := --universal --python-version 3.11 --generate-hashes --quiet --no-header

.PHONY: run test soak bench lint lock screenshots clean

$(STAMP): pyproject.toml $(LOCK)
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --require-hashes -r $(LOCK)
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $(STAMP)

run: $(STAMP)
	$(PY) -m recoverydesk $(ARGS)

test: $(STAMP)
	$(PY) -m pytest $(PYTEST_ARGS)

# The long-session test run for longer (about ten minutes): see tests/soak/.
soak: $(STAMP)
	RECOVERYDESK_SOAK_EVENTS=1000000 $(PY) -m pytest -m slow tests/soak -v $(PYTEST_ARGS)

lint: $(STAMP)
	$(VENV)/bin/ruff check src tests bench tools
	$(VENV)/bin/mypy

bench: $(STAMP)
	$(PY) bench/run.py

# Recompile the lock files from pyproject.toml (needs the package index).
lock: $(STAMP)
	$(PY) -m pip install --quiet --disable-pip-version-check "uv==0.13.9"
	$(VENV)/bin/uv pip compile pyproject.toml $(LOCK_FLAGS) -o requirements/app.lock
	$(VENV)/bin/uv pip compile pyproject.toml $(LOCK_FLAGS) --extra dev -o requirements/dev.lock
	$(VENV)/bin/uv pip compile pyproject.toml $(LOCK_FLAGS) --extra package -o requirements/package.lock

# Needs a screen: run as `xvfb-run -a make screenshots` on a machine without one.
screenshots: $(STAMP)
	$(PY) tools/screenshots.py docs/screenshots

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache .ruff_cache
