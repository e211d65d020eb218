/* fascia-path.c - SVG-style path data: parsing, bounds and hit testing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The body map's shapes are content, written as the path data of SVG: M/m,
 * L/l, H/h, V/v, C/c, Q/q and Z/z, with numbers separated by spaces or commas
 * and repeated coordinates after a command meaning the command again. GTK 4.8
 * has no path type, so this is ours: the parsed segments are drawn with cairo,
 * and every curve is also flattened into a polygon once, which is what hit
 * testing uses (with the non-zero winding rule, cairo's default fill rule, so
 * that what is hit is exactly what is painted).
 */
#define G_LOG_DOMAIN "fascia-path"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "fascia-path.h"

G_DEFINE_QUARK (fascia-path-error-quark, fascia_path_error)

/* Segments a curve is flattened into: at the body map's sizes the error is
 * far below a pixel. */
#define CURVE_STEPS 16
/* A shape is a handful of curves; this is far above any real one. */
#define MAX_SEGMENTS 4096

struct _FasciaPath
{
  GArray     *segments;  /* FasciaPathSegment */
  GArray     *points;    /* double pairs: the flattened outline */
  GArray     *starts;    /* guint: where each closed polygon starts in points */
  FasciaRect  bounds;
};

typedef struct
{
  const char *data;
  const char *p;
} Scanner;

static void
skip_separators (Scanner *s)
{
  while (*s->p == ' ' || *s->p == ',' || *s->p == '\t' || *s->p == '\n' || *s->p == '\r')
    s->p++;
}

static gboolean
read_number (Scanner  *s,
             double   *value,
             GError  **error)
{
  char *end = NULL;

  skip_separators (s);
  if (!(g_ascii_isdigit (*s->p) || *s->p == '-' || *s->p == '+' || *s->p == '.'))
    {
      if (*s->p == '\0')
        g_set_error (error, FASCIA_PATH_ERROR, 0,
                     _("path data ends where a number was expected"));
      else
        g_set_error (error, FASCIA_PATH_ERROR, 0,
                     _("expected a number at column %d of the path data, found “%c”"),
                     (int)(s->p - s->data) + 1, *s->p);
      return FALSE;
    }

  *value = g_ascii_strtod (s->p, &end);
  if (end == s->p || !isfinite (*value) || fabs (*value) > 1e6)
    {
      g_set_error (error, FASCIA_PATH_ERROR, 0,
                   _("the number at column %d of the path data is not usable"),
                   (int)(s->p - s->data) + 1);
      return FALSE;
    }

  s->p = end;
  return TRUE;
}

static gboolean
read_numbers (Scanner  *s,
              double   *values,
              guint     n,
              GError  **error)
{
  for (guint i = 0; i < n; i++)
    {
      if (!read_number (s, &values[i], error))
        return FALSE;
    }

  return TRUE;
}

static void
add_segment (FasciaPath   *path,
             FasciaPathOp  op,
             double        x0, double y0,
             double        x1, double y1,
             double        x2, double y2)
{
  FasciaPathSegment seg = { op, { x0, x1, x2 }, { y0, y1, y2 } };

  g_array_append_val (path->segments, seg);
}

static void
add_point (FasciaPath *path,
           double      x,
           double      y)
{
  double pair[2] = { x, y };

  g_array_append_vals (path->points, pair, 2);
}

static void
start_polygon (FasciaPath *path)
{
  guint start = path->points->len / 2;

  g_array_append_val (path->starts, start);
}

static void
flatten (FasciaPath *path)
{
  double cx = 0, cy = 0;
  double sx = 0, sy = 0;   /* where the subpath started */
  gboolean open = FALSE;

  for (guint i = 0; i < path->segments->len; i++)
    {
      const FasciaPathSegment *seg = &g_array_index (path->segments, FasciaPathSegment, i);

      switch (seg->op)
        {
        case FASCIA_PATH_MOVE_TO:
          start_polygon (path);
          add_point (path, seg->x[0], seg->y[0]);
          cx = sx = seg->x[0];
          cy = sy = seg->y[0];
          open = TRUE;
          break;

        case FASCIA_PATH_LINE_TO:
          if (!open)
            {
              start_polygon (path);
              add_point (path, cx, cy);
              open = TRUE;
            }
          add_point (path, seg->x[0], seg->y[0]);
          cx = seg->x[0];
          cy = seg->y[0];
          break;

        case FASCIA_PATH_CURVE_TO:
          if (!open)
            {
              start_polygon (path);
              add_point (path, cx, cy);
              open = TRUE;
            }
          for (guint k = 1; k <= CURVE_STEPS; k++)
            {
              double t = (double)k / CURVE_STEPS, u = 1 - t;
              double a = u * u * u, b = 3 * u * u * t, c = 3 * u * t * t, d = t * t * t;

              add_point (path,
                         a * cx + b * seg->x[0] + c * seg->x[1] + d * seg->x[2],
                         a * cy + b * seg->y[0] + c * seg->y[1] + d * seg->y[2]);
            }
          cx = seg->x[2];
          cy = seg->y[2];
          break;

        /* As in cairo and SVG, a close goes back to where the subpath
         * started, and whatever follows starts from there. */
        case FASCIA_PATH_CLOSE:
          cx = sx;
          cy = sy;
          open = FALSE;
          break;

        default:
          g_assert_not_reached ();
        }
    }
}

static void
compute_bounds (FasciaPath *path)
{
  double x0 = G_MAXDOUBLE, y0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE, y1 = -G_MAXDOUBLE;
  guint n = path->points->len / 2;

  for (guint i = 0; i < n; i++)
    {
      double x = g_array_index (path->points, double, 2 * i);
      double y = g_array_index (path->points, double, 2 * i + 1);

      x0 = MIN (x0, x);
      y0 = MIN (y0, y);
      x1 = MAX (x1, x);
      y1 = MAX (y1, y);
    }

  if (n == 0)
    x0 = y0 = x1 = y1 = 0;

  path->bounds = (FasciaRect) { x0, y0, x1 - x0, y1 - y0 };
}

/**
 * fascia_path_parse:
 * @data: path data, as in SVG's d attribute
 * @error: why @data is not path data; the message names the column
 *
 * Returns: (transfer full) (nullable): the path
 */
FasciaPath *
fascia_path_parse (const char  *data,
                   GError     **error)
{
  g_autoptr(FasciaPath) path = NULL;
  Scanner s = { data, data };
  double cx = 0, cy = 0;        /* current point */
  double sx = 0, sy = 0;        /* start of the current subpath */
  char command = 0;
  gboolean have_move = FALSE;

  g_return_val_if_fail (data != NULL, NULL);

  path = g_new0 (FasciaPath, 1);
  path->segments = g_array_new (FALSE, FALSE, sizeof (FasciaPathSegment));
  path->points = g_array_new (FALSE, FALSE, sizeof (double));
  path->starts = g_array_new (FALSE, FALSE, sizeof (guint));

  skip_separators (&s);
  if (*s.p == '\0')
    {
      g_set_error (error, FASCIA_PATH_ERROR, 0, _("the path data is empty"));
      return NULL;
    }

  while (TRUE)
    {
      gboolean relative;
      double v[6];

      skip_separators (&s);
      if (*s.p == '\0')
        break;

      if (g_ascii_isalpha (*s.p))
        {
          command = *s.p++;
        }
      else if (command == 0 || command == 'Z' || command == 'z')
        {
          g_set_error (error, FASCIA_PATH_ERROR, 0,
                       _("expected a command letter at column %d of the path data"),
                       (int)(s.p - data) + 1);
          return NULL;
        }
      /* Otherwise the last command repeats; after a move, repeats are lines. */
      else if (command == 'M')
        command = 'L';
      else if (command == 'm')
        command = 'l';

      if (!have_move && command != 'M' && command != 'm')
        {
          g_set_error (error, FASCIA_PATH_ERROR, 0,
                       _("path data must start with a move (M or m), not “%c”"), command);
          return NULL;
        }

      if (path->segments->len >= MAX_SEGMENTS)
        {
          g_set_error (error, FASCIA_PATH_ERROR, 0,
                       _("the path has more than %d segments"), MAX_SEGMENTS);
          return NULL;
        }

      relative = g_ascii_islower (command);

      switch (g_ascii_toupper (command))
        {
        case 'M':
          if (!read_numbers (&s, v, 2, error))
            return NULL;
          cx = relative ? cx + v[0] : v[0];
          cy = relative ? cy + v[1] : v[1];
          sx = cx;
          sy = cy;
          add_segment (path, FASCIA_PATH_MOVE_TO, cx, cy, 0, 0, 0, 0);
          have_move = TRUE;
          break;

        case 'L':
          if (!read_numbers (&s, v, 2, error))
            return NULL;
          cx = relative ? cx + v[0] : v[0];
          cy = relative ? cy + v[1] : v[1];
          add_segment (path, FASCIA_PATH_LINE_TO, cx, cy, 0, 0, 0, 0);
          break;

        case 'H':
          if (!read_numbers (&s, v, 1, error))
            return NULL;
          cx = relative ? cx + v[0] : v[0];
          add_segment (path, FASCIA_PATH_LINE_TO, cx, cy, 0, 0, 0, 0);
          break;

        case 'V':
          if (!read_numbers (&s, v, 1, error))
            return NULL;
          cy = relative ? cy + v[0] : v[0];
          add_segment (path, FASCIA_PATH_LINE_TO, cx, cy, 0, 0, 0, 0);
          break;

        case 'C':
          if (!read_numbers (&s, v, 6, error))
            return NULL;
          if (relative)
            for (guint i = 0; i < 6; i += 2)
              {
                v[i] += cx;
                v[i + 1] += cy;
              }
          add_segment (path, FASCIA_PATH_CURVE_TO, v[0], v[1], v[2], v[3], v[4], v[5]);
          cx = v[4];
          cy = v[5];
          break;

        case 'Q':
          {
            double qx, qy, ex, ey;

            if (!read_numbers (&s, v, 4, error))
              return NULL;
            qx = relative ? cx + v[0] : v[0];
            qy = relative ? cy + v[1] : v[1];
            ex = relative ? cx + v[2] : v[2];
            ey = relative ? cy + v[3] : v[3];
            /* The same curve as a cubic: control points two thirds of the
             * way from each end towards the quadratic's one. */
            add_segment (path, FASCIA_PATH_CURVE_TO,
                         cx + 2.0 / 3.0 * (qx - cx), cy + 2.0 / 3.0 * (qy - cy),
                         ex + 2.0 / 3.0 * (qx - ex), ey + 2.0 / 3.0 * (qy - ey),
                         ex, ey);
            cx = ex;
            cy = ey;
          }
          break;

        case 'Z':
          add_segment (path, FASCIA_PATH_CLOSE, 0, 0, 0, 0, 0, 0);
          cx = sx;
          cy = sy;
          break;

        default:
          g_set_error (error, FASCIA_PATH_ERROR, 0,
                       _("“%c” at column %d is not a path command this app knows (M L H V C Q Z)"),
                       command, (int)(s.p - data));
          return NULL;
        }
    }

  flatten (path);
  compute_bounds (path);

  return g_steal_pointer (&path);
}

/**
 * fascia_path_free:
 * @path: (nullable): a path
 *
 * Frees @path with its segments and flattened outline. Does nothing for
 * %NULL.
 */
void
fascia_path_free (FasciaPath *path)
{
  if (path == NULL)
    return;

  g_array_unref (path->segments);
  g_array_unref (path->points);
  g_array_unref (path->starts);
  g_free (path);
}

/**
 * fascia_path_get_n_segments:
 * @path: a path
 *
 * Returns: how many drawing operations the path has, the closing of
 *   subpaths included
 */
guint
fascia_path_get_n_segments (const FasciaPath *path)
{
  g_return_val_if_fail (path != NULL, 0);
  return path->segments->len;
}

/**
 * fascia_path_get_segment:
 * @path: a path
 * @index: which segment, from 0
 *
 * Returns: (transfer none) (nullable): the segment at @index, in absolute
 *   coordinates, or %NULL when @index is not below
 *   fascia_path_get_n_segments()
 */
const FasciaPathSegment *
fascia_path_get_segment (const FasciaPath *path,
                         guint             index)
{
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (index < path->segments->len, NULL);
  return &g_array_index (path->segments, FasciaPathSegment, index);
}

/**
 * fascia_path_get_bounds:
 * @path: a path
 * @bounds: (out caller-allocates): where the bounds go
 *
 * Gives the smallest rectangle around the flattened outline, the polygon
 * that hit testing uses, so that a point outside it is turned away without
 * walking the edges. A curve's extreme may lie outside it by as much as
 * flattening leaves out, far below a pixel at the body map's sizes.
 */
void
fascia_path_get_bounds (const FasciaPath *path,
                        FasciaRect       *bounds)
{
  g_return_if_fail (path != NULL);
  g_return_if_fail (bounds != NULL);
  *bounds = path->bounds;
}

/**
 * fascia_path_contains:
 *
 * Returns: whether (@x, @y) lies inside the filled shape, by the non-zero
 *   winding rule; every subpath counts as closed, as when it is filled
 */
gboolean
fascia_path_contains (const FasciaPath *path,
                      double            x,
                      double            y)
{
  int winding = 0;
  guint n_points;

  g_return_val_if_fail (path != NULL, FALSE);

  if (x < path->bounds.x || y < path->bounds.y ||
      x > path->bounds.x + path->bounds.width || y > path->bounds.y + path->bounds.height)
    return FALSE;

  n_points = path->points->len / 2;

  for (guint p = 0; p < path->starts->len; p++)
    {
      guint start = g_array_index (path->starts, guint, p);
      guint end = p + 1 < path->starts->len ? g_array_index (path->starts, guint, p + 1) : n_points;

      for (guint i = start; i < end; i++)
        {
          guint j = i + 1 < end ? i + 1 : start;
          double x0 = g_array_index (path->points, double, 2 * i);
          double y0 = g_array_index (path->points, double, 2 * i + 1);
          double x1 = g_array_index (path->points, double, 2 * j);
          double y1 = g_array_index (path->points, double, 2 * j + 1);
          double cross = (x1 - x0) * (y - y0) - (x - x0) * (y1 - y0);

          if (y0 <= y)
            {
              if (y1 > y && cross > 0)
                winding++;
            }
          else if (y1 <= y && cross < 0)
            {
              winding--;
            }
        }
    }

  return winding != 0;
}

/**
 * fascia_path_get_centre:
 *
 * The centre of the path's bounds: where keyboard navigation measures from
 * and where a label for the shape goes.
 */
void
fascia_path_get_centre (const FasciaPath *path,
                        double           *x,
                        double           *y)
{
  g_return_if_fail (path != NULL);

  *x = path->bounds.x + path->bounds.width / 2;
  *y = path->bounds.y + path->bounds.height / 2;
}

/**
 * fascia_path_add_bounds:
 * @all: bounds to grow
 * @path: a path
 * @first: whether @path is the first: @all is then set to its bounds
 *
 * Grows @all to hold the bounds of @path too, as a figure's bounds hold
 * every outline of its views.
 */
void
fascia_path_add_bounds (FasciaRect       *all,
                        const FasciaPath *path,
                        gboolean          first)
{
  FasciaRect b;
  double x1, y1;

  fascia_path_get_bounds (path, &b);
  if (first)
    {
      *all = b;
      return;
    }

  x1 = MAX (all->x + all->width, b.x + b.width);
  y1 = MAX (all->y + all->height, b.y + b.height);
  all->x = MIN (all->x, b.x);
  all->y = MIN (all->y, b.y);
  all->width = x1 - all->x;
  all->height = y1 - all->y;
}
