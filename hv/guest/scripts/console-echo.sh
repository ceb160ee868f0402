#!/bin/sh
# virtio-console echo (hv.run=console-echo, console=hvc0): read a line
# from the console and send it back.
stty -echo 2>/dev/null
echo "ECHO-READY on $(readlink /proc/self/fd/0)"
read -r line
echo "echo: $line"
