/* fascia-sheet-print.c - the sheet for the clinician on paper: printing it, saving it as PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One sheet, always: a clinician gets a single page to glance at. Like
 * fascia-print.c it is one GtkPrintOperation, drawn with Pango and cairo
 * straight from the model in fixed, light colours, never from the widgets
 * on screen. The page holds a title and the date; the front and back
 * figures drawn small from the body map's own path data with the marked
 * regions filled; the regions' names and the reader's notes beside them;
 * the ranked muscle list; the warning signs with the reader's answers; and
 * the note that this is education, not a diagnosis, at the foot.
 *
 * The same function measures and draws (draw is FALSE while measuring).
 * When the content is too long for the sheet the text is first set a
 * little smaller; if that is not enough, the longest list loses items from
 * its end and says "and N more" instead, warning signs answered "yes" being
 * the last to go. Nothing ever runs on to a second sheet.
 *
 * Everything from content or from the reader is set as plain text or
 * escaped with g_markup_printf_escaped(); nothing is read as markup.
 */
#define G_LOG_DOMAIN "fascia-sheet-print"

#include "config.h"

#include <glib/gi18n.h>

#include "fascia-path-cairo.h"
#include "fascia-print-operation.h"
#include "fascia-print-private.h"
#include "fascia-sheet-print.h"

/* In points; the operation runs with GTK_UNIT_POINTS on the full sheet. */
#define MARGIN          40.0
#define FIGURE_HEIGHT   188.0
#define FIGURE_GAP      10.0
#define COLUMN_GAP      18.0
#define SECTION_GAP     14.0
#define ITEM_GAP        2.5
#define NUMBER_GUTTER   18.0
#define ANSWER_WIDTH    70.0
#define BOX_PADDING     8.0
#define NOTE_MAX_LINES  4
#define WRITE_IN_HEIGHT 18.0

typedef FasciaPrintRgb       Rgb;
typedef FasciaPrintTextStyle TextStyle;

/* Paper is white whatever the desktop's style. Text, secondary text and
 * white are those of fascia-print.c. */
static const Rgb ink_rule      = { 0.60, 0.60, 0.60 };
static const Rgb ink_alarm     = { 0.62, 0.10, 0.08 };
static const Rgb fill_note     = { 0.93, 0.94, 0.97 };
static const Rgb fill_alarm    = { 0.99, 0.90, 0.89 };

static const TextStyle style_title     = { 20.0, PANGO_WEIGHT_BOLD,   PANGO_STYLE_NORMAL, &fascia_print_ink_text };
static const TextStyle style_date      = { 10.5, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, &fascia_print_ink_secondary };
static const TextStyle style_heading   = { 12.0, PANGO_WEIGHT_BOLD,   PANGO_STYLE_NORMAL, &fascia_print_ink_text };
static const TextStyle style_subhead   = { 10.0, PANGO_WEIGHT_BOLD,   PANGO_STYLE_NORMAL, &fascia_print_ink_text };
static const TextStyle style_body      = { 10.0, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, &fascia_print_ink_text };
static const TextStyle style_label     = { 9.0,  PANGO_WEIGHT_BOLD,   PANGO_STYLE_NORMAL, &fascia_print_ink_secondary };
static const TextStyle style_small     = { 8.5,  PANGO_WEIGHT_NORMAL, PANGO_STYLE_ITALIC, &fascia_print_ink_secondary };
static const TextStyle style_answer    = { 10.0, PANGO_WEIGHT_BOLD,   PANGO_STYLE_NORMAL, &fascia_print_ink_text };
static const TextStyle style_alarm     = { 10.5, PANGO_WEIGHT_BOLD,   PANGO_STYLE_NORMAL, &ink_alarm };
static const TextStyle style_education = { 9.5,  PANGO_WEIGHT_BOLD,   PANGO_STYLE_NORMAL, &fascia_print_ink_text };

/* How many items of a list are left out before it says "and N more". */
#define MIN_REGIONS 4
#define MIN_MUSCLES 5
#define MIN_FLAGS   4

typedef struct
{
  FasciaClinicianSheet *sheet;
  cairo_t              *cr;
  PangoContext         *pango;
  gboolean              draw;
  double                scale;       /* of the text and the figures */
  double                width;
  double                height;

  guint                 n_regions;   /* the first ones are shown */
  guint                 n_muscles;
  gboolean             *flag_shown;
} Render;

typedef struct
{
  FasciaClinicianSheet *sheet;
  GArray               *overflow;     /* guint: the "Yes" signs page 1 has no room for */
  GArray               *page_starts;  /* guint: where in overflow each later page starts */
} SheetJob;


/* ------------------------------------------------------------------ text */

static PangoLayout *
new_layout (Render          *r,
            const TextStyle *style,
            double           width,
            int              max_lines)
{
  PangoLayout *layout = pango_layout_new (r->pango);

  fascia_print_set_font (layout, style, r->scale);
  pango_layout_set_width (layout, pango_units_from_double (MAX (width, 1.0)));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_line_spacing (layout, 1.1f);
  if (max_lines > 0)
    {
      pango_layout_set_height (layout, -max_lines);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
    }

  return layout;
}

/* Shows @layout at (@x, @y) when drawing, frees it, and returns the y
 * under it. */
static double
show (Render          *r,
      PangoLayout     *layout,
      const TextStyle *style,
      double           x,
      double           y)
{
  double height = fascia_print_layout_height (layout);

  if (r->draw)
    {
      fascia_print_set_ink (r->cr, style->ink);
      cairo_move_to (r->cr, x, y);
      pango_cairo_show_layout (r->cr, layout);
    }
  g_object_unref (layout);

  return y + height;
}

static double
text (Render          *r,
      const TextStyle *style,
      const char      *str,
      double           x,
      double           y,
      double           width,
      int              max_lines)
{
  PangoLayout *layout = new_layout (r, style, width, max_lines);

  pango_layout_set_text (layout, str, -1);
  return show (r, layout, style, x, y);
}

/* @markup must come from g_markup_printf_escaped(). */
static double
markup (Render          *r,
        const TextStyle *style,
        const char      *str,
        double           x,
        double           y,
        double           width)
{
  PangoLayout *layout = new_layout (r, style, width, 0);

  pango_layout_set_markup (layout, str, -1);
  return show (r, layout, style, x, y);
}

static void
rule (Render    *r,
      const Rgb *ink,
      double     x,
      double     y,
      double     width)
{
  if (!r->draw)
    return;

  fascia_print_set_ink (r->cr, ink);
  cairo_set_line_width (r->cr, 0.6);
  cairo_move_to (r->cr, x, y);
  cairo_line_to (r->cr, x + width, y);
  cairo_stroke (r->cr);
}

static void
fill_box (Render    *r,
          const Rgb *ink,
          double     x,
          double     y,
          double     width,
          double     height)
{
  if (!r->draw)
    return;

  fascia_print_set_ink (r->cr, ink);
  cairo_rectangle (r->cr, x, y, width, height);
  cairo_fill (r->cr);
}

/* --------------------------------------------------------------- figures */

/* A view as the body map draws it, on paper: the regions marked filled in
 * the accent colour. */
static void
draw_figure (Render               *r,
             const FasciaBodyView *view,
             double                x,
             double                y,
             double                scale)
{
  GPtrArray *marked = fascia_clinician_sheet_get_regions (r->sheet);
  FasciaFigureContent content;
  FasciaFigurePalette palette;
  cairo_t *cr = r->cr;

  fascia_figure_palette_init (&palette, FALSE);
  fascia_figure_content_init (&content);
  for (guint i = 0; i < marked->len; i++)
    fascia_figure_content_set_mark (&content, g_ptr_array_index (marked, i), FASCIA_FIGURE_SUBJECT);

  cairo_save (cr);
  cairo_translate (cr, x, y);
  cairo_scale (cr, scale, scale);
  fascia_figure_draw_view (cr, view, &content, &palette, scale);
  cairo_restore (cr);

  fascia_figure_content_clear (&content);
}

/* Draws the views side by side from (@x, @y); returns their bottom and
 * sets @right to their right edge. */
static double
figures (Render *r,
         double  x,
         double  y,
         double *right)
{
  FasciaBodyMap *map = fascia_library_get_body_map (fascia_clinician_sheet_get_library (r->sheet));
  GPtrArray *views;
  double scale, figure_width, bottom = y;

  *right = x;
  if (map == NULL)
    return y;

  views = fascia_body_map_get_views (map);
  scale = FIGURE_HEIGHT * r->scale / fascia_body_map_get_height (map);
  figure_width = fascia_body_map_get_width (map) * scale;

  for (guint i = 0; i < views->len; i++)
    {
      const FasciaBodyView *view = g_ptr_array_index (views, i);
      double fx = x + i * (figure_width + FIGURE_GAP);
      PangoLayout *caption = new_layout (r, &style_label, figure_width, 1);
      double caption_bottom;

      if (r->draw)
        draw_figure (r, view, fx, y, scale);

      pango_layout_set_alignment (caption, PANGO_ALIGN_CENTER);
      pango_layout_set_text (caption, view->title, -1);
      caption_bottom = show (r, caption, &style_label, fx, y + FIGURE_HEIGHT * r->scale + 2);
      bottom = MAX (bottom, caption_bottom);
      *right = fx + figure_width;
    }

  /* The key to the fill. */
  if (views->len > 0)
    {
      double key = 8 * r->scale;
      double key_y = bottom + 5;

      if (r->draw)
        {
          FasciaFigurePalette palette;

          fascia_figure_palette_init (&palette, FALSE);
          cairo_save (r->cr);
          cairo_translate (r->cr, x, key_y + 2);
          fascia_figure_draw_swatch (r->cr, FASCIA_SWATCH_CHOSEN, &palette, key);
          cairo_restore (r->cr);
        }
      bottom = text (r, &style_small, _("Filled: where it hurts"), x + key + 4, key_y, *right - x - key - 4, 0);
    }

  return bottom;
}

/* ----------------------------------------------------------------- parts */

static double
more_line (Render     *r,
           guint       n_more,
           const char *none_yes,
           double      x,
           double      y,
           double      width)
{
  g_autofree char *line = NULL;

  if (n_more == 0)
    return y;

  /* Translators: said under a list cut short to keep the sheet to one page. */
  line = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "and %u more", "and %u more", n_more), n_more);
  if (none_yes != NULL)
    {
      g_autofree char *longer = g_strdup_printf ("%s %s", line, none_yes);

      return text (r, &style_small, longer, x, y + ITEM_GAP, width, 0);
    }

  return text (r, &style_small, line, x, y + ITEM_GAP, width, 0);
}

static double
regions_and_notes (Render *r,
                   double  x,
                   double  y,
                   double  width)
{
  GPtrArray *regions = fascia_clinician_sheet_get_regions (r->sheet);

  y = text (r, &style_heading, _("Where it hurts"), x, y, width, 0) + 3;

  if (regions->len == 0)
    y = text (r, &style_body, _("No region was marked."), x, y, width, 0);

  for (guint i = 0; i < MIN (r->n_regions, regions->len); i++)
    {
      const FasciaBodyRegion *region = g_ptr_array_index (regions, i);

      text (r, &style_body, "•", x, y, NUMBER_GUTTER, 0);
      y = text (r, &style_body, region->label, x + NUMBER_GUTTER - 6, y, width - NUMBER_GUTTER + 6, 2) + ITEM_GAP;
    }
  y = more_line (r, regions->len - MIN (r->n_regions, regions->len), NULL, x, y, width);

  y += SECTION_GAP * 0.7;
  y = text (r, &style_heading, _("My notes"), x, y, width, 0) + 3;

  for (guint i = 0; i < FASCIA_SHEET_N_NOTES; i++)
    {
      const char *note = fascia_clinician_sheet_get_note (r->sheet, i);

      y = text (r, &style_label, fascia_sheet_note_get_label (i), x, y, width, 0) + 1;
      if (note[0] != '\0')
        {
          y = text (r, &style_body, note, x, y, width, NOTE_MAX_LINES);
        }
      else
        {
          /* A line to write on by hand. */
          y += WRITE_IN_HEIGHT * r->scale;
          rule (r, &ink_rule, x, y - 3, width);
        }
      y += ITEM_GAP + 2;
    }

  return y;
}

static double
muscles (Render *r,
         double  x,
         double  y,
         double  width)
{
  GPtrArray *list = fascia_clinician_sheet_get_muscles (r->sheet);
  guint n_regions = fascia_clinician_sheet_get_regions (r->sheet)->len;
  guint shown = MIN (r->n_muscles, list->len);

  y = text (r, &style_heading, _("Muscles that may send pain there"), x, y, width, 0);
  y = text (r, &style_small,
            _("Commonly described patterns, most likely first: ranked by how many of the marked regions "
              "each one explains. Not a diagnosis."),
            x, y + 1, width, 0) + 4;

  if (list->len == 0)
    return text (r, &style_body, _("The pages of these regions name no muscles."), x, y, width, 0);

  for (guint i = 0; i < shown; i++)
    {
      const FasciaSheetMuscle *muscle = g_ptr_array_index (list, i);
      g_autofree char *number = g_strdup_printf ("%u.", i + 1);
      g_autofree char *details = fascia_sheet_muscle_describe (muscle, n_regions);
      g_autofree char *line = g_markup_printf_escaped ("<b>%s</b> — %s", muscle->title, details);
      PangoLayout *layout = new_layout (r, &style_body, NUMBER_GUTTER - 4, 0);

      pango_layout_set_alignment (layout, PANGO_ALIGN_RIGHT);
      pango_layout_set_text (layout, number, -1);
      show (r, layout, &style_body, x, y);
      y = markup (r, &style_body, line, x + NUMBER_GUTTER, y, width - NUMBER_GUTTER) + ITEM_GAP;
    }

  return more_line (r, list->len - shown, NULL, x + NUMBER_GUTTER, y, width - NUMBER_GUTTER);
}

static double
red_flags (Render *r,
           double  x,
           double  y,
           double  width)
{
  GPtrArray *flags = fascia_clinician_sheet_get_red_flags (r->sheet);
  guint n_hidden = 0;
  gboolean hidden_yes = FALSE;

  y = text (r, &style_heading, _("Warning signs I was asked about"), x, y, width, 0) + 3;

  if (flags->len == 0)
    return text (r, &style_body, _("The pages of these regions list no warning signs."), x, y, width, 0);

  for (FasciaUrgency u = 0; u < FASCIA_N_URGENCIES; u++)
    {
      gboolean heading = FALSE;

      for (guint i = 0; i < flags->len; i++)
        {
          const FasciaSheetFlag *flag = g_ptr_array_index (flags, i);
          FasciaFlagAnswer answer;

          if (flag->urgency != u)
            continue;

          answer = fascia_clinician_sheet_get_answer (r->sheet, flag->key);
          if (!r->flag_shown[i])
            {
              n_hidden++;
              hidden_yes |= answer == FASCIA_FLAG_YES;
              continue;
            }

          if (!heading)
            {
              y = text (r, &style_subhead, fascia_urgency_get_heading (u), x, y + 2, width, 0) + 2;
              heading = TRUE;
            }

          text (r, answer == FASCIA_FLAG_YES ? &style_alarm : answer == FASCIA_FLAG_NO ? &style_answer : &style_small,
                fascia_flag_answer_get_label (answer), x, y, ANSWER_WIDTH - 4, 0);
          y = text (r, &style_body, flag->text, x + ANSWER_WIDTH, y, width - ANSWER_WIDTH, 3) + ITEM_GAP;
        }
    }

  /* A "Yes" is never left out: those without room here go on over the page. */
  return more_line (r, n_hidden,
                    hidden_yes ? _("(the ones answered “Yes” are on the next page)") : _("(none answered “Yes”)"),
                    x + ANSWER_WIDTH, y, width - ANSWER_WIDTH);
}

/* The box at the foot of the sheet; returns its top. */
static double
education_note (Render *r)
{
  double x = MARGIN, width = r->width - 2 * MARGIN;
  PangoLayout *first = new_layout (r, &style_education, width - 2 * BOX_PADDING, 0);
  PangoLayout *second = new_layout (r, &style_small, width - 2 * BOX_PADDING, 0);
  double height, top;

  pango_layout_set_text (first,
                         _("This sheet is for education and for talking with a professional. It is not a diagnosis."),
                         -1);
  pango_layout_set_text (second,
                         _("Made with Fascia. The muscle list shows patterns commonly described in the "
                           "trigger point literature; examiners often disagree about them. Nothing on this sheet "
                           "was sent anywhere."),
                         -1);
  height = fascia_print_layout_height (first) + 2 + fascia_print_layout_height (second) + 2 * BOX_PADDING;
  top = r->height - MARGIN - height;

  fill_box (r, &fill_note, x, top, width, height);
  show (r, first, &style_education, x + BOX_PADDING, top + BOX_PADDING);
  show (r, second, &style_small, x + BOX_PADDING, top + BOX_PADDING + height - 2 * BOX_PADDING -
        fascia_print_layout_height (second));

  return top;
}

static double
emergency_box (Render *r,
               double  y)
{
  double x = MARGIN, width = r->width - 2 * MARGIN;
  PangoLayout *layout = new_layout (r, &style_alarm, width - 2 * BOX_PADDING, 0);
  double height;

  pango_layout_set_text (layout,
                         _("I answered “Yes” to a warning sign that needs emergency care. "
                           "Get emergency help now: do not wait for an appointment."),
                         -1);
  height = fascia_print_layout_height (layout) + 2 * BOX_PADDING;
  fill_box (r, &fill_alarm, x, y, width, height);
  show (r, layout, &style_alarm, x + BOX_PADDING, y + BOX_PADDING);

  return y + height + SECTION_GAP * 0.7;
}

/* Lays out (and when r->draw, draws) the sheet. Returns by how much the
 * content overflows the room above the education note; <= 0 fits. */
static double
render (Render *r)
{
  double width = r->width - 2 * MARGIN;
  double x = MARGIN, y = MARGIN, right, band_bottom, column_x, note_top;
  g_autofree char *date = NULL;
  PangoLayout *layout;

  if (r->draw)
    {
      fascia_print_set_ink (r->cr, &fascia_print_fill_white);
      cairo_paint (r->cr);
    }

  note_top = education_note (r);

  if (r->draw)
    {
      /* Nothing may run into the note, even when nothing else would fit. */
      cairo_save (r->cr);
      cairo_rectangle (r->cr, 0, 0, r->width, note_top - 4);
      cairo_clip (r->cr);
    }

  /* Translators: the date on the sheet, in g_date_time_format() form; spell
   * the month out so that nobody mistakes the order of day and month. */
  date = g_date_time_format (fascia_clinician_sheet_get_date (r->sheet), _("%-d %B %Y"));
  layout = new_layout (r, &style_date, width, 1);
  pango_layout_set_alignment (layout, PANGO_ALIGN_RIGHT);
  pango_layout_set_text (layout, date != NULL ? date : "", -1);
  show (r, layout, &style_date, x, y + 8 * r->scale);
  y = text (r, &style_title, _("For my clinician"), x, y, width * 0.7, 0) + 4;
  rule (r, &ink_rule, x, y, width);
  y += SECTION_GAP * 0.7;

  if (fascia_clinician_sheet_needs_emergency_help (r->sheet))
    y = emergency_box (r, y);

  band_bottom = figures (r, x, y, &right);
  column_x = right > x ? right + COLUMN_GAP : x;
  band_bottom = MAX (band_bottom, regions_and_notes (r, column_x, y, x + width - column_x));

  y = band_bottom + SECTION_GAP;
  y = muscles (r, x, y, width);
  y += SECTION_GAP;
  y = red_flags (r, x, y, width);

  if (r->draw)
    cairo_restore (r->cr);

  return y + SECTION_GAP * 0.5 - note_top;
}

static void
show_everything (Render *r)
{
  GPtrArray *flags = fascia_clinician_sheet_get_red_flags (r->sheet);

  r->n_regions = fascia_clinician_sheet_get_regions (r->sheet)->len;
  r->n_muscles = fascia_clinician_sheet_get_muscles (r->sheet)->len;
  for (guint i = 0; i < flags->len; i++)
    r->flag_shown[i] = TRUE;
}

static guint
n_flags_shown (Render *r)
{
  GPtrArray *flags = fascia_clinician_sheet_get_red_flags (r->sheet);
  guint n = 0;

  for (guint i = 0; i < flags->len; i++)
    n += r->flag_shown[i];

  return n;
}

/* Hides one more item of the list that has most to spare; a warning sign
 * answered "yes" goes only when every other shown one has gone. */
static gboolean
leave_out_one (Render *r)
{
  GPtrArray *flags = fascia_clinician_sheet_get_red_flags (r->sheet);
  guint n_flags = n_flags_shown (r);
  int spare_regions = (int)r->n_regions - MIN_REGIONS;
  int spare_muscles = (int)r->n_muscles - MIN_MUSCLES;
  int spare_flags = (int)n_flags - MIN_FLAGS;

  if (spare_regions <= 0 && spare_muscles <= 0 && spare_flags <= 0)
    return FALSE;

  if (spare_muscles >= spare_regions && spare_muscles >= spare_flags)
    {
      r->n_muscles--;
    }
  else if (spare_regions >= spare_flags)
    {
      r->n_regions--;
    }
  else
    {
      guint last = flags->len;

      for (guint i = flags->len; i-- > 0;)
        {
          const FasciaSheetFlag *flag = g_ptr_array_index (flags, i);

          if (!r->flag_shown[i])
            continue;
          if (last == flags->len)
            last = i;
          if (fascia_clinician_sheet_get_answer (r->sheet, flag->key) != FASCIA_FLAG_YES)
            {
              last = i;
              break;
            }
        }
      r->flag_shown[last] = FALSE;
    }

  return TRUE;
}

/* Chooses the text size and what is left out so that the sheet fits. */
static void
fit (Render *r)
{
  static const double whole[] = { 1.0, 0.92, 0.85 };
  static const double cut[] = { 0.85, 0.75 };

  r->draw = FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (whole); i++)
    {
      r->scale = whole[i];
      show_everything (r);
      if (render (r) <= 0)
        return;
    }

  for (guint i = 0; i < G_N_ELEMENTS (cut); i++)
    {
      r->scale = cut[i];
      show_everything (r);
      while (render (r) > 0)
        if (!leave_out_one (r))
          break;
      if (render (r) <= 0)
        return;
    }

  g_debug ("The sheet does not fit on one page even with lists cut short; its foot is cut off");
}

/* A page after the first: the signs answered "Yes" that the first page had
 * no room for, from overflow[start], as many as fit. Returns where the next
 * page starts. */
static guint
render_continuation (Render *r,
                     GArray *overflow,
                     guint   start)
{
  GPtrArray *flags = fascia_clinician_sheet_get_red_flags (r->sheet);
  double width = r->width - 2 * MARGIN;
  double x = MARGIN, y = MARGIN;
  double note_top;
  guint i;

  if (r->draw)
    {
      fascia_print_set_ink (r->cr, &fascia_print_fill_white);
      cairo_paint (r->cr);
    }

  note_top = education_note (r);
  y = text (r, &style_title, _("For my clinician (continued)"), x, y, width, 0) + 4;
  rule (r, &ink_rule, x, y, width);
  y += SECTION_GAP * 0.7;
  y = text (r, &style_heading, _("Warning signs I answered “Yes”"), x, y, width, 0) + 3;

  for (i = start; i < overflow->len; i++)
    {
      const FasciaSheetFlag *flag = g_ptr_array_index (flags, g_array_index (overflow, guint, i));
      gboolean draw = r->draw;
      double bottom;

      /* Measure first: a sign goes whole onto the page, or to the next. */
      r->draw = FALSE;
      bottom = text (r, &style_body, flag->text, x + ANSWER_WIDTH, y, width - ANSWER_WIDTH, 3) + ITEM_GAP;
      r->draw = draw;
      if (bottom > note_top - SECTION_GAP * 0.5 && i > start)
        break;

      text (r, &style_alarm, fascia_flag_answer_get_label (FASCIA_FLAG_YES), x, y, ANSWER_WIDTH - 4, 0);
      y = text (r, &style_body, flag->text, x + ANSWER_WIDTH, y, width - ANSWER_WIDTH, 3) + ITEM_GAP;
    }

  return i;
}

static void
render_init (Render          *r,
             SheetJob        *job,
             GtkPrintContext *context,
             PangoContext    *pango,
             gboolean        *flag_shown)
{
  r->sheet = job->sheet;
  r->cr = gtk_print_context_get_cairo_context (context);
  r->pango = pango;
  r->width = gtk_print_context_get_width (context);
  r->height = gtk_print_context_get_height (context);
  r->flag_shown = flag_shown;
}

/* ------------------------------------------------------------- operation */

/* Fits the first page, then counts the pages its left-out "Yes" answers
 * need after it. */
static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                SheetJob          *job)
{
  GPtrArray *flags = fascia_clinician_sheet_get_red_flags (job->sheet);
  g_autofree gboolean *flag_shown = g_new0 (gboolean, flags->len + 1);
  g_autoptr(GObject) pango = G_OBJECT (gtk_print_context_create_pango_context (context));
  Render r = { 0, };
  guint start = 0;

  render_init (&r, job, context, PANGO_CONTEXT (pango), flag_shown);
  fit (&r);

  g_array_set_size (job->overflow, 0);
  g_array_set_size (job->page_starts, 0);
  for (guint i = 0; i < flags->len; i++)
    if (!flag_shown[i] &&
        fascia_clinician_sheet_get_answer (job->sheet, ((FasciaSheetFlag *)g_ptr_array_index (flags, i))->key) == FASCIA_FLAG_YES)
      g_array_append_val (job->overflow, i);

  r.draw = FALSE;
  r.scale = 1.0;
  while (start < job->overflow->len)
    {
      g_array_append_val (job->page_starts, start);
      start = render_continuation (&r, job->overflow, start);
    }

  gtk_print_operation_set_n_pages (operation, 1 + job->page_starts->len);
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page_nr,
              SheetJob          *job)
{
  GPtrArray *flags = fascia_clinician_sheet_get_red_flags (job->sheet);
  g_autofree gboolean *flag_shown = g_new0 (gboolean, flags->len + 1);
  g_autoptr(GObject) pango = G_OBJECT (gtk_print_context_create_pango_context (context));
  Render r = { 0, };

  render_init (&r, job, context, PANGO_CONTEXT (pango), flag_shown);

  if (page_nr == 0)
    {
      fit (&r);
      r.draw = TRUE;
      render (&r);
      return;
    }

  g_return_if_fail ((guint)page_nr - 1 < job->page_starts->len);
  r.scale = 1.0;
  r.draw = TRUE;
  render_continuation (&r, job->overflow, g_array_index (job->page_starts, guint, page_nr - 1));
}

static void
sheet_job_free (gpointer data)
{
  SheetJob *job = data;

  g_clear_object (&job->sheet);
  g_clear_pointer (&job->overflow, g_array_unref);
  g_clear_pointer (&job->page_starts, g_array_unref);
  g_free (job);
}

static FasciaPrintOperation *
new_operation (FasciaClinicianSheet *sheet)
{
  SheetJob *job = g_new0 (SheetJob, 1);
  FasciaPrintOperation *operation;

  job->sheet = g_object_ref (sheet);
  job->overflow = g_array_new (FALSE, FALSE, sizeof (guint));
  job->page_starts = g_array_new (FALSE, FALSE, sizeof (guint));

  operation = fascia_print_operation_new (_("For my clinician"), job, sheet_job_free);
  g_signal_connect (operation, "begin-print", G_CALLBACK (begin_print_cb), job);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), job);

  return operation;
}

/**
 * fascia_sheet_print:
 * @parent: (nullable): the window the print dialog belongs to
 * @sheet: the sheet
 *
 * Shows the print dialog for @sheet. Returns at once; an error is shown in
 * a dialog over @parent.
 */
void
fascia_sheet_print (GtkWindow            *parent,
                    FasciaClinicianSheet *sheet)
{
  g_autoptr(FasciaPrintOperation) operation = NULL;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (FASCIA_IS_CLINICIAN_SHEET (sheet));

  operation = new_operation (sheet);
  /* Translators: the file name "Print to File" offers, without ".pdf". */
  fascia_print_operation_run_dialog (operation, parent, _("sheet-for-my-clinician"));
}

/**
 * fascia_sheet_print_to_pdf:
 * @sheet: the sheet
 * @filename: (type filename): where to write the PDF
 * @error: return location for an error
 *
 * Saves @sheet as a PDF file, drawn exactly as it is printed: one page, and
 * a page more for each page of "Yes" answers the first has no room for.
 * GTK writes it in a main loop of its own, so anything may happen to the
 * caller's widgets before this returns: hold a reference to what is used
 * afterwards.
 *
 * Returns: %TRUE on success
 */
gboolean
fascia_sheet_print_to_pdf (FasciaClinicianSheet  *sheet,
                           const char            *filename,
                           GError               **error)
{
  g_autoptr(FasciaPrintOperation) operation = NULL;

  g_return_val_if_fail (FASCIA_IS_CLINICIAN_SHEET (sheet), FALSE);
  g_return_val_if_fail (filename != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  operation = new_operation (sheet);

  return fascia_print_operation_export (operation, filename, error);
}
