#!/bin/sh
# A guest web server behind slirp (hv.run=net-httpd; boot with ip=dhcp):
# the host reaches it through --net user,hostfwd=tcp:127.0.0.1:P-:80.
ifconfig lo 127.0.0.1 up
mkdir -p /www
echo "hv guest httpd at $(ifconfig eth0 | sed -n 's/.*inet addr:\([0-9.]*\).*/\1/p')" >/www/index.html
echo "GUEST-IP $(ifconfig eth0 | sed -n 's/.*inet addr:\([0-9.]*\).*/\1/p')"
httpd -p 80 -h /www
echo "HTTPD-READY"
sleep 600
