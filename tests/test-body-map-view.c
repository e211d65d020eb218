/* test-body-map-view.c - the body map widgets under a real display (Xvfb in CI)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "fascia-body-map-view.h"
#include "fascia-library.h"
#include "fascia-page-figure.h"
#include "fascia-page-view.h"
#include "fascia-window.h"
#include "fascia-test-util.h"

#define HIP "front-outer-hip-left"

static FasciaLibrary *library;

static FasciaWindow *
open_map_window (int width,
                 int height)
{
  FasciaWindow *window = fascia_window_new (NULL, library, NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (fascia_window_open (window, "body-map"));
  fascia_test_iterate (8);
  g_assert_true (fascia_window_is_showing_body_map (window));

  return window;
}

static FasciaBodyMapView *
map_view (FasciaWindow *window)
{
  return FASCIA_BODY_MAP_VIEW (fascia_window_get_body_map_view (window));
}

/* Finds a point of the region's bounding box that is (or is not) inside
 * its shape, scanning a grid. */
static gboolean
find_point (const FasciaBodyRegion *region,
            gboolean                inside,
            double                 *x,
            double                 *y)
{
  FasciaRect b;

  fascia_path_get_bounds (region->shape, &b);
  for (guint i = 1; i < 20; i++)
    for (guint j = 1; j < 20; j++)
      {
        double px = b.x + b.width * i / 20.0;
        double py = b.y + b.height * j / 20.0;

        if (fascia_path_contains (region->shape, px, py) == inside)
          {
            *x = px;
            *y = py;
            return TRUE;
          }
      }

  return FALSE;
}

static GtkWidget *
pick_at (FasciaBodyFigure *figure,
         double            map_x,
         double            map_y)
{
  double x, y;

  g_assert_true (fascia_body_figure_map_to_widget (figure, map_x, map_y, &x, &y));
  /* What GTK does to find the target of a click. */
  return gtk_widget_pick (GTK_WIDGET (figure), x, y, GTK_PICK_DEFAULT);
}

static void
test_click_in_shape_opens_page (void)
{
  FasciaWindow *window = open_map_window (1200, 900);
  FasciaBodyFigure *front = fascia_body_map_view_get_figure (map_view (window), "front");
  FasciaRegionButton *hip = fascia_body_map_view_find_button (map_view (window), HIP);
  const FasciaBodyRegion *region = fascia_region_button_get_region (hip);
  GtkWidget *picked;
  double x, y;

  g_assert_nonnull (front);
  g_assert_nonnull (hip);

  /* Inside the bounding box but outside the shape: not the hip. */
  g_assert_true (find_point (region, FALSE, &x, &y));
  picked = pick_at (front, x, y);
  g_assert_true (picked != GTK_WIDGET (hip));

  /* Inside the shape: the hip, and activating it opens its page. */
  g_assert_true (find_point (region, TRUE, &x, &y));
  picked = pick_at (front, x, y);
  g_assert_true (picked == GTK_WIDGET (hip));
  g_assert_true (gtk_widget_activate (picked));
  fascia_test_iterate (2);
  g_assert_false (fascia_window_is_showing_body_map (window));
  g_assert_cmpstr (fascia_page_get_id (fascia_window_get_page (window)), ==, "region-lateral-hip");

  /* Back returns to the map. */
  g_assert_true (fascia_window_go_back (window));
  g_assert_true (fascia_window_is_showing_body_map (window));

  fascia_test_finalize_window (window);
}

static void
test_accessible_names (void)
{
  FasciaWindow *window = open_map_window (1200, 900);
  FasciaBodyMap *map = fascia_library_get_body_map (library);
  GPtrArray *views = fascia_body_map_get_views (map);
  guint n = 0;

  for (guint v = 0; v < views->len; v++)
    {
      FasciaBodyView *view = g_ptr_array_index (views, v);

      for (guint r = 0; r < view->regions->len; r++)
        {
          FasciaBodyRegion *region = g_ptr_array_index (view->regions, r);
          FasciaRegionButton *button = fascia_body_map_view_find_button (map_view (window), region->id);

          g_assert_nonnull (button);
          g_assert_true (gtk_widget_get_focusable (GTK_WIDGET (button)));
          gtk_test_accessible_assert_role (button, GTK_ACCESSIBLE_ROLE_BUTTON);
          gtk_test_accessible_assert_property (button, GTK_ACCESSIBLE_PROPERTY_LABEL, region->label);
          n++;
        }
    }

  g_assert_cmpuint (n, ==, fascia_body_map_get_n_regions (map));
  g_assert_cmpuint (n, >=, 60);
  gtk_test_accessible_assert_property (fascia_body_map_view_find_button (map_view (window), HIP),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Outer hip, your left, front");

  fascia_test_finalize_window (window);
}

static void
test_show_sources (void)
{
  FasciaWindow *window = open_map_window (1200, 900);
  FasciaBodyMapView *view = map_view (window);
  FasciaBodyMap *map = fascia_library_get_body_map (library);
  const FasciaBodyRegion *hip = fascia_body_map_find_region (map, HIP);
  FasciaRegionButton *button = fascia_body_map_view_find_button (view, HIP);
  GPtrArray *views = fascia_body_map_get_views (map);
  guint n_sources = 0;

  g_assert_cmpuint (hip->from->len, >, 0);

  /* A secondary click, the Menu key or the toggle all end here. */
  g_signal_emit_by_name (button, "show-sources");
  g_assert_cmpstr (fascia_body_map_view_get_chosen (view), ==, HIP);
  g_assert_cmpint (fascia_region_button_get_mark (button), ==, FASCIA_REGION_CHOSEN);

  for (guint v = 0; v < views->len; v++)
    {
      FasciaBodyView *body_view = g_ptr_array_index (views, v);

      for (guint r = 0; r < body_view->regions->len; r++)
        {
          FasciaBodyRegion *region = g_ptr_array_index (body_view->regions, r);
          FasciaRegionButton *other = fascia_body_map_view_find_button (view, region->id);
          gboolean is_source = FALSE;

          for (guint f = 0; f < hip->from->len; f++)
            is_source |= g_str_equal (g_ptr_array_index (hip->from, f), region->id);

          if (region == hip)
            continue;
          g_assert_cmpint (fascia_region_button_get_mark (other), ==,
                           is_source ? FASCIA_REGION_SOURCE : FASCIA_REGION_NORMAL);
          n_sources += is_source;
        }
    }
  /* A muscle may lie in the hip itself: that region stays chosen. */
  {
    gboolean self_source = FALSE;

    for (guint f = 0; f < hip->from->len; f++)
      self_source |= g_str_equal (g_ptr_array_index (hip->from, f), HIP);
    g_assert_cmpuint (n_sources, ==, hip->from->len - self_source);
  }

  /* The map opened from a region page's link shows the same. */
  fascia_body_map_view_clear (view);
  g_assert_cmpint (fascia_region_button_get_mark (button), ==, FASCIA_REGION_NORMAL);
  g_assert_true (fascia_window_open (window, "body-map#" HIP));
  g_assert_cmpstr (fascia_body_map_view_get_chosen (view), ==, HIP);

  fascia_test_finalize_window (window);
}

static GtkLabel *
find_label_containing (GtkWidget  *widget,
                       const char *needle)
{
  if (GTK_IS_LABEL (widget) && strstr (gtk_label_get_label (GTK_LABEL (widget)), needle) != NULL)
    return GTK_LABEL (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkLabel *found = find_label_containing (child, needle);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
test_region_page_links_back (void)
{
  FasciaWindow *window = open_map_window (1200, 900);
  GtkWidget *page_view = fascia_window_get_page_view (window);
  FasciaBodyMapView *view = map_view (window);
  GtkLabel *label;
  gboolean handled = FALSE;
  g_autofree char *text = NULL;

  g_assert_true (fascia_window_open (window, "region-lateral-hip"));
  /* Reading the text builds the whole page. */
  text = fascia_page_view_dup_text (FASCIA_PAGE_VIEW (page_view));
  g_assert_nonnull (strstr (text, "Pain here is commonly described as coming from: "));

  label = find_label_containing (page_view, "href=\"fascia:body-map#front-outer-hip-");
  g_assert_nonnull (label);
  g_signal_emit_by_name (label, "activate-link", "fascia:body-map#front-outer-hip-right", &handled);
  g_assert_true (handled);
  g_assert_true (fascia_window_is_showing_body_map (window));
  g_assert_cmpstr (fascia_body_map_view_get_chosen (view), ==, "front-outer-hip-right");
  g_assert_cmpint (fascia_region_button_get_mark (fascia_body_map_view_find_button (view, "back-buttock-right")),
                   ==, FASCIA_REGION_SOURCE);

  fascia_test_finalize_window (window);
}

static void
test_keyboard (void)
{
  FasciaWindow *window = open_map_window (1200, 900);
  FasciaBodyMapView *view = map_view (window);
  FasciaBodyFigure *front = fascia_body_map_view_get_figure (view, "front");
  FasciaRegionButton *knee = fascia_body_map_view_find_button (view, "front-knee-left");
  GtkWidget *focus;

  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (knee)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (front), "figure.move-up", NULL));
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_true (FASCIA_IS_REGION_BUTTON (focus));
  g_assert_cmpstr (fascia_region_button_get_region (FASCIA_REGION_BUTTON (focus))->id, ==, "front-thigh-left");

  /* Tab moves on to another region. */
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (front), GTK_DIR_TAB_FORWARD));
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_true (FASCIA_IS_REGION_BUTTON (focus));
  g_assert_cmpstr (fascia_region_button_get_region (FASCIA_REGION_BUTTON (focus))->id, !=, "front-thigh-left");

  /* Enter or Space activates: the region's page opens. */
  gtk_widget_grab_focus (GTK_WIDGET (knee));
  g_assert_true (gtk_widget_activate (GTK_WIDGET (knee)));
  g_assert_cmpstr (fascia_page_get_id (fascia_window_get_page (window)), ==, "region-front-knee");

  fascia_test_finalize_window (window);
}

/* A map set again while marking: its new controls say they can be marked,
 * and none is marked yet. */
static void
test_marking_new_map (void)
{
  FasciaWindow *window = open_map_window (1200, 900);
  FasciaBodyMapView *view = map_view (window);
  FasciaRegionButton *knee;

  fascia_body_map_view_set_marking (view, TRUE);
  fascia_body_map_view_set_library (view, library);

  knee = fascia_body_map_view_find_button (view, "front-knee-left");
  gtk_test_accessible_assert_state (GTK_ACCESSIBLE (knee), GTK_ACCESSIBLE_STATE_PRESSED, FALSE);
  g_assert_cmpint (fascia_region_button_get_mark (knee), ==, FASCIA_REGION_NORMAL);

  /* Choosing it marks it. */
  g_assert_true (gtk_widget_activate (GTK_WIDGET (knee)));
  gtk_test_accessible_assert_state (GTK_ACCESSIBLE (knee), GTK_ACCESSIBLE_STATE_PRESSED, TRUE);
  g_assert_cmpint (fascia_region_button_get_mark (knee), ==, FASCIA_REGION_CHOSEN);

  fascia_test_finalize_window (window);
}

static void
test_narrow (void)
{
  FasciaWindow *window = open_map_window (1200, 900);
  FasciaBodyMapView *view = map_view (window);
  FasciaBodyFigure *front = fascia_body_map_view_get_figure (view, "front");
  FasciaBodyFigure *back = fascia_body_map_view_get_figure (view, "back");

  g_assert_false (fascia_body_map_view_get_narrow (view));
  g_assert_true (gtk_widget_get_child_visible (GTK_WIDGET (front)));
  g_assert_true (gtk_widget_get_child_visible (GTK_WIDGET (back)));
  fascia_test_finalize_window (window);

  window = open_map_window (360, 700);
  view = map_view (window);
  front = fascia_body_map_view_get_figure (view, "front");
  back = fascia_body_map_view_get_figure (view, "back");
  g_assert_true (fascia_body_map_view_get_narrow (view));
  g_assert_true (gtk_widget_get_child_visible (GTK_WIDGET (front)));
  g_assert_false (gtk_widget_get_child_visible (GTK_WIDGET (back)));

  /* Choosing a region on the back shows the back. */
  g_assert_true (fascia_body_map_view_show_sources (view, "back-calf-left"));
  fascia_test_iterate (4);
  g_assert_false (gtk_widget_get_child_visible (GTK_WIDGET (front)));
  g_assert_true (gtk_widget_get_child_visible (GTK_WIDGET (back)));

  fascia_test_finalize_window (window);
}

static GtkWidget *
find_toggle (GtkWidget  *root,
             const char *label)
{
  if (GTK_IS_TOGGLE_BUTTON (root) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (root)), label) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_toggle (child, label);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
get_bounds (GtkWidget       *widget,
            GtkWidget       *relative_to,
            graphene_rect_t *bounds)
{
  g_assert_true (gtk_widget_compute_bounds (widget, relative_to, bounds));
}

/* The modes are toggles a screen reader announces as such, one on at a
 * time, and the figures never move when one turns on or off. */
static void
test_modes_keep_figures_still (void)
{
  FasciaWindow *window = open_map_window (1100, 760);
  FasciaBodyMapView *view = map_view (window);
  GtkWidget *front = GTK_WIDGET (fascia_body_map_view_get_figure (view, "front"));
  GtkWidget *from = find_toggle (GTK_WIDGET (view), "_Where May It Come From?");
  GtkWidget *places = find_toggle (GTK_WIDGET (view), "_Places Never to Press");
  GtkWidget *mark = find_toggle (GTK_WIDGET (view), "_Mark Where It Hurts");
  graphene_rect_t before, after;

  g_assert_nonnull (from);
  g_assert_nonnull (places);
  g_assert_nonnull (mark);
  /* GTK 4.8 has no toggle button role: a button with a pressed state is
   * what screen readers announce as a toggle. */
  gtk_test_accessible_assert_role (from, GTK_ACCESSIBLE_ROLE_BUTTON);
  gtk_test_accessible_assert_state (from, GTK_ACCESSIBLE_STATE_PRESSED, FALSE);
  gtk_test_accessible_assert_state (places, GTK_ACCESSIBLE_STATE_PRESSED, FALSE);
  gtk_test_accessible_assert_state (mark, GTK_ACCESSIBLE_STATE_PRESSED, FALSE);

  get_bounds (front, GTK_WIDGET (view), &before);

  fascia_body_map_view_set_marking (view, TRUE);
  g_assert_true (fascia_body_map_view_toggle_mark (view, HIP));
  fascia_test_iterate (4);
  get_bounds (front, GTK_WIDGET (view), &after);
  g_assert_true (graphene_rect_equal (&before, &after));

  /* Another mode turns marking off. */
  g_assert_true (fascia_body_map_view_show_sources (view, HIP));
  g_assert_false (fascia_body_map_view_get_marking (view));
  fascia_test_iterate (4);
  get_bounds (front, GTK_WIDGET (view), &after);
  g_assert_true (graphene_rect_equal (&before, &after));

  fascia_body_map_view_set_show_places (view, TRUE);
  g_assert_null (fascia_body_map_view_get_chosen (view));
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (from)));
  fascia_test_iterate (4);
  get_bounds (front, GTK_WIDGET (view), &after);
  g_assert_true (graphene_rect_equal (&before, &after));

  /* At the default size the map is large enough to aim at: 24 pixels are
   * no more than 18.5 of its units (tests/test-body-map.c checks every
   * region holds that). */
  g_assert_cmpfloat (fascia_body_figure_get_scale (FASCIA_BODY_FIGURE (front)), >=, 24.0 / 18.5);

  fascia_test_finalize_window (window);
}

/* Where a region's pain may come from, in a sentence naming the muscles,
 * which are drawn. */
static void
test_sources_sentence (void)
{
  FasciaWindow *window = open_map_window (1100, 760);
  FasciaBodyMapView *view = map_view (window);
  const FasciaBodyRegion *hip = fascia_body_map_find_region (fascia_library_get_body_map (library), HIP);
  g_autofree char *expected = fascia_body_region_dup_sources_text (library, hip);

  g_assert_cmpuint (hip->sources->len, >, 0);
  g_assert_true (fascia_body_map_view_show_sources (view, HIP));
  g_assert_nonnull (find_label_containing (GTK_WIDGET (view), expected));
  g_assert_true (g_str_has_prefix (expected, "Pain in the outer hip on your left is commonly described as coming from "));

  fascia_test_finalize_window (window);
}

static void
open_page_cb (FasciaBodyMapView  *view,
              const char         *target,
              char              **opened)
{
  g_free (*opened);
  *opened = g_strdup (target);
}

/* The places never to press lie over the figure when asked, each a button
 * that opens its part of the page; a technique page's link shows them. */
static void
test_places (void)
{
  FasciaWindow *window = open_map_window (1100, 760);
  FasciaBodyMapView *view = map_view (window);
  FasciaBodyFigure *front = fascia_body_map_view_get_figure (view, "front");
  GtkWidget *place = NULL;
  g_autofree char *opened = NULL;
  guint n_places = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (front)); child; child = gtk_widget_get_next_sibling (child))
    if (fascia_region_button_get_place (FASCIA_REGION_BUTTON (child)) != NULL)
      {
        g_assert_false (gtk_widget_get_visible (child));
        place = child;
        n_places++;
      }
  g_assert_cmpuint (n_places, >, 0);

  fascia_body_map_view_set_show_places (view, TRUE);
  g_assert_true (gtk_widget_get_visible (place));
  gtk_test_accessible_assert_role (place, GTK_ACCESSIBLE_ROLE_BUTTON);
  g_assert_true (g_str_has_prefix (gtk_widget_get_tooltip_text (place), "Never press: "));

  g_signal_connect (view, "open-page", G_CALLBACK (open_page_cb), &opened);
  g_assert_true (gtk_widget_activate (place));
  g_assert_true (g_str_has_prefix (opened, "places-never-to-press#"));

  /* From a technique page's link. */
  g_assert_true (fascia_window_open (window, "technique-massage-ball"));
  g_assert_true (fascia_window_open (window, "body-map#places"));
  g_assert_true (fascia_body_map_view_get_show_places (view));
  /* Back and forward keep it. */
  g_assert_true (fascia_window_go_back (window));
  g_assert_true (fascia_window_go_forward (window));
  g_assert_true (fascia_body_map_view_get_show_places (view));

  fascia_test_finalize_window (window);
}

/* The window's Back button and the map's back view never share a name. */
static void
test_back_names (void)
{
  FasciaWindow *window = open_map_window (360, 700);
  FasciaBodyMapView *view = map_view (window);
  GtkWidget *back_view = find_toggle (GTK_WIDGET (view), "Bac_k View");
  GtkWidget *front_view = find_toggle (GTK_WIDGET (view), "_Front View");

  g_assert_nonnull (back_view);
  g_assert_nonnull (front_view);
  g_assert_true (gtk_widget_get_visible (back_view));
  gtk_test_accessible_assert_property (back_view, GTK_ACCESSIBLE_PROPERTY_LABEL, "Back View");

  fascia_test_finalize_window (window);
}

/* At 360 pixels the whole figure fits, legs and all; in a right-to-left
 * locale it does not mirror, and the person's left stays on the viewer's
 * right of the front view. */
static void
test_narrow_fits_and_rtl (void)
{
  GtkTextDirection saved = gtk_widget_get_default_direction ();
  FasciaWindow *window;
  FasciaBodyMapView *view;
  FasciaBodyFigure *front;
  graphene_rect_t figure, hip, hip_right;

  gtk_widget_set_default_direction (GTK_TEXT_DIR_RTL);
  window = open_map_window (360, 700);
  view = map_view (window);
  front = fascia_body_map_view_get_figure (view, "front");

  g_assert_cmpint (gtk_widget_get_direction (GTK_WIDGET (front)), ==, GTK_TEXT_DIR_LTR);
  get_bounds (GTK_WIDGET (front), GTK_WIDGET (view), &figure);
  g_assert_cmpfloat (figure.origin.x, >=, 0);
  g_assert_cmpfloat (figure.origin.x + figure.size.width, <=, gtk_widget_get_width (GTK_WIDGET (view)));

  /* Every region of the front, feet included, lies inside the figure. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (front)); child; child = gtk_widget_get_next_sibling (child))
    {
      graphene_rect_t b;

      if (!gtk_widget_get_visible (child))
        continue;
      get_bounds (child, GTK_WIDGET (front), &b);
      g_assert_cmpfloat (b.origin.x, >=, -2);
      g_assert_cmpfloat (b.origin.y, >=, -2);
      g_assert_cmpfloat (b.origin.x + b.size.width, <=, figure.size.width + 2);
      g_assert_cmpfloat (b.origin.y + b.size.height, <=, figure.size.height + 2);
    }

  get_bounds (GTK_WIDGET (fascia_body_map_view_find_button (view, HIP)), GTK_WIDGET (front), &hip);
  get_bounds (GTK_WIDGET (fascia_body_map_view_find_button (view, "front-outer-hip-right")), GTK_WIDGET (front),
              &hip_right);
  g_assert_cmpfloat (hip.origin.x, >, hip_right.origin.x);

  fascia_test_finalize_window (window);
  gtk_widget_set_default_direction (saved);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  fascia_test_init (&argc, &argv);

  library = fascia_test_load_content ();

  g_test_add_func ("/body-map-view/click-in-shape-opens-page", test_click_in_shape_opens_page);
  g_test_add_func ("/body-map-view/accessible-names", test_accessible_names);
  g_test_add_func ("/body-map-view/show-sources", test_show_sources);
  g_test_add_func ("/body-map-view/region-page-links-back", test_region_page_links_back);
  g_test_add_func ("/body-map-view/keyboard", test_keyboard);
  g_test_add_func ("/body-map-view/narrow", test_narrow);
  g_test_add_func ("/body-map-view/marking-new-map", test_marking_new_map);
  g_test_add_func ("/body-map-view/modes-keep-figures-still", test_modes_keep_figures_still);
  g_test_add_func ("/body-map-view/sources-sentence", test_sources_sentence);
  g_test_add_func ("/body-map-view/places", test_places);
  g_test_add_func ("/body-map-view/back-names", test_back_names);
  g_test_add_func ("/body-map-view/narrow-fits-and-rtl", test_narrow_fits_and_rtl);

  status = g_test_run ();
  g_clear_object (&library);

  return status;
}
