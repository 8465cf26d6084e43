# `make run` opens the app on a demo organisation; `make test` runs the checks and the tests. Both set everything
# up first.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
DEMO_DB ?= demo.sqlite
SCREENSHOTS ?= docs/screenshots/all
TS := resources/translations/social_calendar_nl.ts resources/translations/social_calendar_en.ts
# The compiled catalogues live inside the package, where the app (and a wheel, and the frozen bundle) finds them.
QM := $(patsubst resources/translations/%.ts,desktop/resources/translations/%.qm,$(TS))

.PHONY: run test setup translations update-translations bench lint clean installer screenshots

# On a screen the window needs the xcb plugin's libraries too: checked (installed as root, else named) each time.
run: setup
	@scripts/system-deps.sh || echo "(without them the window may not start)"
	@test -s $(DEMO_DB) || $(BIN)/social-calendar demo --db $(DEMO_DB) --people 150
	$(BIN)/social-calendar --db $(DEMO_DB)

# The guard rails (seconds, cached) first, then the tests; any failing step fails `make test` and so CI.
test: lint
	$(BIN)/python -m pytest

setup: $(VENV)/.installed $(QM)

$(VENV)/.installed: pyproject.toml setup.py scripts/system-deps.sh
	scripts/system-deps.sh
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,build]'
	touch $@

desktop/resources/translations/%.qm: resources/translations/%.ts $(VENV)/.installed
	@mkdir -p $(@D)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# Refresh the .ts sources from the code, then translate the new entries (e.g. in pyside6-linguist).
# The source texts are English, so English needs only its plural forms ("1 colleague", "2 colleagues").
LUPDATE := $(BIN)/pyside6-lupdate -extensions py -locations relative -no-obsolete
update-translations: $(VENV)/.installed
	$(LUPDATE) -source-language en -target-language nl desktop -ts resources/translations/social_calendar_nl.ts
	$(LUPDATE) -source-language en -target-language en -pluralonly desktop -ts resources/translations/social_calendar_en.ts

translations: $(QM)

# Pictures of every page and dialog, English and Dutch, 1280×800 and 1024×700 (the scenes the cut-off test
# measures), in docs/screenshots/all/; the README shows a few of them from docs/screenshots/.
screenshots: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/screenshots.py $(SCREENSHOTS)

# The frozen app (dist/social-calendar/) and the Debian package (dist/*.deb); see installer/ and README "Installing".
installer: setup
	installer/build.sh $(BIN)/python

bench: setup
	for script in bench/bench_*.py; do $(BIN)/python $$script || exit 1; done

# ruff, the layer contracts in pyproject.toml (import-linter) and the types (mypy, configured there too).
lint: setup
	$(BIN)/ruff check desktop tests bench
	$(BIN)/lint-imports
	$(BIN)/mypy

clean:
	rm -rf $(VENV) desktop/resources/translations/*.qm
