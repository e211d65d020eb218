/* fascia-body-figure.h - one view of the body map: the figure and its region controls
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "fascia-body-map.h"
#include "fascia-region-button.h"

G_BEGIN_DECLS

#define FASCIA_TYPE_BODY_FIGURE (fascia_body_figure_get_type ())

G_DECLARE_FINAL_TYPE (FasciaBodyFigure, fascia_body_figure, FASCIA, BODY_FIGURE, GtkWidget)

GtkWidget          *fascia_body_figure_new            (FasciaBodyMap        *map,
                                                       const FasciaBodyView *view);
const FasciaBodyView *fascia_body_figure_get_view     (FasciaBodyFigure     *self);
void                fascia_body_figure_add_places     (FasciaBodyFigure     *self,
                                                       GPtrArray            *places,
                                                       GHashTable           *titles);
void                fascia_body_figure_set_show_places (FasciaBodyFigure    *self,
                                                       gboolean              show);
void                fascia_body_figure_set_muscles    (FasciaBodyFigure     *self,
                                                       GPtrArray            *muscles);
double              fascia_body_figure_get_scale      (FasciaBodyFigure     *self);
FasciaRegionButton *fascia_body_figure_find_button    (FasciaBodyFigure     *self,
                                                       const char           *region_id);
gboolean            fascia_body_figure_map_to_widget  (FasciaBodyFigure     *self,
                                                       double                map_x,
                                                       double                map_y,
                                                       double               *x,
                                                       double               *y);

G_END_DECLS
