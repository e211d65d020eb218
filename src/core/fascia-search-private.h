/* fascia-search-private.h - words and units: what indexing and snippets share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * fascia-search-text.c cuts text into folded words and walks a page's
 * text in units; fascia-search.c indexes and queries with them, and
 * fascia-search-result.c cuts the snippets of the results. Both must
 * see words and units the same way, so they live in one place.
 */
#pragma once

#include <string.h>

#include "fascia-search.h"

G_BEGIN_DECLS

/* Words are stored (and query words compared) on at most this many folded
 * bytes; a longer word still matches on its first 64 bytes. */
#define MAX_WORD_BYTES 64

/* A unit's section, by its place among the page's sections. */
#define NO_SECTION G_MAXUINT16

typedef struct
{
  FasciaMatchField     field;
  guint                section;     /* NO_SECTION outside sections */
  const char          *section_id;  /* NULL outside sections */
  const char          *text;        /* the unit's text, or… */
  GPtrArray           *inlines;     /* …its inline runs, when walking a page */
} Unit;

/* Called for each unit with its number; returns FALSE to stop the walk. */
typedef gboolean (*UnitFunc) (const Unit *unit,
                              guint       n,
                              gpointer    user_data);

typedef struct
{
  UnitFunc  func;
  gpointer  user_data;
  guint     n;
} UnitWalk;

/* A unit number too large for the posting's 16 bits: search the field. */
#define UNIT_UNKNOWN G_MAXUINT16

/* One word of a query, folded, with what the index found for it. */
typedef struct
{
  char   text[MAX_WORD_BYTES + 1];
  guint  len;
  guint  first;        /* the range of vocab words starting with text */
  guint  last;         /* (exclusive) */
  gsize  n_postings;   /* over that range */
} QueryWord;

FasciaSearchResult *_fascia_search_result_new (FasciaPage       *page,
                                               GBytes           *stored,
                                               double            score,
                                               FasciaMatchField  field,
                                               guint             unit,
                                               const QueryWord  *words,
                                               guint             n_words);

gboolean    _fascia_search_next_char  (const char **p,
                                       const char **folded,
                                       guint       *folded_len,
                                       char        *ascii);
gboolean    _fascia_search_next_word  (const char **p,
                                       const char **start,
                                       const char **end,
                                       char        *word,
                                       guint       *word_len);
void        _fascia_search_walk_units (FasciaPage  *page,
                                       UnitFunc     func,
                                       gpointer     user_data);
GBytes     *_fascia_search_texts_read (FasciaSearchTexts *texts,
                                       FasciaPage  *page);
void        _fascia_search_walk_stored (FasciaPage  *page,
                                       GBytes      *stored,
                                       UnitFunc     func,
                                       gpointer     user_data);
const char *_fascia_search_prefix_end (const char  *start,
                                       const char  *end,
                                       guint        prefix_len);
gboolean    _fascia_search_is_space_at (const char *p);

/* Inline: these run for every byte of every page while indexing. */
/* The folded form of an ASCII byte, or 0 when it separates words. Written
 * out rather than through g_ascii_tolower(), which is not inline: this runs
 * for every byte of every page. */
static inline char
_fascia_search_fold_ascii (guchar b)
{
  if ((b >= 'a' && b <= 'z') || (b >= '0' && b <= '9'))
    return (char)b;
  if (b >= 'A' && b <= 'Z')
    return (char)(b + ('a' - 'A'));
  return 0;
}

/* Appends a folded character to a word buffer. Words are compared on their
 * first MAX_WORD_BYTES bytes: once a character does not fit whole, the rest
 * of the word is dropped. */
static inline void
_fascia_search_word_append (char       *word,
             guint      *len,
             gboolean   *full,
             const char *folded,
             guint       folded_len)
{
  if (*full)
    return;

  if (*len + folded_len > MAX_WORD_BYTES)
    {
      *full = TRUE;
      return;
    }

  memcpy (word + *len, folded, folded_len);
  *len += folded_len;
}

G_END_DECLS
