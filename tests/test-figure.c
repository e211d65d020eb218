/* test-figure.c - the body map's colours, and the figure as drawn, under a real display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * WCAG asks 3:1 of the parts of a control against what is next to them: a
 * region's border against its fill and its neighbours, a hovered, focused,
 * chosen or marked region against a plain one. The palette is checked in
 * numbers, then the figure is drawn to pixels, in the light and the dark
 * style, and the borders between regions are measured where they are.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include <adwaita.h>

#include "fascia-body-figure.h"
#include "fascia-figure-draw.h"
#include "fascia-figure-picture.h"
#include "fascia-region-button.h"
#include "fascia-library.h"
#include "fascia-test-util.h"

static FasciaLibrary *library;

static void
assert_contrast (const char    *what,
                 const GdkRGBA *a,
                 const GdkRGBA *b,
                 double         at_least)
{
  double ratio = fascia_figure_contrast (a, b);

  g_test_message ("%s: %.2f:1", what, ratio);
  if (ratio < at_least)
    g_error ("%s: a contrast of %.2f:1, less than %.1f:1", what, ratio, at_least);
}

static void
test_palette (void)
{
  for (guint dark = 0; dark < 2; dark++)
    {
      FasciaFigurePalette p;

      fascia_figure_palette_init (&p, dark);
      g_test_message ("%s style", dark ? "dark" : "light");

      /* Against a plain region. */
      assert_contrast ("border / body", &p.border, &p.body, 3.0);
      assert_contrast ("accent / body", &p.accent, &p.body, 3.0);
      assert_contrast ("source / body", &p.source, &p.body, 3.0);
      assert_contrast ("muscle / body", &p.muscle, &p.body, 3.0);
      assert_contrast ("pain / body", &p.pain, &p.body, 3.0);
      assert_contrast ("place / body", &p.place, &p.body, 3.0);

      /* A marked region's own border, and the focus ring's inner line. */
      assert_contrast ("border of a marked region / accent", &p.on_mark, &p.accent, 3.0);
      assert_contrast ("border of a marked region / source", &p.on_mark, &p.source, 3.0);
      assert_contrast ("border of a marked region / pain", &p.on_mark, &p.pain, 3.0);
    }

  /* The ratio itself, on known values. */
  {
    GdkRGBA black = { 0, 0, 0, 1 }, white = { 1, 1, 1, 1 };

    g_assert_cmpfloat_with_epsilon (fascia_figure_contrast (&black, &white), 21.0, 1e-9);
    g_assert_cmpfloat_with_epsilon (fascia_figure_contrast (&white, &white), 1.0, 1e-9);
  }
}

static gboolean
is_laid_out (gpointer data)
{
  return gtk_widget_get_mapped (data) && gtk_widget_get_width (data) > 0 &&
         fascia_body_figure_get_scale (data) > 0.5;
}

static void
count_cb (guint *count)
{
  (*count)++;
}

static GdkRGBA
pixel_at (const guchar *data,
          gsize         stride,
          int           x,
          int           y)
{
  const guchar *p = data + y * stride + x * 4;

  /* GDK_MEMORY_DEFAULT is B8G8R8A8 premultiplied; the figure is opaque. */
  return (GdkRGBA) { p[2] / 255.0, p[1] / 255.0, p[0] / 255.0, 1.0 };
}

/* How far from @x, @y the region reaches in every direction, up to 12
 * units: the point's clearance. */
static double
clearance (const FasciaBodyRegion *region,
           double                  x,
           double                  y)
{
  for (double r = 0.5; r <= 12; r += 0.5)
    for (guint a = 0; a < 16; a++)
      if (!fascia_path_contains (region->shape, x + r * cos (a * G_PI / 8), y + r * sin (a * G_PI / 8)))
        return r;

  return 12;
}

/* The point deepest inside @region, on a one-unit grid. */
static void
interior_point (const FasciaBodyRegion *region,
                double                 *px,
                double                 *py)
{
  FasciaRect b;
  double best = -1;

  fascia_path_get_bounds (region->shape, &b);
  for (double y = b.y + 0.217; y < b.y + b.height; y += 1.5)
    for (double x = b.x + 0.123; x < b.x + b.width; x += 1.5)
      {
        double c;

        if (!fascia_path_contains (region->shape, x, y))
          continue;
        c = clearance (region, x, y);
        if (c <= best)
          continue;
        if (c > best)
          {
            best = c;
            *px = x;
            *py = y;
          }
      }
  g_assert_cmpfloat (best, >, 0);
}

/* Draws each view of the shipped map in a window, in the light or dark
 * style, and measures it: inside a plain region the colour is the body's;
 * on the way from one region's inside to its neighbour's, across their
 * shared border, the pixels reach 3:1 against the body. */
static void
check_rendered (gboolean dark)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  FasciaBodyMap *map = fascia_library_get_body_map (library);
  GPtrArray *views = fascia_body_map_get_views (map);
  FasciaFigurePalette palette;
  guint n_borders = 0;

  adw_style_manager_set_color_scheme (manager, dark ? ADW_COLOR_SCHEME_FORCE_DARK : ADW_COLOR_SCHEME_FORCE_LIGHT);
  fascia_figure_palette_init (&palette, dark);

  for (guint v = 0; v < views->len; v++)
    {
      const FasciaBodyView *view = g_ptr_array_index (views, v);
      GtkWidget *window = gtk_window_new ();
      GtkWidget *figure = fascia_body_figure_new (map, view);
      g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
      g_autoptr(GskRenderNode) node = NULL;
      g_autoptr(GdkTexture) texture = NULL;
      g_autofree guchar *data = NULL;
      g_autofree double *points = NULL;
      GskRenderer *renderer;
      int width, height;
      gsize stride;

      gtk_window_set_child (GTK_WINDOW (window), figure);
      gtk_window_set_default_size (GTK_WINDOW (window), 400, 900);
      gtk_window_present (GTK_WINDOW (window));
      fascia_test_wait_for (is_laid_out, figure, "the figure to be laid out");

      width = gtk_widget_get_width (figure);
      height = gtk_widget_get_height (figure);
      gtk_widget_snapshot_child (window, figure, snapshot);
      node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
      renderer = gtk_native_get_renderer (GTK_NATIVE (window));
      texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
      stride = width * 4;
      data = g_malloc (stride * height);
      gdk_texture_download (texture, data, stride);

      /* For looking at what was measured. */
      if (g_getenv ("FASCIA_TEST_SAVE_FIGURE") != NULL)
        {
          g_autofree char *name = g_strdup_printf ("%s/figure-%s-%s.png", g_getenv ("FASCIA_TEST_SAVE_FIGURE"),
                                                   view->id, dark ? "dark" : "light");

          gdk_texture_save_to_png (texture, name);
        }

      points = g_new0 (double, 2 * view->regions->len);
      for (guint r = 0; r < view->regions->len; r++)
        interior_point (g_ptr_array_index (view->regions, r), &points[2 * r], &points[2 * r + 1]);

      for (guint r = 0; r < view->regions->len; r++)
        {
          const FasciaBodyRegion *region = g_ptr_array_index (view->regions, r);
          double mx = points[2 * r], my = points[2 * r + 1], wx, wy;
          GdkRGBA inside;

          g_assert_true (fascia_body_figure_map_to_widget (FASCIA_BODY_FIGURE (figure), mx, my, &wx, &wy));
          inside = pixel_at (data, stride, (int)wx, (int)wy);
          if (fascia_figure_contrast (&inside, &palette.body) > 1.1)
            g_error ("%s, %s style: the inside of %s is not the body's colour", view->id, dark ? "dark" : "light",
                     region->id);

          /* Towards each other region's inside: where the path crosses
           * into it, the border must show. */
          for (guint o = 0; o < view->regions->len; o++)
            {
              const FasciaBodyRegion *other = g_ptr_array_index (view->regions, o);
              double ox = points[2 * o], oy = points[2 * o + 1], tx, ty, best = 1.0;
              gboolean crossed_outside = FALSE, reached = FALSE;

              if (o == r)
                continue;
              if (hypot (ox - mx, oy - my) > 60)
                continue;

              /* Only straight neighbours: every step of the way is in one
               * of the two regions. */
              for (double t = 0; t <= 1.0; t += 0.01)
                {
                  double px = mx + (ox - mx) * t, py = my + (oy - my) * t;

                  if (!fascia_path_contains (region->shape, px, py) && !fascia_path_contains (other->shape, px, py))
                    crossed_outside = TRUE;
                }
              if (crossed_outside)
                continue;

              g_assert_true (fascia_body_figure_map_to_widget (FASCIA_BODY_FIGURE (figure), ox, oy, &tx, &ty));
              for (double t = 0; t <= 1.0; t += 1.0 / MAX (1.0, hypot (tx - wx, ty - wy)))
                {
                  int px = (int)(wx + (tx - wx) * t), py = (int)(wy + (ty - wy) * t);
                  GdkRGBA c;

                  if (px < 0 || py < 0 || px >= width || py >= height)
                    continue;
                  c = pixel_at (data, stride, px, py);
                  best = MAX (best, fascia_figure_contrast (&c, &palette.body));
                  reached = TRUE;
                }

              if (reached && best < 3.0)
                g_error ("%s, %s style: between %s and %s the border reaches only %.2f:1", view->id,
                         dark ? "dark" : "light", region->id, other->id, best);
              n_borders++;
            }
        }

      fascia_test_finalize_window (GTK_WINDOW (window));
    }

  g_test_message ("%s style: %u borders between neighbours measured", dark ? "dark" : "light", n_borders);
  g_assert_cmpuint (n_borders, >, 60);
  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_DEFAULT);
}

static void
test_rendered_light (void)
{
  check_rendered (FALSE);
}

static void
test_rendered_dark (void)
{
  check_rendered (TRUE);
}

/* Each region control is a button to screen readers, named as the map
 * names it, and offers its action on the accessibility bus. */
static void
test_region_actions (void)
{
  FasciaBodyMap *map = fascia_library_get_body_map (library);
  const FasciaBodyView *view = g_ptr_array_index (fascia_body_map_get_views (map), 0);
  GtkWidget *figure = g_object_ref_sink (fascia_body_figure_new (map, view));
  GtkWidget *button = gtk_widget_get_first_child (figure);
  g_autoptr(GTypeClass) klass = g_type_class_ref (FASCIA_TYPE_REGION_BUTTON);
  gboolean activate = FALSE;
  guint n_actions = 0;
  guint n_activated = 0;

  for (guint i = 0; ; i++)
    {
      GType owner;
      const char *name;
      const GVariantType *parameter_type;
      const char *property;

      if (!gtk_widget_class_query_action (GTK_WIDGET_CLASS (klass), i, &owner, &name, &parameter_type, &property))
        break;
      if (owner != FASCIA_TYPE_REGION_BUTTON)
        continue;
      activate |= g_str_equal (name, "region.activate") && parameter_type == NULL;
      n_actions++;
    }
  /* One action, so that it is the one assistive tools perform. */
  g_assert_true (activate);
  g_assert_cmpuint (n_actions, ==, 1);

  g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (button)), ==, GTK_ACCESSIBLE_ROLE_BUTTON);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       fascia_region_button_get_region (FASCIA_REGION_BUTTON (button))->label);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (button), ==,
                   fascia_region_button_get_region (FASCIA_REGION_BUTTON (button))->label);

  /* The action is the control's own activation. */
  g_signal_connect_swapped (button, "activate", G_CALLBACK (count_cb), &n_activated);
  g_assert_true (gtk_widget_activate_action (button, "region.activate", NULL));
  g_assert_cmpuint (n_activated, ==, 1);

  g_object_unref (figure);
}

/* A muscle page's picture draws the views its muscle and pattern are on,
 * and says in words what it shows. */
static void
test_muscle_picture (void)
{
  g_autoptr(GPtrArray) muscles = fascia_library_dup_pages_of_type (library, FASCIA_PAGE_MUSCLE);

  g_assert_cmpuint (muscles->len, >, 0);
  for (guint i = 0; i < muscles->len; i++)
    {
      FasciaPage *page = g_ptr_array_index (muscles, i);
      GtkWidget *picture = g_object_ref_sink (fascia_figure_picture_new (library, page));
      g_autoptr(FasciaPageFigure) figure = fascia_page_figure_new (library, page);
      g_autofree char *description = fascia_page_figure_dup_description (figure, library);

      g_assert_nonnull (picture);
      g_assert_cmpuint (fascia_figure_picture_get_n_views (FASCIA_FIGURE_PICTURE (picture)), >=, 1);
      g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (picture)), ==, GTK_ACCESSIBLE_ROLE_IMG);
      gtk_test_accessible_assert_property (GTK_ACCESSIBLE (picture), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                           description);
      g_assert_nonnull (strstr (description, "main zone"));
      g_object_unref (picture);
    }
}

int
main (int   argc,
      char *argv[])
{
  int status;

  fascia_test_init (&argc, &argv);

  library = fascia_test_load_content ();
  g_assert_nonnull (fascia_library_get_body_map (library));

  g_test_add_func ("/figure/palette", test_palette);
  g_test_add_func ("/figure/rendered/light", test_rendered_light);
  g_test_add_func ("/figure/rendered/dark", test_rendered_dark);
  g_test_add_func ("/figure/region-actions", test_region_actions);
  g_test_add_func ("/figure/muscle-picture", test_muscle_picture);

  status = g_test_run ();
  g_clear_object (&library);

  return status;
}
