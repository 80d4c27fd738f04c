# RecoveryDesk: `make run` starts the app, `make test` runs the whole suite.
# Both create the local virtual environment (.venv) the first time, from the lock file:
# exact versions with hashes (requirements/dev.lock; `make lock` refreshes it).

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
LOCK := requirements/dev.lock
STAMP := $(VENV)/.installed-stamp
LOCK_FLAGS := --universal --python-version 3.11 --generate-hashes --quiet --no-header

.PHONY: run test soak bench lint lock screenshots bundle package clean

$(STAMP): pyproject.toml $(LOCK)
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --require-hashes -r $(LOCK)
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $(STAMP)

run: $(STAMP)
	$(PY) -m recoverydesk $(ARGS)

test: $(STAMP)
	$(PY) -m pytest $(PYTEST_ARGS)

# The long-session test run for longer (about ten minutes): see tests/soak/. Then the long
# reliability variants (tests/reliability/: 1,000 mutations, 20 rounds of kill -9, more
# fuzzing), which print their counts.
soak: $(STAMP)
	RECOVERYDESK_SOAK_EVENTS=1000000 $(PY) -m pytest -m slow tests/soak -v $(PYTEST_ARGS)
	RECOVERYDESK_SOAK=1 $(PY) -m pytest tests/reliability -q -s -p no:randomly --timeout 3600 $(PYTEST_ARGS)

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

# The trimmed one-folder PyInstaller bundle in dist/RecoveryDesk (packaging/build.sh).
bundle: $(STAMP)
	packaging/build.sh dist

# The bundle, then dist/recoverydesk_VERSION_ARCH.deb and a portable .tar.gz (packaging/package.sh;
# needs dpkg-deb, desktop-file-validate and appstreamcli: apt-get install desktop-file-utils appstream).
package: $(STAMP)
	packaging/package.sh dist

# Needs a screen: run as `xvfb-run -a make screenshots` on a machine without one.
screenshots: $(STAMP)
	$(PY) tools/screenshots.py docs/screenshots

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache .ruff_cache
