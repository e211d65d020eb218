/* test-contrast.c - safety text at full contrast, measured from the style
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Warning signs, urgent advice, what the safety check says on a technique
 * page, the hold timer's caution and the evidence badges must read at 4.5:1
 * or more, in the light and the dark style. The text colour is what the
 * style gives each label; the colour behind it is read from the card as
 * drawn, next to its edge where no text is.
 */
#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "fascia-figure-draw.h"
#include "fascia-page-view.h"
#include "fascia-safety.h"
#include "fascia-test-util.h"

static FasciaLibrary *library;

/* The window as drawn now, read back: premultiplied B8G8R8A8. */
typedef struct
{
  GtkWidget *window;
  guchar    *data;
  int        width;
  int        height;
  GdkRGBA    background;   /* the window's, behind everything */
} Drawn;

static void
draw_window (Drawn     *drawn,
             GtkWidget *window)
{
  GtkWidget *child = gtk_window_get_child (GTK_WINDOW (window));
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;

  drawn->window = window;
  drawn->width = gtk_widget_get_width (window);
  drawn->height = gtk_widget_get_height (window);
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  g_assert_true (gtk_style_context_lookup_color (gtk_widget_get_style_context (window), "window_bg_color",
                                                 &drawn->background));
  G_GNUC_END_IGNORE_DEPRECATIONS
  gtk_snapshot_append_color (snapshot, &drawn->background, &GRAPHENE_RECT_INIT (0, 0, drawn->width, drawn->height));
  gtk_widget_snapshot_child (window, child, snapshot);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, drawn->width, drawn->height));
  g_free (drawn->data);
  drawn->data = g_malloc ((gsize)drawn->width * drawn->height * 4);
  gdk_texture_download (texture, drawn->data, (gsize)drawn->width * 4);
}

/* The colour drawn at (@x, @y) of @widget, which must be in view. */
static GdkRGBA
drawn_color (Drawn     *drawn,
             GtkWidget *widget,
             double     x,
             double     y)
{
  graphene_point_t point;
  const guchar *p;

  g_assert_true (gtk_widget_compute_point (widget, drawn->window, &GRAPHENE_POINT_INIT (x, y), &point));
  g_assert_cmpfloat (point.x, >=, 0);
  g_assert_cmpfloat (point.y, >=, 0);
  g_assert_cmpfloat (point.x, <, drawn->width);
  g_assert_cmpfloat (point.y, <, drawn->height);
  p = drawn->data + ((gsize)(int)point.y * drawn->width + (int)point.x) * 4;

  return (GdkRGBA) { p[2] / 255.0, p[1] / 255.0, p[0] / 255.0, 1.0 };
}

/* The highest contrast with @background of any pixel drawn in @widget's
 * bounds: for text, the ink of its glyphs' stems. */
static double
inkiest (Drawn         *drawn,
         GtkWidget     *widget,
         const GdkRGBA *background)
{
  graphene_rect_t bounds;
  double best = 1.0;

  g_assert_true (gtk_widget_compute_bounds (widget, drawn->window, &bounds));
  for (int y = MAX (0, (int)bounds.origin.y); y < MIN (drawn->height, (int)(bounds.origin.y + bounds.size.height)); y++)
    for (int x = MAX (0, (int)bounds.origin.x); x < MIN (drawn->width, (int)(bounds.origin.x + bounds.size.width)); x++)
      {
        const guchar *p = drawn->data + ((gsize)y * drawn->width + x) * 4;
        GdkRGBA c = { p[2] / 255.0, p[1] / 255.0, p[0] / 255.0, 1.0 };

        best = MAX (best, fascia_figure_contrast (&c, background));
      }

  return best;
}

static GdkRGBA
text_color (GtkWidget *label)
{
  GdkRGBA color;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (label), &color);
  G_GNUC_END_IGNORE_DEPRECATIONS

  return color;
}

static void
collect_labels (GtkWidget *widget,
                GPtrArray *labels)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_visible (widget) && *gtk_label_get_text (GTK_LABEL (widget)) != '\0')
    g_ptr_array_add (labels, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    collect_labels (child, labels);
}

/* Every label in each widget of @css_class reads at 4.5:1 or more against
 * the widget's own background, read next to its top right corner. */
/* A point of @card near its right edge, clear of its rounded corners, that
 * no label or image of it covers (a long heading can reach the corner), so
 * that what is read there is the card's own background. */
static void
background_point (GtkWidget *card,
                  double    *x,
                  double    *y)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  int width = gtk_widget_get_width (card), height = gtk_widget_get_height (card);

  collect_labels (card, labels);
  for (GtkWidget *child = gtk_widget_get_first_child (card); child != NULL; child = gtk_widget_get_next_sibling (child))
    for (GtkWidget *inner = gtk_widget_get_first_child (child); inner != NULL; inner = gtk_widget_get_next_sibling (inner))
      if (GTK_IS_IMAGE (inner))
        g_ptr_array_add (labels, inner);

  *x = width - 18;
  for (int py = 6; py < height - 6; py++)
    {
      gboolean covered = FALSE;

      for (guint i = 0; i < labels->len && !covered; i++)
        {
          graphene_rect_t b;

          if (gtk_widget_compute_bounds (g_ptr_array_index (labels, i), card, &b))
            covered = graphene_rect_contains_point (&b, &GRAPHENE_POINT_INIT (*x, py));
        }
      if (!covered)
        {
          *y = py;
          return;
        }
    }
  g_error ("every point near the right edge of a %s card is text: no background to read",
           G_OBJECT_TYPE_NAME (card));
}

/* Where the background behind a widget's text is read: inside a card's
 * top right corner, inside a pill's left end, or in the parent's corner
 * for a label with no background of its own. */
typedef enum
{
  SAMPLE_CARD,
  SAMPLE_PILL,
  SAMPLE_PARENT,
} Sample;

static guint
check_cards (Drawn      *drawn,
             GtkWidget  *view,
             const char *css_class,
             Sample      sample,
             const char *style)
{
  g_autoptr(GPtrArray) cards = fascia_test_find_all (view, css_class);
  guint n = 0;

  for (guint c = 0; c < cards->len; c++)
    {
      GtkWidget *card = g_ptr_array_index (cards, c);
      g_autoptr(GPtrArray) labels = g_ptr_array_new ();
      GdkRGBA background;

      if (!gtk_widget_get_mapped (card))
        {
          g_test_message ("a .%s that is not shown: %s", css_class, G_OBJECT_TYPE_NAME (card));
          continue;
        }

      /* Scrolled into view, then drawn, and its background read inside
       * its border, clear of the rounded corner. */
      {
        GtkWidget *scroller = gtk_widget_get_ancestor (card, GTK_TYPE_SCROLLED_WINDOW);
        GtkAdjustment *vadj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
        graphene_point_t at;

        GtkWidget *top = sample == SAMPLE_PARENT ? gtk_widget_get_parent (card) : card;

        g_assert_true (gtk_widget_compute_point (top, scroller, &GRAPHENE_POINT_INIT (0, 0), &at));
        gtk_adjustment_set_value (vadj, gtk_adjustment_get_value (vadj) + at.y - 20);
        fascia_test_iterate (4);
        draw_window (drawn, drawn->window);
      }
      if (sample == SAMPLE_PILL)
        background = drawn_color (drawn, card, 4, gtk_widget_get_height (card) / 2.0);
      else if (sample == SAMPLE_PARENT)
        background = drawn_color (drawn, gtk_widget_get_parent (card),
                                  gtk_widget_get_width (gtk_widget_get_parent (card)) - 18, 6);
      else
        {
          double x, y;

          background_point (card, &x, &y);
          background = drawn_color (drawn, card, x, y);
        }

      collect_labels (card, labels);
      for (guint i = 0; i < labels->len; i++)
        {
          GtkWidget *label = g_ptr_array_index (labels, i);
          GdkRGBA fg = text_color (label);
          double style_ratio, drawn_ratio;

          /* The colour the style gives the text, blended as drawn with any
           * transparency into what is behind it. */
          fg.red = fg.red * fg.alpha + background.red * (1 - fg.alpha);
          fg.green = fg.green * fg.alpha + background.green * (1 - fg.alpha);
          fg.blue = fg.blue * fg.alpha + background.blue * (1 - fg.alpha);
          style_ratio = fascia_figure_contrast (&fg, &background);

          /* And the text as drawn, which also counts a dimmed widget's
           * opacity: the inkiest pixel of its glyphs. */
          drawn_ratio = inkiest (drawn, label, &background);

          if (MIN (style_ratio, drawn_ratio) < 4.5)
            g_error ("%s style, .%s: “%s” reads at %.2f:1 (style) and %.2f:1 (drawn)", style, css_class,
                     gtk_label_get_text (GTK_LABEL (label)), style_ratio, drawn_ratio);
          n++;
        }
    }

  return n;
}

static void
check_style (gboolean dark)
{
  const char *style = dark ? "dark" : "light";
  AdwStyleManager *manager = adw_style_manager_get_default ();
  GtkWidget *window = gtk_window_new ();
  FasciaPageView *view = FASCIA_PAGE_VIEW (fascia_page_view_new ());
  g_autoptr(FasciaSafetyAnswers) answers = fascia_safety_answers_new (NULL);
  FasciaSafetyCheck *check = fascia_library_get_safety_check (library);
  Drawn drawn = { 0 };
  guint n;

  adw_style_manager_set_color_scheme (manager, dark ? ADW_COLOR_SCHEME_FORCE_DARK : ADW_COLOR_SCHEME_FORCE_LIGHT);

  /* Every question answered: "yes" for the first half, "not sure" for the
   * rest, so that both kinds of warning show. */
  for (guint i = 0; i < fascia_safety_check_get_n_questions (check); i++)
    g_assert_true (fascia_safety_answers_set (answers, fascia_safety_check_get_question (check, i)->id,
                                              i % 2 == 0 ? FASCIA_ANSWER_YES : FASCIA_ANSWER_NOT_SURE, NULL));

  fascia_page_view_set_library (view, library);
  fascia_page_view_set_safety_answers (view, answers);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (view));
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 900);
  gtk_window_present (GTK_WINDOW (window));

  fascia_page_view_show_page (view, fascia_library_get_page (library, "region-calf"), NULL, 0);
  fascia_test_wait_settled (GTK_WIDGET (view));
  fascia_test_iterate (4);
  draw_window (&drawn, window);
  n = check_cards (&drawn, GTK_WIDGET (view), "red-flags-card", SAMPLE_CARD, style);
  g_test_message ("%s: %u labels of warning signs", style, n);
  g_assert_cmpuint (n, >, 6);

  fascia_page_view_show_page (view, fascia_library_get_page (library, "technique-massage-ball"), NULL, 0);
  fascia_test_wait_settled (GTK_WIDGET (view));
  fascia_test_iterate (4);
  draw_window (&drawn, window);
  n = check_cards (&drawn, GTK_WIDGET (view), "safety-warning", SAMPLE_CARD, style);
  n += check_cards (&drawn, GTK_WIDGET (view), "hold-reminder", SAMPLE_PARENT, style);
  n += check_cards (&drawn, GTK_WIDGET (view), "evidence-badge", SAMPLE_PILL, style);
  g_test_message ("%s: %u labels of safety warnings, timer cautions and badges", style, n);
  g_assert_cmpuint (n, >, 3);

  g_free (drawn.data);
  fascia_test_finalize_window (window);
  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_DEFAULT);
}

static void
test_light (void)
{
  check_style (FALSE);
}

static void
test_dark (void)
{
  check_style (TRUE);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  fascia_test_init (&argc, &argv);
  library = fascia_test_load_content ();

  g_test_add_func ("/contrast/safety-text/light", test_light);
  g_test_add_func ("/contrast/safety-text/dark", test_dark);

  status = g_test_run ();
  g_clear_object (&library);

  return status;
}
