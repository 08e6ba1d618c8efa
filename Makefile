# Every target works from a fresh clone: the ones that need tools depend on the virtual environment.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
export PATH := $(CURDIR)/$(BIN):$(PATH)

.PHONY: install generate api-diff check-generated lint typecheck test test-only spec-check dist record record-live clean demo

install: $(STAMP)

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

generate: $(STAMP)
	scripts/generate.sh generated/onerecord_api
	$(BIN)/python scripts/generate_facade.py  # onerecord/_kwargs.py and onerecord/_spec_facts.py, from the spec
	@$(BIN)/python scripts/api_diff.py --base HEAD

# What changed in the API between a git revision and the working tree: make api-diff BASE=v0.1.0
api-diff: $(STAMP)
	@$(BIN)/python scripts/api_diff.py --base $(or $(BASE),HEAD)

check-generated: $(STAMP)
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	scripts/generate.sh "$$tmp/onerecord_api" && \
	if diff -r -x __pycache__ generated/onerecord_api "$$tmp/onerecord_api"; then \
	  echo "generated/ matches the spec"; \
	else \
	  echo "generated/ differs from what the spec produces: run 'make generate' and commit" >&2; exit 1; \
	fi
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	$(BIN)/python scripts/generate_facade.py --out "$$tmp" && \
	if diff onerecord/_kwargs.py "$$tmp/_kwargs.py" && diff onerecord/_spec_facts.py "$$tmp/_spec_facts.py"; then \
	  echo "onerecord/_kwargs.py and onerecord/_spec_facts.py match the spec"; \
	else \
	  echo "onerecord/_kwargs.py or _spec_facts.py differs from what the spec produces: run 'make generate'" >&2; exit 1; \
	fi

spec-check: $(STAMP)
	$(BIN)/openapi-spec-validator openapi/one-record.yaml

lint: $(STAMP)
	$(BIN)/ruff check onerecord tests examples bench
	$(BIN)/ruff format --check onerecord tests examples bench

# mypy --strict on both packages, the facade and the generated one (configured in pyproject.toml), and on the
# examples and benchmarks users copy from.
typecheck: $(STAMP)
	$(BIN)/mypy
	$(BIN)/mypy --strict examples bench

test-only: $(STAMP)
	$(BIN)/python -m pytest

# The README's test command: everything CI checks.
test: spec-check lint typecheck check-generated test-only

# Contract cassettes (tests/contract/cassettes/<source>/): re-record against a fresh local sandbox, or against the
# real API with ONERECORD_CLIENT_ID / ONERECORD_CLIENT_SECRET (and optionally ONERECORD_BASE_URL) set. Secrets are
# scrubbed on record; the replay run that follows checks the cassettes and scans them for leaks.
record: $(STAMP)
	ONERECORD_RECORD=sandbox $(BIN)/python -m pytest tests/contract -k "not hygiene" --record-mode=rewrite -q
	$(BIN)/python -m pytest tests/contract -q

record-live: $(STAMP)
	@test -n "$$ONERECORD_CLIENT_ID" -a -n "$$ONERECORD_CLIENT_SECRET" || \
	  { echo "record-live needs ONERECORD_CLIENT_ID and ONERECORD_CLIENT_SECRET" >&2; exit 2; }
	ONERECORD_RECORD=live $(BIN)/python -m pytest tests/contract -k "not hygiene" --record-mode=rewrite -q
	ONERECORD_CASSETTES=live $(BIN)/python -m pytest tests/contract -q

# Source distribution and wheel in dist/ (tests/packaging checks the wheel's contents and a clean install).
dist: $(STAMP)
	rm -rf dist
	$(BIN)/python -m build --no-isolation --outdir dist

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache

demo: $(STAMP)
	$(BIN)/python examples/quickstart.py
