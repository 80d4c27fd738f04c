# RecoveryDesk: `make run` starts the app, `make test` runs the whole suite.
# Both create the local virtual environment (.venv) the first time.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp

.PHONY: run test bench lint screenshots clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(PY) -m recoverydesk $(ARGS)

test: $(STAMP)
	$(PY) -m pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(VENV)/bin/ruff check src tests bench tools

bench: $(STAMP)
	$(PY) bench/run.py

# Needs a screen: run as `xvfb-run -a make screenshots` on a machine without one.
screenshots: $(STAMP)
	$(PY) tools/screenshots.py docs/screenshots

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache .ruff_cache
