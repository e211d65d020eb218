/* fascia-report.h - what a reviewer reads about a content folder
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "fascia-library.h"

G_BEGIN_DECLS

/* One distinct work the library cites, and the pages that cite it. */
typedef struct
{
  const FasciaSource *source;     /* as the first page gives it; the library keeps it */
  GPtrArray          *page_ids;   /* (element-type utf8): the pages citing it, reading order */
} FasciaSourceUse;

/* What the content report says of one page. */
typedef struct
{
  FasciaPage *page;                                  /* the library's */
  guint       words;
  gboolean    measured;                              /* FALSE: no running text, or not English */
  double      ease;                                  /* Flesch reading ease */
  guint       n_sources;
  guint       evidence[FASCIA_N_EVIDENCE_LEVELS];    /* blocks by level */
} FasciaPageMeasure;

GArray    *fascia_report_measure_pages (FasciaLibrary         *library);
void       fascia_report_print_pages   (GArray                *measures,
                                        GString               *out);
GPtrArray *fascia_report_dup_sources   (FasciaLibrary         *library);
void       fascia_source_use_free      (FasciaSourceUse       *use);
char      *fascia_source_format        (const FasciaSource    *source);
void       fascia_report_print_sources (FasciaLibrary         *library,
                                        GString               *out);
gboolean   fascia_report_print_translation (const char        *directory,
                                        GString               *out,
                                        GError               **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FasciaSourceUse, fascia_source_use_free)

G_END_DECLS
