# pricelens — the main commands. Every target creates .venv when it is missing.
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
SERVE  ?= 1
RETAILER ?=
SHOPS_PORT ?= 8101
SHOPS_DAY ?= 6

.PHONY: help install chromium demo test shops crawl publish serve bench reliability clean-data

help:
	@echo "make install         create .venv (Python 3.11) and install the project with its test tools (every target does it when missing)"
	@echo "make chromium        find a Chromium (PRICELENS_CHROMIUM, else chromium on PATH); as root, apt-get install Debian's chromium when none is found"
	@echo "make demo            crawl the offline demo shops, publish, serve http://127.0.0.1:8001/ (SERVE=0: exit after publish)"
	@echo "make test            the whole test suite"
	@echo "make shops           serve the seven demo shops on 127.0.0.1:8101-8107 as on the demo's last day, until Ctrl-C (for scrapy crawl <retailer>)"
	@echo "make crawl RETAILER=name   crawl one retailer into the database"
	@echo "make publish         write data/snapshots/pricelens-<date>.db and latest.db"
	@echo "make serve           serve the latest snapshot with Datasette"
	@echo "make bench           print the benchmarks' figures"
	@echo "make reliability     the long fault-injection runs"
	@echo "make clean-data      delete data/snapshots, data/site and data/spool (the database under data/postgres is kept)"

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

install: $(STAMP)

# Debian's chromium for the rendered shop (PixelHub) and the rendered-page tests: installed when
# missing if we can (root with apt-get), else make stops here with one line saying what to install.
chromium: $(STAMP)
	$(eval CHROMIUM_MISSING := $(shell .ci/chromium $(BIN)/python))
	$(if $(CHROMIUM_MISSING),$(error $(CHROMIUM_MISSING)))

demo: $(STAMP) chromium
ifeq ($(SERVE),0)
	$(BIN)/pricelens demo --no-serve
else
	$(BIN)/pricelens demo
endif

# the suite in TEST_WORKERS processes (pytest-xdist; auto: one a core), each test file whole in one of
# them (tests/conftest.py); TEST_WORKERS=0 runs it in this process alone
TEST_WORKERS ?= auto

test: $(STAMP) chromium
	$(BIN)/python -m pytest -q -n $(TEST_WORKERS) --dist loadfile

# The demo shops in the foreground (the spiders' default base_url), until Ctrl-C or SIGTERM, with
# the prices of the demo's last day ("today" of `make demo`, whose history days are 0-5).
shops: $(STAMP)
	exec $(BIN)/python -m demo.server --port-base $(SHOPS_PORT) --day $(SHOPS_DAY)

crawl: $(STAMP)
	@test -n "$(RETAILER)" || (echo "usage: make crawl RETAILER=<spider name>  (see: $(BIN)/scrapy list)"; exit 2)
	$(BIN)/pricelens crawl $(RETAILER)

publish: $(STAMP)
	$(BIN)/pricelens publish

serve: $(STAMP)
	$(BIN)/pricelens serve

bench: $(STAMP)
	$(BIN)/python benchmarks/run_all.py

reliability: $(STAMP)
	$(BIN)/python -m pytest -q -m reliability -s tests/

clean-data:
	rm -rf data/snapshots data/site data/spool
