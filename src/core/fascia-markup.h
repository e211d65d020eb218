/* fascia-markup.h - inline content as Pango markup, every text escaped
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "fascia-library.h"
#include "fascia-page.h"

G_BEGIN_DECLS

/* Link addresses in the markup: internal links are "fascia:page#section",
 * citations "cite:source-id"; external links keep their http(s) address. */
#define FASCIA_LINK_SCHEME "fascia:"
#define FASCIA_CITE_SCHEME "cite:"

char *fascia_inlines_to_markup (GPtrArray     *inlines,
                                FasciaPage    *page);
char *fascia_steps_area_to_markup     (FasciaLibrary *library,
                                       char         **areas,
                                       gboolean       links);
char *fascia_steps_keep_off_to_markup (FasciaLibrary *library,
                                       char         **keep_off,
                                       gboolean       links);

G_END_DECLS
