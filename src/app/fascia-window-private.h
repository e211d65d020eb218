/* fascia-window-private.h - what the window and its actions share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * fascia-window.c composes the window and shows what the history says is
 * current; fascia-window-actions.c holds the actions the menus, the
 * buttons and the keyboard use.
 */
#pragma once

#include "fascia-body-map-view.h"
#include "fascia-history.h"
#include "fascia-page-list.h"
#include "fascia-page-view.h"
#include "fascia-sidebar.h"
#include "fascia-window.h"

G_BEGIN_DECLS

/* How many pages "Recently Read" keeps. */
#define FASCIA_RECENT_MAX 8

struct _FasciaWindow
{
  AdwApplicationWindow  parent_instance;

  /* Template widgets */
  AdwLeaflet           *leaflet;
  FasciaSidebar        *sidebar;
  AdwWindowTitle       *window_title;
  GtkRevealer          *problems_revealer;
  GtkLabel             *problems_label;
  AdwToastOverlay      *toast_overlay;
  GtkStack             *stack;
  GtkMenuButton        *menu_button;
  GMenuModel           *primary_menu;
  GtkToggleButton      *bookmark_button;
  GtkWidget            *forward_button;

  /* Made the first time they are needed, not for the first frame: see
   * _fascia_window_ensure_page_view() and ensure_body_map(). */
  FasciaPageView       *page_view;
  FasciaBodyMapView    *body_map_view;
  AdwStatusPage        *empty_page;

  FasciaLibrary        *library;
  GSettings            *settings;     /* nullable: nothing is remembered */
  FasciaHistory        *history;
  FasciaPageList       *bookmarks;
  FasciaPageList       *recent;
  gboolean              recent_error_shown;
  FasciaSafetyAnswers  *answers;
  GtkWidget            *safety_dialog;
  GtkWindow            *shortcuts;
  guint                 loading_notice_id;
};

void     _fascia_window_class_init_actions (FasciaWindowClass *klass);
void     _fascia_window_update_actions     (FasciaWindow      *self);
void     _fascia_window_toast              (FasciaWindow      *self,
                                            const char        *text);
void     _fascia_window_report_error       (FasciaWindow      *self,
                                            const GError      *error);
FasciaPageView *_fascia_window_ensure_page_view (FasciaWindow *self);
double   _fascia_window_get_text_scale     (FasciaWindow      *self);
void     _fascia_window_make_sheet         (FasciaWindow      *self,
                                            char             **region_ids);

G_END_DECLS
