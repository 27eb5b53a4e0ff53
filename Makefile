# Smarthost — the two commands that matter: `make run` and `make test`.
MAKEFLAGS += --no-print-directory
BUILD_DIR ?= build
JOBS ?= $(shell nproc)
CMAKE_FLAGS ?= -DCMAKE_BUILD_TYPE=RelWithDebInfo
# Tests talk to a real Secret Service: gnome-keyring in a private D-Bus session, with a
# fresh keyring of its own (never the user's login keyring).
# $(call keyring_session,DIR): the keyring lives in DIR/test-keyring.
keyring_session = rm -rf $(abspath $(1))/test-keyring && mkdir -p $(abspath $(1))/test-keyring && XDG_DATA_HOME=$(abspath $(1))/test-keyring dbus-run-session -- sh -c 'echo -n smarthost | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; exec "$$@"' keyring-session
KEYRING_SESSION = $(call keyring_session,$(BUILD_DIR))

# ASan + UBSan build of the test suite (preset "sanitize"). SANITIZE_TARGETS limits what is
# built (default: everything) and SANITIZE_TESTS is a ctest -R regex (default: every test).
SANITIZE_BUILD_DIR = build-sanitize
SANITIZE_TARGETS ?=
SANITIZE_TESTS ?=
SANITIZE_ENV = ASAN_OPTIONS=detect_leaks=1:halt_on_error=1 \
	UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
	LSAN_OPTIONS=suppressions=$(abspath tests/sanitize/lsan.supp):print_suppressions=0

FUZZ_SECONDS ?= 60
FUZZ_BUILD_DIR = build-fuzz
FUZZ_TARGETS = fuzz_headers fuzz_ovhconfig fuzz_apijson

.PHONY: all deps configure build run test test-sanitize bench fuzz package screenshots clean

all: build

deps:
	@scripts/install-deps

configure: deps
	@cmake -S . -B $(BUILD_DIR) $(CMAKE_FLAGS) >/dev/null

build: configure
	@cmake --build $(BUILD_DIR) -j$(JOBS)

run: build
	@scripts/run-demo $(BUILD_DIR)

test: build
	@$(KEYRING_SESSION) env QT_QPA_PLATFORM=offscreen ctest --test-dir $(BUILD_DIR) --output-on-failure -j$(JOBS)

test-sanitize: deps
	@cmake --preset sanitize >/dev/null
	@cmake --build $(SANITIZE_BUILD_DIR) -j$(JOBS) $(if $(SANITIZE_TARGETS),--target $(SANITIZE_TARGETS))
	@$(call keyring_session,$(SANITIZE_BUILD_DIR)) env QT_QPA_PLATFORM=offscreen $(SANITIZE_ENV) ctest --test-dir $(SANITIZE_BUILD_DIR) --output-on-failure -j$(JOBS) $(if $(SANITIZE_TESTS),-R '$(SANITIZE_TESTS)')

bench: build
	@scripts/run-bench $(BUILD_DIR)

# libFuzzer targets (clang, ASan + UBSan): only the non-GUI libraries are built.
fuzz: deps
	@cmake --preset fuzz >/dev/null
	@cmake --build --preset fuzz -j$(JOBS)
	@scripts/run-fuzz $(FUZZ_BUILD_DIR) $(FUZZ_SECONDS) $(FUZZ_TARGETS)

package: build
	@cd $(BUILD_DIR) && cpack -G DEB
	@ls $(BUILD_DIR)/*.deb

# resources/screenshots/main-{en,fr,pt,it,es}.png and header-viewer-en.png, from the demo.
screenshots: configure
	@cmake --build $(BUILD_DIR) -j$(JOBS) --target smarthost
	@scripts/make-screenshots $(BUILD_DIR)

clean:
	rm -rf $(BUILD_DIR)
