/* fascia-region-button.h - one region of the body map: a focusable control shaped like its region
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "fascia-body-map.h"

G_BEGIN_DECLS

#define FASCIA_TYPE_REGION_BUTTON (fascia_region_button_get_type ())

G_DECLARE_FINAL_TYPE (FasciaRegionButton, fascia_region_button, FASCIA, REGION_BUTTON, GtkWidget)

typedef enum
{
  FASCIA_REGION_NORMAL,
  FASCIA_REGION_SOURCE,    /* pain may come from here */
  FASCIA_REGION_CHOSEN,    /* the region whose sources are shown */
} FasciaRegionMark;

GtkWidget              *fascia_region_button_new           (const FasciaBodyRegion *region);
GtkWidget              *fascia_region_button_new_for_place (const FasciaBodyPlace  *place,
                                                            const FasciaBodyShape  *shape,
                                                            const char             *label);
const FasciaBodyRegion *fascia_region_button_get_region    (FasciaRegionButton     *self);
const FasciaBodyPlace  *fascia_region_button_get_place     (FasciaRegionButton     *self);
const FasciaPath       *fascia_region_button_get_shape     (FasciaRegionButton     *self);
void                    fascia_region_button_set_transform (FasciaRegionButton     *self,
                                                            double                  origin_x,
                                                            double                  origin_y,
                                                            double                  scale);
void                    fascia_region_button_set_mark      (FasciaRegionButton     *self,
                                                            FasciaRegionMark        mark);
FasciaRegionMark        fascia_region_button_get_mark      (FasciaRegionButton     *self);

G_END_DECLS
