/* fascia-print-layout.c - a page laid out for paper, and placed on sheets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every part of the page (a heading, a paragraph, a list, a note, …)
 * becomes a Block, a small display list of text, fills and lines with its
 * height and the offsets where it may be cut across two sheets.
 * fascia-print-paginate.c then places the blocks on sheets. What a page says comes from fascia-present
 * and the markup module, made for paper (FASCIA_MARKUP_PRINTABLE): every
 * piece of content text is escaped there.
 */
#define G_LOG_DOMAIN "fascia-print"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "fascia-markup.h"
#include "fascia-present.h"
#include "fascia-print-private.h"

/* Paper is always white: these colours are deliberately fixed here rather
 * than taken from the widget theme, which may well be dark. The first three
 * are those of the sheet for the clinician too (fascia-print-private.h). */
const FasciaPrintRgb fascia_print_ink_text      = { 0.08, 0.08, 0.08 };
const FasciaPrintRgb fascia_print_ink_secondary = { 0.33, 0.33, 0.33 };
const FasciaPrintRgb fascia_print_fill_white    = { 1.00, 1.00, 1.00 };

static const Rgb ink_rule      = { 0.55, 0.55, 0.55 };
static const Rgb ink_grid      = { 0.62, 0.62, 0.62 };
static const Rgb fill_header   = { 0.92, 0.92, 0.92 };

/* Notes: a light tint and a darker rule on the left, per kind. */
static const Rgb note_tint[] = {
  [FASCIA_NOTE_TIP]     = { 0.91, 0.96, 0.92 },
  [FASCIA_NOTE_INFO]    = { 0.91, 0.94, 0.98 },
  [FASCIA_NOTE_CAUTION] = { 0.99, 0.95, 0.86 },
  [FASCIA_NOTE_DANGER]  = { 0.99, 0.91, 0.91 },
};
static const Rgb note_rule[] = {
  [FASCIA_NOTE_TIP]     = { 0.18, 0.49, 0.20 },
  [FASCIA_NOTE_INFO]    = { 0.11, 0.37, 0.66 },
  [FASCIA_NOTE_CAUTION] = { 0.70, 0.42, 0.00 },
  [FASCIA_NOTE_DANGER]  = { 0.70, 0.15, 0.12 },
};

/* Warning signs: red for an emergency, orange for the same day, amber for
 * the next few days, as on screen. */
static const Rgb urgency_tint[] = {
  [FASCIA_URGENCY_EMERGENCY] = { 0.99, 0.91, 0.91 },
  [FASCIA_URGENCY_URGENT]    = { 0.99, 0.92, 0.86 },
  [FASCIA_URGENCY_SOON]      = { 0.99, 0.96, 0.86 },
};
static const Rgb urgency_rule[] = {
  [FASCIA_URGENCY_EMERGENCY] = { 0.70, 0.15, 0.12 },
  [FASCIA_URGENCY_URGENT]    = { 0.80, 0.33, 0.00 },
  [FASCIA_URGENCY_SOON]      = { 0.62, 0.48, 0.00 },
};

static const TextStyle style_kind       = { 8.5,  PANGO_WEIGHT_BOLD,   PANGO_STYLE_NORMAL, &fascia_print_ink_secondary };
static const TextStyle style_title      = { 22.0, PANGO_WEIGHT_BOLD,   PANGO_STYLE_NORMAL, &fascia_print_ink_text };
static const TextStyle style_summary    = { 12.5, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, &fascia_print_ink_secondary };
static const TextStyle style_notice     = { 9.5,  PANGO_WEIGHT_NORMAL, PANGO_STYLE_ITALIC, &fascia_print_ink_secondary };
static const TextStyle style_heading    = { 15.0, PANGO_WEIGHT_BOLD,   PANGO_STYLE_NORMAL, &fascia_print_ink_text };
static const TextStyle style_body       = { 10.5, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, &fascia_print_ink_text };
static const TextStyle style_strong     = { 10.5, PANGO_WEIGHT_BOLD,   PANGO_STYLE_NORMAL, &fascia_print_ink_text };
static const TextStyle style_small      = { 9.5,  PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, &fascia_print_ink_secondary };
static const TextStyle style_caption    = { 9.5,  PANGO_WEIGHT_NORMAL, PANGO_STYLE_ITALIC, &fascia_print_ink_secondary };
static const TextStyle style_badge      = { 9.5,  PANGO_WEIGHT_BOLD,   PANGO_STYLE_NORMAL, &fascia_print_ink_text };
static const TextStyle style_cell       = { 10.0, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, &fascia_print_ink_text };
static const TextStyle style_cell_head  = { 10.0, PANGO_WEIGHT_BOLD,   PANGO_STYLE_NORMAL, &fascia_print_ink_text };
static const TextStyle style_step_no    = { 9.0,  PANGO_WEIGHT_BOLD,   PANGO_STYLE_NORMAL, &fascia_print_ink_text };
const TextStyle fascia_print_style_footer = { 8.5,  PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, &fascia_print_ink_secondary };


/* A note's tinted box with its rule down the left, and its title. The box
 * is drawn first, its height known only when note_box_end() is reached. */
typedef struct
{
  guint    tint;
  guint    rule;
  double   top;
  double   inner_x;
  double   inner_width;
  gboolean weak_only;
} NoteBox;

static double build_content (PrintJob          *job,
                             const FasciaBlock *block,
                             double             x,
                             double             y,
                             double             width);

static void
op_clear (gpointer data)
{
  Op *op = data;

  g_clear_object (&op->layout);
}

static Block *
block_new (double   space_before,
           gboolean keep_with_next)
{
  Block *block = g_new0 (Block, 1);

  block->ops = g_array_new (FALSE, TRUE, sizeof (Op));
  g_array_set_clear_func (block->ops, op_clear);
  block->breaks = g_array_new (FALSE, FALSE, sizeof (Break));
  block->space_before = space_before;
  block->keep_with_next = keep_with_next;

  return block;
}

static void
block_free (gpointer data)
{
  Block *block = data;

  g_array_unref (block->ops);
  g_array_unref (block->breaks);
  g_free (block);
}

/* Text for paper: links become their text, web links say where they go. */
static char *
inlines_markup (PrintJob  *job,
                GPtrArray *inlines)
{
  return fascia_inlines_to_markup_full (inlines, job->page, FASCIA_MARKUP_PRINTABLE);
}

static void
add_op (PrintJob *job,
        Op       *op)
{
  g_array_append_vals (job->block->ops, op, 1);
}

/**
 * fascia_print_job_add_op:
 * @job: a job, building a block
 * @op: an operation, copied
 *
 * Adds @op to the block being built.
 */
void
fascia_print_job_add_op (PrintJob *job,
                         const Op *op)
{
  g_array_append_vals (job->block->ops, op, 1);
}

static void
add_break (PrintJob *job,
           double    y,
           gboolean  strong)
{
  Break br = { y, strong && !job->weak_only };

  g_array_append_val (job->block->breaks, br);
}

static guint
add_fill (PrintJob  *job,
          const Rgb *ink,
          double     x,
          double     y,
          double     width,
          double     height)
{
  Op op = { OP_FILL, x, y, width, height, 0, ink, NULL };

  add_op (job, &op);
  return job->block->ops->len - 1;
}

static void
set_op_height (PrintJob *job,
               guint     index_,
               double    height)
{
  g_array_index (job->block->ops, Op, index_).height = height;
}

static PangoLayout *
new_layout (PrintJob        *job,
            const char      *markup,
            const TextStyle *style,
            double           width)
{
  PangoLayout *layout = gtk_print_context_create_pango_layout (job->context);

  fascia_print_set_font (layout, style, 1.0);
  if (width > 0)
    {
      pango_layout_set_width (layout, pango_units_from_double (width));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  pango_layout_set_line_spacing (layout, 1.15f);
  pango_layout_set_markup (layout, markup, -1);

  return layout;
}

static double
layout_width (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return pango_units_to_double (logical.x + logical.width);
}

static double
first_line_height (PangoLayout *layout)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  PangoRectangle logical;

  pango_layout_iter_get_line_extents (iter, NULL, &logical);
  pango_layout_iter_free (iter);

  return pango_units_to_double (logical.y + logical.height);
}

/* Adds @layout (taking it) at (@x, @y) and, between its lines, weak breaks
 * below @min_break. Returns the y under it. */
static double
add_layout (PrintJob        *job,
            PangoLayout     *layout,
            const TextStyle *style,
            double           x,
            double           y,
            double           min_break)
{
  Op op = { OP_TEXT, x, y, 0, 0, 0, style->ink, layout };
  PangoLayoutIter *iter = pango_layout_get_iter (layout);

  do
    {
      PangoRectangle logical;
      double bottom;

      if (pango_layout_iter_at_last_line (iter))
        break;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      bottom = y + pango_units_to_double (logical.y + logical.height);
      if (bottom > min_break)
        add_break (job, bottom, FALSE);
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);

  op.height = fascia_print_layout_height (layout);
  add_op (job, &op);

  return y + op.height;
}

static double
add_markup (PrintJob        *job,
            const char      *markup,
            const TextStyle *style,
            double           x,
            double           y,
            double           width)
{
  return add_layout (job, new_layout (job, markup, style, width), style, x, y, y);
}

static double
add_plain (PrintJob        *job,
           const char      *text,
           const TextStyle *style,
           double           x,
           double           y,
           double           width)
{
  g_autofree char *markup = g_markup_escape_text (text != NULL ? text : "", -1);

  return add_markup (job, markup, style, x, y, width);
}

static double
add_inlines (PrintJob        *job,
             GPtrArray       *inlines,
             const TextStyle *style,
             double           x,
             double           y,
             double           width)
{
  g_autofree char *markup = inlines_markup (job, inlines);

  return add_markup (job, markup, style, x, y, width);
}

/* A list row: @marker right-aligned in the gutter, @markup beside it. */
static double
add_list_item (PrintJob   *job,
               const char *marker,
               const char *markup,
               double      x,
               double      y,
               double      width)
{
  g_autofree char *escaped_marker = g_markup_escape_text (marker, -1);
  /* On one line, whatever its length ("10." and up), its right edge where
   * a short one's is: the text after it makes room when it must. */
  PangoLayout *marker_layout = new_layout (job, escaped_marker, &style_body, 0);
  double marker_width = layout_width (marker_layout);
  double gutter = MAX (LIST_GUTTER, marker_width + 6);

  add_layout (job, marker_layout, &style_body, x + gutter - 6 - marker_width, y, G_MAXDOUBLE);

  return add_markup (job, markup, &style_body, x + gutter, y, width - gutter);
}

static double
build_list (PrintJob          *job,
            const FasciaBlock *block,
            double             x,
            double             y,
            double             width)
{
  for (guint i = 0; i < block->children->len; i++)
    {
      const FasciaBlock *item = g_ptr_array_index (block->children, i);
      g_autofree char *marker = block->numbered ? g_strdup_printf ("%u.", i + 1) : g_strdup ("•");
      g_autofree char *markup = inlines_markup (job, item->inlines);

      if (i > 0)
        {
          y += LIST_SPACING;
          add_break (job, y, TRUE);
        }
      y = add_list_item (job, marker, markup, x, y, width);
    }

  return y;
}

static double
note_box_begin (PrintJob   *job,
                NoteBox    *box,
                const Rgb  *tint,
                const Rgb  *rule,
                const char *title,
                double      x,
                double      y,
                double      width)
{
  box->top = y;
  box->inner_x = x + NOTE_RULE + NOTE_PADDING;
  box->inner_width = width - NOTE_RULE - 2 * NOTE_PADDING;
  box->weak_only = job->weak_only;
  box->tint = add_fill (job, tint, x, y, width, 0);
  box->rule = add_fill (job, rule, x, y, NOTE_RULE, 0);

  job->weak_only = TRUE;
  return add_plain (job, title, &style_strong, box->inner_x, y + NOTE_PADDING, box->inner_width);
}

static double
note_box_end (PrintJob *job,
              NoteBox  *box,
              double    y)
{
  job->weak_only = box->weak_only;

  y += NOTE_PADDING;
  set_op_height (job, box->tint, y - box->top);
  set_op_height (job, box->rule, y - box->top);

  return y;
}

static double
build_note (PrintJob          *job,
            const FasciaBlock *block,
            double             x,
            double             y,
            double             width)
{
  FasciaNoteKind kind = CLAMP (block->note_kind, FASCIA_NOTE_TIP, FASCIA_NOTE_DANGER);
  NoteBox box;

  y = note_box_begin (job, &box, &note_tint[kind], &note_rule[kind],
                      block->title != NULL ? block->title : fascia_note_kind_get_title (kind), x, y, width);
  for (guint i = 0; i < block->children->len; i++)
    y = build_content (job, g_ptr_array_index (block->children, i), box.inner_x, y + 4, box.inner_width);

  return note_box_end (job, &box, y);
}

/* Shares @width among the columns: each gets what it needs when all fit,
 * otherwise narrow columns keep their width and the wide ones share the
 * rest in proportion. Whatever is left over widens every column alike. */
static void
share_columns (const double *natural,
               double       *widths,
               guint         n_cols,
               double        width)
{
  g_autofree gboolean *fixed = g_new0 (gboolean, n_cols);
  double total = 0, remaining = width, wide_total = 0;
  gboolean changed = TRUE;
  guint n_wide = n_cols;

  for (guint c = 0; c < n_cols; c++)
    total += natural[c];

  if (total <= width)
    {
      for (guint c = 0; c < n_cols; c++)
        widths[c] = natural[c] * width / total;
      return;
    }

  while (changed && n_wide > 0)
    {
      double share = remaining / n_wide;

      changed = FALSE;
      for (guint c = 0; c < n_cols; c++)
        if (!fixed[c] && natural[c] <= share)
          {
            fixed[c] = TRUE;
            widths[c] = natural[c];
            remaining -= natural[c];
            n_wide--;
            changed = TRUE;
          }
    }

  for (guint c = 0; c < n_cols; c++)
    if (!fixed[c])
      wide_total += natural[c];
  for (guint c = 0; c < n_cols; c++)
    if (!fixed[c])
      widths[c] = remaining * natural[c] / wide_total;
}

static double
build_table (PrintJob          *job,
             const FasciaBlock *block,
             double             x,
             double             y,
             double             width)
{
  g_autofree double *natural = NULL;
  g_autofree double *widths = NULL;
  guint n_cols = 0;

  if (block->inlines != NULL && block->inlines->len > 0)
    y = add_inlines (job, block->inlines, &style_caption, x, y, width) + 4;

  for (guint r = 0; r < block->children->len; r++)
    n_cols = MAX (n_cols, ((const FasciaBlock *)g_ptr_array_index (block->children, r))->children->len);
  if (n_cols == 0)
    return y;

  natural = g_new0 (double, n_cols);
  widths = g_new0 (double, n_cols);

  for (guint r = 0; r < block->children->len; r++)
    {
      const FasciaBlock *row = g_ptr_array_index (block->children, r);

      for (guint c = 0; c < row->children->len; c++)
        {
          const FasciaBlock *cell = g_ptr_array_index (row->children, c);
          g_autofree char *markup = inlines_markup (job, cell->inlines);
          g_autoptr(PangoLayout) layout = new_layout (job, markup, row->header ? &style_cell_head : &style_cell, -1);

          natural[c] = MAX (natural[c], layout_width (layout) + 2 * CELL_PADDING + 1);
          /* A blank cell is for writing in: its column asks for most of the
           * width. */
          if (!row->header && fascia_table_cell_is_blank (cell))
            natural[c] = MAX (natural[c], width * BLANK_CELL_SHARE);
        }
    }

  share_columns (natural, widths, n_cols, width);

  for (guint r = 0; r < block->children->len; r++)
    {
      const FasciaBlock *row = g_ptr_array_index (block->children, r);
      const TextStyle *style = row->header ? &style_cell_head : &style_cell;
      g_autoptr(GPtrArray) layouts = g_ptr_array_new ();
      double row_height = 0, cx = x;

      for (guint c = 0; c < row->children->len; c++)
        {
          const FasciaBlock *cell = g_ptr_array_index (row->children, c);
          g_autofree char *markup = inlines_markup (job, cell->inlines);
          PangoLayout *layout = new_layout (job, markup, style, widths[c] - 2 * CELL_PADDING);

          row_height = MAX (row_height, fascia_print_layout_height (layout));
          if (!row->header && fascia_table_cell_is_blank (cell))
            row_height = MAX (row_height, BLANK_CELL_HEIGHT);
          g_ptr_array_add (layouts, layout);
        }
      row_height += 2 * CELL_PADDING;

      /* Rows are never cut, only the table between them, and never
       * right under the header row, which is repeated on the next sheet. */
      if (r > 0 && !(r == 1 && job->block->repeat_to > job->block->repeat_from))
        add_break (job, y, TRUE);
      if (row->header)
        add_fill (job, &fill_header, x, y, width, row_height);
      if (row->header && r == 0)
        {
          job->block->repeat_from = y;
          job->block->repeat_to = y + row_height;
        }

      for (guint c = 0; c < n_cols; c++)
        {
          Op frame = { OP_FRAME, cx, y, widths[c], row_height, 0.6, &ink_grid, NULL };

          if (c < layouts->len)
            {
              Op text = { OP_TEXT, cx + CELL_PADDING, y + CELL_PADDING, 0, 0, 0, style->ink,
                          g_ptr_array_index (layouts, c) };

              add_op (job, &text);
            }
          add_op (job, &frame);
          cx += widths[c];
        }

      y += row_height;
    }

  return y;
}

static double
build_steps (PrintJob          *job,
             const FasciaBlock *block,
             double             x,
             double             y,
             double             width)
{
  double text_x = x + STEP_GUTTER;
  double text_width = width - STEP_GUTTER;
  g_autofree char *where = fascia_steps_area_to_markup (job->library, block->areas, FASCIA_MARKUP_PRINTABLE);
  g_autofree char *keep_off = fascia_steps_keep_off_to_markup (job->library, block->keep_off, FASCIA_MARKUP_PRINTABLE);

  if (where != NULL)
    y = add_markup (job, where, &style_small, x, y, width) + 2;
  if (keep_off != NULL)
    y = add_markup (job, keep_off, &style_strong, x, y, width) + STEP_SPACING;

  for (guint i = 0; i < block->children->len; i++)
    {
      const FasciaBlock *step = g_ptr_array_index (block->children, i);
      g_autofree char *step_keep_off = fascia_steps_keep_off_to_markup (job->library, step->keep_off, FASCIA_MARKUP_PRINTABLE);
      g_autofree char *markup = inlines_markup (job, step->inlines);
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      g_autofree char *dose = fascia_step_dup_dose (step);
      PangoLayout *text = new_layout (job, markup, &style_body, text_width);
      PangoLayout *number_layout = new_layout (job, number, &style_step_no, 2 * STEP_RADIUS);
      double centre = y + first_line_height (text) / 2;
      Op circle = { OP_CIRCLE, x + STEP_RADIUS, centre, STEP_RADIUS, 0, 0.8, &fascia_print_ink_text, NULL };
      double bottom;

      if (i > 0)
        add_break (job, y, TRUE);

      add_op (job, &circle);
      pango_layout_set_alignment (number_layout, PANGO_ALIGN_CENTER);
      add_layout (job, number_layout, &style_step_no, x, centre - fascia_print_layout_height (number_layout) / 2,
                  G_MAXDOUBLE);

      /* No cut through the number's circle. */
      bottom = add_layout (job, text, &style_body, text_x, y, centre + STEP_RADIUS);
      if (step_keep_off != NULL)
        bottom = add_markup (job, step_keep_off, &style_strong, text_x, bottom + 2, text_width);
      if (dose != NULL)
        bottom = add_plain (job, dose, &style_small, text_x, bottom + 2, text_width);

      y = MAX (bottom, centre + STEP_RADIUS);
      if (i + 1 < block->children->len)
        y += STEP_SPACING;
    }

  return y;
}

static double
build_evidence (PrintJob          *job,
                const FasciaBlock *block,
                double             x,
                double             y,
                double             width)
{
  g_autofree char *badge = fascia_evidence_dup_badge (block->evidence_level);
  gboolean weak_only = job->weak_only;
  double top = y;
  guint rule;

  rule = add_fill (job, &ink_rule, x, top, 2.5, 0);

  job->weak_only = TRUE;
  y = add_plain (job, badge, &style_badge, x + 10, y + 1, width - 10);
  y = add_inlines (job, block->inlines, &style_body, x + 10, y + 2, width - 10);
  job->weak_only = weak_only;

  set_op_height (job, rule, y - top);

  return y;
}

static double
build_referrers (PrintJob          *job,
                 const FasciaBlock *block,
                 double             x,
                 double             y,
                 double             width)
{
  for (guint i = 0; i < block->children->len; i++)
    {
      const FasciaBlock *referrer = g_ptr_array_index (block->children, i);
      g_autofree char *markup = fascia_referrer_to_markup (job->library, job->page, referrer,
                                                           FASCIA_MARKUP_PRINTABLE);
      g_autofree char *marker = g_strdup_printf ("%u.", i + 1);

      if (i > 0)
        {
          y += LIST_SPACING + 2;
          add_break (job, y, TRUE);
        }
      y = add_list_item (job, marker, markup, x, y, width);
    }

  return y;
}

static double
build_red_flags (PrintJob          *job,
                 const FasciaBlock *block,
                 double             x,
                 double             y,
                 double             width)
{
  NoteBox box;

  y = note_box_begin (job, &box, &urgency_tint[block->urgency], &urgency_rule[block->urgency],
                      block->title != NULL ? block->title : fascia_urgency_get_heading (block->urgency),
                      x, y, width);
  y = add_plain (job, fascia_urgency_get_advice (block->urgency), &style_small, box.inner_x, y + 2,
                 box.inner_width);
  for (guint i = 0; i < block->children->len; i++)
    {
      const FasciaBlock *flag = g_ptr_array_index (block->children, i);
      g_autofree char *markup = inlines_markup (job, flag->inlines);

      y = add_list_item (job, "•", markup, box.inner_x, y + LIST_SPACING, box.inner_width);
    }

  return note_box_end (job, &box, y);
}

static double
build_question (PrintJob          *job,
                const FasciaBlock *block,
                double             x,
                double             y,
                double             width)
{
  g_autofree char *ask = inlines_markup (job, block->inlines);
  g_autofree char *ask_markup = g_strdup_printf ("<b>%s</b>", ask);

  y = add_list_item (job, "?", ask_markup, x, y, width);

  for (guint i = 0; i < block->children->len; i++)
    {
      const FasciaBlock *child = g_ptr_array_index (block->children, i);
      g_autofree char *text = inlines_markup (job, child->inlines);

      if (child->kind == FASCIA_BLOCK_QUESTION_HELP)
        y = add_list_item (job, "", text, x, y + 2, width);
      else if (child->kind == FASCIA_BLOCK_EFFECT)
        {
          GString *names = g_string_new (NULL);
          g_autofree char *level = g_markup_escape_text (fascia_safety_level_get_label (child->safety_level), -1);
          g_autofree char *markup = NULL;

          for (guint t = 0; child->targets != NULL && child->targets[t] != NULL; t++)
            {
              FasciaPage *page = job->library ? fascia_library_get_page (job->library, child->targets[t]) : NULL;
              const char *name = g_strcmp0 (child->targets[t], "all") == 0 ? _("every technique")
                                 : page != NULL ? fascia_page_get_title (page) : child->targets[t];
              g_autofree char *escaped = g_markup_escape_text (name, -1);

              g_string_append_printf (names, "%s%s", names->len > 0 ? ", " : "", escaped);
            }

          markup = g_strdup_printf ("<b>%s</b>: %s. %s", level, names->str, text);
          g_string_free (names, TRUE);
          y = add_list_item (job, "–", markup, x, y + 2, width);
        }
    }

  return y;
}

static double
build_content (PrintJob          *job,
               const FasciaBlock *block,
               double             x,
               double             y,
               double             width)
{
  switch (block->kind)
    {
    case FASCIA_BLOCK_PARAGRAPH:
      return add_inlines (job, block->inlines, &style_body, x, y, width);
    case FASCIA_BLOCK_LIST:
      return build_list (job, block, x, y, width);
    case FASCIA_BLOCK_NOTE:
      return build_note (job, block, x, y, width);
    case FASCIA_BLOCK_TABLE:
      return build_table (job, block, x, y, width);
    case FASCIA_BLOCK_STEPS:
      return build_steps (job, block, x, y, width);
    case FASCIA_BLOCK_EVIDENCE:
      return build_evidence (job, block, x, y, width);
    case FASCIA_BLOCK_REFERRERS:
      return build_referrers (job, block, x, y, width);
    case FASCIA_BLOCK_RED_FLAGS:
      return build_red_flags (job, block, x, y, width);
    case FASCIA_BLOCK_QUESTION:
      return build_question (job, block, x, y, width);
    case FASCIA_BLOCK_RED_FLAG:
    case FASCIA_BLOCK_QUESTION_HELP:
    case FASCIA_BLOCK_EFFECT:
    case FASCIA_BLOCK_LIST_ITEM:
    case FASCIA_BLOCK_TABLE_ROW:
    case FASCIA_BLOCK_TABLE_CELL:
    case FASCIA_BLOCK_STEP:
    case FASCIA_BLOCK_REFERRER:
    default:
      /* Only ever inside their container, which builds them. */
      g_return_val_if_reached (y);
    }
}

static void
begin_block (PrintJob *job,
             double    space_before,
             gboolean  keep_with_next)
{
  g_assert (job->block == NULL);

  job->block = block_new (space_before, keep_with_next);
  job->weak_only = FALSE;
}

static int
compare_breaks (gconstpointer a,
                gconstpointer b)
{
  double ya = ((const Break *)a)->y;
  double yb = ((const Break *)b)->y;

  return ya < yb ? -1 : ya > yb ? 1 : 0;
}

static void
end_block (PrintJob *job,
           double    height)
{
  Block *block = g_steal_pointer (&job->block);

  /* Keep only breaks strictly inside the block, in order. */
  g_array_sort (block->breaks, compare_breaks);
  for (guint i = block->breaks->len; i > 0; i--)
    {
      double y = g_array_index (block->breaks, Break, i - 1).y;

      if (y <= 0 || y >= height)
        g_array_remove_index (block->breaks, i - 1);
    }

  block->height = height;
  g_ptr_array_add (job->blocks, block);
}

static void
add_heading_block (PrintJob   *job,
                   const char *text,
                   double      x,
                   double      width)
{
  begin_block (job, SECTION_SPACING, TRUE);
  end_block (job, add_plain (job, text, &style_heading, x, 0, width) + 2);
}

/* On a region page, what the screen says under "On the Body Map", without
 * the link to the map, which paper cannot follow. */
/* The page's picture of the body, and its legend, as one block. */
static void
add_figure_block (PrintJob *job,
                  double    x,
                  double    width,
                  double    space_before)
{
  double height;

  begin_block (job, space_before, FALSE);
  height = fascia_print_job_add_figure (job, x, width);
  if (height > 0)
    end_block (job, height);
  else
    block_free (g_steal_pointer (&job->block));
}

static void
build_body_map_blocks (PrintJob *job,
                       double    x,
                       double    width)
{
  g_autofree char *text = fascia_region_page_dup_origins_markup (job->library, job->page,
                                                                 FASCIA_MARKUP_PRINTABLE);

  if (fascia_page_get_page_type (job->page) != FASCIA_PAGE_REGION)
    return;

  add_heading_block (job, _("On the Body Map"), x, width);
  add_figure_block (job, x, width, 4);
  if (text != NULL)
    {
      begin_block (job, BLOCK_SPACING, FALSE);
      end_block (job, add_markup (job, text, &style_body, x, 0, width));
    }
}

static void
build_source_blocks (PrintJob *job,
                     double    x,
                     double    width)
{
  GPtrArray *sources = fascia_page_get_sources (job->page);

  if (sources->len == 0)
    return;

  add_heading_block (job, _("Sources"), x, width);

  for (guint i = 0; i < sources->len; i++)
    {
      const FasciaSource *source = g_ptr_array_index (sources, i);
      g_autofree char *marker = g_strdup_printf ("%u.", i + 1);
      g_autofree char *markup = fascia_source_to_markup (source, FASCIA_MARKUP_PRINTABLE);

      begin_block (job, i == 0 ? 4 : LIST_SPACING + 2, FALSE);
      end_block (job, add_list_item (job, marker, markup, x, 0, width));
    }
}

static void
build_blocks (PrintJob *job)
{
  GPtrArray *sections = fascia_page_get_sections (job->page);
  const char *kind = fascia_page_type_get_label (fascia_page_get_page_type (job->page));
  double x = MARGIN_SIDE;
  double width = job->sheet_width - 2 * MARGIN_SIDE;
  double y;

  begin_block (job, 0, TRUE);
  end_block (job, add_plain (job, kind, &style_kind, x, 0, width));

  begin_block (job, 2, TRUE);
  end_block (job, add_plain (job, fascia_page_get_title (job->page), &style_title, x, 0, width));

  begin_block (job, 6, TRUE);
  end_block (job, add_inlines (job, fascia_page_get_summary (job->page), &style_summary, x, 0, width));

  /* The reminder closes the page's head, with a rule under it. */
  begin_block (job, 8, FALSE);
  y = add_plain (job, _("Education, not diagnosis."), &style_notice, x, 0, width) + 8;
  {
    Op rule = { OP_LINE, x, y, width, 0, 0.6, &ink_rule, NULL };

    add_op (job, &rule);
  }
  end_block (job, y + 1);

  for (guint i = 0; i < sections->len; i++)
    {
      const FasciaSection *section = g_ptr_array_index (sections, i);

      add_heading_block (job, section->title, x, width);
      if (fascia_page_figure_is_home (job->page, section))
        add_figure_block (job, x, width, 4);

      for (guint j = 0; j < section->blocks->len; j++)
        {
          begin_block (job, j == 0 ? 4 : BLOCK_SPACING, FALSE);
          end_block (job, build_content (job, g_ptr_array_index (section->blocks, j), x, 0, width));
        }
    }

  build_body_map_blocks (job, x, width);
  build_source_blocks (job, x, width);
}

/**
 * fascia_print_job_layout:
 * @job: a job with its context and sheet size set
 *
 * Lays the page out as blocks and places them on sheets.
 */
void
fascia_print_job_layout (PrintJob *job)
{
  job->blocks = g_ptr_array_new_with_free_func (block_free);
  job->sheets = g_ptr_array_new_with_free_func ((GDestroyNotify)g_array_unref);

  build_blocks (job);
  fascia_print_job_paginate (job);
}

/**
 * fascia_print_job_clear_layout:
 * @job: a print job
 *
 * Drops the blocks and sheets of the last layout and forgets the print
 * context, which is valid only during the operation. The page and library
 * stay, so that the next begin-print can lay the job out again.
 */
void
fascia_print_job_clear_layout (PrintJob *job)
{
  g_clear_pointer (&job->blocks, g_ptr_array_unref);
  g_clear_pointer (&job->sheets, g_ptr_array_unref);
  fascia_print_job_clear_figure (job);
  job->context = NULL;
  job->block = NULL;
}
