/* test-sheet-view.c - marking where it hurts on the body map, and the sheet dialog (Xvfb in CI)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "fascia-body-map-view.h"
#include "fascia-library.h"
#include "fascia-sheet-dialog.h"
#include "fascia-window.h"

#define HIP     "front-outer-hip-left"
#define BUTTOCK "back-buttock-left"

static FasciaLibrary *library;

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

/* What Enter or Space does to a focused button: GtkButton shows itself
 * pressed for a moment and only then emits ::clicked. */
static void
press (GtkWidget *button)
{
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_activate (button));
  iterate (16);
}

static FasciaWindow *
open_map_window (int width,
                 int height)
{
  FasciaWindow *window = fascia_window_new (NULL, library, NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (fascia_window_open (window, FASCIA_BODY_MAP_TARGET));
  iterate (8);
  g_assert_true (fascia_window_is_showing_body_map (window));

  return window;
}

static FasciaBodyMapView *
map_view (FasciaWindow *window)
{
  return FASCIA_BODY_MAP_VIEW (fascia_window_get_body_map_view (window));
}

static GtkWidget *
find_button (GtkWidget  *widget,
             const char *label)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child, label);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static GtkLabel *
find_label (GtkWidget  *widget,
            const char *text)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0)
    return GTK_LABEL (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkLabel *found = find_label (child, text);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static FasciaSheetDialog *
find_sheet_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  FasciaSheetDialog *found = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (toplevels, i);

      if (FASCIA_IS_SHEET_DIALOG (item))
        {
          g_assert_null (found);
          found = FASCIA_SHEET_DIALOG (item);
        }
    }

  return found;
}

static GtkWidget *
mark_toggle (FasciaWindow *window)
{
  GtkWidget *toggle = find_button (GTK_WIDGET (map_view (window)), "_Mark Where It Hurts");

  g_assert_nonnull (toggle);
  g_assert_true (GTK_IS_TOGGLE_BUTTON (toggle));

  return toggle;
}

static void
assert_count_label (FasciaWindow *window,
                    const char   *text)
{
  GtkLabel *label;

  iterate (4);
  label = find_label (GTK_WIDGET (map_view (window)), text);
  if (label == NULL)
    g_error ("the map does not say “%s”", text);
  g_assert_true (gtk_widget_is_drawable (GTK_WIDGET (label)));
}

/* Marking mode: activating a region (what a click, Enter or Space does)
 * toggles its mark; its name stays, its pressed state says it. */
static void
test_marking (void)
{
  FasciaWindow *window = open_map_window (1200, 900);
  FasciaBodyMapView *view = map_view (window);
  FasciaRegionButton *hip = fascia_body_map_view_find_button (view, HIP);
  FasciaRegionButton *buttock = fascia_body_map_view_find_button (view, BUTTOCK);
  FasciaRegionButton *knee = fascia_body_map_view_find_button (view, "front-knee-left");
  GtkWidget *toggle = mark_toggle (window);
  g_auto(GStrv) marked = NULL;

  g_assert_false (fascia_body_map_view_get_marking (view));
  press (toggle);
  g_assert_true (fascia_body_map_view_get_marking (view));
  assert_count_label (window, "No regions marked yet");
  gtk_test_accessible_assert_state (knee, GTK_ACCESSIBLE_STATE_PRESSED, GTK_ACCESSIBLE_TRISTATE_FALSE);

  g_assert_true (gtk_widget_activate (GTK_WIDGET (hip)));
  g_assert_true (gtk_widget_activate (GTK_WIDGET (buttock)));
  iterate (2);

  /* Still on the map: nothing opened. */
  g_assert_true (fascia_window_is_showing_body_map (window));
  g_assert_cmpint (fascia_region_button_get_mark (hip), ==, FASCIA_REGION_CHOSEN);
  g_assert_cmpint (fascia_region_button_get_mark (buttock), ==, FASCIA_REGION_CHOSEN);
  g_assert_cmpint (fascia_region_button_get_mark (knee), ==, FASCIA_REGION_NORMAL);
  gtk_test_accessible_assert_state (hip, GTK_ACCESSIBLE_STATE_PRESSED, GTK_ACCESSIBLE_TRISTATE_TRUE);
  gtk_test_accessible_assert_state (buttock, GTK_ACCESSIBLE_STATE_PRESSED, GTK_ACCESSIBLE_TRISTATE_TRUE);
  gtk_test_accessible_assert_state (knee, GTK_ACCESSIBLE_STATE_PRESSED, GTK_ACCESSIBLE_TRISTATE_FALSE);
  gtk_test_accessible_assert_property (hip, GTK_ACCESSIBLE_PROPERTY_LABEL, "Outer hip, your left, front");
  gtk_test_accessible_assert_role (hip, GTK_ACCESSIBLE_ROLE_BUTTON);
  assert_count_label (window, "2 regions marked");

  marked = fascia_body_map_view_dup_marked (view);
  g_assert_cmpuint (g_strv_length (marked), ==, 2);
  g_assert_cmpstr (marked[0], ==, HIP);
  g_assert_cmpstr (marked[1], ==, BUTTOCK);

  /* Again: unmarked. */
  g_assert_true (gtk_widget_activate (GTK_WIDGET (buttock)));
  gtk_test_accessible_assert_state (buttock, GTK_ACCESSIBLE_STATE_PRESSED, GTK_ACCESSIBLE_TRISTATE_FALSE);
  g_assert_cmpint (fascia_region_button_get_mark (buttock), ==, FASCIA_REGION_NORMAL);
  assert_count_label (window, "1 region marked");

  /* The secondary action does nothing while marking. */
  g_signal_emit_by_name (knee, "show-sources");
  g_assert_null (fascia_body_map_view_get_chosen (view));

  /* Off: the marks are kept but not shown, and a region opens its page. */
  press (toggle);
  g_assert_false (fascia_body_map_view_get_marking (view));
  g_assert_cmpint (fascia_region_button_get_mark (hip), ==, FASCIA_REGION_NORMAL);
  g_assert_false (gtk_test_accessible_has_state (GTK_ACCESSIBLE (hip), GTK_ACCESSIBLE_STATE_PRESSED));
  g_assert_true (gtk_widget_activate (GTK_WIDGET (knee)));
  iterate (2);
  g_assert_cmpstr (fascia_page_get_id (fascia_window_get_page (window)), ==, "region-front-knee");

  g_assert_true (fascia_window_go_back (window));
  fascia_body_map_view_set_marking (view, TRUE);
  g_assert_cmpint (fascia_region_button_get_mark (hip), ==, FASCIA_REGION_CHOSEN);
  assert_count_label (window, "1 region marked");

  /* "Where may it come from?" and marking exclude each other. */
  g_assert_true (fascia_body_map_view_show_sources (view, "front-knee-left"));
  g_assert_false (fascia_body_map_view_get_marking (view));
  fascia_body_map_view_set_marking (view, TRUE);
  g_assert_null (fascia_body_map_view_get_chosen (view));

  /* Clear. */
  press (find_button (GTK_WIDGET (view), "C_lear Marks"));
  assert_count_label (window, "No regions marked yet");
  g_assert_cmpint (fascia_region_button_get_mark (hip), ==, FASCIA_REGION_NORMAL);
  g_assert_false (gtk_widget_get_sensitive (find_button (GTK_WIDGET (view), "Make a _Sheet for Your Clinician…")));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_sheet_dialog (void)
{
  FasciaWindow *window = open_map_window (1200, 900);
  FasciaBodyMapView *view = map_view (window);
  FasciaSheetDialog *dialog;
  FasciaClinicianSheet *sheet;
  GtkWidget *make, *row, *yes, *no;
  GPtrArray *flags;
  const FasciaSheetFlag *emergency = NULL;
  int min_width;

  press (mark_toggle (window));
  g_assert_true (gtk_widget_activate (GTK_WIDGET (fascia_body_map_view_find_button (view, HIP))));
  g_assert_true (gtk_widget_activate (GTK_WIDGET (fascia_body_map_view_find_button (view, BUTTOCK))));
  make = find_button (GTK_WIDGET (view), "Make a _Sheet for Your Clinician…");
  g_assert_nonnull (make);
  g_assert_true (gtk_widget_get_sensitive (make));

  g_assert_null (find_sheet_dialog ());
  press (make);
  dialog = find_sheet_dialog ();
  g_assert_nonnull (dialog);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *)&dialog);
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (dialog)));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));

  sheet = fascia_sheet_dialog_get_sheet (dialog);
  g_assert_cmpuint (fascia_clinician_sheet_get_regions (sheet)->len, ==, 2);

  /* Outer hip (minimus essential, first) and buttock (minimus spillover). */
  row = fascia_sheet_dialog_get_muscle_row (dialog, 0);
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Gluteus minimus");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==,
                   "explains 2 of 2 regions, essential zone in 1");
  g_assert_nonnull (find_label (GTK_WIDGET (dialog),
                                "This sheet is for education and for talking with a professional. "
                                "It is not a diagnosis."));
  g_assert_nonnull (find_button (GTK_WIDGET (dialog), "_Print…"));
  g_assert_nonnull (find_button (GTK_WIDGET (dialog), "_Save as PDF…"));

  /* Notes go straight to the sheet. */
  gtk_editable_set_text (GTK_EDITABLE (fascia_sheet_dialog_get_note_row (dialog, FASCIA_SHEET_NOTE_SINCE)),
                         "Since May");
  g_assert_cmpstr (fascia_clinician_sheet_get_note (sheet, FASCIA_SHEET_NOTE_SINCE), ==, "Since May");

  /* A red flag: Yes to an emergency sign brings up the alert. */
  flags = fascia_clinician_sheet_get_red_flags (sheet);
  for (guint i = 0; i < flags->len && emergency == NULL; i++)
    if (((FasciaSheetFlag *)g_ptr_array_index (flags, i))->urgency == FASCIA_URGENCY_EMERGENCY)
      emergency = g_ptr_array_index (flags, i);

  g_assert_false (fascia_sheet_dialog_get_showing_emergency (dialog));
  if (emergency != NULL)
    {
      yes = fascia_sheet_dialog_get_answer_button (dialog, emergency->key, FASCIA_FLAG_YES);
      no = fascia_sheet_dialog_get_answer_button (dialog, emergency->key, FASCIA_FLAG_NO);
      g_assert_nonnull (yes);
      g_assert_nonnull (no);
      gtk_test_accessible_assert_property (gtk_widget_get_parent (yes), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                           emergency->text);
      gtk_test_accessible_assert_role (gtk_widget_get_parent (yes), GTK_ACCESSIBLE_ROLE_GROUP);

      press (yes);
      g_assert_cmpint (fascia_clinician_sheet_get_answer (sheet, emergency->key), ==, FASCIA_FLAG_YES);
      g_assert_true (fascia_sheet_dialog_get_showing_emergency (dialog));
      gtk_test_accessible_assert_state (yes, GTK_ACCESSIBLE_STATE_PRESSED, GTK_ACCESSIBLE_TRISTATE_TRUE);

      press (no);
      g_assert_cmpint (fascia_clinician_sheet_get_answer (sheet, emergency->key), ==, FASCIA_FLAG_NO);
      g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (yes)));
      g_assert_false (fascia_sheet_dialog_get_showing_emergency (dialog));
    }
  else
    {
      g_test_message ("the shipped region pages have no <red-flags> yet");
    }

  /* Usable in a phone-sized window. */
  gtk_widget_measure (adw_window_get_content (ADW_WINDOW (dialog)), GTK_ORIENTATION_HORIZONTAL, -1,
                      &min_width, NULL, NULL, NULL);
  g_assert_cmpint (min_width, <=, 360);

  /* Escape closes it; nothing keeps it alive. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "window.close", NULL));
  iterate (4);
  g_assert_null (dialog);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The marking controls fit a phone-sized window. */
static void
test_narrow (void)
{
  FasciaWindow *window = open_map_window (360, 700);
  FasciaBodyMapView *view = map_view (window);
  int min_width;

  fascia_body_map_view_set_marking (view, TRUE);
  g_assert_true (fascia_body_map_view_toggle_mark (view, HIP));
  iterate (4);
  gtk_widget_measure (GTK_WIDGET (view), GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL, NULL, NULL);
  /* The map fits in what a 360 pixel window gives it. */
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 360);
  g_assert_cmpint (min_width, <=, gtk_widget_get_width (GTK_WIDGET (view)) + 36);
  g_assert_true (fascia_body_map_view_get_narrow (view));
  assert_count_label (window, "1 region marked");
  g_assert_false (fascia_body_map_view_toggle_mark (view, "nowhere"));

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  dir = g_test_build_filename (G_TEST_DIST, "..", "content", NULL);
  library = fascia_library_load (dir, &error);
  g_assert_no_error (error);

  g_test_add_func ("/sheet-view/marking", test_marking);
  g_test_add_func ("/sheet-view/dialog", test_sheet_dialog);
  g_test_add_func ("/sheet-view/narrow", test_narrow);

  status = g_test_run ();
  g_clear_object (&library);

  return status;
}
