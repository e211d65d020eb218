/* fascia-button-row.h - buttons side by side, one under the other when they do not fit
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define FASCIA_TYPE_BUTTON_ROW (fascia_button_row_get_type ())

G_DECLARE_FINAL_TYPE (FasciaButtonRow, fascia_button_row, FASCIA, BUTTON_ROW, GtkWidget)

GtkWidget *fascia_button_row_new           (int              spacing,
                                            gboolean         homogeneous);
void       fascia_button_row_append        (FasciaButtonRow *self,
                                            GtkWidget       *child);
void       fascia_button_row_set_stacked   (FasciaButtonRow *self,
                                            gboolean         stacked);
gboolean   fascia_button_row_is_stacked    (FasciaButtonRow *self);

G_END_DECLS
