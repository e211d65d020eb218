/* fascia-sidebar-row.h - one row of the sidebar
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "fascia-library.h"

G_BEGIN_DECLS

#define FASCIA_TYPE_SIDEBAR_ROW (fascia_sidebar_row_get_type ())

G_DECLARE_FINAL_TYPE (FasciaSidebarRow, fascia_sidebar_row, FASCIA, SIDEBAR_ROW, GtkWidget)

GtkWidget  *fascia_sidebar_row_new            (void);
void        fascia_sidebar_row_show_body_map  (FasciaSidebarRow  *self);
void        fascia_sidebar_row_show_group     (FasciaSidebarRow  *self,
                                               const char        *title,
                                               guint              n_pages,
                                               gboolean           expanded);
void        fascia_sidebar_row_show_page      (FasciaSidebarRow  *self,
                                               FasciaPage        *page,
                                               const char        *mark,
                                               FasciaSafetyLevel  level);
FasciaPage *fascia_sidebar_row_get_page       (FasciaSidebarRow  *self);
const char *fascia_sidebar_row_get_target     (FasciaSidebarRow  *self);
gboolean    fascia_sidebar_row_is_group       (FasciaSidebarRow  *self);
const char *fascia_sidebar_row_get_title      (FasciaSidebarRow  *self);
void        fascia_sidebar_row_set_current    (FasciaSidebarRow  *self,
                                               gboolean           current);
gboolean    fascia_sidebar_row_is_current     (FasciaSidebarRow  *self);

char       *fascia_safety_mark_show           (GtkWidget         *row,
                                               GtkWidget         *icon,
                                               FasciaPage        *page,
                                               const char        *mark,
                                               FasciaSafetyLevel  level,
                                               const char        *extra);

G_END_DECLS
