# Kronika: `make demo` and `make test` do all set-up on a fresh machine (only Python 3.11+ needed).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
GAZ    := $(VENV)/share/kronika/gazetteer.sqlite
DATA   := $(wildcard src/kronika/data/*.json src/kronika/data/*.gz src/kronika/data/*.csv src/kronika/data/*.txt)
SUDO   := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: install demo test lint format bench eval system-deps clean

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[dev]'
	touch $(STAMP)

$(GAZ): $(STAMP) $(DATA) $(wildcard src/kronika/gazetteer/*.py)
	$(BIN)/kronika gazetteer build

install: $(STAMP) $(GAZ)

demo: install
	rm -f demo.db
	$(BIN)/kronika ingest examples --db demo.db
	$(BIN)/kronika export --db demo.db --out demo-ledger
	$(BIN)/kronika events --db demo.db
	@echo "ledger written to demo-ledger/ (documents.jsonl, events.jsonl, claims.jsonl); database demo.db"

lint: install
	$(BIN)/ruff check src tests bench eval
	$(BIN)/ruff format --check src tests bench eval
	$(BIN)/mypy

format: install
	$(BIN)/ruff format src tests bench eval
	$(BIN)/ruff check --fix src tests bench eval

# system packages the tests use for real: Debian's Chromium (Playwright never downloads a browser here)
# and PostgreSQL with PostGIS (the tests start their own server with initdb/pg_ctl)
APT_PACKAGES := chromium postgresql postgresql-15-postgis-3
system-deps:
	@missing=""; \
	command -v chromium >/dev/null 2>&1 || missing="$$missing chromium"; \
	ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing="$$missing postgresql"; \
	ls /usr/share/postgresql/*/extension/postgis.control >/dev/null 2>&1 || missing="$$missing postgresql-15-postgis-3"; \
	if [ -n "$$missing" ]; then \
	  echo "installing Debian packages:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing >/dev/null; \
	fi

test: lint system-deps
	$(BIN)/pytest -q

# the development sets in ../shared (real reporting nobody on the project wrote): tune and report parts side by side
eval: install
	$(BIN)/python eval/dev.py --n 0 --write docs/evaluation.md

bench: install
	$(BIN)/python bench/make_corpus.py --n 500 --out bench/corpus
	$(BIN)/python bench/throughput.py bench/corpus

clean:
	rm -rf $(VENV) demo.db demo-ledger .pytest_cache .mypy_cache .ruff_cache
