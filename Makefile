# Two commands matter: `make run` (set up, open the web app) and `make test` (set up, run every test).
SHELL := /bin/bash
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
PORT ?= 8501
export XDG_CACHE_HOME := $(CURDIR)/.cache/xdg
# Chromium keeps crash-report settings under the config folder: keep it inside the repo too
test: export XDG_CONFIG_HOME := $(CURDIR)/.cache/config

.PHONY: setup browser run test lint eval bench clean

# uv installs the same versions as pip in a fraction of the time (about 15 s against 60 s here);
# pip is the fallback. Both leave compiled modules behind: with PYTHONDONTWRITEBYTECODE set,
# every test process would otherwise compile streamlit, pandas and langchain again.
$(STAMP): pyproject.toml
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check uv 2>&1 | grep -v "is ignored" || true
	$(VENV)/bin/uv pip install -q --compile-bytecode --python $(PY) -e '.[all,dev]' \
	  || $(PY) -m pip install -q --disable-pip-version-check -e '.[all,dev]' 2>&1 | grep -v "is ignored" || true
	$(PY) -c "import rewriter, lemminflect, streamlit, langchain_openai, playwright"
	touch $(STAMP)

setup: $(STAMP)

# Debian's Chromium for the real-browser tests (playwright never downloads its own browser).
browser:
	@test -x /usr/bin/chromium || { apt-get update -q && apt-get install -y -q chromium chromium-driver; }

run: setup
	$(PY) -m streamlit run app.py --server.port $(PORT) --browser.gatherUsageStats false --client.toolbarMode minimal

# ruff for likely bugs and one format, mypy (strict, see [tool.mypy]) for types
lint: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check -q .
	$(VENV)/bin/mypy rewriter app.py

# Three xdist workers on two cores: the real-browser tests stay together on one of them, which
# mostly waits on Chromium and the app, so the other two keep both cores busy.
PYTEST := $(PY) -m pytest -p no:cacheprovider --basetemp=.cache/pytest -n 3 --dist loadgroup
# Lint runs beside the tests (mypy takes the time the tests spend waiting on the browser and on
# subprocesses); either one failing fails `make test`.
test: setup browser
	mkdir -p .cache
	@( set -o pipefail; $(MAKE) --no-print-directory lint 2>&1 | sed -u 's/^/[lint] /' ) & lint=$$!; \
	echo "$(PYTEST)"; $(PYTEST); tests=$$?; \
	wait $$lint; linted=$$?; \
	if [ $$linted -ne 0 ]; then echo "make test: lint failed (see the [lint] lines)"; fi; \
	if [ $$tests -ne 0 ]; then exit $$tests; fi; exit $$linted

eval: setup
	$(VENV)/bin/smartgoal eval evals/suites/core.yaml --engine rules --out .cache/runs/core-rules.json

bench: setup
	@for f in benchmarks/bench_*.py; do echo "== $$f"; $(PY) $$f || exit 1; done

clean:
	rm -rf .cache .pytest_cache .ruff_cache .hypothesis
