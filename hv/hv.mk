# hv: the RISC-V system VM (included by the top Makefile).
HV_SRCS := $(wildcard hv/*.c hv/dev/*.c)
HV_OBJS := $(HV_SRCS:%.c=$(O)/%.o)

# fpu.c changes the host rounding mode around each operation: keep the
# compiler from folding or moving FP operations across those calls.
$(O)/hv/fpu.o: CFLAGS += -frounding-math -fsignaling-nans -fno-math-errno

$(BIN)/hv: $(HV_OBJS)
	@mkdir -p $(dir $@)
	$(CC) $(LDFLAGS) -o $@ $^ -lfdt -lm

ALL += $(BIN)/hv
