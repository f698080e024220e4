"""Packaging for the diplomatic-event extractor.

The same file installs the project locally (``make install``) and ships it to
Dataflow workers (``--setup_file ./setup.py``), so every data file the code
loads is declared here as package data.
"""

import setuptools

VERSION = "0.1.0"

setuptools.setup(
    name="diplomatic-events",
    version=VERSION,
    description="Apache Beam pipeline that extracts diplomatic events from news articles",
    python_requires=">=3.10,<3.13",
    packages=setuptools.find_packages(include=["pipelines*", "transforms*", "schemas*", "extractor*"]),
    package_data={
        "schemas": ["*.avsc"],
        "extractor": ["data/*.json"],
    },
    include_package_data=True,
    install_requires=[
        "apache-beam==2.77.0",
        "spacy>=3.8.0,<3.9",
        "pyarrow>=17",
        "fastavro>=1.9",
        "pycountry>=24.6",
        "dateparser>=1.2,<2",
        # extractor/nlp.py: one BLAS thread per worker process.
        "threadpoolctl>=3.1",
    ],
    extras_require={
        "test": ["pytest>=8", "duckdb>=1.1", "hypothesis>=6.100", "ruff>=0.6", "psutil>=5.9", "wheel>=0.40"],
        "gcp": ["apache-beam[gcp]==2.77.0"],
        # pipelines/report.py (make report); Pillow comes with it and the report test uses it.
        "report": ["matplotlib>=3.8"],
    },
)
