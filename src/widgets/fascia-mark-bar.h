/* fascia-mark-bar.h - under the body map while marking: how many regions hurt, Clear, Make a Sheet
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define FASCIA_TYPE_MARK_BAR (fascia_mark_bar_get_type ())

G_DECLARE_FINAL_TYPE (FasciaMarkBar, fascia_mark_bar, FASCIA, MARK_BAR, GtkWidget)

GtkWidget  *fascia_mark_bar_new           (void);
void        fascia_mark_bar_set_n_marked  (FasciaMarkBar *self,
                                           guint          n_marked);
guint       fascia_mark_bar_get_n_marked  (FasciaMarkBar *self);
const char *fascia_mark_bar_get_text      (FasciaMarkBar *self);
GtkWidget  *fascia_mark_bar_get_make_button (FasciaMarkBar *self);
GtkWidget  *fascia_mark_bar_get_clear_button (FasciaMarkBar *self);
gboolean    fascia_mark_bar_has_focus     (FasciaMarkBar *self);

G_END_DECLS
