# govreport — one Makefile for setup, build, serve, test, bench and dist.
# `make serve` and `make test` set up what they need on a fresh machine (see ../shared/TOOLCHAIN.md).

SHELL := /bin/bash
.DEFAULT_GOAL := help

WASM_TARGET := wasm32-unknown-unknown
WASM_FILE   := target/$(WASM_TARGET)/wasm/govreport.wasm
PKG         := www/pkg
HOST        ?= 127.0.0.1
PORT        ?= 8080
# wasm-bindgen-cli must match the wasm-bindgen crate in Cargo.lock
WB_VERSION   = $(shell cargo pkgid wasm-bindgen 2>/dev/null | sed 's/.*@//')

.PHONY: help setup setup-rust setup-node setup-browser build wasm serve test test-rust test-accuracy test-wasm test-browser bench dist clean

help:
	@echo "make serve   build the wasm module and serve the page on http://$(HOST):$(PORT)/"
	@echo "make test    set up and run every test (unit, fixtures, accuracy, wasm, browser)"
	@echo "make bench   criterion benchmarks over real reports and worst-case inputs"
	@echo "make dist    dist/govreport.html (one self-contained file) and dist/npm/ (an npm package)"

# ---- setup ----------------------------------------------------------------------------------
setup: setup-rust setup-node setup-browser

setup-rust:
	rustup target add $(WASM_TARGET)
	@if wasm-bindgen --version 2>/dev/null | grep -qF "$(WB_VERSION)"; then \
	  echo "wasm-bindgen $(WB_VERSION) present"; \
	else \
	  cargo install wasm-bindgen-cli --version "$(WB_VERSION)" --locked || \
	  cargo install wasm-bindgen-cli --version "$(WB_VERSION)"; \
	fi

setup-node:
	@if [ -f package-lock.json ]; then npm ci --no-audit --no-fund; else npm install --no-audit --no-fund; fi

# Debian's Chromium, its driver (for wasm-bindgen-test) and a CJK font (for screenshots)
setup-browser:
	@if command -v chromium >/dev/null && command -v chromedriver >/dev/null && fc-list 2>/dev/null | grep -qi wqy; then \
	  echo "chromium, chromedriver and fonts present"; \
	else \
	  apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium chromium-driver fonts-wqy-microhei; \
	fi

# ---- build ----------------------------------------------------------------------------------
build:
	cargo build --release

wasm: setup-rust setup-node
	cargo build --lib --target $(WASM_TARGET) --profile wasm --no-default-features
	wasm-bindgen --target web --out-dir $(PKG) --out-name govreport $(WASM_FILE)
	npx --no-install wasm-opt -Oz $(PKG)/govreport_bg.wasm -o $(PKG)/govreport_bg.wasm
	@ls -l $(PKG)/govreport_bg.wasm

serve: wasm
	python3 tools/serve.py --host $(HOST) --port $(PORT) --dir www

# ---- tests ----------------------------------------------------------------------------------
test: setup test-rust test-accuracy test-wasm test-browser

test-rust:
	cargo test --release
	cargo build --lib --target $(WASM_TARGET) --profile wasm --no-default-features

# the scorer over the fixture copies of the seeds and the development corpus, with floors
test-accuracy: build
	python3 tests/accuracy/check.py

# the bindings as shipped (www/pkg, hence `wasm`), in headless Chromium through chromedriver
test-wasm: setup-browser wasm
	WASM_BINDGEN_USE_BROWSER=1 CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
	  cargo test --target $(WASM_TARGET) --no-default-features --test wasm

# Playwright (playwright-core) over Debian's Chromium: the page, the embed demo, dist/ (file:// and npm pack)
test-browser: setup-browser wasm dist
	node tests/browser/run.mjs

# ---- bench and dist -------------------------------------------------------------------------
bench:
	cargo bench --bench parse

dist: wasm
	node tools/dist.mjs

clean:
	cargo clean
	rm -rf $(PKG) dist node_modules
