/* bench-search.c - how fast the search index builds and answers, and its size
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Generates a folder of 10,000 pages (copies of a real page under new ids
 * and varied titles), loads it, which builds the index, then builds the
 * index again on its own to time it, and types a few hundred queries one
 * keystroke at a time, as the search entry sends them. Prints one figure a
 * line.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>
#include <sys/resource.h>

#include <glib/gstdio.h>

#include "fascia-library.h"
#include "fascia-search.h"
#include "fascia-bench-util.h"

#define TEMPLATE_ID    "id=\"what-is-fascia\""
#define TEMPLATE_TITLE "<title>What is fascia?</title>"

/* What is typed, one more character per query, up to 12 characters: words
 * of the page, words only in the generated titles, words in no page, and
 * two-word queries. */
static const char * const typed[] = {
  "trigger",
  "fascia",
  "myofascial",
  "collagen",
  "hyaluronan",
  "mechanoreceptors",
  "shoulder",
  "gentle",
  "release",
  "evidence",
  "dense fascia",
  "loose tissue",
  "jäger",        /* "Jäger" in the page's sources */
  "makila",       /* "Mäkilä", typed without accents */
  "fernández",    /* in no copied page */
  "zebra",
  "xylophone",
  "qwertyuiop",
};

#define ROUNDS 3

static char *
make_title (guint i)
{
  static const char * const adjectives[] = {
    "Gentle", "Deep", "Chronic", "Acute", "Everyday", "Careful", "Slow", "Daily",
    "Simple", "Common", "Hidden", "Stiff", "Tender", "Sore", "Tight", "Calm",
  };
  static const char * const places[] = {
    "shoulder", "neck", "hip", "knee", "calf", "jaw", "wrist", "heel",
    "back", "thigh", "elbow", "chest", "groin", "temple", "buttock", "forearm",
  };
  static const char * const topics[] = {
    "care", "pain", "tension", "release", "stretching", "pressure", "habits", "questions",
  };

  return g_strdup_printf ("<title>%s %s %s, part %u</title>",
                          adjectives[i % G_N_ELEMENTS (adjectives)],
                          places[(i / G_N_ELEMENTS (adjectives)) % G_N_ELEMENTS (places)],
                          topics[(i / 7) % G_N_ELEMENTS (topics)],
                          i);
}

static char *
generate_folder (const char *template_path,
                 guint       n_pages)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *template = NULL;
  char *dir = g_dir_make_tmp ("fascia-bench-search-XXXXXX", &error);

  g_assert_no_error (error);
  g_file_get_contents (template_path, &template, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (template, TEMPLATE_ID));
  g_assert_nonnull (strstr (template, TEMPLATE_TITLE));

  for (guint i = 0; i < n_pages; i++)
    {
      g_autofree char *id_attr = g_strdup_printf ("id=\"page-%05u\"", i);
      g_autofree char *name = g_strdup_printf ("page-%05u.xml", i);
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autofree char *title = make_title (i);
      g_auto(GStrv) id_parts = g_strsplit (template, TEMPLATE_ID, 2);
      g_autofree char *with_id = g_strjoinv (id_attr, id_parts);
      g_auto(GStrv) title_parts = g_strsplit (with_id, TEMPLATE_TITLE, 2);
      g_autofree char *contents = g_strjoinv (title, title_parts);

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
  g_autofree char *template = g_build_filename (srcdir ? srcdir : ".", "..", "content", "pages",
                                                "what-is-fascia.xml", NULL);
  g_autofree char *generated = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(FasciaLibrary) library = NULL;
  g_autoptr(GArray) builds = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) latencies = g_array_new (FALSE, FALSE, sizeof (double));
  FasciaSearchIndex *index;
  guint n = argc > 1 ? (guint)g_ascii_strtoull (argv[1], NULL, 10) : 10000;
  guint n_results = 0;
  struct rusage usage;
  gint64 start;

  generated = generate_folder (template, n);

  /* The index is built as the app builds it: from the text each page left
   * while it was read, its body gone. Three loads, the median build. */
  for (guint i = 0; i < 3; i++)
    {
      double ms;

      g_clear_object (&library);
      start = g_get_monotonic_time ();
      library = fascia_library_load (generated, &error);
      g_assert_no_error (error);
      if (i == 0)
        printf ("load_ms: %.1f\n", (g_get_monotonic_time () - start) / 1000.0);

      start = g_get_monotonic_time ();
      fascia_library_get_search_index (library);
      ms = (g_get_monotonic_time () - start) / 1000.0;
      g_array_append_val (builds, ms);
    }
  printf ("pages: %u\n", fascia_library_get_n_pages (library));
  g_array_sort (builds, fascia_bench_compare_doubles);
  printf ("index_build_median_ms: %.1f\n", g_array_index (builds, double, 1));

  index = fascia_library_get_search_index (library);
  printf ("index_words: %u\n", fascia_search_index_get_n_words (index));
  printf ("index_memory_mb: %.1f\n", fascia_search_index_get_memory (index) / (1024.0 * 1024.0));

  for (guint round = 0; round < ROUNDS; round++)
    {
      for (guint w = 0; w < G_N_ELEMENTS (typed); w++)
        {
          const char *end = typed[w];

          for (guint chars = 1; chars <= 12 && *end != '\0'; chars++)
            {
              g_autofree char *text = NULL;
              g_autoptr(GPtrArray) results = NULL;
              double ms;

              end = g_utf8_next_char (end);
              text = g_strndup (typed[w], end - typed[w]);

              /* Timed as the window uses it: 50 results with their snippets,
               * then freed. */
              start = g_get_monotonic_time ();
              results = fascia_search_index_query (index, text, 50);
              g_clear_pointer (&results, g_ptr_array_unref);
              ms = (g_get_monotonic_time () - start) / 1000.0;
              g_array_append_val (latencies, ms);

              if (round == 0)
                {
                  results = fascia_search_index_query (index, text, 50);
                  n_results += results->len;
                }
            }
        }
    }

  /* A sanity check, so a broken index cannot report fine figures. */
  {
    g_autoptr(GPtrArray) check = fascia_search_index_query (index, "hyaluronan", 0);
    g_autoptr(GPtrArray) none = fascia_search_index_query (index, "xylophone", 0);

    g_assert_cmpuint (check->len, ==, fascia_library_get_n_pages (library));
    g_assert_cmpuint (none->len, ==, 0);
  }

  g_array_sort (latencies, fascia_bench_compare_doubles);
  printf ("queries: %u\n", latencies->len);
  printf ("results_per_round: %u\n", n_results);
  printf ("query_median_ms: %.3f\n", fascia_bench_percentile (latencies, 0.5));
  printf ("query_p99_ms: %.3f\n", fascia_bench_percentile (latencies, 0.99));
  printf ("query_max_ms: %.3f\n", g_array_index (latencies, double, latencies->len - 1));

  getrusage (RUSAGE_SELF, &usage);
  printf ("peak_rss_mb: %.1f\n", usage.ru_maxrss / 1024.0);

  g_clear_object (&library);
  remove_folder (generated);

  return 0;
}
