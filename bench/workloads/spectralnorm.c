/* Spectral norm by power iteration. Mirrors SpectralNorm.java. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

static double a(int i, int j)
{
	return 1.0 / ((i + j) * (i + j + 1) / 2 + i + 1);
}

static void mult_av(int n, const double *v, double *av)
{
	for (int i = 0; i < n; i++) {
		double sum = 0;
		for (int j = 0; j < n; j++)
			sum += a(i, j) * v[j];
		av[i] = sum;
	}
}

static void mult_atv(int n, const double *v, double *atv)
{
	for (int i = 0; i < n; i++) {
		double sum = 0;
		for (int j = 0; j < n; j++)
			sum += a(j, i) * v[j];
		atv[i] = sum;
	}
}

static void mult_atav(int n, const double *v, double *out, double *tmp)
{
	mult_av(n, v, tmp);
	mult_atv(n, tmp, out);
}

static void fixed9(double v)
{
	long long r = (long long)floor(v * 1e9 + 0.5);
	if (r < 0) {
		putchar('-');
		r = -r;
	}
	printf("%lld.%09lld", r / 1000000000LL, r % 1000000000LL);
}

int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 100;
	double *u = calloc(n, sizeof *u), *v = calloc(n, sizeof *v);
	double *tmp = calloc(n, sizeof *tmp);
	if (!u || !v || !tmp)
		return 1;
	for (int i = 0; i < n; i++)
		u[i] = 1;
	for (int i = 0; i < 10; i++) {
		mult_atav(n, u, v, tmp);
		mult_atav(n, v, u, tmp);
	}
	double vbv = 0, vv = 0;
	for (int i = 0; i < n; i++) {
		vbv += u[i] * v[i];
		vv += v[i] * v[i];
	}
	printf("spectralnorm %d ", n);
	fixed9(sqrt(vbv / vv));
	putchar('\n');
	free(u);
	free(v);
	free(tmp);
	return 0;
}
