# Every target works from a fresh clone. Targets install what they need, and only that: `make demo` the package with
# its sandbox extra (seconds), the targets that run tools the `dev` dependency group on top (once).
# uv is used when it is on PATH (`make UV= ...` forces pip); pip needs >= 25.1 for dependency groups.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
UV     ?= $(shell command -v uv 2>/dev/null)
VENV   := .venv
BIN    := $(VENV)/bin
RUNTIME := $(VENV)/.runtime-installed
DEV     := $(VENV)/.dev-installed
# pytest-xdist workers for `make test` (auto: one per core).
JOBS   ?= auto
export PATH := $(CURDIR)/$(BIN):$(PATH)

ifneq ($(UV),)
new_venv      = $(UV) venv --quiet --seed --python $(PYTHON) $(1)
pip_install   = $(UV) pip install --quiet --python $(1)/bin/python
group_install = $(call pip_install,$(1))
pip_ready     = true
else
# A venv without pip, filled by the base interpreter's pip (--python needs pip >= 22.3): seeding every venv with a
# pip of its own doubled the time of a first `make demo`. Without such a pip, the venv gets its own.
BASE_PIP := $(shell $(PYTHON) -c 'import sys; from pip import __version__ as v; \
              sys.exit(tuple(map(int, v.split(".")[:2])) < (22, 3))' 2>/dev/null && echo yes)
ifeq ($(BASE_PIP),yes)
new_venv      = $(PYTHON) -m venv --without-pip $(1)
pip_install   = $(PYTHON) -m pip --python $(1)/bin/python install --quiet --disable-pip-version-check
else
new_venv      = $(PYTHON) -m venv $(1)
pip_install   = $(1)/bin/python -m pip install --quiet --disable-pip-version-check
endif
# Dependency groups need pip >= 25.1: the venv's own, installed the first time a target needs the group.
group_install = $(1)/bin/python -m pip install --quiet --disable-pip-version-check
pip_ready     = $(1)/bin/python -c 'import sys; from pip import __version__ as v; \
                sys.exit(tuple(map(int, v.split(".")[:2])) < (25, 1))' 2>/dev/null || $(call pip_install,$(1)) 'pip>=25.1'
endif

.PHONY: install runtime generate api-diff check-generated lint typecheck test test-only test-lowest test-highest spec-check \
        dist record record-live clean demo

install: $(DEV)
runtime: $(RUNTIME)

$(RUNTIME): pyproject.toml
	@test -x $(BIN)/python || $(call new_venv,$(VENV))
	$(call pip_install,$(VENV)) -e '.[sandbox]'
	@touch $@

$(DEV): $(RUNTIME)
	@$(call pip_ready,$(VENV))
	$(call group_install,$(VENV)) -e '.[sandbox,cli,redis]' --group dev
	@touch $@

demo: $(RUNTIME)
	$(BIN)/python examples/quickstart.py

generate: $(DEV)
	scripts/generate.sh generated/onerecord_api
	$(BIN)/python scripts/generate_facade.py  # onerecord/_kwargs.py and onerecord/_spec_facts.py, from the spec
	@$(BIN)/python scripts/api_diff.py --base HEAD

# What changed in the API between a git revision and the working tree: make api-diff BASE=v0.1.0
api-diff: $(DEV)
	@$(BIN)/python scripts/api_diff.py --base $(or $(BASE),HEAD)

check-generated: $(DEV)
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

spec-check: $(DEV)
	$(BIN)/openapi-spec-validator openapi/one-record.yaml

lint: $(DEV)
	$(BIN)/ruff check onerecord tests examples bench
	$(BIN)/ruff format --check onerecord tests examples bench

# mypy --strict on both packages, the facade and the generated one (configured in pyproject.toml), and on the
# examples and benchmarks users copy from.
typecheck: $(DEV)
	$(BIN)/mypy
	$(BIN)/mypy --strict examples bench

test-only: $(DEV)
	$(BIN)/python -m pytest -n $(JOBS) --dist loadfile

# The README's test command: everything CI checks. The checks run side by side (pytest on the cores, the others
# mostly waiting on one core each); --output-sync keeps each one's output in one piece.
test: $(DEV)
	@$(MAKE) --no-print-directory -j5 --output-sync=target spec-check lint typecheck check-generated test-only

# The test suite at both ends of the dependency ranges of pyproject.toml, each in a venv of its own: every runtime
# and extra dependency at exactly its lower bound (scripts/lowest_constraints.py), then at the newest release the
# ranges allow. Left out: the tests that run the development tools (tests/packaging builds and type-checks the wheel,
# test_additive_spec_change and test_additive_change regenerate the client, test_templates_upstream reads the
# generator's own templates, test_typed_kwargs runs mypy and pyright), which do not depend on these versions;
# `make test` runs them.
DEPS_TESTS := tests --ignore=tests/packaging --ignore=tests/cli/test_additive_spec_change.py \
              --ignore=tests/spec/test_templates_upstream.py --ignore=tests/spec/test_additive_change.py \
              --ignore=tests/facade/test_typed_kwargs.py

test-lowest: .venv-lowest/.installed
	.venv-lowest/bin/python -m pytest -q -n $(JOBS) --dist loadfile -p no:cacheprovider $(DEPS_TESTS)

test-highest: .venv-highest/.installed
	.venv-highest/bin/python -m pytest -q -n $(JOBS) --dist loadfile -p no:cacheprovider $(DEPS_TESTS)

.venv-lowest/.installed: pyproject.toml scripts/lowest_constraints.py
	rm -rf .venv-lowest && $(call new_venv,.venv-lowest) && $(call pip_ready,.venv-lowest)
	$(PYTHON) scripts/lowest_constraints.py > .venv-lowest/constraints.txt
	$(call group_install,.venv-lowest) -c .venv-lowest/constraints.txt -e '.[sandbox,cli,redis]' --group test
	@touch $@

.venv-highest/.installed: pyproject.toml
	rm -rf .venv-highest && $(call new_venv,.venv-highest) && $(call pip_ready,.venv-highest)
	$(call group_install,.venv-highest) --upgrade -e '.[sandbox,cli,redis]' --group test
	@touch $@

# Contract cassettes (tests/contract/cassettes/<source>/): re-record against a fresh local sandbox, or against the
# real API with ONERECORD_CLIENT_ID / ONERECORD_CLIENT_SECRET (and optionally ONERECORD_BASE_URL) set. Secrets are
# scrubbed on record; the replay run that follows checks the cassettes and scans them for leaks.
record: $(DEV)
	ONERECORD_RECORD=sandbox $(BIN)/python -m pytest tests/contract -k "not hygiene" --record-mode=rewrite -q
	$(BIN)/python -m pytest tests/contract -q

record-live: $(DEV)
	@test -n "$$ONERECORD_CLIENT_ID" -a -n "$$ONERECORD_CLIENT_SECRET" || \
	  { echo "record-live needs ONERECORD_CLIENT_ID and ONERECORD_CLIENT_SECRET" >&2; exit 2; }
	ONERECORD_RECORD=live $(BIN)/python -m pytest tests/contract -k "not hygiene" --record-mode=rewrite -q
	ONERECORD_CASSETTES=live $(BIN)/python -m pytest tests/contract -q

# Source distribution and wheel in dist/ (tests/packaging checks their contents, metadata and a clean install).
dist: $(DEV)
	rm -rf dist
	$(BIN)/python -m build --no-isolation --outdir dist

clean:
	rm -rf $(VENV) .venv-lowest .venv-highest build dist .pytest_cache .mypy_cache .ruff_cache
