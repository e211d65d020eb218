/* fascia-result-row.h - one search result in the sidebar
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "fascia-library.h"

G_BEGIN_DECLS

#define FASCIA_TYPE_RESULT_ROW (fascia_result_row_get_type ())

G_DECLARE_FINAL_TYPE (FasciaResultRow, fascia_result_row, FASCIA, RESULT_ROW, GtkListBoxRow)

GtkWidget  *fascia_result_row_new        (const FasciaSearchResult *result,
                                          const char               *mark,
                                          FasciaSafetyLevel         level);
const char *fascia_result_row_get_target (FasciaResultRow          *self);
FasciaPage *fascia_result_row_get_page   (FasciaResultRow          *self);

G_END_DECLS
