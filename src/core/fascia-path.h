/* fascia-path.h - SVG-style path data: parsing, bounds and hit testing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  FASCIA_PATH_MOVE_TO,
  FASCIA_PATH_LINE_TO,
  FASCIA_PATH_CURVE_TO,
  FASCIA_PATH_CLOSE,
} FasciaPathOp;

/* One drawing operation in absolute coordinates. LINE_TO and MOVE_TO use
 * point 0; CURVE_TO is a cubic Bézier with control points 0 and 1 ending at
 * point 2 (quadratic curves are raised to cubic ones while parsing). */
typedef struct
{
  FasciaPathOp op;
  double       x[3];
  double       y[3];
} FasciaPathSegment;

typedef struct
{
  double x, y, width, height;
} FasciaRect;

typedef struct _FasciaPath FasciaPath;

FasciaPath              *fascia_path_parse        (const char        *data,
                                                   GError           **error);
void                     fascia_path_free         (FasciaPath        *path);
guint                    fascia_path_get_n_segments (const FasciaPath *path);
const FasciaPathSegment *fascia_path_get_segment  (const FasciaPath  *path,
                                                   guint              index);
void                     fascia_path_get_bounds   (const FasciaPath  *path,
                                                   FasciaRect        *bounds);
void                     fascia_path_add_bounds   (FasciaRect        *all,
                                                   const FasciaPath  *path,
                                                   gboolean           first);
gboolean                 fascia_path_contains     (const FasciaPath  *path,
                                                   double             x,
                                                   double             y);
void                     fascia_path_get_centre   (const FasciaPath  *path,
                                                   double            *x,
                                                   double            *y);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FasciaPath, fascia_path_free)

#define FASCIA_PATH_ERROR (fascia_path_error_quark ())
GQuark fascia_path_error_quark (void);

G_END_DECLS
