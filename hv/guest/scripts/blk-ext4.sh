#!/bin/sh
# ext4 on virtio-blk (hv.run=blk-ext4): the host made the file system;
# the guest writes files, syncs, unmounts; the host checks with e2fsck
# and reads them back with debugfs.
set -e
mkdir -p /mnt
mount -t ext4 /dev/vda /mnt
echo "hello from the hv guest" >/mnt/hello.txt
mkdir -p /mnt/dir
dd if=/dev/urandom of=/mnt/dir/rand.bin bs=4096 count=256 2>/dev/null
echo "MD5 $(md5sum /mnt/dir/rand.bin | cut -d' ' -f1)"
i=0; while [ $i -lt 100 ]; do echo "file $i" >/mnt/dir/f$i; i=$((i+1)); done
sync
umount /mnt
echo "BLK-EXT4-DONE"
