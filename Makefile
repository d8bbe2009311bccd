# Convenience front end over CMake. `make run`, `make test` and `make bench` install what is
# missing (Debian packages), configure, build, and then open the demo round or
# run the test suite, or measure the program on large generated rounds.

BUILD_DIR   ?= build
BUILD_TYPE  ?= RelWithDebInfo
JOBS        ?= $(shell nproc 2>/dev/null || echo 2)
CMAKE_FLAGS ?=

.PHONY: all deps configure build run test bench test-asan fuzz translations clean

all: build

deps:
	@./.ci/install-deps

$(BUILD_DIR)/CMakeCache.txt: | deps
	cmake -S . -B $(BUILD_DIR) -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) $(CMAKE_FLAGS)

configure: deps $(BUILD_DIR)/CMakeCache.txt

build: configure
	cmake --build $(BUILD_DIR) --parallel $(JOBS)

run: build
	$(BUILD_DIR)/app/jurybench demo

test: build
	cd $(BUILD_DIR) && QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel $(JOBS) --timeout 900

# Generates the synthetic rounds once (kept in $(BUILD_DIR)/bench-data), then measures them
# against the sqlite3 tool; the table is printed and written to $(BUILD_DIR)/bench-results.json.
bench: deps
	cmake -S . -B $(BUILD_DIR) -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) -DJURYBENCH_BENCH=ON $(CMAKE_FLAGS)
	cmake --build $(BUILD_DIR) --parallel $(JOBS) --target jurybench_bench
	QT_QPA_PLATFORM=offscreen $(BUILD_DIR)/tests/bench/jurybench_bench \
		--data $(BUILD_DIR)/bench-data --out $(BUILD_DIR)/bench-results.json

translations: configure
	cmake --build $(BUILD_DIR) --target update_translations

clean:
	rm -rf $(BUILD_DIR)
