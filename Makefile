# make run       - set up a local environment (first time only) and open the app
# make test      - set up, with the test tools, and run every test
# make test-fast - the tests not marked slow, for the edit loop
# make bench     - print the speed and memory figures
# make translations - refresh and compile the interface's translations
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
# the program and what it needs to run; then the test and lint tools on top
STAMP := $(VENV)/.installed
DEV_STAMP := $(VENV)/.installed-dev
# test processes side by side (pytest-xdist): one per core
TEST_WORKERS ?= auto

.PHONY: run test test-fast bench lint validate wheel translations install-desktop clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 10) else "Massage Trainer needs Python 3.10 or newer")'
	@echo "Setting up Massage Trainer in $(VENV) (first run only, about a minute)..."
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --progress-bar on -e .
	@touch $(STAMP)

$(DEV_STAMP): $(STAMP)
	@echo "Adding the test and lint tools to $(VENV) (first time only)..."
	$(PY) -m pip install --progress-bar on -e '.[dev]'
	@touch $(DEV_STAMP)

run: $(STAMP)
	@$(PY) -m massage_trainer.qtcheck
	$(PY) -m massage_trainer

test: $(DEV_STAMP)
	@$(PY) -m massage_trainer.qtcheck --offscreen
	$(PY) -m pytest -n $(TEST_WORKERS)

test-fast: $(DEV_STAMP)
	@$(PY) -m massage_trainer.qtcheck --offscreen
	$(PY) -m pytest -n $(TEST_WORKERS) -m "not slow"

bench: $(STAMP)
	$(PY) bench/run.py

lint: $(DEV_STAMP)
	$(PY) -m ruff check massage_trainer tests bench docs
	$(PY) -m ruff format --check massage_trainer tests bench docs
	$(PY) -m mypy

validate: $(STAMP)
	$(PY) -m massage_trainer validate

# the interface's texts: refresh the Qt Linguist files (.ts) from the code,
# then compile them (.qm) into the package; see docs/translating.md
LANGUAGES ?= de es fr
TS_DIR := massage_trainer/translations
translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -extensions py massage_trainer -no-obsolete -locations none \
		-ts $(foreach l,$(LANGUAGES),$(TS_DIR)/massage_trainer_$(l).ts)
	$(VENV)/bin/pyside6-lupdate -extensions py massage_trainer -no-obsolete -locations none \
		-pluralonly -ts $(TS_DIR)/massage_trainer_en.ts
	for ts in $(TS_DIR)/*.ts; do $(VENV)/bin/pyside6-lrelease -silent $$ts -qm $${ts%.ts}.qm || exit 1; done

wheel: $(STAMP)
	$(PY) -m pip wheel --quiet --no-deps -w dist .

# add Massage Trainer to the desktop's application menu (for this user)
DATA_HOME ?= $(or $(XDG_DATA_HOME),$(HOME)/.local/share)
install-desktop: $(STAMP)
	mkdir -p $(DATA_HOME)/applications
	sed 's|^Exec=massage-trainer|Exec=$(abspath $(VENV))/bin/massage-trainer|' \
		assets/massage-trainer.desktop > $(DATA_HOME)/applications/massage-trainer.desktop
	for size in 16 24 32 48 64 128 256 512; do \
		install -Dm644 assets/icons/massage-trainer-$$size.png \
			$(DATA_HOME)/icons/hicolor/$${size}x$${size}/apps/massage-trainer.png; \
	done
	install -Dm644 assets/massage-trainer.svg \
		$(DATA_HOME)/icons/hicolor/scalable/apps/massage-trainer.svg
	@echo "Massage Trainer is in the application menu (it may take a moment to appear)."

clean:
	rm -rf $(VENV) dist build .pytest_cache .ruff_cache .mypy_cache .hypothesis
