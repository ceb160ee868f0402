/* Unit tests of bench/stats.c: medians, ranges, spread warnings, ratios. */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "bench/stats.h"

static void stats_median_of_odd_count_is_middle_value(void **state)
{
	(void)state;
	double v[] = { 5, 1, 4, 2, 3 };
	struct summary s;
	summarize(v, 5, &s);
	assert_int_equal(s.n, 5);
	assert_true(s.median == 3);
	assert_true(s.min == 1);
	assert_true(s.max == 5);
}

static void stats_median_of_even_count_is_mean_of_middle_two(void **state)
{
	(void)state;
	double v[] = { 10, 2, 8, 4 };
	struct summary s;
	summarize(v, 4, &s);
	assert_true(s.median == 6); /* (4 + 8) / 2 */
	assert_true(s.min == 2);
	assert_true(s.max == 10);
}

static void stats_median_ignores_one_outlier(void **state)
{
	(void)state;
	double v[] = { 1.0, 1.01, 50.0, 0.99, 1.02 };
	struct summary s;
	summarize(v, 5, &s);
	assert_true(s.median == 1.01);
}

static void stats_summary_does_not_reorder_input(void **state)
{
	(void)state;
	double v[] = { 3, 1, 2 };
	struct summary s;
	summarize(v, 3, &s);
	assert_true(v[0] == 3 && v[1] == 1 && v[2] == 2);
}

static void stats_single_and_empty(void **state)
{
	(void)state;
	double v[] = { 2.5 };
	struct summary s;
	summarize(v, 1, &s);
	assert_true(s.median == 2.5 && s.min == 2.5 && s.max == 2.5);
	assert_true(spread(&s) == 0);
	assert_false(spread_is_wide(&s));
	summarize(v, 0, &s);
	assert_int_equal(s.n, 0);
	assert_true(isnan(s.median) && isnan(s.min) && isnan(s.max));
}

static void stats_duplicates(void **state)
{
	(void)state;
	double v[] = { 7, 7, 7, 7 };
	struct summary s;
	summarize(v, 4, &s);
	assert_true(s.median == 7);
	assert_true(spread(&s) == 0);
}

static void stats_spread_threshold(void **state)
{
	(void)state;
	struct summary s;
	double narrow[] = { 0.96, 1.0, 1.05 }; /* (1.05-0.96)/1.0 = 9% */
	summarize(narrow, 3, &s);
	assert_true(fabs(spread(&s) - 0.09) < 1e-12);
	assert_false(spread_is_wide(&s));
	double wide[] = { 0.95, 1.0, 1.06 }; /* 11% */
	summarize(wide, 3, &s);
	assert_true(spread_is_wide(&s));
	double two[] = { 1.0, 2.0 }; /* median 1.5, spread 67% */
	summarize(two, 2, &s);
	assert_true(fabs(spread(&s) - 1.0 / 1.5) < 1e-12);
	assert_true(spread_is_wide(&s));
}

static void stats_ratios(void **state)
{
	(void)state;
	assert_true(ratio(1, 4) == 0.25);
	assert_true(ratio(3, 2) == 1.5);
	assert_true(isnan(ratio(1, 0)));
	assert_true(isnan(ratio(0, 1)));
	assert_true(isnan(ratio(NAN, 1)));
	assert_true(isnan(ratio(1, NAN)));
	assert_true(isnan(ratio(-1, 1)));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(stats_median_of_odd_count_is_middle_value),
		cmocka_unit_test(stats_median_of_even_count_is_mean_of_middle_two),
		cmocka_unit_test(stats_median_ignores_one_outlier),
		cmocka_unit_test(stats_summary_does_not_reorder_input),
		cmocka_unit_test(stats_single_and_empty),
		cmocka_unit_test(stats_duplicates),
		cmocka_unit_test(stats_spread_threshold),
		cmocka_unit_test(stats_ratios),
	};
	return cmocka_run_group_tests_name("bench_stats", tests, NULL, NULL);
}
