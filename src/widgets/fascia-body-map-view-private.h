/* fascia-body-map-view-private.h - what the body map view's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * fascia-body-map-view.c lays out the figures, the modes and the status
 * area; fascia-body-map-marking.c marks where it hurts.
 */
#pragma once

#include "fascia-body-map-view.h"
#include "fascia-mark-bar.h"

G_BEGIN_DECLS

struct _FasciaBodyMapView
{
  GtkWidget      parent_instance;

  FasciaLibrary *library;
  FasciaBodyMap *map;
  GtkWidget     *header;
  GtkWidget     *switcher;
  GtkWidget     *front_toggle;
  GtkWidget     *back_toggle;
  GtkWidget     *from_toggle;
  GtkWidget     *places_toggle;
  GtkWidget     *mark_toggle;
  GtkWidget     *status;      /* a GtkStack: hint, sources, marking, places */
  GtkWidget     *hint;
  GtkWidget     *legend_label;
  GtkWidget     *mark_bar;
  GPtrArray     *figures;
  GPtrArray     *marked;      /* region ids, in the order marked */
  char          *chosen;
  guint          current;     /* the figure shown when narrow */
  gboolean       narrow;
  gboolean       side;        /* the modes and status in a column beside the figures */
  GtkWidget     *modes;       /* the FasciaButtonRow of mode toggles */
  guint          relayout_idle;
};

void        _fascia_body_map_view_for_each_button (FasciaBodyMapView *self,
                                                   void             (*func) (FasciaRegionButton *button,
                                                                             gpointer            data),
                                                   gpointer           data);
gboolean    _fascia_body_map_view_get_marking    (FasciaBodyMapView *self);
gboolean    _fascia_body_map_view_is_marked      (FasciaBodyMapView *self,
                                                  const char        *region_id);
void        _fascia_body_map_view_update_status  (FasciaBodyMapView *self);
const char *_fascia_body_map_view_marking_hint   (void);
void        _fascia_body_map_view_marks_changed  (FasciaBodyMapView *self);
void        _fascia_body_map_view_mark_toggled_cb (GtkToggleButton  *toggle,
                                                   FasciaBodyMapView *self);
void        _fascia_body_map_view_mark_bar_clear_cb (FasciaMarkBar   *bar,
                                                     FasciaBodyMapView *self);
void        _fascia_body_map_view_mark_bar_make_sheet_cb (FasciaMarkBar     *bar,
                                                          FasciaBodyMapView *self);

G_END_DECLS
