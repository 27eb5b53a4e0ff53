# Smarthost — the two commands that matter: `make run` and `make test`.
MAKEFLAGS += --no-print-directory
BUILD_DIR ?= build
JOBS ?= $(shell nproc)
CMAKE_FLAGS ?= -DCMAKE_BUILD_TYPE=RelWithDebInfo
# Tests talk to a real Secret Service: gnome-keyring in a private D-Bus session, with a
# fresh keyring of its own (never the user's login keyring).
KEYRING_HOME = $(abspath $(BUILD_DIR))/test-keyring
KEYRING_SESSION = rm -rf $(KEYRING_HOME) && mkdir -p $(KEYRING_HOME) && XDG_DATA_HOME=$(KEYRING_HOME) dbus-run-session -- sh -c 'echo -n smarthost | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; exec "$$@"' keyring-session

.PHONY: all deps configure build run test bench package screenshots clean

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

bench: build
	@scripts/run-bench $(BUILD_DIR)

package: build
	@cd $(BUILD_DIR) && cpack -G DEB
	@ls $(BUILD_DIR)/*.deb

# resources/screenshots/main-{en,fr,pt,it,es}.png and header-viewer-en.png, from the demo.
screenshots: configure
	@cmake --build $(BUILD_DIR) -j$(JOBS) --target smarthost
	@scripts/make-screenshots $(BUILD_DIR)

clean:
	rm -rf $(BUILD_DIR)
