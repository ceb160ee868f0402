/*
 * /bench/init — the first process of a vmbench guest (booted with
 * rdinit=/bench/init). It runs one job named on the kernel command line and
 * powers the machine off, printing markers the host-side runner parses:
 *
 *   vmbench=fib:25:2  ->  VMBENCH-START              (first userspace line:
 *                         VMBENCH-RUN fib 25 2        boot time ends here)
 *                         ...the workload's output...
 *                         VMBENCH-EXIT <status> <ns>  (fork to reap, in-guest clock)
 *                         VMBENCH-END
 *   vmbench=idle      ->  VMBENCH-START, VMBENCH-IDLE, then a busybox shell
 *                         (the density test: a booted guest sitting idle)
 *
 * The kernel hands unknown "name=value" parameters to init as environment
 * variables, so the job is getenv("vmbench"); VMBENCH_NET_PORT=<port> (the
 * net-send row) also brings eth0 up as 10.0.2.15/24, the address user-mode
 * networking (slirp) expects, and is passed on to the workload.  Static
 * riscv64 C rather than a shell script: nothing but the workload runs
 * between the two clock reads.
 */
#include <arpa/inet.h>
#include <errno.h>
#include <net/if.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mount.h>
#include <sys/socket.h>
#include <sys/reboot.h>
#include <sys/wait.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

static long long now_ns(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

/* Waits for the console to send everything, then powers off, as
 * `poweroff -f` does (no init system to stop). */
static void power_off(void)
{
	fflush(stdout);
	tcdrain(1);
	sync();
	reboot(RB_POWER_OFF);
	_exit(1); /* not reached unless reboot() failed */
}

/* eth0 up as 10.0.2.15/24 (no DHCP client: slirp's own address plan). */
static void net_up(void)
{
	struct ifreq r = { 0 };
	int s = socket(AF_INET, SOCK_DGRAM, 0);
	struct sockaddr_in *a = (struct sockaddr_in *)&r.ifr_addr;
	snprintf(r.ifr_name, sizeof r.ifr_name, "eth0");
	a->sin_family = AF_INET;
	inet_pton(AF_INET, "10.0.2.15", &a->sin_addr);
	bool ok = s >= 0 && ioctl(s, SIOCSIFADDR, &r) == 0;
	inet_pton(AF_INET, "255.255.255.0", &a->sin_addr);
	ok = ok && ioctl(s, SIOCSIFNETMASK, &r) == 0;
	ok = ok && ioctl(s, SIOCGIFFLAGS, &r) == 0;
	r.ifr_flags |= IFF_UP | IFF_RUNNING;
	ok = ok && ioctl(s, SIOCSIFFLAGS, &r) == 0;
	if (!ok)
		printf("VMBENCH-ERROR eth0: %s\n", strerror(errno));
	if (s >= 0)
		close(s);
}

/* "prog:arg:arg..." -> runs /bench/prog arg arg... (the workload sees
 * VMBENCH_GUEST=1: io.c picks the guest's devices); returns its wait status. */
static int run_job(char *job)
{
	char *argv[10] = { NULL }, path[128], *save = NULL;
	char *name = strtok_r(job, ":", &save);
	int argc = 1;
	while (argc < 9 && (argv[argc] = strtok_r(NULL, ":", &save)))
		argc++;
	argv[argc] = NULL;
	if (!name || strchr(name, '/')) {
		printf("VMBENCH-ERROR bad job\n");
		return -1;
	}
	snprintf(path, sizeof path, "/bench/%s", name);
	argv[0] = path;
	printf("VMBENCH-RUN %s", name);
	for (int i = 1; i < argc; i++)
		printf(" %s", argv[i]);
	printf("\n");
	fflush(stdout);
	long long t0 = now_ns();
	pid_t pid = fork();
	if (pid == 0) {
		setenv("VMBENCH_GUEST", "1", 1);
		execv(path, argv);
		printf("VMBENCH-ERROR cannot run %s: %s\n", path, strerror(errno));
		_exit(127);
	}
	int st = -1;
	while (pid > 0 && waitpid(pid, &st, 0) < 0 && errno == EINTR)
		;
	long long t = now_ns() - t0;
	printf("VMBENCH-EXIT %d %lld\n", WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st), t);
	return st;
}

int main(void)
{
	/* The console is a tty: line-buffered, so each marker is one write. */
	setvbuf(stdout, NULL, _IOLBF, 0);
	printf("VMBENCH-START\n");
	/* device nodes (ttyS0, hvc0, vda) for io.c; the initramfs has only
	 * /dev/console. Failure is harmless to the compute workloads. */
	mount("devtmpfs", "/dev", "devtmpfs", 0, NULL);
	mount("sysfs", "/sys", "sysfs", 0, NULL); /* io.c: which driver is bound */
	mount("proc", "/proc", "proc", 0, NULL);  /* probe.c looks at processes */
	if (getenv("VMBENCH_NET_PORT"))
		net_up();
	const char *spec = getenv("vmbench");
	char job[256];
	snprintf(job, sizeof job, "%s", spec ? spec : "");
	if (strcmp(job, "idle") == 0) {
		printf("VMBENCH-IDLE\n");
		fflush(stdout);
		execl("/bin/sh", "sh", NULL); /* busybox, from hv's initramfs */
		printf("VMBENCH-ERROR no /bin/sh: %s\n", strerror(errno));
		for (;;)
			pause(); /* idle anyway; must not exit (that panics) */
	}
	if (job[0])
		run_job(job);
	else
		printf("VMBENCH-ERROR no vmbench= on the kernel command line\n");
	printf("VMBENCH-END\n");
	power_off();
	return 0;
}
