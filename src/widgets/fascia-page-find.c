/* fascia-page-find.c - find in the page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every text label of the page is searched, case-insensitively; matches are
 * highlighted with Pango attributes, the current one in a stronger colour,
 * and scrolled into view. The find bar above the page asks; closing it
 * clears the highlights.
 */
#define G_LOG_DOMAIN "fascia-page-view"

#include "config.h"

#include <string.h>

#include "fascia-find-bar.h"
#include "fascia-page-view-private.h"

/* Case-insensitive search for @needle (already lower case) in @haystack,
 * character by character so that byte offsets stay those of @haystack. */
static void
find_in_text (FasciaPageView *self,
              GtkLabel       *label,
              const char     *haystack,
              const char     *needle)
{
  for (const char *p = haystack; *p; p = g_utf8_next_char (p))
    {
      const char *h = p;
      const char *n = needle;

      while (*n && *h && g_unichar_tolower (g_utf8_get_char (h)) == g_utf8_get_char (n))
        {
          h = g_utf8_next_char (h);
          n = g_utf8_next_char (n);
        }

      if (*n == '\0')
        {
          Match match = { label, (guint)(p - haystack), (guint)(h - haystack) };

          g_array_append_val (self->matches, match);
          p = h - 1;
          /* Step back to a character start for the loop's next_char. */
          while (p > haystack && (*p & 0xC0) == 0x80)
            p--;
        }
    }
}

/* The style's accent colour, so that highlights follow light and dark. */
static void
highlight_colors (FasciaPageView *self,
                  GdkRGBA        *background,
                  GdkRGBA        *foreground)
{
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  GtkStyleContext *style = gtk_widget_get_style_context (GTK_WIDGET (self));

  if (!gtk_style_context_lookup_color (style, "accent_bg_color", background))
    gdk_rgba_parse (background, "#3584e4");
  if (!gtk_style_context_lookup_color (style, "accent_fg_color", foreground))
    gdk_rgba_parse (foreground, "#ffffff");
  G_GNUC_END_IGNORE_DEPRECATIONS
}

static PangoAttribute *
color_attr (gboolean       background,
            const GdkRGBA *rgba,
            guint          start,
            guint          end)
{
  PangoAttribute *attr = background
    ? pango_attr_background_new (rgba->red * 65535, rgba->green * 65535, rgba->blue * 65535)
    : pango_attr_foreground_new (rgba->red * 65535, rgba->green * 65535, rgba->blue * 65535);

  attr->start_index = start;
  attr->end_index = end;
  return attr;
}

static void
insert_wash (PangoAttrList *attrs,
             const GdkRGBA *color,
             guint          start,
             guint          end)
{
  PangoAttribute *alpha = pango_attr_background_alpha_new (0.3 * 65535);

  alpha->start_index = start;
  alpha->end_index = end;
  pango_attr_list_insert (attrs, color_attr (TRUE, color, start, end));
  pango_attr_list_insert (attrs, alpha);
}

/**
 * _fascia_page_paint_label:
 * @self: a page view
 * @index: a label's index in the page's labels
 *
 * Gives the label the attributes of what is found and selected in it: the
 * current match in the accent colour with its own text colour, the other
 * matches and the selection (fascia-page-select.c) in a wash of it, as
 * libadwaita shows focused selected text, which keeps the page's text
 * colour readable in light and dark styles.
 */
void
_fascia_page_paint_label (FasciaPageView *self,
                          guint           index)
{
  GtkLabel *label = g_ptr_array_index (self->labels, index);
  PangoAttrList *attrs = NULL;
  GdkRGBA accent, on_accent;
  int from, to;

  highlight_colors (self, &accent, &on_accent);

  for (guint i = 0; i < self->matches->len; i++)
    {
      Match *match = &g_array_index (self->matches, Match, i);

      if (match->label != label)
        continue;
      if (attrs == NULL)
        attrs = pango_attr_list_new ();

      if (i == self->find_current)
        {
          pango_attr_list_insert (attrs, color_attr (TRUE, &accent, match->start, match->end));
          pango_attr_list_insert (attrs, color_attr (FALSE, &on_accent, match->start, match->end));
        }
      else
        insert_wash (attrs, &accent, match->start, match->end);
    }

  if (_fascia_page_select_get_coverage (self, index, &from, &to))
    {
      const char *text = gtk_label_get_text (label);

      if (attrs == NULL)
        attrs = pango_attr_list_new ();
      insert_wash (attrs, &accent,
                   (guint)(g_utf8_offset_to_pointer (text, from) - text),
                   (guint)(g_utf8_offset_to_pointer (text, to) - text));
    }

  gtk_label_set_attributes (label, attrs);
  g_clear_pointer (&attrs, pango_attr_list_unref);
}

static void
apply_highlights (FasciaPageView *self)
{
  for (guint i = 0; i < self->labels->len; i++)
    _fascia_page_paint_label (self, i);
}

static void
scroll_to_current (FasciaPageView *self)
{
  Match *match;
  graphene_point_t point;
  PangoRectangle pos;
  int layout_x, layout_y;
  GtkAdjustment *vadj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scroller));
  double top, page_size;

  if (self->find_current >= self->matches->len)
    return;

  match = &g_array_index (self->matches, Match, self->find_current);
  if (!gtk_widget_compute_point (GTK_WIDGET (match->label), self->box, &GRAPHENE_POINT_INIT (0, 0), &point))
    return;

  pango_layout_index_to_pos (gtk_label_get_layout (match->label), (int)match->start, &pos);
  gtk_label_get_layout_offsets (match->label, &layout_x, &layout_y);
  top = point.y + pos.y / (double)PANGO_SCALE;
  page_size = gtk_adjustment_get_page_size (vadj);

  /* Only scroll when the match is out of sight, and then put it a third of
   * the way down, where the eye expects it. */
  if (top < gtk_adjustment_get_value (vadj) || top + 24 > gtk_adjustment_get_value (vadj) + page_size)
    gtk_adjustment_set_value (vadj, MAX (0, top - page_size / 3));
}

/**
 * fascia_page_view_find:
 * @text: (nullable): what to find; %NULL or "" clears
 *
 * Highlights every case-insensitive match of @text in the page and makes
 * the first one current.
 *
 * Returns: the number of matches
 */
guint
fascia_page_view_find (FasciaPageView *self,
                       const char     *text)
{
  g_autofree char *needle = NULL;

  g_return_val_if_fail (FASCIA_IS_PAGE_VIEW (self), 0);

  g_array_set_size (self->matches, 0);
  self->find_current = 0;
  /* Copy before freeing: @text may be find_text itself. */
  text = g_strdup (text);
  g_free (self->find_text);
  self->find_text = (char *)text;

  if (text != NULL && text[0] != '\0' && g_utf8_validate (text, -1, NULL))
    {
      _fascia_page_view_ensure_built (self);
      needle = g_utf8_strdown (text, -1);

      for (guint i = 0; i < self->labels->len; i++)
        {
          GtkLabel *label = g_ptr_array_index (self->labels, i);

          find_in_text (self, label, gtk_label_get_text (label), needle);
        }
    }

  apply_highlights (self);
  scroll_to_current (self);

  return self->matches->len;
}

/**
 * fascia_page_view_find_step:
 * @direction: 1 for the next match, -1 for the previous one
 *
 * Moves to the next or previous match, wrapping around.
 */
void
fascia_page_view_find_step (FasciaPageView *self,
                            int             direction)
{
  guint n;

  g_return_if_fail (FASCIA_IS_PAGE_VIEW (self));

  n = self->matches->len;
  if (n == 0)
    return;

  self->find_current = (self->find_current + n + (direction >= 0 ? 1 : n - 1)) % n;
  apply_highlights (self);
  scroll_to_current (self);
}

/**
 * fascia_page_view_get_find_current:
 *
 * Returns: the current match, counting from 1, or 0 when there is none
 */
guint
fascia_page_view_get_find_current (FasciaPageView *self)
{
  g_return_val_if_fail (FASCIA_IS_PAGE_VIEW (self), 0);
  return self->matches->len > 0 ? self->find_current + 1 : 0;
}

/**
 * fascia_page_view_get_find_count:
 * @self: a page view
 *
 * Returns: how many matches the last find had in the page; 0 when nothing
 *   is being found
 */
guint
fascia_page_view_get_find_count (FasciaPageView *self)
{
  g_return_val_if_fail (FASCIA_IS_PAGE_VIEW (self), 0);
  return self->matches->len;
}


/* The find bar asks; the page answers with its matches. */
static void
bar_find_cb (FasciaFindBar  *bar,
             const char     *text,
             FasciaPageView *self)
{
  fascia_page_view_find (self, text);
  fascia_find_bar_set_matches (bar, fascia_page_view_get_find_current (self), fascia_page_view_get_find_count (self));
}

static void
bar_step_cb (FasciaFindBar  *bar,
             int             direction,
             FasciaPageView *self)
{
  fascia_page_view_find_step (self, direction);
  fascia_find_bar_set_matches (bar, fascia_page_view_get_find_current (self), fascia_page_view_get_find_count (self));
}

void
_fascia_page_find_init (FasciaPageView *self)
{
  self->find_bar = fascia_find_bar_new ();
  gtk_widget_set_parent (self->find_bar, GTK_WIDGET (self));
  g_signal_connect_object (self->find_bar, "find", G_CALLBACK (bar_find_cb), self, 0);
  g_signal_connect_object (self->find_bar, "step", G_CALLBACK (bar_step_cb), self, 0);
}

/**
 * fascia_page_view_start_find:
 *
 * Opens the find bar above the page, with the keyboard in it.
 */
void
fascia_page_view_start_find (FasciaPageView *self)
{
  g_return_if_fail (FASCIA_IS_PAGE_VIEW (self));

  if (self->page != NULL)
    fascia_find_bar_open (FASCIA_FIND_BAR (self->find_bar));
}

/**
 * fascia_page_view_stop_find:
 *
 * Closes the find bar; the highlights go with it.
 */
void
fascia_page_view_stop_find (FasciaPageView *self)
{
  g_return_if_fail (FASCIA_IS_PAGE_VIEW (self));
  fascia_find_bar_close (FASCIA_FIND_BAR (self->find_bar));
}

/**
 * fascia_page_view_get_find_bar:
 *
 * Returns: (transfer none): the find bar above the page
 */
GtkWidget *
fascia_page_view_get_find_bar (FasciaPageView *self)
{
  g_return_val_if_fail (FASCIA_IS_PAGE_VIEW (self), NULL);
  return self->find_bar;
}

/* A new page: what the reader was finding is looked for in it too. */
void
_fascia_page_find_refresh (FasciaPageView *self)
{
  bar_find_cb (FASCIA_FIND_BAR (self->find_bar), fascia_find_bar_get_text (FASCIA_FIND_BAR (self->find_bar)), self);
}
