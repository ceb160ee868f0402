/*
 * Unit tests of bench/output.c: separating a workload's checksum output from
 * its iteration times, in a process (stderr) and on a guest console (one
 * CRLF stream framed by /bench/init's markers, with firmware and kernel
 * lines around it), and the cold / warm / peak of a run.
 */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "bench/output.h"

static void output_process(void **state)
{
	(void)state;
	struct parsed p;
	parse_process("fib 15 610\n", "vmbench-iter 1 2500000\nwarning: x\nvmbench-iter 2 1500000\n",
		      &p);
	assert_string_equal(p.out, "fib 15 610\n");
	assert_int_equal(p.niters, 2);
	assert_true(fabs(p.iter[0] - 0.0025) < 1e-12);
	assert_true(fabs(p.iter[1] - 0.0015) < 1e-12);
	parsed_free(&p);
	/* no iteration lines (hello, or an engine that does not print them) */
	parse_process("Hello, World!\n", "", &p);
	assert_int_equal(p.niters, 0);
	parsed_free(&p);
}

/* What hv printed for `vmbench=fib:20:2`, as a terminal sends it. */
static const char console[] =
	"\r\nOpenSBI v1.1\r\n   ____                    _____ ____ _____\r\n"
	"Boot HART MEDELEG         : 0x000000000000b109\r\n"
	"[    0.787616] syscon-poweroff poweroff: pm_power_off already claimed\r\n"
	"VMBENCH-START\r\n"
	"VMBENCH-RUN fib 20 2\r\n"
	"vmbench-iter 1 1514400\r\n"
	"[    0.801000] random: crng init done\r\n"
	"vmbench-iter 2 1369600\r\n"
	"fib 20 6765\r\n"
	"VMBENCH-EXIT 0 14260600\r\n"
	"VMBENCH-END\r\n"
	"[    0.831830] reboot: Power down\r\n";

static void output_console(void **state)
{
	(void)state;
	struct parsed p;
	assert_int_equal(parse_console(console, &p), 0);
	/* the output without CRs, iteration lines or kernel messages */
	assert_string_equal(p.out, "fib 20 6765\n");
	assert_int_equal(p.niters, 2);
	assert_true(fabs(p.iter[0] - 0.0015144) < 1e-12);
	assert_int_equal(p.status, 0);
	assert_true(fabs(p.inner - 0.0142606) < 1e-12);
	parsed_free(&p);
}

static void output_console_failures(void **state)
{
	(void)state;
	struct parsed p;
	/* the guest never reached /bench/init: say so, with the last line */
	assert_int_equal(parse_console("OpenSBI v1.1\r\n[    1.0] Kernel panic - not syncing\r\n",
				       &p), -1);
	assert_non_null(strstr(p.error, "no VMBENCH-START"));
	assert_non_null(strstr(p.error, "Kernel panic - not syncing"));
	parsed_free(&p);
	/* cut off in the middle of the run */
	assert_int_equal(parse_console("VMBENCH-START\nVMBENCH-RUN fib 20 2\nvmbench-iter 1 5\n", &p),
			 -1);
	assert_non_null(strstr(p.error, "no VMBENCH-EXIT"));
	parsed_free(&p);
	/* init's own complaint */
	assert_int_equal(parse_console("VMBENCH-START\r\nVMBENCH-ERROR bad job\r\n", &p), -1);
	assert_string_equal(p.error, "guest: VMBENCH-ERROR bad job");
	parsed_free(&p);
	/* a workload that failed inside: parsed, with its status */
	assert_int_equal(parse_console("VMBENCH-START\nVMBENCH-RUN x\noops\nVMBENCH-EXIT 127 1000\n",
				       &p), 0);
	assert_int_equal(p.status, 127);
	assert_string_equal(p.out, "oops\n");
	parsed_free(&p);
	/* a marker must be the whole first word: VMBENCH-STARTED is not one */
	assert_int_equal(parse_console("VMBENCH-STARTED\nVMBENCH-RUN\nVMBENCH-EXIT 0 1\n", &p), -1);
	parsed_free(&p);
}

static void output_phases(void **state)
{
	(void)state;
	double cold, warm, peak;
	/* 5 iterations: cold the first, warm the median of the last 3 (5/2 = 2
	 * skipped), peak the best of all */
	double t[] = { 10, 4, 3, 5, 2 };
	iter_phases(t, 5, &cold, &warm, &peak);
	assert_true(cold == 10 && warm == 3 && peak == 2);
	double two[] = { 8, 6 };
	iter_phases(two, 2, &cold, &warm, &peak);
	assert_true(cold == 8 && warm == 6 && peak == 6);
	double one[] = { 7 };
	iter_phases(one, 1, &cold, &warm, &peak);
	assert_true(cold == 7 && warm == 7 && peak == 7);
	iter_phases(NULL, 0, &cold, &warm, &peak);
	assert_true(isnan(cold) && isnan(warm) && isnan(peak));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(output_process),
		cmocka_unit_test(output_console),
		cmocka_unit_test(output_console_failures),
		cmocka_unit_test(output_phases),
	};
	return cmocka_run_group_tests_name("bench_output", tests, NULL, NULL);
}
