/* fascia-path-cairo.c - a body map path as a cairo path
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The figures on screen, the region controls and the printed sheet all draw
 * the body map's path data; this is the one place that turns it into cairo
 * calls.
 */
#include "config.h"

#include "fascia-path-cairo.h"

/**
 * fascia_path_append_to_cairo:
 * @path: the path
 * @cr: the cairo context
 *
 * Appends @path, in map coordinates, to the current path of @cr, under
 * whatever transformation @cr has.
 */
void
fascia_path_append_to_cairo (const FasciaPath *path,
                             cairo_t          *cr)
{
  guint n = fascia_path_get_n_segments (path);

  for (guint i = 0; i < n; i++)
    {
      const FasciaPathSegment *seg = fascia_path_get_segment (path, i);

      switch (seg->op)
        {
        case FASCIA_PATH_MOVE_TO:
          cairo_move_to (cr, seg->x[0], seg->y[0]);
          break;
        case FASCIA_PATH_LINE_TO:
          cairo_line_to (cr, seg->x[0], seg->y[0]);
          break;
        case FASCIA_PATH_CURVE_TO:
          cairo_curve_to (cr, seg->x[0], seg->y[0], seg->x[1], seg->y[1], seg->x[2], seg->y[2]);
          break;
        case FASCIA_PATH_CLOSE:
          cairo_close_path (cr);
          break;
        default:
          g_assert_not_reached ();
        }
    }
}
