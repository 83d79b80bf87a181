# Makefile — a thin wrapper; the build itself is CMake (see CMakePresets.json).
#   make run    install what is missing, build the web widget (release), serve it
#   make test   install what is missing, build everything, run every test (CTest)
#   make bench  every budget of issue 13 (bytes, first frame vs TimelineJS3/vega-lite, Lighthouse, idle, CPU, memory, scale)
#   make native build the native app (build/native-release/accord)
#   make kiosk  the kiosk's single offline file and the native kiosk bundle in build/kiosk/
#   make soak   a week of a kiosk sped up: memory and DOM nodes before and after (a benchmark)
#   make fuzz   run the pack-loader fuzzer for FUZZ_SECONDS (default 600)
#   make coverage  line coverage of src/core/ by the unit tests (TESTS= a Catch2 filter, e.g. "[widget]")
#   make clean  remove build outputs (keeps the Debian sources in build/deps)
PORT ?= 8080
# Other https origins the widget may load packs from (space-separated); see README.
PACK_ORIGINS ?=
# Where the widget's folder is published, ending in / (link previews need it); see README.
SITE_URL ?=
HOST ?= 127.0.0.1
export NODE_PATH := /usr/share/nodejs
export EM_CLOSURE_COMPILER := $(CURDIR)/node_modules/.bin/google-closure-compiler

.PHONY: run test bench deps web native clean serve fuzz coverage kiosk kiosk-file soak
deps:
	@bash cmake/install-deps.sh

# The page's article is written by the native accord-pack (see cmake/WebFlags.cmake):
# build that tool first, then the web build that runs it.
ACCORD_PACK_TOOL := $(CURDIR)/build/native-release/accord-pack
web: deps
	@cmake --preset native-release >/dev/null
	@cmake --build --preset native-release --target accord-pack
	@cmake --preset web-release -DACCORD_PACK_TOOL=$(ACCORD_PACK_TOOL) -DACCORD_PACK_ORIGINS="$(PACK_ORIGINS)" -DACCORD_SITE_URL="$(SITE_URL)" >/dev/null
	@cmake --build --preset web-release

native: deps
	@cmake --preset native-release >/dev/null
	@cmake --build --preset native-release

serve:
	@node tests/browser/serve.mjs --root build/web-release/www --host $(HOST) --port $(PORT)

run: web serve

# The kiosk (cmake/kiosk/make_kiosk.mjs): accord-kiosk.html from the web build, the
# native app and its pack, an example systemd user service and a Chromium launcher.
KIOSK_GENERATOR := node cmake/kiosk/make_kiosk.mjs --www build/web-release/www --out build/kiosk
kiosk: web native
	@$(KIOSK_GENERATOR) --native build/native-release/accord

# Only the single file: what the browser tests need (tests/browser/kiosk.test.mjs).
kiosk-file: web
	@$(KIOSK_GENERATOR)

# A benchmark, not a test: prints figures and whether they meet the target.
soak: kiosk
	@node tests/browser/soak.mjs --kiosk build/kiosk/accord-kiosk.html --native build/kiosk/accord

test: deps web kiosk-file
	@cmake --preset native-debug >/dev/null
	@cmake --build --preset native-debug
	@ctest --preset native-debug

# A benchmark, not a test: every budget of issue 13 with its target (tests/browser/bench.mjs).
# Its own npm packages (Lighthouse, TimelineJS3, vega-lite) are in tests/bench, so that
# `make test` never downloads them; valgrind for the callgrind count.
BENCH_RUNS ?= 10
BENCH_THROTTLED_RUNS ?= 3
BENCH_LIGHTHOUSE_RUNS ?= 3
bench: deps web
	@command -v valgrind >/dev/null || { if [ "$$(id -u)" -eq 0 ]; then apt-get install -y --no-install-recommends valgrind; else sudo apt-get install -y --no-install-recommends valgrind; fi; }
	@[ tests/bench/node_modules/.package-lock.json -nt tests/bench/package-lock.json ] || (cd tests/bench && npm ci --no-audit --no-fund --loglevel=error)
	@cmake --build --preset native-release --target frame_bench accord-pack
	@node tests/browser/bench.mjs --root build/web-release/www --native build/native-release --runs $(BENCH_RUNS) --throttled-runs $(BENCH_THROTTLED_RUNS) --lighthouse-runs $(BENCH_LIGHTHOUSE_RUNS)

FUZZ_SECONDS ?= 600
fuzz: deps
	@cmake --preset native-debug >/dev/null
	@FUZZ_SECONDS=$(FUZZ_SECONDS) cmake --build --preset native-debug --target fuzz

# A measurement, not a test: gcov's line counts of the core libraries after the unit tests.
TESTS ?=
coverage: deps
	@cmake -S . -B build/coverage -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS=--coverage -DCMAKE_C_FLAGS=--coverage >/dev/null
	@cmake --build build/coverage -j2 --target accord_unit_tests
	@find build/coverage -name '*.gcda' -delete
	@cd build/coverage && ./tests/accord_unit_tests $(TESTS) | tail -2
	@/usr/bin/python3 tests/coverage/line_coverage.py --build build/coverage --source .

clean:
	@rm -rf build/native-debug build/native-release build/web-release build/coverage
