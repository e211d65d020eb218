/* fascia-bench-util.c - what the benchmarks share for their figures
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fascia-bench-util.h"

/**
 * fascia_bench_compare_doubles:
 *
 * Orders doubles from the least, for g_array_sort().
 */
int
fascia_bench_compare_doubles (gconstpointer a,
                              gconstpointer b)
{
  double da = *(const double *)a, db = *(const double *)b;

  return da < db ? -1 : da > db;
}

/**
 * fascia_bench_percentile:
 * @sorted: doubles, sorted with fascia_bench_compare_doubles()
 * @p: from 0 (the least) to 1 (the most)
 *
 * Returns: the value at @p of the way up, the nearest one
 */
double
fascia_bench_percentile (GArray *sorted,
                         double  p)
{
  guint i = (guint)(p * (sorted->len - 1) + 0.5);

  g_return_val_if_fail (sorted->len > 0, 0.0);
  return g_array_index (sorted, double, MIN (i, sorted->len - 1));
}
