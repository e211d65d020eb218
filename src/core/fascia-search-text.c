/* fascia-search-text.c - cutting text into folded words, and pages into units
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A word is a run of letters, digits and combining marks, folded as
 * fascia_search_fold() does: NFD, combining marks dropped, case folded, so
 * "Fáscia" and "fascia" are one word. A page is read as a sequence of
 * units (its title, keywords, summary, each heading and block, its
 * sources' authors and titles), each in one field; indexing and cutting
 * snippets number the units the same way.
 */
#define G_LOG_DOMAIN "fascia-search"

#include "config.h"

#include <string.h>

#include "fascia-search-private.h"

/* Folding a whole string allocates three times; for the millions of words of
 * a big library, characters are folded one by one instead. That gives the
 * same result: NFD of a string is the NFD of each character followed by a
 * reordering of combining marks, which are all dropped, and case folding
 * maps each character on its own. ASCII is folded inline by the callers;
 * other characters are folded once through fascia_search_fold() and
 * remembered, under a lock because libraries may load in a thread. */
G_LOCK_DEFINE_STATIC (fold_cache);
static GHashTable *fold_cache;

static inline gboolean
is_combining_mark (gunichar c)
{
  return g_unichar_combining_class (c) != 0 || g_unichar_type (c) == G_UNICODE_NON_SPACING_MARK;
}

/**
 * fascia_search_fold:
 * @text: any text; invalid UTF-8 is replaced rather than trusted
 *
 * Folds @text the way the index compares words: canonical decomposition,
 * combining marks dropped, then case folded, so "Fáscia" and "FASCIA" both
 * become "fascia". Punctuation and spaces are kept.
 *
 * Returns: (transfer full): the folded text
 */
char *
fascia_search_fold (const char *text)
{
  g_autofree char *valid = NULL;
  g_autofree char *nfd = NULL;
  g_autoptr(GString) bare = NULL;

  g_return_val_if_fail (text != NULL, NULL);

  valid = g_utf8_make_valid (text, -1);
  nfd = g_utf8_normalize (valid, -1, G_NORMALIZE_NFD);
  bare = g_string_sized_new (strlen (nfd));

  for (const char *p = nfd; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!is_combining_mark (c))
        g_string_append_unichar (bare, c);
    }

  return g_utf8_casefold (bare->str, bare->len);
}

static const char *
fold_wide_char (gunichar c)
{
  const char *folded;

  G_LOCK (fold_cache);

  if (fold_cache == NULL)
    fold_cache = g_hash_table_new (NULL, NULL);

  folded = g_hash_table_lookup (fold_cache, GUINT_TO_POINTER (c));
  if (folded == NULL)
    {
      char utf8[8] = { 0 };
      g_autofree char *tmp = NULL;

      g_unichar_to_utf8 (c, utf8);
      tmp = fascia_search_fold (utf8);
      /* Interned strings live as long as the process, like the cache. */
      folded = g_intern_string (tmp);
      g_hash_table_insert (fold_cache, GUINT_TO_POINTER (c), (gpointer)folded);
    }

  G_UNLOCK (fold_cache);

  return folded;
}


/* Reads the character at *@p and moves past it. Returns whether it belongs
 * to a word; if so, its folded form (possibly empty, for a combining mark)
 * is in @folded and @folded_len. @ascii is storage for a folded ASCII
 * character. */
gboolean
_fascia_search_next_char (const char **p,
           const char **folded,
           guint       *folded_len,
           char        *ascii)
{
  guchar b = (guchar)**p;
  gunichar c;

  if (b < 0x80)
    {
      (*p)++;
      if ((*ascii = _fascia_search_fold_ascii (b)) == 0)
        return FALSE;
      *folded = ascii;
      *folded_len = 1;
      return TRUE;
    }

  c = g_utf8_get_char (*p);
  *p = g_utf8_next_char (*p);

  if (!g_unichar_isalnum (c) && !is_combining_mark (c) &&
      g_unichar_type (c) != G_UNICODE_SPACING_MARK &&
      g_unichar_type (c) != G_UNICODE_ENCLOSING_MARK)
    return FALSE;

  *folded = fold_wide_char (c);
  *folded_len = strlen (*folded);
  return TRUE;
}


/* Finds the next word of @text from *@p on. Returns FALSE at the end;
 * otherwise the word's original bytes are [*@start, *@end), its folded form
 * is in @word (MAX_WORD_BYTES + 1 bytes, NUL-terminated) and *@p is past it.
 * A word made only of marks folds to nothing and is skipped. */
gboolean
_fascia_search_next_word (const char  **p,
           const char  **start,
           const char  **end,
           char         *word,
           guint        *word_len)
{
  while (**p != '\0')
    {
      const char *folded;
      guint folded_len;
      char ascii;
      const char *here = *p;
      gboolean full = FALSE;

      if (!_fascia_search_next_char (p, &folded, &folded_len, &ascii))
        continue;

      *start = here;
      *word_len = 0;
      _fascia_search_word_append (word, word_len, &full, folded, folded_len);

      for (;;)
        {
          const char *before = *p;

          if (**p == '\0' || !_fascia_search_next_char (p, &folded, &folded_len, &ascii))
            {
              *end = before;
              break;
            }
          _fascia_search_word_append (word, word_len, &full, folded, folded_len);
        }

      word[*word_len] = '\0';
      if (*word_len > 0)
        return TRUE;
    }

  return FALSE;
}

static gboolean
emit_unit (UnitWalk            *walk,
           FasciaMatchField     field,
           guint                n_section,
           const FasciaSection *section,
           const char          *text,
           GPtrArray           *inlines)
{
  Unit unit = { field, section != NULL ? n_section : NO_SECTION, section != NULL ? section->id : NULL, text, inlines };

  if ((text == NULL || text[0] == '\0') && (inlines == NULL || inlines->len == 0))
    return TRUE;

  return walk->func (&unit, walk->n++, walk->user_data);
}

static gboolean
walk_blocks (UnitWalk            *walk,
             guint                n_section,
             const FasciaSection *section,
             GPtrArray           *blocks)
{
  if (blocks == NULL)
    return TRUE;

  for (guint i = 0; i < blocks->len; i++)
    {
      const FasciaBlock *block = g_ptr_array_index (blocks, i);

      /* Only notes have a title; the other kinds that carry text keep it in
       * their inlines (a table's are its caption). */
      if (!emit_unit (walk, FASCIA_MATCH_BODY, n_section, section, block->title, NULL) ||
          !emit_unit (walk, FASCIA_MATCH_BODY, n_section, section, NULL, block->inlines) ||
          !walk_blocks (walk, n_section, section, block->children))
        return FALSE;
    }

  return TRUE;
}

/* The one order units are numbered in, when indexing and when cutting a
 * snippet: both must agree. */
void
_fascia_search_walk_units (FasciaPage *page,
            UnitFunc    func,
            gpointer    user_data)
{
  UnitWalk walk = { func, user_data, 0 };
  GPtrArray *sections = fascia_page_get_sections (page);
  GPtrArray *sources = fascia_page_get_sources (page);

  if (!emit_unit (&walk, FASCIA_MATCH_TITLE, 0, NULL, fascia_page_get_title (page), NULL) ||
      !emit_unit (&walk, FASCIA_MATCH_KEYWORD, 0, NULL, fascia_page_get_keywords (page), NULL) ||
      !emit_unit (&walk, FASCIA_MATCH_BODY, 0, NULL, NULL, fascia_page_get_summary (page)))
    return;

  for (guint i = 0; i < sections->len; i++)
    {
      const FasciaSection *section = g_ptr_array_index (sections, i);

      if (!emit_unit (&walk, FASCIA_MATCH_HEADING, i, section, section->title, NULL) ||
          !walk_blocks (&walk, i, section, section->blocks))
        return;
    }

  /* Sources are searchable by author and title ("Schleip", "Fernández"):
   * readers look for the studies a page rests on. */
  for (guint i = 0; i < sources->len; i++)
    {
      const FasciaSource *source = g_ptr_array_index (sources, i);

      if (!emit_unit (&walk, FASCIA_MATCH_BODY, 0, NULL, source->authors, NULL) ||
          !emit_unit (&walk, FASCIA_MATCH_BODY, 0, NULL, source->title, NULL))
        return;
    }
}

/* The end, in the original text starting at @start, of the part of a word
 * whose folded form covers @prefix_len folded bytes: the highlight covers
 * what was typed, marks of its last letter included. */
const char *
_fascia_search_prefix_end (const char *start,
            const char *end,
            guint       prefix_len)
{
  const char *p = start;
  guint len = 0;

  while (p < end && len < prefix_len)
    {
      const char *folded;
      guint folded_len = 0;
      char ascii;

      if (_fascia_search_next_char (&p, &folded, &folded_len, &ascii))
        len += folded_len;
    }

  /* Combining marks fold to nothing but belong to the letter before them. */
  while (p < end)
    {
      const char *q = p;
      const char *folded;
      guint folded_len = 0;
      char ascii;

      if (!_fascia_search_next_char (&q, &folded, &folded_len, &ascii) || folded_len > 0)
        break;
      p = q;
    }

  return p;
}

gboolean
_fascia_search_is_space_at (const char *p)
{
  return g_unichar_isspace (g_utf8_get_char (p));
}

