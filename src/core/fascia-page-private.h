/* fascia-page-private.h - how the parser builds a page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "fascia-page.h"
#include "fascia-safe-file.h"

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

  /* A page of a library keeps its outline (title, summary, the id, title,
   * role and line of each section) and lets go of the rest, its body, once
   * read and checked; the body is read again from its file when first
   * asked for. See fascia_page_drop_body(). */
  FasciaSafeFolder *folder;
  char           *relative;
  FasciaFileStamp stamp;
  int             body_dropped;  /* atomic */
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

void          fascia_page_set_file   (FasciaPage      *self,
                                      FasciaSafeFolder *folder,
                                      const char      *relative,
                                      const FasciaFileStamp *stamp);
void          fascia_page_drop_body  (FasciaPage      *self);
gboolean      fascia_page_has_body   (FasciaPage      *self);
GPtrArray    *fascia_page_peek_sections (FasciaPage   *self);
const FasciaSection *fascia_page_peek_section (FasciaPage *self,
                                      const char      *section_id);

G_END_DECLS
