/* fascia-search.h - the search index over every page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "fascia-page.h"

G_BEGIN_DECLS

typedef enum
{
  FASCIA_MATCH_TITLE,
  FASCIA_MATCH_KEYWORD,
  FASCIA_MATCH_HEADING,
  FASCIA_MATCH_BODY,
} FasciaMatchField;

/* A part of a snippet, in bytes. */
typedef struct
{
  guint start;
  guint end;
} FasciaSearchRange;

typedef struct
{
  FasciaPage       *page;          /* borrowed from the index's pages */
  FasciaMatchField  field;         /* the best field that matched */
  double            score;         /* higher is better */
  char             *snippet;       /* plain text around the first match, in the page's own letters;
                                    * the summary when the match is in the title or keywords */
  guint             match_start;   /* byte offsets of the match in snippet */
  guint             match_end;
  char             *section_id;    /* the section of the match, or NULL */
  GArray           *highlights;    /* FasciaSearchRange: every word of snippet that matched */
  GArray           *title_highlights; /* FasciaSearchRange: every word of the page's title that matched */
} FasciaSearchResult;

/* Built once over a set of pages and never changed after, so any thread may
 * query it. Every word of a query must start a word of a page, ignoring case
 * and accents; see fascia-search.c for how it is laid out and ranked. */
typedef struct _FasciaSearchIndex FasciaSearchIndex;

/* The searchable text of pages, written down while each page's body is at
 * hand: see fascia-search-texts.c. */
typedef struct _FasciaSearchTexts FasciaSearchTexts;

FasciaSearchTexts *fascia_search_texts_new         (void);
void               fascia_search_texts_free        (FasciaSearchTexts  *self);
void               fascia_search_texts_add         (FasciaSearchTexts  *self,
                                                    FasciaPage         *page);
void               fascia_search_texts_forget      (FasciaSearchTexts  *self,
                                                    FasciaPage         *page);

FasciaSearchIndex *fascia_search_index_new         (GPtrArray          *pages);
FasciaSearchIndex *fascia_search_index_new_with_texts (GPtrArray       *pages,
                                                    FasciaSearchTexts  *texts);
void               fascia_search_index_free        (FasciaSearchIndex  *self);
GPtrArray         *fascia_search_index_query       (FasciaSearchIndex  *index,
                                                    const char         *query,
                                                    guint               max_results);
gsize              fascia_search_index_get_memory  (FasciaSearchIndex  *index);
guint              fascia_search_index_get_n_words (FasciaSearchIndex  *index);
void               fascia_search_result_free       (FasciaSearchResult *result);
char              *fascia_search_fold              (const char         *text);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FasciaSearchIndex, fascia_search_index_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FasciaSearchTexts, fascia_search_texts_free)

G_END_DECLS
