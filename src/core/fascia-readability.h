/* fascia-readability.h - how easy a page's prose is to read
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "fascia-page.h"

G_BEGIN_DECLS

/* Pages are written for a reader of about thirteen: Flesch reading ease 60
 * or more. Below 50 the content report fails. */
#define FASCIA_READING_EASE_TARGET 60.0
#define FASCIA_READING_EASE_FLOOR  50.0

/* Counts over some prose, to which more can be added. */
typedef struct
{
  guint words;
  guint sentences;
  guint syllables;
} FasciaReadability;

guint   fascia_count_syllables          (const char              *word,
                                         gssize                   length);
void    fascia_readability_add_text     (FasciaReadability       *self,
                                         const char              *text);
gboolean fascia_readability_get_ease    (const FasciaReadability *self,
                                         double                  *ease);
void    fascia_readability_measure_page (FasciaReadability       *self,
                                         FasciaPage              *page);

G_END_DECLS
