/* fascia-present.h - what a page says, worded once for the screen and for paper
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "fascia-library.h"
#include "fascia-markup.h"
#include "fascia-page.h"
#include "fascia-safety.h"
#include "fascia-search.h"

G_BEGIN_DECLS

/* The text size of pages, relative to the normal size: its limits and the
 * step of Ctrl+plus and Ctrl+minus. The settings schema's range is the
 * same (a test compares them). */
#define FASCIA_TEXT_SCALE_MIN  0.6
#define FASCIA_TEXT_SCALE_MAX  2.5
#define FASCIA_TEXT_SCALE_STEP 0.1

double      fascia_text_scale_step               (double                     scale,
                                                  int                        direction);

char       *fascia_duration_dup_text             (guint                      seconds);
char       *fascia_step_dup_dose                 (const FasciaBlock         *step);
gboolean    fascia_table_cell_is_blank           (const FasciaBlock         *cell);
const char *fascia_note_kind_get_title           (FasciaNoteKind             kind);
const char *fascia_referral_zone_get_label       (FasciaReferralZone         zone);
char       *fascia_evidence_dup_badge            (FasciaEvidenceLevel        level);
char       *fascia_referrer_to_markup            (FasciaLibrary             *library,
                                                  FasciaPage                *page,
                                                  const FasciaBlock         *referrer,
                                                  FasciaMarkupFlags          flags);
char       *fascia_source_to_markup              (const FasciaSource        *source,
                                                  FasciaMarkupFlags          flags);
char       *fascia_steps_area_to_markup          (FasciaLibrary             *library,
                                                  char                     **areas,
                                                  FasciaMarkupFlags          flags);
char       *fascia_steps_keep_off_to_markup      (FasciaLibrary             *library,
                                                  char                     **keep_off,
                                                  FasciaMarkupFlags          flags);
char       *fascia_region_page_dup_origins_markup (FasciaLibrary            *library,
                                                   FasciaPage               *page,
                                                   FasciaMarkupFlags         flags);
char       *fascia_search_result_to_markup       (const FasciaSearchResult  *result);
char       *fascia_search_result_title_to_markup (const FasciaSearchResult  *result);

G_END_DECLS
