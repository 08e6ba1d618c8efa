#!/usr/bin/env bash
# Generate the low-level package from the spec into DEST (default: generated/onerecord_api).
# The output depends only on openapi/one-record.yaml, generator-config.yaml, our templates (openapi/templates/,
# see openapi/README.md) and the pinned tool versions below.
set -euo pipefail
cd "$(dirname "$0")/.."

GENERATOR_VERSION=0.29.1
RUFF_VERSION=0.17.6
dest=${1:-generated/onerecord_api}
# --stock: the generator's own templates instead of ours (tests/spec/test_templates_differential.py compares the two).
templates=(--custom-template-path openapi/templates)
if [ "${2:-}" = "--stock" ]; then templates=(); fi

have_gen=$(openapi-python-client --version 2>/dev/null | awk '{print $NF}')
have_ruff=$(ruff --version 2>/dev/null | awk '{print $NF}')
if [ "$have_gen" != "$GENERATOR_VERSION" ] || [ "$have_ruff" != "$RUFF_VERSION" ]; then
  echo "generate: need openapi-python-client $GENERATOR_VERSION and ruff $RUFF_VERSION on PATH" \
       "(found '${have_gen:-none}' and '${have_ruff:-none}'); run 'make install'" >&2
  exit 2
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
openapi-python-client generate \
  --path openapi/one-record.yaml \
  --config generator-config.yaml \
  --meta none \
  "${templates[@]}" \
  --output-path "$work/onerecord_api" \
  --fail-on-warning >"$work/log" 2>&1 || { cat "$work/log" >&2; exit 1; }
# --meta none writes no py.typed; the package is typed, so say so.
touch "$work/onerecord_api/py.typed"
# The spec itself travels with the package (as JSON: no YAML parser at run time), for what reads it at run time
# (the sandbox validates requests with its schemas and derives its fields, filters and groups from it).
python -c 'import json, sys, yaml; json.dump(yaml.safe_load(open(sys.argv[1], encoding="utf-8")), open(sys.argv[2], "w", encoding="utf-8"), indent=1, ensure_ascii=False); open(sys.argv[2], "a").write("\n")' \
  openapi/one-record.yaml "$work/onerecord_api/openapi.json"
rm -rf "$dest"
mkdir -p "$(dirname "$dest")"
cp -R "$work/onerecord_api" "$dest"
