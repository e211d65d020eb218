/* fascia-markup.h - inline content as Pango markup, every text escaped
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "fascia-page.h"

G_BEGIN_DECLS

/* Link addresses in the markup: internal links are "fascia:page#section",
 * citations "cite:source-id"; external links keep their http(s) address. */
#define FASCIA_LINK_SCHEME "fascia:"
#define FASCIA_CITE_SCHEME "cite:"

/* How markup is made: for the screen, with links; or for paper, where a
 * link cannot be followed: internal links become their text, a web link
 * its text and then its address, a citation its number. */
typedef enum
{
  FASCIA_MARKUP_SCREEN    = 0,
  FASCIA_MARKUP_PRINTABLE = 1 << 0,
  FASCIA_MARKUP_BOLD      = 1 << 1,   /* fascia_markup_link(): the text in bold */
} FasciaMarkupFlags;

char *fascia_inlines_to_markup      (GPtrArray         *inlines,
                                     FasciaPage        *page);
char *fascia_inlines_to_markup_full (GPtrArray         *inlines,
                                     FasciaPage        *page,
                                     FasciaMarkupFlags  flags);
char *fascia_markup_link            (const char        *target,
                                     const char        *text,
                                     FasciaMarkupFlags  flags);

G_END_DECLS
