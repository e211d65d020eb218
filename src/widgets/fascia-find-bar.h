/* fascia-find-bar.h - find in the page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define FASCIA_TYPE_FIND_BAR (fascia_find_bar_get_type ())

G_DECLARE_FINAL_TYPE (FasciaFindBar, fascia_find_bar, FASCIA, FIND_BAR, GtkWidget)

GtkWidget  *fascia_find_bar_new         (void);
void        fascia_find_bar_open        (FasciaFindBar *self);
void        fascia_find_bar_close       (FasciaFindBar *self);
gboolean    fascia_find_bar_is_open     (FasciaFindBar *self);
const char *fascia_find_bar_get_text    (FasciaFindBar *self);
void        fascia_find_bar_set_text    (FasciaFindBar *self,
                                         const char    *text);
void        fascia_find_bar_set_matches (FasciaFindBar *self,
                                         guint          current,
                                         guint          count);
GtkEditable *fascia_find_bar_get_entry  (FasciaFindBar *self);
const char  *fascia_find_bar_get_matches_text (FasciaFindBar *self);

G_END_DECLS
