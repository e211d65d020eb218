/* fascia-search-result.c - the snippet and highlights of a search result
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Only the best few pages of a query get a result; each is cut here from
 * the original text of the unit the index pointed at: about a hundred
 * characters around the first match, on whole words, with every word that
 * starts a query word marked for highlighting.
 */
#define G_LOG_DOMAIN "fascia-search"

#include "config.h"

#include <string.h>

#include "fascia-search-private.h"

#define SNIPPET_CHARS 100
#define SNIPPET_LEAD_CHARS 30

typedef struct
{
  const QueryWord *words;
  guint            n_words;
  FasciaMatchField field;
  guint            unit;         /* UNIT_UNKNOWN: the first unit of field that matches */

  gboolean         summary;      /* any text of the first unit of field will do */

  /* The result, when found. */
  char            *snippet;
  guint            match_start;
  guint            match_end;
  const char      *section_id;
} SnippetSearch;

/* Returns the query word @word starts with, or -1. */
static int
match_query_word (const QueryWord *words,
                  guint            n_words,
                  const gboolean  *used,
                  const char      *word,
                  guint            word_len)
{
  for (guint i = 0; i < n_words; i++)
    {
      if ((used == NULL || !used[i]) &&
          word_len >= words[i].len && memcmp (word, words[i].text, words[i].len) == 0)
        return (int)i;
    }

  return -1;
}

/* Cuts about SNIPPET_CHARS characters of @text around [@match, @match_end),
 * on whole words, with "…" where text was left out. */
static void
cut_snippet (SnippetSearch *search,
             const char    *text,
             const char    *match,
             const char    *match_end)
{
  glong n_chars = g_utf8_strlen (text, -1);
  const char *text_end = text + strlen (text);
  const char *from = text, *to = text_end;
  gboolean cut_start;
  GString *snippet;

  if (n_chars > SNIPPET_CHARS)
    {
      glong match_at = g_utf8_pointer_to_offset (text, match);
      glong first = MAX (0, match_at - SNIPPET_LEAD_CHARS);

      /* Near the end, show more of what comes before instead. */
      first = MIN (first, n_chars - SNIPPET_CHARS);
      from = g_utf8_offset_to_pointer (text, first);
      to = g_utf8_offset_to_pointer (from, SNIPPET_CHARS);
      if (to < match_end)
        to = match_end;

      /* Whole words only: a cut inside a word moves to the word's edge,
       * never into the match. */
      if (from > text && !_fascia_search_is_space_at (g_utf8_prev_char (from)))
        {
          while (from < match && !_fascia_search_is_space_at (from))
            from = g_utf8_next_char (from);
        }
      if (to < text_end && !_fascia_search_is_space_at (to))
        {
          const char *back = to;

          while (back > match_end && !_fascia_search_is_space_at (g_utf8_prev_char (back)))
            back = g_utf8_prev_char (back);
          if (back > match_end)
            to = back;
          else
            while (to < text_end && !_fascia_search_is_space_at (to))
              to = g_utf8_next_char (to);
        }
    }

  while (from < match && _fascia_search_is_space_at (from))
    from = g_utf8_next_char (from);
  while (to > match_end && _fascia_search_is_space_at (g_utf8_prev_char (to)))
    to = g_utf8_prev_char (to);

  /* Citations have no plain text, but the space before one stays: the text
   * reads "thick ." or, when it opens with a citation, ": the layer". Those
   * scraps are dropped; only ASCII bytes are, so UTF-8 stays whole. */
  cut_start = from > text;
  while (from < match && (*from == ' ' || strchr (".,;:", *from) != NULL))
    from++;

  snippet = g_string_sized_new (to - from + 8);
  if (cut_start)
    g_string_append (snippet, "…");
  for (const char *p = from; p < to; p++)
    {
      if (p == match)
        search->match_start = snippet->len;
      if (p == match_end)
        search->match_end = snippet->len;
      if (*p == ' ' && p + 1 < to && strchr (".,;:!?)", p[1]) != NULL)
        continue;
      g_string_append_c (snippet, *p);
    }
  if (match_end == to)
    search->match_end = snippet->len;
  if (to < text_end)
    g_string_append (snippet, "…");

  search->snippet = g_string_free (snippet, FALSE);
}

/* Finds the first match of a query word in @text; returns FALSE if none,
 * unless the search takes any text (a summary), which it then cuts from
 * its start. */
static gboolean
snippet_from_text (SnippetSearch *search,
                   const char    *text)
{
  g_autofree gboolean *used = g_new0 (gboolean, search->n_words);
  const char *p = text;
  const char *start, *end, *match, *match_end;
  char word[MAX_WORD_BYTES + 1];
  guint word_len;
  int i = -1;

  while (i < 0 && _fascia_search_next_word (&p, &start, &end, word, &word_len))
    i = match_query_word (search->words, search->n_words, NULL, word, word_len);
  if (i < 0 && search->summary)
    {
      cut_snippet (search, text, text, text);
      return TRUE;
    }
  if (i < 0)
    return FALSE;

  match = start;
  match_end = _fascia_search_prefix_end (start, end, search->words[i].len);
  used[i] = TRUE;

  /* "gluteus med" highlights "Gluteus med" as one: each following word that
   * matches another query word extends the highlight. */
  while (_fascia_search_next_word (&p, &start, &end, word, &word_len))
    {
      if ((i = match_query_word (search->words, search->n_words, used, word, word_len)) < 0)
        break;
      match_end = _fascia_search_prefix_end (start, end, search->words[i].len);
      used[i] = TRUE;
    }

  cut_snippet (search, text, match, match_end);
  return TRUE;
}

static gboolean
snippet_unit_cb (const Unit *unit,
                 guint       n,
                 gpointer    user_data)
{
  SnippetSearch *search = user_data;

  /* With a unit number, only that unit is searched. */
  if (search->unit != UNIT_UNKNOWN && n != search->unit)
    return n < search->unit;
  if (unit->field != search->field)
    return TRUE;

  if (!snippet_from_text (search, unit->text))
    return TRUE;

  search->section_id = unit->section_id;
  return FALSE;
}

/* Every word of @snippet that starts with a query word, as byte ranges:
 * the reader sees all of them, not just the one the snippet was cut for. */
static GArray *
find_highlights (const char      *snippet,
                 const QueryWord *words,
                 guint            n_words)
{
  GArray *ranges = g_array_new (FALSE, FALSE, sizeof (FasciaSearchRange));
  const char *p = snippet;
  const char *start, *end;
  char word[MAX_WORD_BYTES + 1];
  guint word_len;

  while (_fascia_search_next_word (&p, &start, &end, word, &word_len))
    {
      int i = match_query_word (words, n_words, NULL, word, word_len);
      FasciaSearchRange range;

      if (i < 0)
        continue;
      range.start = (guint)(start - snippet);
      range.end = (guint)(_fascia_search_prefix_end (start, end, words[i].len) - snippet);
      g_array_append_val (ranges, range);
    }

  return ranges;
}

/* Builds the result for @page, whose best match of the query is in @field,
 * first in @unit (or UNIT_UNKNOWN); @stored is the page's units. */
FasciaSearchResult *
_fascia_search_result_new (FasciaPage       *page,
                           GBytes           *stored,
                           double            score,
                           FasciaMatchField  field,
                           guint             unit,
                           const QueryWord  *words,
                           guint             n_words)
{
  FasciaSearchResult *result = g_new0 (FasciaSearchResult, 1);
  SnippetSearch search = { words, n_words, field, unit };

  result->page = page;
  result->field = field;
  result->score = score;
  result->title_highlights = find_highlights (fascia_page_get_title (result->page), words, n_words);

  /* A match in the title is seen in the title line: the snippet shows the
   * summary instead, never the title again. */
  if (search.field == FASCIA_MATCH_TITLE)
    {
      SnippetSearch summary = { words, n_words, FASCIA_MATCH_BODY, UNIT_UNKNOWN, TRUE };

      _fascia_search_walk_stored (result->page, stored, snippet_unit_cb, &summary);
      if (summary.snippet != NULL)
        {
          result->snippet = summary.snippet;
          result->match_start = summary.match_start;
          result->match_end = summary.match_end;
          result->highlights = find_highlights (result->snippet, words, n_words);
          return result;
        }
    }

  _fascia_search_walk_stored (result->page, stored, snippet_unit_cb, &search);
  if (search.snippet == NULL && search.unit != UNIT_UNKNOWN)
    {
      /* The unit the posting points at always holds the word; searching
       * the whole field is only a safety net. */
      search.unit = UNIT_UNKNOWN;
      _fascia_search_walk_stored (result->page, stored, snippet_unit_cb, &search);
    }

  if (search.snippet != NULL)
    {
      result->snippet = search.snippet;
      result->match_start = search.match_start;
      result->match_end = search.match_end;
      if (search.section_id != NULL && search.field >= FASCIA_MATCH_HEADING)
        result->section_id = g_strdup (search.section_id);
    }
  else
    {
      const char *title = fascia_page_get_title (result->page);

      g_warn_if_reached ();
      result->snippet = g_strdup (title != NULL ? title : "");
    }

  result->highlights = find_highlights (result->snippet, words, n_words);
  return result;
}

/**
 * fascia_search_result_free:
 * @result: (nullable): a result from fascia_search_index_query()
 *
 * Frees @result with its snippet, section id and highlights. Its page
 * belongs to the index and stays. Does nothing for %NULL.
 */
void
fascia_search_result_free (FasciaSearchResult *result)
{
  if (result == NULL)
    return;
  g_free (result->snippet);
  g_free (result->section_id);
  g_clear_pointer (&result->highlights, g_array_unref);
  g_clear_pointer (&result->title_highlights, g_array_unref);
  g_free (result);
}
