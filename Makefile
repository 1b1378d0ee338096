# make run   - set up a local environment (first time only) and open the app
# make test  - set up and run every test
# make bench - print the speed and memory figures
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test bench lint validate wheel install-desktop clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 10) else "Massage Trainer needs Python 3.10 or newer")'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

run: $(STAMP)
	@$(PY) -m massage_trainer.qtcheck
	$(PY) -m massage_trainer

test: $(STAMP)
	@$(PY) -m massage_trainer.qtcheck --offscreen
	$(PY) -m pytest

bench: $(STAMP)
	$(PY) bench/run.py

lint: $(STAMP)
	$(PY) -m ruff check massage_trainer tests bench docs
	$(PY) -m ruff format --check massage_trainer tests bench docs
	$(PY) -m mypy

validate: $(STAMP)
	$(PY) -m massage_trainer validate

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
