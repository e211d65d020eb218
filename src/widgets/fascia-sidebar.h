/* fascia-sidebar.h - the pages by kind, bookmarks, recently read and search
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "fascia-library.h"
#include "fascia-sidebar-row.h"

G_BEGIN_DECLS

#define FASCIA_TYPE_SIDEBAR (fascia_sidebar_get_type ())

G_DECLARE_FINAL_TYPE (FasciaSidebar, fascia_sidebar, FASCIA, SIDEBAR, GtkWidget)

GtkWidget      *fascia_sidebar_new                (void);
void            fascia_sidebar_set_library        (FasciaSidebar       *self,
                                                   FasciaLibrary       *library,
                                                   GListModel          *bookmarks,
                                                   GListModel          *recent);
void            fascia_sidebar_set_safety_answers (FasciaSidebar       *self,
                                                   FasciaSafetyAnswers *answers);
void            fascia_sidebar_select             (FasciaSidebar       *self,
                                                   const char          *target);
const char     *fascia_sidebar_get_selected       (FasciaSidebar       *self);
void            fascia_sidebar_focus_search       (FasciaSidebar       *self);
GtkSearchEntry *fascia_sidebar_get_search_entry   (FasciaSidebar       *self);
GtkListView    *fascia_sidebar_get_pages_list     (FasciaSidebar       *self);
guint           fascia_sidebar_get_n_rows         (FasciaSidebar       *self);
gboolean        fascia_sidebar_describe_row       (FasciaSidebar       *self,
                                                   guint                position,
                                                   const char         **title,
                                                   const char         **target);
void            fascia_sidebar_activate_row       (FasciaSidebar       *self,
                                                   guint                position);
FasciaSidebarRow *fascia_sidebar_find_row         (FasciaSidebar       *self,
                                                   const char          *target);
GtkListBox     *fascia_sidebar_get_results_list   (FasciaSidebar       *self);
gboolean        fascia_sidebar_is_expanded        (FasciaSidebar       *self,
                                                   FasciaPageType       type);
void            fascia_sidebar_set_expanded       (FasciaSidebar       *self,
                                                   FasciaPageType       type,
                                                   gboolean             expanded);

G_END_DECLS
