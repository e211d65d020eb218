/* fascia-text-row.h - a marker or icon beside wrapped text, laid out without width-for-height
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define FASCIA_TYPE_TEXT_ROW (fascia_text_row_get_type ())

G_DECLARE_FINAL_TYPE (FasciaTextRow, fascia_text_row, FASCIA, TEXT_ROW, GtkWidget)

GtkWidget *fascia_text_row_new    (int            spacing);
void       fascia_text_row_append (FasciaTextRow *self,
                                   GtkWidget     *child);

G_END_DECLS
