/* fascia-report.c - what a reviewer reads about a content folder
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every source a page cites must be a real work a reviewer can look up. The
 * list of sources gathers each distinct work once, written as the pages
 * write it, with the pages that cite it, so that one pass through the list
 * checks the whole library.
 */
#define G_LOG_DOMAIN "fascia-report"

#include "config.h"

#include <string.h>

#include "fascia-content-error.h"
#include "fascia-readability.h"
#include "fascia-report.h"

/* A reference with every author named runs long, but never this long. */
#define MAX_REFERENCE_CHARS 1000

/**
 * fascia_source_use_free:
 * @use: (nullable): a source use from fascia_report_dup_sources()
 *
 * Frees @use with its page ids. Its source belongs to the library and stays.
 * Does nothing for %NULL.
 */
void
fascia_source_use_free (FasciaSourceUse *use)
{
  if (use == NULL)
    return;

  g_clear_pointer (&use->page_ids, g_ptr_array_unref);
  g_free (use);
}

typedef struct
{
  GHashTable *cited;
} CiteWalk;

static void
note_cite (FasciaPage         *page,
           const FasciaInline *run,
           gpointer            user_data)
{
  CiteWalk *walk = user_data;

  if (run->kind == FASCIA_INLINE_CITATION)
    g_hash_table_add (walk->cited, run->target);
}

static int
compare_uses (gconstpointer a,
              gconstpointer b)
{
  const FasciaSourceUse *ua = *(FasciaSourceUse * const *)a;
  const FasciaSourceUse *ub = *(FasciaSourceUse * const *)b;

  return strcmp (ua->source->id, ub->source->id);
}

/**
 * fascia_report_dup_sources:
 * @library: a library
 *
 * Gathers every distinct source of @library by id. A page counts as citing
 * a source when it cites it inline; a reference page, which lists sources
 * for their own sake, counts for every source it lists.
 *
 * Returns: (transfer full) (element-type FasciaSourceUse): the sources,
 *   sorted by id
 */
GPtrArray *
fascia_report_dup_sources (FasciaLibrary *library)
{
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *uses = g_ptr_array_new_with_free_func ((GDestroyNotify)fascia_source_use_free);

  g_return_val_if_fail (FASCIA_IS_LIBRARY (library), uses);

  for (guint i = 0; i < fascia_library_get_n_pages (library); i++)
    {
      FasciaPage *page = fascia_library_get_page_at (library, i);
      GPtrArray *sources = fascia_page_get_sources (page);
      g_autoptr(GHashTable) cited = g_hash_table_new (g_str_hash, g_str_equal);
      CiteWalk walk = { cited };
      gboolean lists = fascia_page_get_page_type (page) == FASCIA_PAGE_REFERENCE;

      fascia_page_foreach_inline (page, note_cite, &walk);

      for (guint j = 0; j < sources->len; j++)
        {
          const FasciaSource *source = g_ptr_array_index (sources, j);
          FasciaSourceUse *use = g_hash_table_lookup (by_id, source->id);

          if (!lists && !g_hash_table_contains (cited, source->id))
            continue;

          if (use == NULL)
            {
              use = g_new0 (FasciaSourceUse, 1);
              use->source = source;
              use->page_ids = g_ptr_array_new_with_free_func (g_free);
              g_hash_table_insert (by_id, source->id, use);
              g_ptr_array_add (uses, use);
            }
          g_ptr_array_add (use->page_ids, g_strdup (fascia_page_get_id (page)));
        }
    }

  g_ptr_array_sort (uses, compare_uses);

  return uses;
}

/**
 * fascia_source_format:
 * @source: a source
 *
 * Returns: (transfer full): "Authors (year). Title. Venue. Address", as a
 *   reference list writes it
 */
char *
fascia_source_format (const FasciaSource *source)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (source != NULL, g_string_free (out, FALSE));

  g_string_append_printf (out, "%s (%s). %s. %s.",
                          source->authors != NULL ? source->authors : "",
                          source->year != NULL ? source->year : "",
                          source->title != NULL ? source->title : "",
                          source->venue != NULL ? source->venue : "");
  if (source->url != NULL)
    g_string_append_printf (out, " %s", source->url);

  return g_string_free (out, FALSE);
}

/**
 * fascia_report_print_sources:
 * @library: a library
 * @out: where the list is appended
 *
 * Appends one paragraph per distinct source: its id, the reference, and the
 * pages citing it. What comes from the pages is made safe for a terminal
 * with fascia_content_error_sanitize().
 */
void
fascia_report_print_sources (FasciaLibrary *library,
                             GString       *out)
{
  g_autoptr(GPtrArray) uses = NULL;

  g_return_if_fail (FASCIA_IS_LIBRARY (library));
  g_return_if_fail (out != NULL);

  uses = fascia_report_dup_sources (library);
  for (guint i = 0; i < uses->len; i++)
    {
      const FasciaSourceUse *use = g_ptr_array_index (uses, i);
      g_autofree char *formatted = fascia_source_format (use->source);
      g_autofree char *reference = fascia_content_error_sanitize (formatted, -1, MAX_REFERENCE_CHARS);

      /* Ids are checked to be [a-z0-9-]; the reference is the pages' own
       * text, which may hold anything a terminal would obey. */
      g_string_append_printf (out, "%s\n  %s\n  cited by %u:", use->source->id, reference, use->page_ids->len);
      for (guint j = 0; j < use->page_ids->len; j++)
        g_string_append_printf (out, " %s", (const char *)g_ptr_array_index (use->page_ids, j));
      g_string_append (out, "\n");
    }
}

static void
count_evidence (FasciaPage        *page,
                const FasciaBlock *block,
                gpointer           user_data)
{
  FasciaPageMeasure *measure = user_data;

  if (block->kind == FASCIA_BLOCK_EVIDENCE && block->evidence_level < FASCIA_N_EVIDENCE_LEVELS)
    measure->evidence[block->evidence_level]++;
}

/**
 * fascia_report_measure_pages:
 * @library: a library
 *
 * Measures every page of @library, in reading order: the words of its
 * running text and, for a page in English, their reading ease (see
 * fascia-readability.c), its
 * sources and its evidence blocks by level.
 *
 * Returns: (transfer full) (element-type FasciaPageMeasure): one measure a
 *   page; each holds the library's page, not a reference
 */
GArray *
fascia_report_measure_pages (FasciaLibrary *library)
{
  GArray *measures = g_array_new (FALSE, TRUE, sizeof (FasciaPageMeasure));

  g_return_val_if_fail (FASCIA_IS_LIBRARY (library), measures);

  g_array_set_size (measures, fascia_library_get_n_pages (library));
  for (guint i = 0; i < measures->len; i++)
    {
      FasciaPageMeasure *measure = &g_array_index (measures, FasciaPageMeasure, i);
      FasciaReadability counts = { 0, };

      measure->page = fascia_library_get_page_at (library, i);
      fascia_readability_measure_page (&counts, measure->page);
      measure->words = counts.words;
      /* The reading-ease formula is for English: a translation is not
       * measured by it. */
      measure->measured = g_str_equal (fascia_page_get_language (measure->page), "en") &&
                          fascia_readability_get_ease (&counts, &measure->ease);
      measure->n_sources = fascia_page_get_sources (measure->page)->len;
      fascia_page_foreach_block (measure->page, count_evidence, measure);
    }

  return measures;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *)a, y = *(const double *)b;

  return (x > y) - (x < y);
}

/**
 * fascia_report_print_pages:
 * @measures: (element-type FasciaPageMeasure): from
 *   fascia_report_measure_pages()
 * @out: where the table is appended
 *
 * Appends a table, one line a page: id, type, words, reading ease,
 * sources, evidence blocks by level, and a mark on a page below
 * %FASCIA_READING_EASE_TARGET; then a line of totals.
 */
void
fascia_report_print_pages (GArray  *measures,
                           GString *out)
{
  g_autoptr(GArray) eases = g_array_new (FALSE, FALSE, sizeof (double));
  guint total_words = 0, below_target = 0, below_floor = 0;

  g_return_if_fail (measures != NULL);
  g_return_if_fail (out != NULL);

  g_string_append_printf (out, "%-36s %-10s %6s %6s %8s  %s\n",
                          "page", "type", "words", "ease", "sources", "evidence");
  for (guint i = 0; i < measures->len; i++)
    {
      const FasciaPageMeasure *measure = &g_array_index (measures, FasciaPageMeasure, i);
      g_autoptr(GString) evidence = g_string_new (NULL);
      g_autofree char *ease = measure->measured ? g_strdup_printf ("%.1f", measure->ease) : g_strdup ("–");
      const char *mark = "";

      for (FasciaEvidenceLevel level = 0; level < FASCIA_N_EVIDENCE_LEVELS; level++)
        if (measure->evidence[level] > 0)
          g_string_append_printf (evidence, "%s%s %u", evidence->len > 0 ? ", " : "",
                                  fascia_evidence_level_to_string (level), measure->evidence[level]);
      if (evidence->len == 0)
        g_string_append (evidence, "none");

      if (measure->measured)
        {
          g_array_append_val (eases, measure->ease);
          if (measure->ease < FASCIA_READING_EASE_FLOOR)
            mark = "  BELOW 50";
          else if (measure->ease < FASCIA_READING_EASE_TARGET)
            mark = "  below 60";
          below_floor += measure->ease < FASCIA_READING_EASE_FLOOR;
          below_target += measure->ease < FASCIA_READING_EASE_TARGET;
        }
      total_words += measure->words;

      /* Ids are checked to be [a-z0-9-], at most 64 characters. */
      g_string_append_printf (out, "%-36s %-10s %6u %6s %8u  %s%s\n",
                              fascia_page_get_id (measure->page),
                              fascia_page_type_to_string (fascia_page_get_page_type (measure->page)),
                              measure->words, ease, measure->n_sources, evidence->str, mark);
    }

  g_string_append_printf (out, "%u pages, %u words", measures->len, total_words);
  if (eases->len > 0)
    {
      double median;

      g_array_sort (eases, compare_doubles);
      median = eases->len % 2 == 1 ? g_array_index (eases, double, eases->len / 2)
                                   : (g_array_index (eases, double, eases->len / 2 - 1) +
                                      g_array_index (eases, double, eases->len / 2)) / 2.0;
      g_string_append_printf (out, "; reading ease %.1f to %.1f, median %.1f; %u below %.0f, %u below %.0f",
                              g_array_index (eases, double, 0), g_array_index (eases, double, eases->len - 1),
                              median, below_target, FASCIA_READING_EASE_TARGET,
                              below_floor, FASCIA_READING_EASE_FLOOR);
    }
  g_string_append (out, "\n");
}

/**
 * fascia_report_print_translation:
 * @directory: a content folder
 * @out: where the summary is appended
 * @error: set when the folder has a status that cannot be read
 *
 * A translated content folder, as build-aux/po.py writes it, holds
 * translation-status.txt: for each content file, how many of its messages
 * the language's PO translates, of how many. This appends what it says: a
 * line of totals, then each file not translated in full.
 *
 * Returns: whether @directory has a translation status (an English folder
 *   has none, and then nothing is appended and @error is not set)
 */
gboolean
fascia_report_print_translation (const char  *directory,
                                 GString     *out,
                                 GError     **error)
{
  g_autofree char *path = NULL;
  g_autofree char *data = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GString) incomplete = g_string_new (NULL);
  guint64 done = 0, total = 0;
  guint n_files = 0, n_complete = 0;

  g_return_val_if_fail (directory != NULL, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  path = g_build_filename (directory, "translation-status.txt", NULL);
  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    return FALSE;
  if (!g_file_get_contents (path, &data, NULL, error))
    return FALSE;

  lines = g_strsplit (data, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = NULL;
      guint64 file_done, file_total;

      if (lines[i][0] == '#' || lines[i][0] == '\0')
        continue;
      fields = g_strsplit (lines[i], " ", -1);
      if (g_strv_length (fields) != 3 ||
          !g_ascii_string_to_unsigned (fields[1], 10, 0, G_MAXUINT32, &file_done, NULL) ||
          !g_ascii_string_to_unsigned (fields[2], 10, 0, G_MAXUINT32, &file_total, NULL) ||
          file_done > file_total)
        {
          g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL, "%s:%u: not a line of a translation status",
                       path, i + 1);
          return FALSE;
        }
      n_files++;
      done += file_done;
      total += file_total;
      if (file_done == file_total)
        n_complete++;
      else
        g_string_append_printf (incomplete, "  %-48s %" G_GUINT64_FORMAT " of %" G_GUINT64_FORMAT "\n",
                                fields[0], file_done, file_total);
    }

  g_string_append_printf (out, "translation: %" G_GUINT64_FORMAT " of %" G_GUINT64_FORMAT
                          " messages (%.1f%%); %u of %u files complete\n",
                          done, total, total > 0 ? 100.0 * (double)done / (double)total : 100.0,
                          n_complete, n_files);
  g_string_append (out, incomplete->str);

  return TRUE;
}
