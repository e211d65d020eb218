/* bench-load.c - how long loading content takes, and how much memory
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Loads the shipped content folder 20 times, then a generated folder of
 * 10,000 pages (each a copy of a real page under a new id, so every page is
 * parsed, validated against the schema and cross-checked), and prints the
 * median and spread of each together with the peak resident memory.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>
#include <sys/resource.h>

#include <glib/gstdio.h>

#include "fascia-library.h"

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double da = *(const double *)a, db = *(const double *)b;

  return da < db ? -1 : da > db;
}

static void
time_load (const char *label,
           const char *dir,
           guint       runs)
{
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  guint n_pages = 0, n_problems = 0;
  struct rusage usage;

  for (guint i = 0; i < runs; i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 start = g_get_monotonic_time ();
      g_autoptr(FasciaLibrary) library = fascia_library_load (dir, &error);
      double ms = (g_get_monotonic_time () - start) / 1000.0;

      g_assert_no_error (error);
      g_array_append_val (times, ms);
      n_pages = fascia_library_get_n_pages (library);
      n_problems = fascia_library_get_problems (library)->len;
    }

  g_array_sort (times, compare_doubles);
  getrusage (RUSAGE_SELF, &usage);
  printf ("%s: pages=%u problems=%u runs=%u median_ms=%.2f min_ms=%.2f max_ms=%.2f peak_rss_mb=%.1f\n",
          label, n_pages, n_problems, runs,
          g_array_index (times, double, runs / 2),
          g_array_index (times, double, 0),
          g_array_index (times, double, runs - 1),
          usage.ru_maxrss / 1024.0);
}

static char *
generate_folder (const char *template_path,
                 guint       n_pages)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *template = NULL;
  char *dir = g_dir_make_tmp ("fascia-bench-XXXXXX", &error);

  g_assert_no_error (error);
  g_file_get_contents (template_path, &template, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (template, "id=\"what-is-fascia\""));

  for (guint i = 0; i < n_pages; i++)
    {
      g_autofree char *id = g_strdup_printf ("page-%05u", i);
      g_autofree char *id_attr = g_strdup_printf ("id=\"%s\"", id);
      g_autofree char *name = g_strdup_printf ("%s.xml", id);
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_auto(GStrv) parts = g_strsplit (template, "id=\"what-is-fascia\"", 2);
      g_autofree char *contents = g_strjoinv (id_attr, parts);

      g_file_set_contents (path, contents, -1, &error);
      g_assert_no_error (error);
    }

  return dir;
}

static void
remove_folder (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  const char *srcdir = g_getenv ("G_TEST_SRCDIR");
  g_autofree char *content = g_build_filename (srcdir ? srcdir : ".", "..", "content", NULL);
  g_autofree char *template = g_build_filename (content, "pages", "what-is-fascia.xml", NULL);
  g_autofree char *generated = NULL;
  guint n = argc > 1 ? (guint)g_ascii_strtoull (argv[1], NULL, 10) : 10000;

  time_load ("shipped content", content, 20);

  /* Links in the copies point at pages the generated folder lacks; they are
   * reported as problems, which is part of the work measured. */
  generated = generate_folder (template, n);
  time_load ("generated folder", generated, 3);
  remove_folder (generated);

  return 0;
}
