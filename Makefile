# twovm — plain Makefile (kvmtool style). `make` builds bin/jvm;
# `make SAN=1 ...` builds an ASan+UBSan variant under build/san/.
#
#   make demo    install deps, build, run the main job
#   make check   install deps, build, run every test ("N passed, N failed")

SAN ?=
CC  ?= gcc
O   := build/$(if $(SAN),san,rel)
BIN := $(if $(SAN),$(O)/bin,bin)

CFLAGS_BASE := -std=gnu11 -g -Wall -Wextra -Werror -MMD -MP -D_GNU_SOURCE -I.
ifeq ($(SAN),)
  OPT := -O2
else
  OPT := -O1 -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=undefined
  SAN_LDFLAGS := -fsanitize=address,undefined
endif
# `make TSAN=1 ...` builds a ThreadSanitizer variant under build/tsan/.
ifneq ($(TSAN),)
  O   := build/tsan
  BIN := $(O)/bin
  OPT := -O1 -fno-omit-frame-pointer -fsanitize=thread
  SAN_LDFLAGS := -fsanitize=thread
endif
CFLAGS  ?=
CFLAGS  += $(CFLAGS_BASE) $(OPT)
LDFLAGS += $(SAN_LDFLAGS)

# ---- jvm ---------------------------------------------------------------
JAVA_BASE   := build/java.base
JVM_SRCS    := $(filter-out jvm/main.c,$(wildcard jvm/*.c jvm/native/*.c jvm/jit/*.c))
JVM_OBJS    := $(JVM_SRCS:%.c=$(O)/%.o)
JVM_LIBS    := -lz -lm -lpthread
JVM_CFLAGS  := -DJVM_DEFAULT_BOOTCLASSPATH='"$(abspath $(JAVA_BASE))"'
LIB_SRCS    := $(shell find jvm/lib/java.base -name '*.java' 2>/dev/null)

UNIT_SRCS   := $(wildcard jvm/tests/unit/test_*.c)
UNIT_BINS   := $(UNIT_SRCS:jvm/tests/unit/%.c=$(O)/tests/%)

.PHONY: all deps demo check unit clean
.DEFAULT_GOAL := all
ALL  := $(BIN)/jvm $(JAVA_BASE)/.stamp
UNIT :=

deps:
	@scripts/deps.sh

$(O)/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(JVM_CFLAGS) -c $< -o $@

$(O)/libjvm.a: $(JVM_OBJS)
	@rm -f $@
	ar rcs $@ $^

$(BIN)/jvm: $(O)/jvm/main.o $(O)/libjvm.a
	@mkdir -p $(dir $@)
	$(CC) $(LDFLAGS) -o $@ $^ $(JVM_LIBS)

# Our own java.base, compiled against itself (no JDK classes visible).
# Compiled into a fresh directory and renamed into place, so a running VM
# never sees a half-built or failed library.
$(JAVA_BASE)/.stamp: $(LIB_SRCS)
	@rm -rf build/modules.tmp build/java.base.old
	javac -nowarn -g -XDignore.symbol.file -XDstringConcat=inline --system none \
	  --module-source-path jvm/lib -m java.base -d build/modules.tmp
	@touch build/modules.tmp/java.base/.stamp
	@if [ -d $(JAVA_BASE) ]; then mv $(JAVA_BASE) build/java.base.old; fi
	@mv build/modules.tmp/java.base $(JAVA_BASE) && rm -rf build/modules.tmp build/java.base.old

$(O)/tests/%: jvm/tests/unit/%.c $(O)/libjvm.a
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(JVM_CFLAGS) $(LDFLAGS) -o $@ $(filter %.c %.a,$^) -lcmocka $(JVM_LIBS)

# Each area adds its targets to ALL and its unit-test binaries to UNIT.
-include hv/hv.mk bench/bench.mk

all: $(ALL)
unit: $(UNIT_BINS) $(UNIT)

demo: deps
	@$(MAKE) --no-print-directory all
	@scripts/demo.sh

check: deps
	@$(MAKE) --no-print-directory all unit
	@O=$(O) BIN=$(BIN) tests/run.sh

clean:
	rm -rf build bin

-include $(shell find build -name '*.d' 2>/dev/null)
