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
