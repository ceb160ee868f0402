#!/usr/bin/env python3
"""Boots the guest on a pseudo-terminal like a person would: waits for the
shell prompt, types a command, checks its output, then powers off (exit
status 0) and, in a second boot, reboots (exit status 2).  TAP lines.
Usage: shell_pty.py HV IMAGE INITRD"""
import os, pty, select, signal, sys, time

hv, image, initrd = sys.argv[1:4]


def boot():
    pid, master = pty.fork()
    if pid == 0:
        os.execv(hv, [hv, "--kernel", image, "--initrd", initrd, "--append", "console=ttyS0"])
    return pid, master


def expect(master, token, limit):
    buf = b""
    end = time.time() + limit
    while time.time() < end:
        r, _, _ = select.select([master], [], [], 0.2)
        if r:
            try:
                buf += os.read(master, 4096)
            except OSError:
                break
            if token in buf:
                return True, buf
    return False, buf


def finish(pid, master, limit):
    """Waits for hv to exit, draining its output; returns the status."""
    end = time.time() + limit
    while time.time() < end:
        done, st = os.waitpid(pid, os.WNOHANG)
        if done:
            return st
        r, _, _ = select.select([master], [], [], 0.2)
        if r:
            try:
                os.read(master, 4096)
            except OSError:
                pass
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    return None


def tap(cond, name):
    print(("ok" if cond else "not ok") + " - hv linux shell: " + name)


pid, master = boot()
got, out = expect(master, b" # ", 60)
tap(got, "prompt on the terminal")
os.write(master, b"echo hv-$((6*7)); uname -m\r")
got, out = expect(master, b"riscv64", 20)
tap(got and b"hv-42" in out, "runs a command")
os.write(master, b"poweroff -f\r")
st = finish(pid, master, 20)
tap(st is not None and os.WIFEXITED(st) and os.WEXITSTATUS(st) == 0, "poweroff -f exits 0")

pid, master = boot()
got, out = expect(master, b" # ", 60)
os.write(master, b"reboot -f\r")
st = finish(pid, master, 20)
tap(got and st is not None and os.WIFEXITED(st) and os.WEXITSTATUS(st) == 2, "reboot -f exits 2")
