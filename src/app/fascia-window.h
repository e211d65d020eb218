/* fascia-window.h - the main window: a sidebar of pages, the page, history
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "fascia-library.h"
#include "fascia-target.h"

G_BEGIN_DECLS

#define FASCIA_TYPE_WINDOW (fascia_window_get_type ())

G_DECLARE_FINAL_TYPE (FasciaWindow, fascia_window, FASCIA, WINDOW, AdwApplicationWindow)

FasciaWindow  *fascia_window_new              (GtkApplication *application,
                                               FasciaLibrary  *library,
                                               const GError   *load_error);
FasciaWindow  *fascia_window_new_with_settings (GtkApplication *application,
                                                GSettings      *settings,
                                                FasciaLibrary  *library,
                                                const GError   *load_error);
FasciaWindow  *fascia_window_new_loading      (GtkApplication *application);
void           fascia_window_set_library      (FasciaWindow   *self,
                                               FasciaLibrary  *library,
                                               const GError   *load_error);
gboolean       fascia_window_open             (FasciaWindow   *self,
                                               const char     *target);
void           fascia_window_open_start_page  (FasciaWindow   *self);
gboolean       fascia_window_go_back          (FasciaWindow   *self);
gboolean       fascia_window_go_forward       (FasciaWindow   *self);
FasciaPage    *fascia_window_get_page         (FasciaWindow   *self);
GtkWidget     *fascia_window_get_page_view    (FasciaWindow   *self);
GtkWidget     *fascia_window_get_body_map_view (FasciaWindow  *self);
GtkWidget     *fascia_window_get_sidebar      (FasciaWindow   *self);
gboolean       fascia_window_is_showing_body_map (FasciaWindow *self);
void           fascia_window_set_safety_answers (FasciaWindow        *self,
                                                 FasciaSafetyAnswers *answers,
                                                 const GError        *load_error);
GtkWidget     *fascia_window_show_safety_check (FasciaWindow  *self);

G_END_DECLS
