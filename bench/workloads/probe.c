/*
 * What a workload can see of the host it runs on: the isolation probe
 * (bench/probe.c runs it natively and on each engine; Probe.java is the
 * same for the JVMs).  Arguments: a file vmbench wrote on the host, and
 * vmbench's own pid.  Prints four lines:
 *
 *   probe host-file <the file's first line>|unreadable
 *   probe host-process visible|not visible   (/proc/<pid>/cmdline names vmbench)
 *   probe kernel <release>                   (uname -r as the workload sees it)
 *   probe machine <machine>                  (uname -m)
 *
 * A process-level VM shares the host's kernel, files and process table; a
 * system-level VM's guest has its own.  The probe only looks: it changes
 * nothing on either side.
 */
#include <stdio.h>
#include <string.h>
#include <sys/utsname.h>

/* The first line of path, without its newline; "" when unreadable. */
static const char *first_line(const char *path, char *buf, size_t n)
{
	FILE *f = fopen(path, "r");
	buf[0] = '\0';
	if (f && !fgets(buf, (int)n, f))
		buf[0] = '\0';
	if (f)
		fclose(f);
	buf[strcspn(buf, "\n")] = '\0';
	return buf;
}

int main(int argc, char **argv)
{
	if (argc < 3) {
		fprintf(stderr, "usage: probe HOST-FILE HOST-PID\n");
		return 2;
	}
	char line[256], path[64], cmd[256] = "";
	first_line(argv[1], line, sizeof line);
	printf("probe host-file %s\n", line[0] ? line : "unreadable");
	/* cmdline's words are NUL-separated: the first is the program */
	snprintf(path, sizeof path, "/proc/%s/cmdline", argv[2]);
	FILE *f = fopen(path, "r");
	size_t got = f ? fread(cmd, 1, sizeof cmd - 1, f) : 0;
	if (f)
		fclose(f);
	cmd[got] = '\0';
	printf("probe host-process %s\n", strstr(cmd, "vmbench") ? "visible" : "not visible");
	struct utsname u;
	uname(&u);
	printf("probe kernel %s\nprobe machine %s\n", u.release, u.machine);
	return 0;
}
