#!/usr/bin/env python3
"""Boots the guest on a pseudo-terminal like a person would: waits for the
shell prompt, types a command, checks its output, powers off.  TAP lines.
Usage: shell_pty.py HV IMAGE INITRD"""
import os, pty, select, signal, sys, time

hv, image, initrd = sys.argv[1:4]
pid, master = pty.fork()
if pid == 0:
    os.execv(hv, [hv, "--kernel", image, "--initrd", initrd, "--append", "console=ttyS0"])

def expect(token, limit):
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

got, out = expect(b" # ", 60)
print(("ok" if got else "not ok") + " - hv linux shell: prompt on the terminal")
os.write(master, b"echo hv-$((6*7)); uname -m\r")
got, out = expect(b"riscv64", 20)
print(("ok" if got and b"hv-42" in out else "not ok") + " - hv linux shell: runs a command")
os.write(master, b"poweroff -f\r")
end = time.time() + 20
status = None
while time.time() < end:
    done, st = os.waitpid(pid, os.WNOHANG)
    if done:
        status = st
        break
    r, _, _ = select.select([master], [], [], 0.2)
    if r:
        try:
            os.read(master, 4096)
        except OSError:
            pass
if status is None:
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
print(("ok" if status is not None and os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0
       else "not ok") + " - hv linux shell: poweroff -f exits 0")
