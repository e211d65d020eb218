/* fascia-page-select.c - selecting text across the page's paragraphs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every paragraph, heading and list item is a label of its own, and a
 * GtkLabel selects only within itself. The page therefore watches a drag
 * with the main button before its labels do (capture phase): a drag that
 * starts on text and goes further than the drag threshold is the page's,
 * and selects from where it started to the pointer through every label in
 * reading order, as a reader selects in a book or a web page. A click
 * stays the label's own (links still open, a double click still selects a
 * word), and a press anywhere clears what was selected before.
 *
 * A GtkLabel's own selection cannot span labels: each one that selects
 * takes the primary selection from the last, which then lets go of its
 * own. So the page keeps the span itself, from one (label, character) to
 * another, and paints it with Pango attributes in the colour of focused
 * selected text, along with find's highlights (fascia-page-find.c). Copy
 * joins the selected parts with blank lines, one paragraph each, and the
 * span becomes the primary selection when the drag ends.
 */
#define G_LOG_DOMAIN "fascia-page-view"

#include "config.h"

#include "fascia-page-view-private.h"

/* How far from the scrolled window's edge, in pixels, a drag starts to
 * scroll, and the most it scrolls for one motion. */
#define AUTOSCROLL_EDGE 24.0
#define AUTOSCROLL_STEP 40.0

/* The character offset in @label nearest to (@x, @y), in @label's own
 * coordinates; points beyond the text go to its nearest line's ends. */
static int
label_offset_at (GtkLabel *label,
                 double    x,
                 double    y)
{
  PangoLayout *layout = gtk_label_get_layout (label);
  const char *text = pango_layout_get_text (layout);
  const char *p;
  int lx, ly, index, trailing;

  gtk_label_get_layout_offsets (label, &lx, &ly);
  pango_layout_xy_to_index (layout,
                            (int)((x - lx) * PANGO_SCALE),
                            (int)((y - ly) * PANGO_SCALE),
                            &index, &trailing);

  p = text + index;
  for (; trailing > 0 && *p != '\0'; trailing--)
    p = g_utf8_next_char (p);

  return (int)g_utf8_pointer_to_offset (text, p);
}

static gboolean
label_bounds (FasciaPageView  *self,
              GtkWidget       *label,
              graphene_rect_t *bounds)
{
  return gtk_widget_get_mapped (label) &&
         gtk_widget_compute_bounds (label, self->box, bounds);
}

/* Where the point (@x, @y) of the page's box falls in its text: the label
 * under it, or else the last label in reading order that starts above it
 * (its end when the point is below it, its nearest line when beside it),
 * or else the start of the first label. */
static gboolean
position_at (FasciaPageView *self,
             double          x,
             double          y,
             guint          *label_index,
             int            *offset)
{
  graphene_rect_t bounds;
  graphene_rect_t last_bounds = GRAPHENE_RECT_INIT (0, 0, 0, 0);
  gboolean found = FALSE;
  guint first = G_MAXUINT;

  for (guint i = 0; i < self->labels->len; i++)
    {
      GtkWidget *label = g_ptr_array_index (self->labels, i);

      if (!label_bounds (self, label, &bounds))
        continue;
      if (first == G_MAXUINT)
        first = i;

      if (graphene_rect_contains_point (&bounds, &GRAPHENE_POINT_INIT (x, y)))
        {
          *label_index = i;
          *offset = label_offset_at (GTK_LABEL (label), x - bounds.origin.x, y - bounds.origin.y);
          return TRUE;
        }

      if (bounds.origin.y <= y)
        {
          *label_index = i;
          last_bounds = bounds;
          found = TRUE;
        }
    }

  if (found)
    {
      GtkLabel *label = g_ptr_array_index (self->labels, *label_index);

      if (y >= last_bounds.origin.y + last_bounds.size.height)
        *offset = (int)g_utf8_strlen (gtk_label_get_text (label), -1);
      else
        *offset = label_offset_at (label, x - last_bounds.origin.x, y - last_bounds.origin.y);
      return TRUE;
    }

  if (first != G_MAXUINT)
    {
      *label_index = first;
      *offset = 0;
      return TRUE;
    }

  return FALSE;
}

/**
 * _fascia_page_select_get_coverage:
 * @self: a page view
 * @index: a label's index in the page's labels
 * @start: (out): the first selected character
 * @end: (out): the character after the last selected one
 *
 * Returns: whether the page's selection covers some of that label
 */
gboolean
_fascia_page_select_get_coverage (FasciaPageView *self,
                                  guint           index,
                                  int            *start,
                                  int            *end)
{
  int length;

  *start = *end = 0;
  if (!self->has_span || index < self->span_from_label || index > self->span_to_label ||
      index >= self->labels->len)
    return FALSE;

  length = (int)g_utf8_strlen (gtk_label_get_text (g_ptr_array_index (self->labels, index)), -1);
  *start = index == self->span_from_label ? MIN (self->span_from_offset, length) : 0;
  *end = index == self->span_to_label ? MIN (self->span_to_offset, length) : length;

  return *start < *end;
}

/* Sets the span and repaints the labels whose part of it changed. */
static void
set_span (FasciaPageView *self,
          gboolean        has_span,
          guint           from_label,
          int             from_offset,
          guint           to_label,
          int             to_offset)
{
  guint old_from = self->span_from_label;
  guint old_to = self->span_to_label;
  gboolean had_span = self->has_span;
  g_autofree int *old = NULL;
  guint lo, hi;

  if (!had_span && !has_span)
    return;

  lo = had_span ? old_from : from_label;
  hi = had_span ? old_to : to_label;
  if (has_span)
    {
      lo = MIN (lo, from_label);
      hi = MAX (hi, to_label);
    }
  hi = MIN (hi, self->labels->len > 0 ? self->labels->len - 1 : 0);
  if (self->labels->len == 0 || lo > hi)
    {
      self->has_span = FALSE;
      return;
    }

  old = g_new (int, 2 * (hi - lo + 1));
  for (guint i = lo; i <= hi; i++)
    _fascia_page_select_get_coverage (self, i, &old[2 * (i - lo)], &old[2 * (i - lo) + 1]);

  self->has_span = has_span;
  self->span_from_label = from_label;
  self->span_from_offset = from_offset;
  self->span_to_label = to_label;
  self->span_to_offset = to_offset;

  for (guint i = lo; i <= hi; i++)
    {
      int start, end;

      _fascia_page_select_get_coverage (self, i, &start, &end);
      if (start != old[2 * (i - lo)] || end != old[2 * (i - lo) + 1])
        _fascia_page_paint_label (self, i);
    }
}

/**
 * _fascia_page_select_span:
 * @self: a page view
 * @from_label: the index in the page's labels where the selection starts
 * @from_offset: the character offset in that label
 * @to_label: where it ends, in either direction
 * @to_offset: the character offset in that label
 *
 * Selects the page's text from one place to the other, through every label
 * in between, and nothing else.
 */
void
_fascia_page_select_span (FasciaPageView *self,
                          guint           from_label,
                          int             from_offset,
                          guint           to_label,
                          int             to_offset)
{
  if (from_label > to_label || (from_label == to_label && from_offset > to_offset))
    {
      guint label = from_label;
      int offset = from_offset;

      from_label = to_label;
      from_offset = to_offset;
      to_label = label;
      to_offset = offset;
    }

  set_span (self, TRUE, from_label, from_offset, to_label, to_offset);
}

/**
 * _fascia_page_select_points:
 * @self: a page view
 * @x0: where a drag started, in the coordinates of the page's box
 * @y0: likewise
 * @x1: where the pointer is now
 * @y1: likewise
 *
 * Selects as a drag from (@x0, @y0) to (@x1, @y1) does.
 *
 * Returns: whether there was text to select
 */
gboolean
_fascia_page_select_points (FasciaPageView *self,
                            double          x0,
                            double          y0,
                            double          x1,
                            double          y1)
{
  guint from_label, to_label;
  int from_offset, to_offset;

  if (!position_at (self, x0, y0, &from_label, &from_offset) ||
      !position_at (self, x1, y1, &to_label, &to_offset))
    return FALSE;

  _fascia_page_select_span (self, from_label, from_offset, to_label, to_offset);
  return TRUE;
}

/* What a label selected by itself: a word a double click chose, or the
 * first characters of a drag before it passed the threshold. */
static void
clear_native (FasciaPageView *self)
{
  int start, end;

  for (guint i = 0; i < self->labels->len; i++)
    if (gtk_label_get_selection_bounds (g_ptr_array_index (self->labels, i), &start, &end))
      gtk_label_select_region (g_ptr_array_index (self->labels, i), 0, 0);
}

/**
 * _fascia_page_select_clear:
 * @self: a page view
 *
 * Leaves nothing selected in the page.
 */
void
_fascia_page_select_clear (FasciaPageView *self)
{
  set_span (self, FALSE, 0, 0, 0, 0);
  clear_native (self);
}

/**
 * _fascia_page_select_forget:
 * @self: a page view
 *
 * Drops the span without repainting: the labels it named are going.
 */
void
_fascia_page_select_forget (FasciaPageView *self)
{
  self->has_span = FALSE;
  self->selecting = FALSE;
}

/* Whether a drag that starts on @widget may select: on text, or on the
 * page's background and margins, but not on a control. */
static gboolean
may_select_from (FasciaPageView *self,
                 GtkWidget      *widget)
{
  for (; widget != NULL && widget != self->clamp; widget = gtk_widget_get_parent (widget))
    {
      if (GTK_IS_LABEL (widget) && g_ptr_array_find (self->labels, widget, NULL))
        return TRUE;
      if (GTK_IS_BUTTON (widget) || GTK_IS_EDITABLE (widget) ||
          (gtk_widget_get_focusable (widget) && !GTK_IS_LABEL (widget)))
        return FALSE;
    }

  return TRUE;
}

/* The gesture watches the whole width of the page, margins included; the
 * text's positions are in the coordinates of the page's box. */
static void
to_box (FasciaPageView *self,
        double          x,
        double          y,
        double         *box_x,
        double         *box_y)
{
  graphene_point_t point;

  if (!gtk_widget_compute_point (self->clamp, self->box, &GRAPHENE_POINT_INIT (x, y), &point))
    point = GRAPHENE_POINT_INIT (x, y);
  *box_x = point.x;
  *box_y = point.y;
}

static void
drag_begin_cb (GtkGestureDrag *gesture,
               double          x,
               double          y,
               FasciaPageView *self)
{
  GtkWidget *picked = gtk_widget_pick (self->clamp, x, y, GTK_PICK_DEFAULT);

  self->selecting = FALSE;
  _fascia_page_select_clear (self);

  /* A drag on a button or a field is theirs. */
  if (!may_select_from (self, picked))
    gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_DENIED);
}

/* Scrolls the page when the pointer is near or past its top or bottom. */
static void
autoscroll (FasciaPageView *self,
            double          x,
            double          y)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scroller));
  double height = gtk_widget_get_height (self->scroller);
  graphene_point_t point;
  double sy, step = 0;

  if (!gtk_widget_compute_point (self->box, self->scroller, &GRAPHENE_POINT_INIT (x, y), &point))
    return;
  sy = point.y;

  if (sy < AUTOSCROLL_EDGE)
    step = -MIN (AUTOSCROLL_STEP, AUTOSCROLL_EDGE - sy);
  else if (sy > height - AUTOSCROLL_EDGE)
    step = MIN (AUTOSCROLL_STEP, sy - (height - AUTOSCROLL_EDGE));

  if (step != 0)
    gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) + step);
}

static void
drag_update_cb (GtkGestureDrag *gesture,
                double          offset_x,
                double          offset_y,
                FasciaPageView *self)
{
  double start_x, start_y, x0, y0, x1, y1;

  gtk_gesture_drag_get_start_point (gesture, &start_x, &start_y);

  if (!self->selecting)
    {
      /* Short of the threshold it may still be a click on a link. */
      if (!gtk_drag_check_threshold (self->clamp, 0, 0, (int)offset_x, (int)offset_y))
        return;
      self->selecting = TRUE;
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
      clear_native (self);
    }

  /* The clamp scrolls with the text, so the start stays where it was in
   * the text however far the page has scrolled since. */
  to_box (self, start_x, start_y, &x0, &y0);
  to_box (self, start_x + offset_x, start_y + offset_y, &x1, &y1);
  _fascia_page_select_points (self, x0, y0, x1, y1);
  autoscroll (self, x1, y1);
}

static void
drag_end_cb (GtkGestureDrag *gesture,
             double          offset_x,
             double          offset_y,
             FasciaPageView *self)
{
  g_autofree char *text = NULL;

  if (self->selecting && (text = _fascia_page_select_dup_text (self)) != NULL)
    gdk_clipboard_set_text (gtk_widget_get_primary_clipboard (GTK_WIDGET (self)), text);
  self->selecting = FALSE;
}

void
_fascia_page_select_init (FasciaPageView *self)
{
  GtkGesture *drag = gtk_gesture_drag_new ();

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (drag), GDK_BUTTON_PRIMARY);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (drag), GTK_PHASE_CAPTURE);
  g_signal_connect (drag, "drag-begin", G_CALLBACK (drag_begin_cb), self);
  g_signal_connect (drag, "drag-update", G_CALLBACK (drag_update_cb), self);
  g_signal_connect (drag, "drag-end", G_CALLBACK (drag_end_cb), self);
  gtk_widget_add_controller (self->clamp, GTK_EVENT_CONTROLLER (drag));
}

/**
 * _fascia_page_select_dup_text:
 * @self: a page view
 *
 * Returns: (transfer full) (nullable): the selected text of the page, a
 *   blank line between the parts of different labels, or %NULL when
 *   nothing is selected. Where the page's span does not reach, a label's
 *   own selection counts.
 */
char *
_fascia_page_select_dup_text (FasciaPageView *self)
{
  GString *out = NULL;

  for (guint i = 0; i < self->labels->len; i++)
    {
      GtkLabel *label = g_ptr_array_index (self->labels, i);
      const char *text = gtk_label_get_text (label);
      const char *start, *end;
      int from, to;

      if (!_fascia_page_select_get_coverage (self, i, &from, &to) &&
          (!gtk_label_get_selection_bounds (label, &from, &to) || from == to))
        continue;

      if (out == NULL)
        out = g_string_new (NULL);
      else
        g_string_append (out, "\n\n");

      start = g_utf8_offset_to_pointer (text, MIN (from, to));
      end = g_utf8_offset_to_pointer (text, MAX (from, to));
      g_string_append_len (out, start, end - start);
    }

  return out != NULL ? g_string_free (out, FALSE) : NULL;
}
