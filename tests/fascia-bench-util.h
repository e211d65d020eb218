/* fascia-bench-util.h - what the benchmarks share for their figures
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GLib only: the benchmarks of the core link it without GTK.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

int    fascia_bench_compare_doubles (gconstpointer a,
                                     gconstpointer b);
double fascia_bench_percentile      (GArray       *sorted,
                                     double        p);

G_END_DECLS
