/* fascia-body-map.h - the body map: views, the figure's outline, regions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "fascia-page.h"
#include "fascia-path.h"

G_BEGIN_DECLS

typedef enum
{
  FASCIA_SIDE_LEFT,
  FASCIA_SIDE_RIGHT,
  FASCIA_SIDE_CENTRE,
} FasciaSide;

typedef struct _FasciaBodyView FasciaBodyView;
typedef struct _FasciaBodyMuscle FasciaBodyMuscle;

/* A region of one view. The regions of a view tile its outline. */
typedef struct
{
  char           *id;
  char           *name;
  FasciaSide      side;
  char           *page_id;
  gboolean        stand_in;    /* the page is the closest, not the region's own */
  FasciaPath     *shape;
  guint           line;
  FasciaBodyView *view;
  char           *label;       /* "Outer hip, your left, front" */

  /* Worked out from the muscles' patterns: the muscles whose pattern
   * reaches here (FasciaBodySource, essential zones first), and the ids of
   * the regions those muscles lie in (char *), each once. */
  GPtrArray      *sources;
  GPtrArray      *from;
} FasciaBodyRegion;

/* A shape drawn on one view. */
typedef struct
{
  FasciaBodyView *view;
  FasciaPath     *path;
} FasciaBodyShape;

/* A muscle on one side of the body: where it lies, drawn, and the regions
 * of its commonly described pain pattern. */
struct _FasciaBodyMuscle
{
  char       *page_id;
  FasciaSide  side;
  GPtrArray  *regions;         /* const FasciaBodyRegion *: where it lies */
  GPtrArray  *shapes;          /* FasciaBodyShape */
  GPtrArray  *zones[2];        /* by FasciaReferralZone: const FasciaBodyRegion * */
  guint       line;
};

/* A muscle whose pattern reaches a region, and how. */
typedef struct
{
  const FasciaBodyMuscle *muscle;
  FasciaReferralZone      zone;
} FasciaBodySource;

/* One of the places never to press, drawn where it is. Its id is the id of
 * its section on the page FASCIA_PLACES_PAGE. */
typedef struct
{
  char      *id;
  GPtrArray *shapes;           /* FasciaBodyShape */
  guint      line;
} FasciaBodyPlace;

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
FasciaBodyView         *fascia_body_map_find_view     (FasciaBodyMap *self,
                                                       const char    *view_id);
GPtrArray              *fascia_body_map_get_muscles   (FasciaBodyMap *self);
const FasciaBodyMuscle *fascia_body_map_find_muscle   (FasciaBodyMap *self,
                                                       const char    *page_id,
                                                       FasciaSide     side);
GPtrArray              *fascia_body_map_get_places    (FasciaBodyMap *self);
const FasciaBodyPlace  *fascia_body_map_find_place    (FasciaBodyMap *self,
                                                       const char    *place_id);
void                    fascia_body_map_check_pages   (FasciaBodyMap *self,
                                                       GPtrArray     *pages,
                                                       GPtrArray     *problems);

const char             *fascia_side_get_label         (FasciaSide     side);

G_END_DECLS
