/* fascia-page-view.h - shows one page as GTK widgets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "fascia-library.h"

G_BEGIN_DECLS

#define FASCIA_TYPE_PAGE_VIEW (fascia_page_view_get_type ())

G_DECLARE_FINAL_TYPE (FasciaPageView, fascia_page_view, FASCIA, PAGE_VIEW, GtkWidget)

GtkWidget     *fascia_page_view_new                (void);
void           fascia_page_view_set_library        (FasciaPageView *self,
                                                    FasciaLibrary  *library);
FasciaPage    *fascia_page_view_get_page           (FasciaPageView *self);
void           fascia_page_view_show_page          (FasciaPageView *self,
                                                    FasciaPage     *page,
                                                    const char     *section_id,
                                                    double          scroll);
double         fascia_page_view_get_scroll         (FasciaPageView *self);
gboolean       fascia_page_view_activate_link      (FasciaPageView *self,
                                                    const char     *uri);
char          *fascia_page_view_dup_text           (FasciaPageView *self);
void           fascia_page_view_set_text_scale     (FasciaPageView *self,
                                                    double          scale);
double         fascia_page_view_get_text_scale     (FasciaPageView *self);
guint          fascia_page_view_find               (FasciaPageView *self,
                                                    const char     *text);
void           fascia_page_view_find_step          (FasciaPageView *self,
                                                    int             direction);
guint          fascia_page_view_get_find_current   (FasciaPageView *self);
guint          fascia_page_view_get_find_count     (FasciaPageView *self);
void           fascia_page_view_set_scroll         (FasciaPageView *self,
                                                    double          scroll);
void           fascia_page_view_set_safety_answers (FasciaPageView      *self,
                                                    FasciaSafetyAnswers *answers);
void           fascia_page_view_rebuild            (FasciaPageView *self);
void           fascia_page_view_start_find         (FasciaPageView *self);
void           fascia_page_view_stop_find          (FasciaPageView *self);
GtkWidget     *fascia_page_view_get_find_bar       (FasciaPageView *self);
gboolean       fascia_page_view_is_settled         (FasciaPageView *self);
double         fascia_page_view_get_column_chars   (FasciaPageView *self);
char          *fascia_page_view_dup_selection      (FasciaPageView *self);
gboolean       fascia_page_view_copy_selection     (FasciaPageView *self);

G_END_DECLS
