/* fascia-body-map.h - the body map: views, the figure's outline, regions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "fascia-path.h"

G_BEGIN_DECLS

typedef enum
{
  FASCIA_SIDE_LEFT,
  FASCIA_SIDE_RIGHT,
  FASCIA_SIDE_CENTRE,
} FasciaSide;

typedef struct _FasciaBodyView FasciaBodyView;

typedef struct
{
  char           *id;
  char           *name;
  FasciaSide      side;
  char           *page_id;
  FasciaPath     *shape;
  GPtrArray      *from;        /* region ids (char *) */
  guint           line;
  FasciaBodyView *view;
  char           *label;       /* "Outer hip, your left, front" */
} FasciaBodyRegion;

struct _FasciaBodyView
{
  char      *id;
  char      *title;
  guint      line;
  GPtrArray *outlines;         /* FasciaPath */
  GPtrArray *regions;          /* FasciaBodyRegion */
};

#define FASCIA_TYPE_BODY_MAP (fascia_body_map_get_type ())

G_DECLARE_FINAL_TYPE (FasciaBodyMap, fascia_body_map, FASCIA, BODY_MAP, GObject)

FasciaBodyMap          *fascia_body_map_parse_file    (const char    *path,
                                                       GPtrArray     *problems);
FasciaBodyMap          *fascia_body_map_parse_data    (const char    *data,
                                                       gsize          length,
                                                       const char    *path,
                                                       GPtrArray     *problems);
const char             *fascia_body_map_get_path      (FasciaBodyMap *self);
double                  fascia_body_map_get_width     (FasciaBodyMap *self);
double                  fascia_body_map_get_height    (FasciaBodyMap *self);
GPtrArray              *fascia_body_map_get_views     (FasciaBodyMap *self);
guint                   fascia_body_map_get_n_regions (FasciaBodyMap *self);
const FasciaBodyRegion *fascia_body_map_find_region   (FasciaBodyMap *self,
                                                       const char    *region_id);
GPtrArray              *fascia_body_map_dup_regions_for_page (FasciaBodyMap *self,
                                                       const char    *page_id);
const FasciaBodyRegion *fascia_body_map_hit_test      (FasciaBodyMap  *self,
                                                       const char     *view_id,
                                                       double          x,
                                                       double          y);

const char             *fascia_side_get_label         (FasciaSide     side);

G_END_DECLS
