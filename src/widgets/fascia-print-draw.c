/* fascia-print-draw.c - a sheet of a printed page, drawn
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Drawing only replays the display lists of the blocks placed on a sheet,
 * clipped to the part of a block that belongs there, and adds the footer.
 * Paper is always white: the colours are fixed, never the desktop's.
 */
#define G_LOG_DOMAIN "fascia-print"

#include "config.h"

#include <glib/gi18n.h>

#include "fascia-print-private.h"

/* Shows the lines of a text whose middle lies in [@from, @to): each line
 * is drawn on exactly one sheet, so that the PDF's text, which readers
 * search, copy and read aloud, has no line twice and none missing. */
static void
draw_text_lines (cairo_t  *cr,
                 const Op *op,
                 double    from,
                 double    to)
{
  PangoLayoutIter *iter = pango_layout_get_iter (op->layout);

  do
    {
      PangoRectangle logical;
      double middle;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      middle = op->y + pango_units_to_double (logical.y + logical.height / 2);
      if (middle >= from && middle < to)
        {
          cairo_move_to (cr,
                         op->x + pango_units_to_double (logical.x),
                         op->y + pango_units_to_double (pango_layout_iter_get_baseline (iter)));
          pango_cairo_show_layout_line (cr, pango_layout_iter_get_line_readonly (iter));
        }
    }
  while (pango_layout_iter_next_line (iter));

  pango_layout_iter_free (iter);
}

/* Draws the part [@from, @to) of @block; the caller clips to it. */
static void
draw_block (cairo_t        *cr,
            const PrintJob *job,
            const Block    *block,
            double          from,
            double          to)
{
  gboolean whole = from <= 0 && to >= block->height;

  for (guint i = 0; i < block->ops->len; i++)
    {
      const Op *op = &g_array_index (block->ops, Op, i);

      if (!whole && op->kind != OP_CIRCLE && (op->y >= to || op->y + op->height <= from))
        continue;

      fascia_print_set_ink (cr, op->ink);

      switch (op->kind)
        {
        case OP_TEXT:
          if (whole || (op->y >= from && op->y + op->height <= to))
            {
              cairo_move_to (cr, op->x, op->y);
              pango_cairo_show_layout (cr, op->layout);
            }
          else
            {
              draw_text_lines (cr, op, from, to);
            }
          break;

        case OP_FILL:
          cairo_rectangle (cr, op->x, op->y, op->width, op->height);
          cairo_fill (cr);
          break;

        case OP_FRAME:
          cairo_set_line_width (cr, op->line_width);
          cairo_rectangle (cr, op->x, op->y, op->width, op->height);
          cairo_stroke (cr);
          break;

        case OP_LINE:
          cairo_set_line_width (cr, op->line_width);
          cairo_move_to (cr, op->x, op->y);
          cairo_line_to (cr, op->x + op->width, op->y + op->height);
          cairo_stroke (cr);
          break;

        case OP_CIRCLE:
          cairo_set_line_width (cr, op->line_width);
          cairo_new_sub_path (cr);
          cairo_arc (cr, op->x, op->y, op->width, 0, 2 * G_PI);
          cairo_stroke (cr);
          break;

        case OP_FIGURE:
        case OP_SWATCH:
          fascia_print_draw_figure (cr, job, op);
          break;

        default:
          g_assert_not_reached ();
        }
    }
}

static void
draw_footer (PrintJob        *job,
             GtkPrintContext *context,
             cairo_t         *cr,
             int              page_nr)
{
  PangoLayout *layout = gtk_print_context_create_pango_layout (context);
  PangoFontDescription *desc = pango_font_description_from_string (FASCIA_PRINT_FONT_FAMILY);
  double width = job->sheet_width - 2 * MARGIN_SIDE;
  g_autofree char *text = NULL;

  /* Translators: the footer of every printed sheet: the page's title, the
   * sheet's number and the number of sheets. */
  text = g_strdup_printf (_("Fascia — %s — page %d of %d"),
                          fascia_page_get_title (job->page), page_nr + 1, (int)job->sheets->len);

  pango_font_description_set_size (desc, (int)(fascia_print_style_footer.size * PANGO_SCALE));
  pango_layout_set_font_description (layout, desc);
  pango_font_description_free (desc);
  pango_layout_set_width (layout, pango_units_from_double (width));
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_MIDDLE);
  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  /* Plain text, not markup: the title needs no escaping here. */
  pango_layout_set_text (layout, text, -1);

  fascia_print_set_ink (cr, fascia_print_style_footer.ink);
  cairo_move_to (cr, MARGIN_SIDE, job->sheet_height - FOOTER_FROM_BOTTOM - fascia_print_layout_height (layout));
  pango_cairo_show_layout (cr, layout);
  g_object_unref (layout);
}

/**
 * fascia_print_set_ink:
 * @cr: a cairo context
 * @ink: one of the fixed print colours
 *
 * Draws in @ink from now on. Paper is white whatever the desktop's style,
 * so the colour is one of ours, never the theme's.
 */
void
fascia_print_set_ink (cairo_t              *cr,
                      const FasciaPrintRgb *ink)
{
  cairo_set_source_rgb (cr, ink->red, ink->green, ink->blue);
}

/**
 * fascia_print_set_font:
 * @layout: a layout
 * @style: the style of the text
 * @scale: what the size of @style is multiplied by, 1.0 for none
 *
 * Sets the font of @style, its size times @scale, on @layout. The style's
 * ink is not part of a font: draw with fascia_print_set_ink().
 */
void
fascia_print_set_font (PangoLayout                *layout,
                       const FasciaPrintTextStyle *style,
                       double                      scale)
{
  PangoFontDescription *desc = pango_font_description_from_string (FASCIA_PRINT_FONT_FAMILY);

  pango_font_description_set_size (desc, (int)(style->size * scale * PANGO_SCALE));
  pango_font_description_set_weight (desc, style->weight);
  pango_font_description_set_style (desc, style->style);
  pango_layout_set_font_description (layout, desc);
  pango_font_description_free (desc);
}

/**
 * fascia_print_layout_height:
 * @layout: a layout
 *
 * Returns: the height of @layout's logical extents, in the units of its
 *   context: points when printing
 */
double
fascia_print_layout_height (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return pango_units_to_double (logical.height);
}


/**
 * fascia_print_draw_sheet:
 * @job: a job laid out with fascia_print_job_layout()
 * @context: the print context
 * @sheet: the number of the sheet, from 0
 *
 * Draws the sheet: white paper, its blocks, its footer.
 */
void
fascia_print_draw_sheet (PrintJob        *job,
                         GtkPrintContext *context,
                         int              sheet_nr)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  GArray *sheet;

  g_return_if_fail (job->sheets != NULL && sheet_nr >= 0 && (guint)sheet_nr < job->sheets->len);

  sheet = g_ptr_array_index (job->sheets, sheet_nr);

  fascia_print_set_ink (cr, &fascia_print_fill_white);
  cairo_paint (cr);

  for (guint i = 0; i < sheet->len; i++)
    {
      const Placement *placement = &g_array_index (sheet, Placement, i);
      const Block *block = g_ptr_array_index (job->blocks, placement->block);
      double y = placement->y + placement->lead;

      if (placement->lead > 0)
        {
          cairo_save (cr);
          cairo_rectangle (cr, 0, placement->y, job->sheet_width, placement->lead);
          cairo_clip (cr);
          cairo_translate (cr, 0, placement->y - block->repeat_from);
          draw_block (cr, job, block, block->repeat_from, block->repeat_to);
          cairo_restore (cr);
        }

      cairo_save (cr);
      if (placement->from > 0 || placement->to < block->height)
        {
          cairo_rectangle (cr, 0, y, job->sheet_width, placement->to - placement->from);
          cairo_clip (cr);
        }
      cairo_translate (cr, 0, y - placement->from);
      draw_block (cr, job, block, placement->from, placement->to);
      cairo_restore (cr);
    }

  draw_footer (job, context, cr, sheet_nr);
}
