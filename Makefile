# Two commands cover the quickstart: `make try` and `make test`. Both set up .venv on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
TRY ?= "/progress episode:1" "/review episode:1" "press Show me" "/character Rouge" "/recap episode:1"

.PHONY: try test lint bench run venv wheel

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $@

venv: $(VENV)/.installed

try: venv
	$(BIN)/python -m bot try $(TRY)

# The whole suite, with line coverage of bot/ and cogs/ (the floor is in pyproject.toml).
test: venv
	$(BIN)/python -m pytest --cov --cov-report=term

wheel: venv
	PYTHON=$(PYTHON) bash .ci/wheel

lint: venv
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

bench: venv
	$(BIN)/python -m bench

run: venv
	$(BIN)/python -m bot
