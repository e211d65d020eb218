/* bench-first-frame.c - how long Fascia takes to its first frame, and how
 * much memory it takes with a big library
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Starts programs one after another on the display it is given (Xvfb in
 * `meson test --benchmark`), on GTK's cairo renderer, and times each from
 * just before starting it to its first painted frame, which the program
 * itself reports with FASCIA_BENCH_FIRST_FRAME set (see
 * fascia-application.c and bench-empty-window.c). Runs of two programs are
 * interleaved, A B A B..., because this kind of machine drifts by tens of
 * percent within minutes; the ratio of the medians is what counts:
 *   - Fascia with the shipped pages against an empty AdwApplicationWindow
 *     (the aim: at most 1.2 times), and against Fascia with an empty
 *     content folder (at most 1.1 times: loading content must not sit on
 *     the path to the first frame more than it must);
 *   - Fascia with a generated library of 10,000 pages (aim: a first frame
 *     within a second), and until the frame with a page in it, with the
 *     peak memory then (aim: under 200 MB).
 * Usage: bench-first-frame EMPTY-WINDOW-PROGRAM [RUNS] [LIBRARY-SIZE]
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gstdio.h>

#include "fascia-test-util.h"
#include "fascia-bench-util.h"

typedef struct
{
  double ms;
  long   peak_kb;
} Run;

/* Starts @argv with FASCIA_BENCH_FIRST_FRAME=@mode until it reports its
 * frame. */
static Run
run_once (const char * const *argv,
          const char         *mode)
{
  g_auto(GStrv) env = g_get_environ ();
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  gint64 start, frame_us = 0;
  Run run = { 0, 0 };
  const char *field;
  int status = 0;

  env = g_environ_setenv (env, "FASCIA_BENCH_FIRST_FRAME", mode, TRUE);
  env = g_environ_setenv (env, "GSK_RENDERER", "cairo", TRUE);

  start = g_get_monotonic_time ();
  if (!g_spawn_sync (NULL, (char **)argv, env, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                     &out, NULL, &status, &error))
    g_error ("%s: %s", argv[0], error->message);
  if (!g_spawn_check_wait_status (status, &error))
    g_error ("%s: %s", argv[0], error->message);

  if (out == NULL || (field = strstr (out, "first_frame_us=")) == NULL)
    g_error ("%s did not report its first frame", argv[0]);
  frame_us = g_ascii_strtoll (field + strlen ("first_frame_us="), NULL, 10);
  if ((field = strstr (out, "peak_rss_kb=")) != NULL)
    run.peak_kb = strtol (field + strlen ("peak_rss_kb="), NULL, 10);
  run.ms = (frame_us - start) / 1000.0;

  return run;
}

static double
median (GArray *values)
{
  g_array_sort (values, fascia_bench_compare_doubles);
  return g_array_index (values, double, values->len / 2);
}

/* Runs @a and @b in turn, @runs times each after one run each not counted,
 * @a until its frame of @mode_a; prints their medians and the ratio a/b. */
static double
pair (const char         *name,
      const char * const *a,
      const char         *mode_a,
      const char * const *b,
      guint               runs)
{
  g_autoptr(GArray) times_a = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) times_b = g_array_new (FALSE, FALSE, sizeof (double));
  double ma, mb;

  run_once (a, mode_a);
  run_once (b, "1");
  for (guint i = 0; i < runs; i++)
    {
      Run ra = run_once (a, mode_a);
      Run rb = run_once (b, "1");

      g_array_append_val (times_a, ra.ms);
      g_array_append_val (times_b, rb.ms);
    }

  ma = median (times_a);
  mb = median (times_b);
  printf ("%s: first_frame_ms median=%.1f against %.1f ratio=%.2f (n=%u each, interleaved)\n",
          name, ma, mb, ma / mb, runs);
  fflush (stdout);
  return ma / mb;
}

int
main (int   argc,
      char *argv[])
{
  const char *srcdir = g_getenv ("G_TEST_SRCDIR");
  const char *fascia = g_getenv ("FASCIA_EXE");
  const char *python = g_getenv ("PYTHON");
  g_autofree char *content = g_build_filename (srcdir ? srcdir : ".", "..", "content", NULL);
  g_autofree char *generator = g_build_filename (srcdir ? srcdir : ".", "..", "build-aux", "generate-library.py", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *empty = NULL;
  g_autofree char *empty_pages = NULL;
  g_autofree char *big = NULL;
  guint runs, size;

  if (argc < 2 || fascia == NULL)
    {
      g_printerr ("Usage: FASCIA_EXE=… bench-first-frame EMPTY-WINDOW-PROGRAM [RUNS] [LIBRARY-SIZE]\n");
      return 2;
    }
  runs = argc > 2 ? (guint)g_ascii_strtoull (argv[2], NULL, 10) : 15;
  size = argc > 3 ? (guint)g_ascii_strtoull (argv[3], NULL, 10) : 10000;

  dir = g_dir_make_tmp ("fascia-bench-XXXXXX", &error);
  g_assert_no_error (error);
  empty = g_build_filename (dir, "empty", NULL);
  empty_pages = g_build_filename (empty, "pages", NULL);
  g_mkdir_with_parents (empty_pages, 0700);

  {
    const char *shipped[] = { fascia, "--content-dir", content, NULL };
    const char *floor[] = { argv[1], NULL };
    const char *no_pages[] = { fascia, "--content-dir", empty, NULL };

    pair ("shipped pages against an empty AdwApplicationWindow (aim: ratio <= 1.2)", shipped, "1", floor, runs);
    pair ("shipped pages against an empty content folder (aim: ratio <= 1.1)", shipped, "1", no_pages, runs);
    /* The first frame shows the window before the library (see loaded_cb()
     * in fascia-application.c): how much later the first page follows. */
    pair ("shipped pages, first frame with a page, against an empty AdwApplicationWindow's first frame",
          shipped, "content", floor, runs);
  }

  if (size > 0)
    {
      g_autofree char *size_text = g_strdup_printf ("%u", size);
      const char *gen_argv[] = { python ? python : "python3", generator, content, NULL, size_text, NULL };
      const char *library[] = { fascia, "--content-dir", NULL, NULL };
      g_autoptr(GArray) first = g_array_new (FALSE, FALSE, sizeof (double));
      g_autoptr(GArray) with_page = g_array_new (FALSE, FALSE, sizeof (double));
      g_autoptr(GArray) peak = g_array_new (FALSE, FALSE, sizeof (double));
      int status;

      big = g_build_filename (dir, "big", NULL);
      gen_argv[3] = big;
      library[2] = big;
      g_spawn_sync (NULL, (char **)gen_argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL,
                    NULL, NULL, NULL, NULL, &status, &error);
      g_assert_no_error (error);
      g_assert_true (g_spawn_check_wait_status (status, NULL));

      run_once (library, "1");
      for (guint i = 0; i < 3; i++)
        {
          Run a = run_once (library, "1");
          Run b = run_once (library, "content");
          double peak_mb = b.peak_kb / 1024.0;

          g_array_append_val (first, a.ms);
          g_array_append_val (with_page, b.ms);
          g_array_append_val (peak, peak_mb);
        }
      printf ("generated library of %u pages: first_frame_ms median=%.1f (aim: < 1000); "
              "first frame with a page: median=%.1f ms, peak_rss_mb=%.1f (aim: < 200)\n",
              size, median (first), median (with_page), median (peak));
    }

  fascia_test_remove_tree (dir);
  return 0;
}
