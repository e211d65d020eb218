/* bench-load.c - how long loading content takes, how much memory, at scale
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Loads the shipped content folder 20 times; then, for libraries of 1,000,
 * 10,000 and 50,000 pages made by build-aux/generate-library.py (valid
 * libraries: a load that reports problems is refused, so the error path is
 * never what is measured), loads each in a process of its own, and prints
 * its load time, its peak resident memory, and time and memory per page,
 * whose growth from one size to the next shows whether cost grows linearly.
 * A size to stop at may be given: bench-load 10000.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

#include <glib/gstdio.h>

#include "fascia-library.h"
#include "fascia-bench-util.h"

/* Loads @dir @runs times; returns the median milliseconds. */
static double
time_load (const char *dir,
           guint       runs,
           guint      *n_pages)
{
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; i < runs; i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 start = g_get_monotonic_time ();
      g_autoptr(FasciaLibrary) library = fascia_library_load (dir, &error);
      double ms;

      /* As the window has it: with its search index. */
      if (library != NULL)
        fascia_library_get_search_index (library);
      ms = (g_get_monotonic_time () - start) / 1000.0;

      g_assert_no_error (error);
      if (fascia_library_get_problems (library)->len > 0)
        g_error ("%s: %u problems, such as %s: a benchmark of the error path", dir,
                 fascia_library_get_problems (library)->len,
                 ((GError *)g_ptr_array_index (fascia_library_get_problems (library), 0))->message);
      g_array_append_val (times, ms);
      *n_pages = fascia_library_get_n_pages (library);
    }

  g_array_sort (times, fascia_bench_compare_doubles);
  return g_array_index (times, double, runs / 2);
}

/* In a process of its own, so that its peak memory is its own. */
static int
load_once (const char *dir)
{
  struct rusage usage;
  guint n_pages = 0;
  double ms = time_load (dir, 1, &n_pages);

  getrusage (RUSAGE_SELF, &usage);
  printf ("%u %.1f %.1f\n", n_pages, ms, usage.ru_maxrss / 1024.0);
  return 0;
}

static void
remove_tree (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        remove_tree (path);
      else
        g_unlink (path);
    }
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  const char *srcdir = g_getenv ("G_TEST_SRCDIR");
  const char *python = g_getenv ("PYTHON");
  g_autofree char *content = g_build_filename (srcdir ? srcdir : ".", "..", "content", NULL);
  g_autofree char *generator = g_build_filename (srcdir ? srcdir : ".", "..", "build-aux", "generate-library.py", NULL);
  const guint sizes[] = { 1000, 10000, 50000 };
  guint up_to = argc > 1 && g_strcmp0 (argv[1], "--one") != 0 ? (guint)g_ascii_strtoull (argv[1], NULL, 10) : 50000;
  double previous_ms_per_page = 0, previous_kb_per_page = 0;
  guint n_pages = 0;
  double ms;

  if (argc == 3 && g_str_equal (argv[1], "--one"))
    return load_once (argv[2]);

  ms = time_load (content, 20, &n_pages);
  printf ("shipped content: pages=%u median_ms=%.2f\n", n_pages, ms);

  for (guint i = 0; i < G_N_ELEMENTS (sizes) && sizes[i] <= up_to; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *dir = g_dir_make_tmp ("fascia-bench-XXXXXX", &error);
      g_autofree char *out = g_build_filename (dir, "content", NULL);
      g_autofree char *size = g_strdup_printf ("%u", sizes[i]);
      g_autofree char *printed = NULL;
      const char *gen_argv[] = { python ? python : "python3", generator, content, out, size, NULL };
      const char *load_argv[] = { argv[0], "--one", out, NULL };
      guint pages = 0;
      double load_ms = 0, rss_mb = 0, ms_per_page, kb_per_page;
      int status;

      g_assert_no_error (error);
      g_spawn_sync (NULL, (char **)gen_argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL,
                    NULL, NULL, NULL, NULL, &status, &error);
      g_assert_no_error (error);
      g_assert_true (g_spawn_check_wait_status (status, NULL));

      g_spawn_sync (NULL, (char **)load_argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &printed, NULL, &status, &error);
      g_assert_no_error (error);
      g_assert_true (g_spawn_check_wait_status (status, NULL));
      g_assert_cmpint (sscanf (printed, "%u %lf %lf", &pages, &load_ms, &rss_mb), ==, 3);

      ms_per_page = load_ms / pages;
      kb_per_page = rss_mb * 1024.0 / pages;
      printf ("generated library: pages=%u load_ms=%.0f peak_rss_mb=%.1f ms_per_page=%.3f kb_per_page=%.1f",
              pages, load_ms, rss_mb, ms_per_page, kb_per_page);
      /* Linear growth keeps the cost per page: report its change. */
      if (previous_ms_per_page > 0)
        printf (" per_page_vs_previous: time=%.2fx memory=%.2fx", ms_per_page / previous_ms_per_page,
                kb_per_page / previous_kb_per_page);
      printf ("\n");
      fflush (stdout);
      previous_ms_per_page = ms_per_page;
      previous_kb_per_page = kb_per_page;

      remove_tree (dir);
    }

  return 0;
}
