#!/usr/bin/env python3
"""Runs bin/hv on a pseudo-terminal, as a person would: checks that the
terminal is put back as it was after Ctrl-A x and after SIGTERM, and that
Ctrl-A h lists the keys.  Prints TAP lines.  Usage: console_pty.py HV"""
import os, pty, select, signal, sys, termios, time

hv = sys.argv[1]

def run(keys, sig=None):
    master, slave = pty.openpty()
    before = termios.tcgetattr(slave)
    pid = os.fork()
    if pid == 0:
        os.setsid()
        for fd in (0, 1, 2):
            os.dup2(slave, fd)
        os.execv(hv, [hv])          # default firmware, no kernel: runs forever
    out = b""
    during = None
    deadline = time.time() + 10
    sent = False
    while time.time() < deadline:
        r, _, _ = select.select([master], [], [], 0.1)
        if r:
            try:
                out += os.read(master, 4096)
            except OSError:
                break
        if not sent and b"Boot HART" in out:
            time.sleep(0.2)
            during = termios.tcgetattr(slave)
            if sig:
                os.kill(pid, sig)
            else:
                os.write(master, keys)
            sent = True
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            break
    else:
        os.kill(pid, signal.SIGKILL)
        done, status = os.waitpid(pid, 0)
    after = termios.tcgetattr(slave)
    return status, out, before == after, during is not None and during != before

status, out, same, raw = run(b"\x01h\x01x")
print(("ok" if raw else "not ok") + " - hv console: terminal in raw mode while running")
print(("ok" if os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0 else "not ok")
      + " - hv console: C-a x exits with status 0")
print(("ok" if b"C-a x" in out and b"C-a h" in out else "not ok")
      + " - hv console: C-a h lists the keys")
print(("ok" if same else "not ok") + " - hv console: terminal restored after C-a x")
status, out, same, raw = run(None, signal.SIGTERM)
print(("ok" if os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGTERM else "not ok")
      + " - hv console: SIGTERM ends hv")
print(("ok" if same else "not ok") + " - hv console: terminal restored after SIGTERM")
