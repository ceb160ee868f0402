/* Spectral norm by power iteration. Mirrors SpectralNorm.java. */
#include "iter.h"

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

static void run(int n, char *line, size_t len)
{
	double *u = calloc(n, sizeof *u), *v = calloc(n, sizeof *v);
	double *tmp = calloc(n, sizeof *tmp);
	char norm[40];
	if (!u || !v || !tmp)
		exit(1);
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
	fixed9(norm, sizeof norm, sqrt(vbv / vv));
	snprintf(line, len, "spectralnorm %d %s", n, norm);
	free(u);
	free(v);
	free(tmp);
}

int main(int argc, char **argv)
{
	return iterate(argc, argv, 100, run);
}
