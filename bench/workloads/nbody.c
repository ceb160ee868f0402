/*
 * Floating-point workload: n-body simulation of the Jovian planets. Mirrors
 * NBody.java operation for operation (same order, so the same doubles; build
 * with -ffp-contract=off so no fused multiply-add changes a rounding).
 */
#include "iter.h"

#define PI 3.141592653589793
#define SOLAR_MASS (4 * PI * PI)
#define DAYS_PER_YEAR 365.24
#define NBODIES 5

struct body {
	double x, y, z, vx, vy, vz, mass;
};

static struct body mkbody(double x, double y, double z, double vx, double vy,
			  double vz, double mass)
{
	return (struct body){ x, y, z, vx * DAYS_PER_YEAR, vy * DAYS_PER_YEAR,
			      vz * DAYS_PER_YEAR, mass * SOLAR_MASS };
}

static void planets(struct body *b)
{
	b[0] = mkbody(0, 0, 0, 0, 0, 0, 1);
	b[1] = mkbody(4.84143144246472090e+00, -1.16032004402742839e+00,
		      -1.03622044471123109e-01, 1.66007664274403694e-03,
		      7.69901118419740425e-03, -6.90460016972063023e-05,
		      9.54791938424326609e-04);
	b[2] = mkbody(8.34336671824457987e+00, 4.12479856412430479e+00,
		      -4.03523417114321381e-01, -2.76742510726862411e-03,
		      4.99852801234917238e-03, 2.30417297573763929e-05,
		      2.85885980666130812e-04);
	b[3] = mkbody(1.28943695621391310e+01, -1.51111514016986312e+01,
		      -2.23307578892655734e-01, 2.96460137564761618e-03,
		      2.37847173959480950e-03, -2.96589568540237556e-05,
		      4.36624404335156298e-05);
	b[4] = mkbody(1.53796971148509165e+01, -2.59193146099879641e+01,
		      1.79258772950371181e-01, 2.68067772490389322e-03,
		      1.62824170038242295e-03, -9.51592254519715870e-05,
		      5.15138902046611451e-05);
}

static void offset_momentum(struct body *b)
{
	double px = 0, py = 0, pz = 0;
	for (int i = 0; i < NBODIES; i++) {
		px += b[i].vx * b[i].mass;
		py += b[i].vy * b[i].mass;
		pz += b[i].vz * b[i].mass;
	}
	b[0].vx = -px / SOLAR_MASS;
	b[0].vy = -py / SOLAR_MASS;
	b[0].vz = -pz / SOLAR_MASS;
}

static void advance(struct body *bodies, double dt)
{
	for (int i = 0; i < NBODIES; i++) {
		struct body *a = &bodies[i];
		for (int j = i + 1; j < NBODIES; j++) {
			struct body *b = &bodies[j];
			double dx = a->x - b->x, dy = a->y - b->y, dz = a->z - b->z;
			double d2 = dx * dx + dy * dy + dz * dz;
			double dist = sqrt(d2);
			double mag = dt / (d2 * dist);
			a->vx -= dx * b->mass * mag;
			a->vy -= dy * b->mass * mag;
			a->vz -= dz * b->mass * mag;
			b->vx += dx * a->mass * mag;
			b->vy += dy * a->mass * mag;
			b->vz += dz * a->mass * mag;
		}
	}
	for (int i = 0; i < NBODIES; i++) {
		struct body *b = &bodies[i];
		b->x += dt * b->vx;
		b->y += dt * b->vy;
		b->z += dt * b->vz;
	}
}

static double energy(const struct body *bodies)
{
	double e = 0;
	for (int i = 0; i < NBODIES; i++) {
		const struct body *a = &bodies[i];
		e += 0.5 * a->mass * (a->vx * a->vx + a->vy * a->vy + a->vz * a->vz);
		for (int j = i + 1; j < NBODIES; j++) {
			const struct body *b = &bodies[j];
			double dx = a->x - b->x, dy = a->y - b->y, dz = a->z - b->z;
			e -= (a->mass * b->mass) / sqrt(dx * dx + dy * dy + dz * dz);
		}
	}
	return e;
}

static void run(int n, char *line, size_t len)
{
	struct body bodies[NBODIES];
	char e0[40], e1[40];
	planets(bodies);
	offset_momentum(bodies);
	fixed9(e0, sizeof e0, energy(bodies));
	for (int i = 0; i < n; i++)
		advance(bodies, 0.01);
	fixed9(e1, sizeof e1, energy(bodies));
	snprintf(line, len, "nbody %d %s %s", n, e0, e1);
}

int main(int argc, char **argv)
{
	return iterate(argc, argv, 1000, run);
}
