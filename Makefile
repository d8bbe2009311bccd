# Convenience front end over CMake. `make run`, `make test` and `make bench` install what is
# missing (Debian packages), configure, build, and then open the demo round or
# run the test suite, or measure the program on large generated rounds.

BUILD_DIR   ?= build
BUILD_TYPE  ?= RelWithDebInfo
JOBS        ?= $(shell nproc 2>/dev/null || echo 2)
CMAKE_FLAGS ?=

# `make test-asan`: the whole suite built with AddressSanitizer and UndefinedBehaviorSanitizer
# (the tests set the sanitizers' options themselves, see tests/CMakeLists.txt).
ASAN_BUILD_DIR ?= build-asan

# `make fuzz`: libFuzzer targets built with clang, each run FUZZ_SECONDS from tests/corpus.
FUZZ_BUILD_DIR ?= build-fuzz
FUZZ_SECONDS   ?= 60
FUZZ_MAX_LEN   ?= 65536
FUZZ_CXX       ?= clang++-14
FUZZ_PACKAGES  ?= clang-14 libclang-rt-14-dev
FUZZ_JOBS      ?= $(JOBS)
# target:seed folder under tests/corpus
FUZZ_TARGETS    = fuzz_csvreader:csv fuzz_returnfile:return fuzz_applicationimport:csv \
                  fuzz_scoringsheet:sheet
FUZZ_TARGET_NAMES = $(foreach t,$(FUZZ_TARGETS),$(firstword $(subst :, ,$(t))))

.PHONY: all deps configure build run test bench test-asan fuzz fuzz-build translations clean

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

test-asan: deps
	cmake -S . -B $(ASAN_BUILD_DIR) -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) -DJURYBENCH_SANITIZE=ON \
		$(CMAKE_FLAGS)
	cmake --build $(ASAN_BUILD_DIR) --parallel $(JOBS)
	cd $(ASAN_BUILD_DIR) && QT_QPA_PLATFORM=offscreen \
		ctest --output-on-failure --parallel $(JOBS) --timeout 1800

# Each target keeps what it learns in $(FUZZ_BUILD_DIR)/corpus/TARGET (the checked-in corpus is
# only read) and writes crashing inputs to $(FUZZ_BUILD_DIR)/crashes/. FUZZ_JOBS targets run at
# a time.
fuzz: fuzz-build
	@$(MAKE) --no-print-directory -j$(FUZZ_JOBS) $(addprefix fuzz-run-,$(FUZZ_TARGET_NAMES))

fuzz-build:
	@./.ci/install-deps --with $(FUZZ_PACKAGES)
	cmake -S . -B $(FUZZ_BUILD_DIR) -DCMAKE_CXX_COMPILER=$(FUZZ_CXX) -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) \
		-DJURYBENCH_FUZZ=ON $(CMAKE_FLAGS)
	cmake --build $(FUZZ_BUILD_DIR) --parallel $(JOBS) --target $(FUZZ_TARGET_NAMES)

fuzz-run-%:
	@mkdir -p $(FUZZ_BUILD_DIR)/crashes $(FUZZ_BUILD_DIR)/corpus/$*
	@echo "== $* for $(FUZZ_SECONDS) s"
	LSAN_OPTIONS=suppressions=$(CURDIR)/tests/sanitizers/lsan.supp:print_suppressions=0 \
	UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	$(FUZZ_BUILD_DIR)/tests/fuzz/$* \
		-max_total_time=$(FUZZ_SECONDS) -max_len=$(FUZZ_MAX_LEN) -timeout=30 -rss_limit_mb=4096 \
		-print_final_stats=1 -artifact_prefix=$(FUZZ_BUILD_DIR)/crashes/$*- \
		$(FUZZ_BUILD_DIR)/corpus/$* \
		tests/corpus/$(lastword $(subst :, ,$(filter $*:%,$(FUZZ_TARGETS)))) \
		> $(FUZZ_BUILD_DIR)/$*.log 2>&1 || { tail -n 60 $(FUZZ_BUILD_DIR)/$*.log; exit 1; }
	@grep -E '^stat::|Done [0-9]+ runs' $(FUZZ_BUILD_DIR)/$*.log | sed 's/^/$*: /'

translations: configure
	cmake --build $(BUILD_DIR) --target update_translations

clean:
	rm -rf $(BUILD_DIR) $(ASAN_BUILD_DIR) $(FUZZ_BUILD_DIR)
