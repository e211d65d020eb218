/* fascia-print-figure.c - a page's picture of the body, on paper
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The same picture as on screen (fascia-figure-picture.c), from the same
 * FasciaPageFigure and drawn by the same fascia-figure-draw.c, in the light
 * colours: paper is white. Under it, its legend, each key drawn as the
 * picture draws what it stands for. The picture and its legend are one
 * block that is never cut across two sheets.
 */
#define G_LOG_DOMAIN "fascia-print"

#include "config.h"

#include <glib/gi18n.h>

#include "fascia-print-private.h"

/* Points: about 6 cm of figure, the legend's keys and their gaps. */
#define FIGURE_HEIGHT 170.0
#define VIEW_GAP      14.0
#define KEY_SIZE      9.0
#define KEY_GAP       5.0
#define KEYS_GAP      16.0

static const TextStyle style_key = { 8.5, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, &fascia_print_ink_secondary };

/* Works out what the page's picture shows, once per layout. Returns
 * whether it has one. */
static gboolean
ensure_figure (PrintJob *job)
{
  GPtrArray *views;
  gboolean first = TRUE;

  if (job->figure != NULL)
    return TRUE;
  if (job->library == NULL || (job->figure = fascia_page_figure_new (job->library, job->page)) == NULL)
    return FALSE;

  fascia_figure_content_init (&job->figure_content);
  fascia_figure_content_for_page (&job->figure_content, job->figure);
  job->figure_views = g_ptr_array_new ();

  views = fascia_body_map_get_views (fascia_library_get_body_map (job->library));
  for (guint v = 0; v < views->len; v++)
    {
      const FasciaBodyView *view = g_ptr_array_index (views, v);

      if (!fascia_figure_content_shows_view (&job->figure_content, view))
        continue;

      g_ptr_array_add (job->figure_views, (gpointer)view);
      for (guint o = 0; o < view->outlines->len; o++, first = FALSE)
        fascia_path_add_bounds (&job->figure_bounds, g_ptr_array_index (view->outlines, o), first);
    }

  return job->figure_views->len > 0;
}

/**
 * fascia_print_job_clear_figure:
 * @job: a print job
 *
 * Forgets the page's picture; the next layout works it out again.
 */
void
fascia_print_job_clear_figure (PrintJob *job)
{
  if (job->figure == NULL)
    return;

  fascia_figure_content_clear (&job->figure_content);
  g_clear_pointer (&job->figure_views, g_ptr_array_unref);
  g_clear_pointer (&job->figure, fascia_page_figure_free);
}

/* Adds a key of the legend at (@x, @y); returns its width. */
static double
add_key (PrintJob     *job,
         FasciaSwatch  swatch,
         const char   *text,
         double        x,
         double        y)
{
  PangoLayout *layout = gtk_print_context_create_pango_layout (job->context);
  Op key = { OP_SWATCH, x, y + 1.5, KEY_SIZE, KEY_SIZE, 0, &fascia_print_ink_text, NULL, swatch };
  Op label = { OP_TEXT, x + KEY_SIZE + KEY_GAP, y, 0, 0, 0, style_key.ink, layout, 0 };
  PangoRectangle logical;

  fascia_print_set_font (layout, &style_key, 1.0);
  pango_layout_set_text (layout, text, -1);
  pango_layout_get_extents (layout, NULL, &logical);
  label.height = fascia_print_layout_height (layout);
  label.width = pango_units_to_double (logical.width);

  fascia_print_job_add_op (job, &key);
  fascia_print_job_add_op (job, &label);

  return KEY_SIZE + KEY_GAP + label.width;
}

/**
 * fascia_print_job_add_figure:
 * @job: a job, building a block
 * @x: the left edge of the text column
 * @width: the text column's width
 *
 * Adds the page's picture of the body, centred, and its legend under it,
 * to the block being built.
 *
 * Returns: the height taken, or 0 when the page has no picture
 */
double
fascia_print_job_add_figure (PrintJob *job,
                             double    x,
                             double    width)
{
  const FasciaPageFigure *figure;
  guint n;
  double scale, figure_width, kx, y;
  struct { FasciaSwatch swatch; const char *text; } keys[4];
  guint n_keys = 0;

  if (!ensure_figure (job))
    return 0;

  figure = job->figure;
  n = job->figure_views->len;
  scale = MIN (FIGURE_HEIGHT / job->figure_bounds.height,
               (width - (n - 1) * VIEW_GAP) / (n * job->figure_bounds.width));
  figure_width = n * job->figure_bounds.width * scale + (n - 1) * VIEW_GAP;

  {
    Op op = { OP_FIGURE, x + (width - figure_width) / 2, 0, figure_width,
              job->figure_bounds.height * scale, 0, &fascia_print_ink_text, NULL, 0 };

    fascia_print_job_add_op (job, &op);
    y = op.height + 8;
  }

  if (figure->muscle != NULL)
    {
      keys[n_keys++] = (typeof (keys[0])) { FASCIA_SWATCH_MUSCLE, _("The muscle") };
      keys[n_keys++] = (typeof (keys[0])) { FASCIA_SWATCH_ESSENTIAL, _("Main zone of its pain") };
      if (figure->muscle->zones[FASCIA_ZONE_SPILLOVER]->len > 0)
        keys[n_keys++] = (typeof (keys[0])) { FASCIA_SWATCH_SPILLOVER, _("Spillover zone") };
    }
  else if (figure->subject->len > 0)
    {
      keys[n_keys++] = (typeof (keys[0])) { FASCIA_SWATCH_CHOSEN, _("This page’s area") };
    }
  else
    {
      if (figure->areas->len > 0)
        keys[n_keys++] = (typeof (keys[0])) { FASCIA_SWATCH_CHOSEN, _("Where to work") };
      if (figure->places->len > 0)
        keys[n_keys++] = (typeof (keys[0])) { FASCIA_SWATCH_PLACE, _("Never press here") };
    }

  /* The keys on one line under the picture, from its left edge. */
  kx = x + (width - figure_width) / 2;
  for (guint i = 0; i < n_keys; i++)
    kx += add_key (job, keys[i].swatch, keys[i].text, kx, y) + KEYS_GAP;

  return y + 14;
}

/**
 * fascia_print_draw_figure:
 * @cr: the sheet's cairo context, at the block's origin
 * @job: the job
 * @op: an OP_FIGURE or OP_SWATCH operation
 *
 * Draws the page's picture of the body into @op's rectangle, or one key
 * of its legend.
 */
void
fascia_print_draw_figure (cairo_t        *cr,
                          const PrintJob *job,
                          const Op       *op)
{
  FasciaFigurePalette palette;
  guint n;
  double scale;

  fascia_figure_palette_init (&palette, FALSE);

  if (op->kind == OP_SWATCH)
    {
      cairo_save (cr);
      cairo_translate (cr, op->x, op->y);
      fascia_figure_draw_swatch (cr, op->swatch, &palette, op->width);
      cairo_restore (cr);
      return;
    }

  if (job->figure == NULL || job->figure_views->len == 0)
    return;

  n = job->figure_views->len;
  scale = op->height / job->figure_bounds.height;

  for (guint v = 0; v < n; v++)
    {
      cairo_save (cr);
      cairo_translate (cr, op->x + v * (job->figure_bounds.width * scale + VIEW_GAP), op->y);
      cairo_scale (cr, scale, scale);
      cairo_translate (cr, -job->figure_bounds.x, -job->figure_bounds.y);
      fascia_figure_draw_view (cr, g_ptr_array_index (job->figure_views, v), &job->figure_content, &palette, scale);
      cairo_restore (cr);
    }
}
