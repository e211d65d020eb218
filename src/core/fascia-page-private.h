/* fascia-page-private.h - how the parser builds a page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "fascia-page.h"

G_BEGIN_DECLS

struct _FasciaPage
{
  GObject         parent_instance;

  char           *id;
  FasciaPageType  type;
  guint           order;
  const char     *language;  /* interned; %NULL: English, the pages' own */
  char           *title;
  GPtrArray      *summary;
  char           *keywords;
  char           *path;
  guint           line;
  GPtrArray      *sections;
  GPtrArray      *sources;
};

FasciaPage   *fascia_page_new        (void);
FasciaInline *fascia_inline_new      (FasciaInlineKind kind,
                                      guint            line);
FasciaInline *fascia_inline_new_text (guint            line,
                                      const char      *raw);
gsize         fascia_fold_space      (char            *out,
                                      const char      *raw);
void          fascia_inline_free     (FasciaInline    *run);
FasciaBlock  *fascia_block_new       (FasciaBlockKind  kind,
                                      guint            line);
void          fascia_block_free      (FasciaBlock     *block);
FasciaSection *fascia_section_new    (void);
void          fascia_section_free    (FasciaSection   *section);
FasciaSource *fascia_source_new      (void);
void          fascia_source_free     (FasciaSource    *source);

G_END_DECLS
