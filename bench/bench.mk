# ---- bench: bin/vmbench and its workloads (included by the top Makefile) --
#
# $(O)/bench/native/<name>   each bench/workloads/<name>.c, built natively
# $(O)/bench/rv64/<name>     the same, riscv64 static (qemu-user, the guests)
# $(O)/bench/guest/bench.cpio  /bench/init + the riscv64 builds, for the guests
# $(O)/bench/classes/        every bench/workloads/*.java
# $(BIN)/vmbench             the runner; paths to the above are baked in

comma           := ,
BENCH_O         := $(O)/bench
BENCH_OBJS      := $(patsubst %.c,$(O)/%.o,$(wildcard bench/*.c))
BENCH_LIB_OBJS  := $(filter-out $(O)/bench/main.o,$(BENCH_OBJS))
# No fused multiply-add: the C and Java workloads must round alike.
BENCH_WL_CFLAGS := -std=gnu11 -O2 -ffp-contract=off -Wall -Wextra -Werror
BENCH_WL_SAN    := $(if $(SAN),-fsanitize=address$(comma)undefined -fno-sanitize-recover=undefined)
BENCH_NATIVE    := $(patsubst bench/workloads/%.c,$(BENCH_O)/native/%,$(wildcard bench/workloads/*.c))
BENCH_JAVA      := $(wildcard bench/workloads/*.java)
BENCH_CLASSES   := $(BENCH_O)/classes/.stamp
BENCH_UNIT      := $(patsubst bench/tests/%.c,$(O)/tests/%,$(wildcard bench/tests/test_bench_*.c))

BENCH_RV_CC     := riscv64-linux-gnu-gcc
BENCH_RV64      := $(patsubst bench/workloads/%.c,$(BENCH_O)/rv64/%,$(wildcard bench/workloads/*.c))

$(BENCH_OBJS): CFLAGS += -DBENCH_ROOT='"$(abspath .)"' -DBENCH_BUILD='"$(BENCH_O)"' \
	-DBENCH_JVM='"$(BIN)/jvm"' -DBENCH_HV='"$(BIN)/hv"' \
	-DBENCH_WL_CFLAGS='"$(BENCH_WL_CFLAGS)"' -DBENCH_RV_CC='"$(BENCH_RV_CC)"'

$(O)/libbench.a: $(BENCH_LIB_OBJS)
	@rm -f $@
	ar rcs $@ $^

$(BIN)/vmbench: $(O)/bench/main.o $(O)/libbench.a
	@mkdir -p $(dir $@)
	$(CC) $(LDFLAGS) -o $@ $^ -lm

$(BENCH_O)/native/%: bench/workloads/%.c bench/workloads/iter.h
	@mkdir -p $(dir $@)
	$(CC) $(BENCH_WL_CFLAGS) $(BENCH_WL_SAN) -o $@ $< -lm

# The same sources for riscv64, static: no loader or libc needed in a guest.
$(BENCH_O)/rv64/%: bench/workloads/%.c bench/workloads/iter.h
	@mkdir -p $(dir $@)
	$(BENCH_RV_CC) -static $(BENCH_WL_CFLAGS) -o $@ $< -lm

$(BENCH_O)/guest/init: bench/guest/init.c
	@mkdir -p $(dir $@)
	$(BENCH_RV_CC) -static -std=gnu11 -O2 -Wall -Wextra -Werror -o $@ $<

$(BENCH_O)/guest/bench.cpio: bench/guest/mkcpio.sh $(BENCH_O)/guest/init $(BENCH_RV64)
	bench/guest/mkcpio.sh $@ $(filter-out %.sh,$^)

$(BENCH_CLASSES): $(BENCH_JAVA)
	@rm -rf $(dir $@) && mkdir -p $(dir $@)
	javac -d $(dir $@) $^
	@touch $@

$(BENCH_UNIT): $(O)/tests/test_bench_%: bench/tests/test_bench_%.c $(O)/libbench.a
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $(filter %.c %.a,$^) -lcmocka -lm

ALL  += $(BIN)/vmbench $(BENCH_NATIVE) $(BENCH_CLASSES)
ifneq ($(shell command -v $(BENCH_RV_CC) 2>/dev/null),)
ALL  += $(BENCH_RV64) $(BENCH_O)/guest/bench.cpio
endif
UNIT += $(BENCH_UNIT)
