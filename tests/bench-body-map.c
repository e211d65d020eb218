/* bench-body-map.c - pointer motion over the body map: hit test and redraw per event
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Sweeps 3,000 pointer positions over the front figure of the shipped map.
 * For each: find the region under the pointer the way GTK does for an event
 * (gtk_widget_pick, which runs every region's shaped contains()), change the
 * marks when the region under the pointer changes, and render the whole
 * figure to a texture, as a redraw at that moment would. Prints the median
 * and 99th percentile time per event, next to a 60 Hz frame's 16.7 ms.
 */
#include "config.h"

#include <stdio.h>

#include <adwaita.h>

#include "fascia-body-map-view.h"
#include "fascia-library.h"
#include "fascia-window.h"
#include "fascia-bench-util.h"

static void
iterate (guint frames)
{
  for (guint i = 0; i < frames; i++)
    {
      gint64 end = g_get_monotonic_time () + 20 * G_TIME_SPAN_MILLISECOND;

      while (g_get_monotonic_time () < end)
        g_main_context_iteration (NULL, FALSE);
    }
}

int
main (int   argc,
      char *argv[])
{
  const char *srcdir = g_getenv ("G_TEST_SRCDIR");
  g_autofree char *dir = g_build_filename (srcdir ? srcdir : ".", "..", "content", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(FasciaLibrary) library = NULL;
  g_autoptr(GArray) pick_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) event_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GdkPaintable) paintable = NULL;
  GskRenderer *renderer;
  FasciaWindow *window;
  FasciaBodyMapView *view;
  GtkWidget *figure;
  GtkWidget *hovered = NULL;
  guint n_events = 3000, n_changes = 0;
  int width, height;

  gtk_init ();
  adw_init ();

  library = fascia_library_load (dir, &error);
  g_assert_no_error (error);

  window = fascia_window_new (NULL, library, NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 900);
  gtk_window_present (GTK_WINDOW (window));
  fascia_window_open (window, "body-map");
  iterate (10);

  view = FASCIA_BODY_MAP_VIEW (fascia_window_get_body_map_view (window));
  figure = GTK_WIDGET (fascia_body_map_view_get_figure (view, "front"));
  width = gtk_widget_get_width (figure);
  height = gtk_widget_get_height (figure);
  paintable = gtk_widget_paintable_new (figure);

  renderer = gsk_cairo_renderer_new ();
  if (!gsk_renderer_realize (renderer, gtk_native_get_surface (GTK_NATIVE (window)), &error))
    g_error ("cannot realize a renderer: %s", error->message);

  for (guint i = 0; i < n_events; i++)
    {
      /* A zig-zag sweep over the whole figure. */
      double t = (double)i / n_events;
      double x = width * (0.5 + 0.45 * sin (t * 2 * G_PI * 23));
      double y = height * t;
      gint64 start = g_get_monotonic_time ();
      gint64 picked_at;
      GtkWidget *picked = gtk_widget_pick (figure, x, y, GTK_PICK_DEFAULT);
      GtkSnapshot *snapshot;
      GskRenderNode *node;
      GdkTexture *texture;
      double ms;

      picked_at = g_get_monotonic_time ();

      if (!FASCIA_IS_REGION_BUTTON (picked))
        picked = NULL;
      if (picked != hovered)
        {
          if (hovered != NULL)
            fascia_region_button_set_mark (FASCIA_REGION_BUTTON (hovered), FASCIA_REGION_NORMAL);
          if (picked != NULL)
            fascia_region_button_set_mark (FASCIA_REGION_BUTTON (picked), FASCIA_REGION_SOURCE);
          hovered = picked;
          n_changes++;
        }

      snapshot = gtk_snapshot_new ();
      gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
      node = gtk_snapshot_free_to_node (snapshot);
      texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));

      ms = (g_get_monotonic_time () - start) / 1000.0;
      g_array_append_val (event_times, ms);
      ms = (picked_at - start) / 1000.0;
      g_array_append_val (pick_times, ms);

      g_object_unref (texture);
      gsk_render_node_unref (node);
    }

  g_array_sort (event_times, fascia_bench_compare_doubles);
  g_array_sort (pick_times, fascia_bench_compare_doubles);
  printf ("body map pointer motion: events=%u region_changes=%u figure=%dx%d "
          "hit_test_median_us=%.1f hit_test_p99_us=%.1f "
          "event_median_ms=%.2f event_p99_ms=%.2f frame_budget_ms=16.7\n",
          n_events, n_changes, width, height,
          g_array_index (pick_times, double, n_events / 2) * 1000,
          g_array_index (pick_times, double, n_events * 99 / 100) * 1000,
          g_array_index (event_times, double, n_events / 2),
          g_array_index (event_times, double, n_events * 99 / 100));

  gsk_renderer_unrealize (renderer);
  g_object_unref (renderer);
  gtk_window_destroy (GTK_WINDOW (window));

  return 0;
}
