# hv: the RISC-V system VM (included by the top Makefile).
HV_SRCS := $(wildcard hv/*.c hv/dev/*.c)
HV_OBJS := $(HV_SRCS:%.c=$(O)/%.o)

# fpu.c changes the host rounding mode around each operation: keep the
# compiler from folding or moving FP operations across those calls.
$(O)/hv/fpu.o: CFLAGS += -frounding-math -fsignaling-nans -fno-math-errno

$(BIN)/hv: $(HV_OBJS)
	@mkdir -p $(dir $@)
	$(CC) $(LDFLAGS) -o $@ $^ -lfdt -lslirp -lm

ALL += $(BIN)/hv

# Bare-metal ISA tests (hv/tests/isa/*.S), built when the RISC-V cross
# compiler is installed (scripts/deps.sh installs it); run-isa.sh runs them.
RV_CC := riscv64-linux-gnu-gcc
HV_ISA_SRCS := $(wildcard hv/tests/isa/*.S)
HV_ISA_ELFS := $(HV_ISA_SRCS:hv/tests/isa/%.S=$(O)/hv/isa/%.elf)
ifneq ($(shell command -v $(RV_CC) 2>/dev/null),)
ALL += $(HV_ISA_ELFS)
endif

$(O)/hv/isa/%.elf: hv/tests/isa/%.S hv/tests/isa/test.h hv/tests/isa/fp.h hv/tests/isa/link.ld
	@mkdir -p $(dir $@)
	$(RV_CC) -MMD -MP -march=rv64gc -mabi=lp64d -nostdlib -nostartfiles -ffreestanding \
	  -fno-pic -no-pie -mcmodel=medany -static -Wl,--build-id=none -Wl,--no-relax -Wl,-T,hv/tests/isa/link.ld -o $@ $<

# Speed probe (not a test): make build/rel/hv/perf/loop.elf
$(O)/hv/perf/%.elf: hv/tests/perf/%.S hv/tests/isa/link.ld
	@mkdir -p $(dir $@)
	$(RV_CC) -march=rv64gc -mabi=lp64d -nostdlib -nostartfiles -fno-pic -no-pie \
	  -mcmodel=medany -static -Wl,--build-id=none -Wl,-T,hv/tests/isa/link.ld -o $@ $<

# S-mode payloads for OpenSBI (hv/tests/run-machine.sh)
ifneq ($(shell command -v $(RV_CC) 2>/dev/null),)
ALL += $(O)/hv/sbi/hello.elf $(O)/hv/sbi/reboot.elf
endif
$(O)/hv/sbi/hello.elf: hv/tests/sbi/hello.S
	@mkdir -p $(dir $@)
	$(RV_CC) -march=rv64gc -mabi=lp64d -nostdlib -nostartfiles -fno-pic -no-pie \
	  -mcmodel=medany -static -Wl,--build-id=none -Wl,-Ttext=0x80200000 -o $@ $<
$(O)/hv/sbi/reboot.elf: hv/tests/sbi/hello.S
	@mkdir -p $(dir $@)
	$(RV_CC) -DREBOOT -march=rv64gc -mabi=lp64d -nostdlib -nostartfiles -fno-pic -no-pie \
	  -mcmodel=medany -static -Wl,--build-id=none -Wl,-Ttext=0x80200000 -o $@ $<

# Guest Linux (hv/guest): kernel from Debian's linux-source-6.1 and a
# busybox initramfs, cached outside the clone.  Long the first time.
.PHONY: hv-guest hv-demo
hv-guest:
	nice -n 10 hv/guest/build-kernel.sh
	nice -n 10 hv/guest/build-initramfs.sh
hv-demo: $(BIN)/hv
	BIN=$(BIN) hv/guest/boot.sh

# Robustness run (hv/tests/run-machine.sh)
ifneq ($(shell command -v $(RV_CC) 2>/dev/null),)
ALL += $(O)/hv/fuzz/random.elf $(O)/hv/fuzz/fpdiff.elf
endif
$(O)/hv/fuzz/%.elf: hv/tests/fuzz/%.S hv/tests/isa/link.ld
	@mkdir -p $(dir $@)
	$(RV_CC) -march=rv64gc -mabi=lp64d -nostdlib -nostartfiles -fno-pic -no-pie \
	  -mcmodel=medany -static -Wl,--build-id=none -Wl,-T,hv/tests/isa/link.ld -o $@ $<

# Host tool for hv/tests/run-decode.sh
ALL += $(O)/hv/tests/decode_legal
$(O)/hv/tests/decode_legal: $(O)/hv/tests/tools/decode_legal.o $(O)/hv/decode.o
	@mkdir -p $(dir $@)
	$(CC) $(LDFLAGS) -o $@ $^

# Bare-metal virtio test (hv/tests/run-virtio.sh): C, freestanding, M-mode
ifneq ($(shell command -v $(RV_CC) 2>/dev/null),)
ALL += $(O)/hv/virtio/vqtest.elf
endif
$(O)/hv/virtio/%.elf: hv/tests/virtio/%.c hv/tests/isa/link.ld
	@mkdir -p $(dir $@)
	$(RV_CC) -march=rv64imac -mabi=lp64 -O2 -Wall -Wextra -Werror -nostdlib -nostartfiles \
	  -ffreestanding -fno-builtin -fno-pic -no-pie -mcmodel=medany -static \
	  -Wl,--build-id=none -Wl,-T,hv/tests/isa/link.ld -o $@ $<
