#!/bin/sh
# Flushed data survives SIGKILL of hv (hv.run=blk-kill): write 1 MiB of
# random bytes to the raw disk with fsync, say so, and wait to be killed.
dd if=/dev/urandom of=/tmp/data bs=65536 count=16 2>/dev/null
echo "MD5 $(md5sum /tmp/data | cut -d' ' -f1)"
dd if=/tmp/data of=/dev/vda bs=65536 conv=fsync 2>/dev/null
echo "FLUSHED"
sleep 600
