/* fascia-body-map-view.h - the body map: both views, the "where may it come from" control, a legend
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "fascia-body-figure.h"
#include "fascia-library.h"
#include "fascia-body-map.h"

G_BEGIN_DECLS

#define FASCIA_TYPE_BODY_MAP_VIEW (fascia_body_map_view_get_type ())

G_DECLARE_FINAL_TYPE (FasciaBodyMapView, fascia_body_map_view, FASCIA, BODY_MAP_VIEW, GtkWidget)

GtkWidget          *fascia_body_map_view_new          (void);
void                fascia_body_map_view_set_library  (FasciaBodyMapView *self,
                                                       FasciaLibrary     *library);
FasciaBodyMap      *fascia_body_map_view_get_map      (FasciaBodyMapView *self);
gboolean            fascia_body_map_view_show_sources (FasciaBodyMapView *self,
                                                       const char        *region_id);
void                fascia_body_map_view_clear        (FasciaBodyMapView *self);
const char         *fascia_body_map_view_get_chosen   (FasciaBodyMapView *self);
FasciaBodyFigure   *fascia_body_map_view_get_figure   (FasciaBodyMapView *self,
                                                       const char        *view_id);
FasciaRegionButton *fascia_body_map_view_find_button  (FasciaBodyMapView *self,
                                                       const char        *region_id);
gboolean            fascia_body_map_view_get_narrow   (FasciaBodyMapView *self);
void                fascia_body_map_view_set_marking  (FasciaBodyMapView *self,
                                                       gboolean           marking);
gboolean            fascia_body_map_view_get_marking  (FasciaBodyMapView *self);
gboolean            fascia_body_map_view_toggle_mark  (FasciaBodyMapView *self,
                                                       const char        *region_id);
char              **fascia_body_map_view_dup_marked   (FasciaBodyMapView *self);
void                fascia_body_map_view_clear_marks  (FasciaBodyMapView *self);
void                fascia_body_map_view_set_show_places (FasciaBodyMapView *self,
                                                       gboolean           show);
gboolean            fascia_body_map_view_get_show_places (FasciaBodyMapView *self);

G_END_DECLS
