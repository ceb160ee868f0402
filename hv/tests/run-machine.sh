#!/usr/bin/env bash
# The machine as a whole: the device tree (valid for dtc, describing what
# the options say, and matching QEMU's virt machine where it models the
# same device), OpenSBI booting an S-mode payload, exit statuses, and the
# console on a terminal.  Prints TAP lines; installs nothing.
set -u
cd "$(dirname "$0")/../.."
: "${O:=build/rel}" "${BIN:=bin}"
HV=$BIN/hv
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
ok() { if eval "$2"; then echo "ok - $1"; else echo "not ok - $1"; fi; }

# ---- device tree ----
if command -v dtc >/dev/null && command -v fdtget >/dev/null; then
    head -c 1000 /dev/urandom >"$tmp/initrd"
    "$HV" --dump-dtb "$tmp/hv.dtb" --mem 128M --initrd "$tmp/initrd" \
          --append "console=ttyS0 quiet" >/dev/null 2>&1
    ok "hv dtb: written by --dump-dtb" '[ -s "$tmp/hv.dtb" ]'
    dtc -I dtb -O dts -o "$tmp/hv.dts" "$tmp/hv.dtb" 2>"$tmp/dtc.err"
    ok "hv dtb: dtc reads it without errors or warnings" '[ $? -eq 0 ] && [ ! -s "$tmp/dtc.err" ]'
    g() { fdtget "$@" 2>/dev/null; }
    ok "hv dtb: bootargs from --append" '[ "$(g -t s "$tmp/hv.dtb" /chosen bootargs)" = "console=ttyS0 quiet" ]'
    ok "hv dtb: memory node from --mem" '[ "$(g -t x "$tmp/hv.dtb" /memory@80000000 reg)" = "0 80000000 0 8000000" ]'
    ok "hv dtb: initrd range is the file size" \
       '[ $(( $(g -t x "$tmp/hv.dtb" /chosen linux,initrd-end | tr " " "\n" | tail -1 | sed "s/^/0x/") - $(g -t x "$tmp/hv.dtb" /chosen linux,initrd-start | tr " " "\n" | tail -1 | sed "s/^/0x/") )) -eq 1000 ]'
    ok "hv dtb: stdout-path names the UART" '[ "$(g -t s "$tmp/hv.dtb" /chosen stdout-path)" = "/soc/serial@10000000" ]'
    ok "hv dtb: 10 MHz timebase" '[ "$(g -t u "$tmp/hv.dtb" /cpus timebase-frequency)" = 10000000 ]'
    ok "hv dtb: riscv,isa" '[ "$(g -t s "$tmp/hv.dtb" /cpus/cpu@0 riscv,isa)" = rv64imafdc_zicsr_zifencei ]'
    if command -v qemu-system-riscv64 >/dev/null; then
        qemu-system-riscv64 -M virt,dumpdtb="$tmp/q.dtb" -m 128M -display none >/dev/null 2>&1
        for n in /soc/serial@10000000 /soc/clint@2000000 /soc/plic@c000000 /soc/test@100000; do
            for p in compatible reg; do
                ok "hv dtb: $n $p as in QEMU virt" \
                   '[ "$(g -t x "$tmp/hv.dtb" $n $p)" = "$(g -t x "$tmp/q.dtb" $n $p)" ]'
            done
        done
        truncate -s 1M "$tmp/disk.img"
        "$HV" --dump-dtb "$tmp/v.dtb" --disk "$tmp/disk.img" --net user --console virtio >/dev/null 2>&1
        for n in /soc/virtio_mmio@10001000 /soc/virtio_mmio@10002000 /soc/virtio_mmio@10003000 /soc/virtio_mmio@10004000; do
            ok "hv dtb: $n compatible, reg and interrupts as in QEMU virt" \
               'same() { [ "$(g -t x "$tmp/v.dtb" $n $1)" = "$(g -t x "$tmp/q.dtb" $n $1)" ]; }; same compatible && same reg && same interrupts'
        done
        ok "hv dtb: serial interrupt as in QEMU virt" \
           '[ "$(g -t x "$tmp/hv.dtb" /soc/serial@10000000 interrupts)" = "$(g -t x "$tmp/q.dtb" /soc/serial@10000000 interrupts)" ]'
    fi
else
    echo "ok - hv dtb # SKIP dtc/fdtget not installed (scripts/deps.sh installs them)"
fi

# ---- exit statuses for VMM errors ----
"$HV" --no-such-option >/dev/null 2>&1
ok "hv: unknown option exits 1" '[ $? -eq 1 ]'
"$HV" --bios none --kernel "$tmp/missing.elf" >/dev/null 2>&1
ok "hv: missing kernel file exits 1" '[ $? -eq 1 ]'
"$HV" --mem 12Q >/dev/null 2>&1
ok "hv: bad --mem exits 1" '[ $? -eq 1 ]'

# ---- random code: no crash, no access outside guest RAM (see SAN=1) ----
if [ -f "$O/hv/fuzz/random.elf" ]; then
    out=$(timeout 120 "$HV" --bios none --kernel "$O/hv/fuzz/random.elf" --stats </dev/null 2>&1); rc=$?
    ok "hv robustness: 3000 rounds of random S-mode code end in poweroff" \
       '[ $rc -eq 0 ] && ! grep -qiE "sanitizer|runtime error" <<<"$out"'
    ok "hv robustness: random code raised illegal-instruction and page faults" \
       'grep -q "illegal-insn" <<<"$out" && grep -q "load-page" <<<"$out"'
fi

# ---- OpenSBI + an S-mode payload ----
fw=/usr/lib/riscv64-linux-gnu/opensbi/generic/fw_dynamic.bin
if [ -f "$fw" ] && [ -f "$O/hv/sbi/hello.elf" ]; then
    out=$(timeout 30 "$HV" --kernel "$O/hv/sbi/hello.elf" </dev/null 2>&1); rc=$?
    ok "hv opensbi: banner" 'grep -q "^OpenSBI v" <<<"$out"'
    ok "hv opensbi: finds the UART, ACLINT and SiFive test device in the tree" \
       'grep -q "Console Device *: uart8250" <<<"$out" && grep -q "Timer Device *: aclint-mtimer @ 10000000Hz" <<<"$out" && grep -q "Shutdown Device *: sifive_test" <<<"$out"'
    ok "hv opensbi: S-mode payload gets the device tree and a timer interrupt" \
       'grep -q "device tree in a1" <<<"$out" && grep -q "supervisor timer interrupt" <<<"$out"'
    ok "hv opensbi: SBI shutdown exits 0" '[ $rc -eq 0 ]'
    timeout 30 "$HV" --kernel "$O/hv/sbi/reboot.elf" </dev/null >/dev/null 2>&1
    ok "hv opensbi: SBI reboot exits 2" '[ $? -eq 2 ]'
    for other in fw_jump.bin fw_dynamic.elf; do
        out=$(timeout 30 "$HV" --bios "$(dirname "$fw")/$other" --kernel "$O/hv/sbi/hello.elf" </dev/null 2>&1)
        ok "hv opensbi: --bios $other runs the payload" '[ $? -eq 0 ] && grep -q "supervisor timer interrupt" <<<"$out"'
    done
    if command -v python3 >/dev/null; then
        python3 hv/tests/console_pty.py "$HV"
    fi
else
    echo "ok - hv opensbi # SKIP opensbi or the cross compiler not installed"
fi
