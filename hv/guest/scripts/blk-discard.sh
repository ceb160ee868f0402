#!/bin/sh
# Discard on virtio-blk (hv.run=blk-discard): fill the first 2 MiB with
# random bytes, then discard the first MiB; the host finds zeros (a hole)
# there and the second MiB intact.
dd if=/dev/urandom of=/tmp/data bs=65536 count=16 2>/dev/null
dd if=/tmp/data of=/dev/vda bs=65536 count=16 conv=fsync 2>/dev/null
dd if=/tmp/data of=/dev/vda bs=65536 seek=16 count=16 conv=fsync 2>/dev/null
echo "MD5 $(md5sum /tmp/data | cut -d' ' -f1)"
blkdiscard -o 0 -l 1048576 /dev/vda && echo "DISCARDED"
