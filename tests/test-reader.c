/* test-reader.c - reader comforts: search, history, bookmarks, text size, find
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs under Xvfb with the memory GSettings backend: a "restart" is a new
 * window in the same process, which reads the same settings back.
 */
#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "fascia-library.h"
#include "fascia-find-bar.h"
#include "fascia-page-view.h"
#include "fascia-page-view-private.h"
#include "fascia-preferences-window.h"
#include "fascia-present.h"
#include "fascia-result-row.h"
#include "fascia-sidebar.h"
#include "fascia-sidebar-row.h"
#include "fascia-window.h"
#include "fascia-test-util.h"

static FasciaLibrary *library;

static FasciaWindow *
new_window (void)
{
  FasciaWindow *window = fascia_window_new (NULL, library, NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 700);
  gtk_window_present (GTK_WINDOW (window));
  fascia_test_iterate (3);

  return window;
}

static GtkWidget *
child (FasciaWindow *window,
       const char   *name)
{
  return GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (window), FASCIA_TYPE_WINDOW, name));
}

static FasciaSidebar *
sidebar (FasciaWindow *window)
{
  return FASCIA_SIDEBAR (fascia_window_get_sidebar (window));
}

static FasciaFindBar *
find_bar (FasciaWindow *window)
{
  return FASCIA_FIND_BAR (fascia_page_view_get_find_bar (FASCIA_PAGE_VIEW (fascia_window_get_page_view (window))));
}

/* The position of the heading of the sidebar's group named @title, or -1
 * when it is not shown (an empty group of bookmarks is left out). */
static int
group_row (FasciaWindow *window,
           const char   *title)
{
  const char *row_title, *target;

  for (guint i = 0; fascia_sidebar_describe_row (sidebar (window), i, &row_title, &target); i++)
    if (target == NULL && g_str_equal (row_title, title))
      return (int)i;

  return -1;
}

/* The targets of the rows under the group at @group, opening it first, one
 * a line. */
static char *
group_targets (FasciaWindow *window,
               int           group)
{
  GString *out = g_string_new (NULL);
  const char *title, *target = NULL;

  g_assert_cmpint (group, >=, 0);
  if (!fascia_sidebar_describe_row (sidebar (window), (guint)group + 1, &title, &target) || target == NULL)
    fascia_sidebar_activate_row (sidebar (window), (guint)group);

  for (guint i = (guint)group + 1; fascia_sidebar_describe_row (sidebar (window), i, &title, &target); i++)
    {
      if (target == NULL)
        break;
      g_string_append_printf (out, "%s%s", out->len > 0 ? " " : "", target);
    }

  return g_string_free (out, FALSE);
}

static const char *
shown_id (FasciaWindow *window)
{
  FasciaPage *page = fascia_window_get_page (window);

  return page ? fascia_page_get_id (page) : NULL;
}

static void
reset_settings (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  g_settings_reset (settings, "bookmarks");
  g_settings_reset (settings, "recent");
  g_settings_reset (settings, "text-scale");
  g_settings_reset (settings, "last-page");
  g_settings_reset (settings, "last-scroll");
}

static void
test_search (void)
{
  FasciaWindow *window = new_window ();
  GtkEditable *entry = GTK_EDITABLE (fascia_sidebar_get_search_entry (sidebar (window)));
  GtkStack *stack = GTK_STACK (gtk_widget_get_parent (gtk_widget_get_parent (gtk_widget_get_parent (
    GTK_WIDGET (fascia_sidebar_get_results_list (sidebar (window)))))));
  GtkListBox *results = fascia_sidebar_get_results_list (sidebar (window));
  GtkListBoxRow *first;

  gtk_editable_set_text (entry, "trigger");
  /* GtkSearchEntry waits a moment before it says the text changed. */
  g_signal_emit_by_name (entry, "search-changed");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "results");
  first = gtk_list_box_get_row_at_index (results, 0);
  g_assert_nonnull (first);
  g_assert_true (g_str_has_prefix (fascia_result_row_get_target (FASCIA_RESULT_ROW (first)), "trigger-points"));

  /* Enter in the entry opens the first result. */
  g_signal_emit_by_name (entry, "activate");
  g_assert_cmpstr (shown_id (window), ==, "trigger-points");

  gtk_editable_set_text (entry, "zzqxv");
  g_signal_emit_by_name (entry, "search-changed");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "no-results");

  gtk_editable_set_text (entry, "");
  g_signal_emit_by_name (entry, "search-changed");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "pages");

  fascia_test_finalize_window (window);
}

static void
test_history_restores_scroll (void)
{
  FasciaWindow *window = new_window ();
  FasciaPageView *view = FASCIA_PAGE_VIEW (fascia_window_get_page_view (window));
  double before;

  fascia_window_open (window, "risks-and-red-flags");
  fascia_test_wait_settled (GTK_WIDGET (view));
  fascia_page_view_set_scroll (view, 900);
  fascia_test_wait_settled (GTK_WIDGET (view));
  before = fascia_page_view_get_scroll (view);
  g_assert_cmpfloat (before, >, 800);

  fascia_window_open (window, "what-is-fascia");
  fascia_test_wait_settled (GTK_WIDGET (view));
  g_assert_cmpfloat (fascia_page_view_get_scroll (view), ==, 0);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL));
  fascia_test_wait_settled (GTK_WIDGET (view));
  g_assert_cmpstr (shown_id (window), ==, "risks-and-red-flags");
  g_assert_cmpfloat_with_epsilon (fascia_page_view_get_scroll (view), before, 1.0);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.forward", NULL));
  fascia_test_wait_settled (GTK_WIDGET (view));
  g_assert_cmpstr (shown_id (window), ==, "what-is-fascia");

  fascia_test_finalize_window (window);
}

static void
test_bookmarks_survive_restart (void)
{
  FasciaWindow *window;
  int group;
  g_autofree char *bookmarked = NULL;
  g_autofree char *recent = NULL;

  reset_settings ();
  window = new_window ();
  fascia_window_open (window, "trigger-points");
  g_assert_cmpint (group_row (window, "Bookmarks"), ==, -1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.bookmark", NULL));
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (child (window, "bookmark_button"))));
  gtk_window_close (GTK_WINDOW (window));
  fascia_test_iterate (2);

  /* A new window: the bookmark is listed, and opens its page. */
  window = new_window ();
  group = group_row (window, "Bookmarks");
  g_assert_cmpint (group, >=, 0);
  bookmarked = group_targets (window, group);
  g_assert_cmpstr (bookmarked, ==, "trigger-points");
  fascia_sidebar_activate_row (sidebar (window), (guint)group + 1);
  g_assert_cmpstr (shown_id (window), ==, "trigger-points");

  /* Recently read remembers it too, newest first. */
  fascia_window_open (window, "what-is-fascia");
  recent = group_targets (window, group_row (window, "Recently Read"));
  g_assert_true (g_str_has_prefix (recent, "what-is-fascia trigger-points"));

  /* Ctrl+D again removes it. */
  fascia_window_open (window, "trigger-points");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.bookmark", NULL));
  g_assert_cmpint (group_row (window, "Bookmarks"), ==, -1);

  fascia_test_finalize_window (window);
}

static void
test_reopens_where_left (void)
{
  FasciaWindow *window;
  FasciaPageView *view;

  reset_settings ();
  window = new_window ();
  fascia_window_open (window, "trigger-points");
  view = FASCIA_PAGE_VIEW (fascia_window_get_page_view (window));
  fascia_test_wait_settled (GTK_WIDGET (view));
  fascia_page_view_set_scroll (view, 700);
  fascia_test_wait_settled (GTK_WIDGET (view));
  gtk_window_close (GTK_WINDOW (window));
  fascia_test_iterate (2);

  /* A window closed while it still waited for the library showed no page:
   * where the reader was stays remembered. */
  window = fascia_window_new_loading (NULL);
  gtk_window_present (GTK_WINDOW (window));
  fascia_test_iterate (2);
  gtk_window_close (GTK_WINDOW (window));
  fascia_test_iterate (2);

  window = new_window ();
  fascia_window_open_start_page (window);
  view = FASCIA_PAGE_VIEW (fascia_window_get_page_view (window));
  fascia_test_wait_settled (GTK_WIDGET (view));
  g_assert_cmpstr (shown_id (window), ==, "trigger-points");
  g_assert_cmpfloat_with_epsilon (fascia_page_view_get_scroll (view), 700, 1.0);

  fascia_test_finalize_window (window);
}

static void
test_text_size (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  FasciaWindow *window;
  FasciaPageView *view;

  reset_settings ();
  window = new_window ();
  view = FASCIA_PAGE_VIEW (fascia_window_get_page_view (window));
  fascia_window_open (window, "what-is-fascia");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-in", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-in", NULL));
  g_assert_cmpfloat_with_epsilon (fascia_page_view_get_text_scale (view), 1.2, 1e-9);
  g_assert_cmpfloat_with_epsilon (g_settings_get_double (settings, "text-scale"), 1.2, 1e-9);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-out", NULL));
  g_assert_cmpfloat_with_epsilon (fascia_page_view_get_text_scale (view), 1.1, 1e-9);
  fascia_test_finalize_window (window);

  /* Remembered by the next window, and Ctrl+0 goes back to normal. */
  window = new_window ();
  view = FASCIA_PAGE_VIEW (fascia_window_get_page_view (window));
  g_assert_cmpfloat_with_epsilon (fascia_page_view_get_text_scale (view), 1.1, 1e-9);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-reset", NULL));
  g_assert_cmpfloat_with_epsilon (g_settings_get_double (settings, "text-scale"), 1.0, 1e-9);

  fascia_test_finalize_window (window);
}

static void
test_find_in_page (void)
{
  FasciaWindow *window = new_window ();
  FasciaPageView *view = FASCIA_PAGE_VIEW (fascia_window_get_page_view (window));
  GtkEditable *entry = fascia_find_bar_get_entry (find_bar (window));
  g_autofree char *text = NULL;
  guint expected = 0;
  g_autofree char *first = NULL;

  fascia_window_open (window, "trigger-points");
  text = fascia_page_view_dup_text (view);
  /* Count the matches the slow way to compare. */
  {
    g_autofree char *lower = g_utf8_strdown (text, -1);

    for (const char *p = strstr (lower, "muscle"); p != NULL; p = strstr (p + 1, "muscle"))
      expected++;
  }
  g_assert_cmpuint (expected, >, 2);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.find", NULL));
  g_assert_true (fascia_find_bar_is_open (find_bar (window)));
  gtk_editable_set_text (entry, "MUSCLE");
  g_signal_emit_by_name (entry, "search-changed");
  g_assert_cmpuint (fascia_page_view_get_find_count (view), ==, expected);
  first = g_strdup_printf ("1 of %u", expected);
  g_assert_cmpstr (fascia_find_bar_get_matches_text (find_bar (window)), ==, first);

  /* Enter steps forward, Shift+Enter (previous-match) back, wrapping. */
  g_signal_emit_by_name (entry, "activate");
  g_assert_cmpuint (fascia_page_view_get_find_current (view), ==, 2);
  g_signal_emit_by_name (entry, "previous-match");
  g_signal_emit_by_name (entry, "previous-match");
  g_assert_cmpuint (fascia_page_view_get_find_current (view), ==, expected);

  /* Rebuilt (new safety answers do that), the page is searched again. */
  fascia_page_view_rebuild (view);
  fascia_test_wait_settled (GTK_WIDGET (view));
  g_assert_cmpuint (fascia_page_view_get_find_count (view), ==, expected);
  g_assert_cmpstr (fascia_find_bar_get_matches_text (find_bar (window)), ==, first);

  gtk_editable_set_text (entry, "no such words here");
  g_signal_emit_by_name (entry, "search-changed");
  g_assert_cmpstr (fascia_find_bar_get_matches_text (find_bar (window)), ==, "No matches");

  /* Closing the bar clears the highlights. */
  fascia_find_bar_close (find_bar (window));
  g_assert_cmpuint (fascia_page_view_get_find_count (view), ==, 0);

  fascia_test_finalize_window (window);
}

/* Preferences are bound to the settings both ways, the text size in
 * percent within the same limits as Ctrl+plus and Ctrl+minus. */
static void
test_preferences (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  GtkWidget *window;
  GtkSpinButton *spin;
  AdwComboRow *appearance;
  g_autofree char *scheme = NULL;
  double lower, upper;

  reset_settings ();
  g_settings_reset (settings, "color-scheme");
  window = fascia_preferences_window_new (NULL, settings);
  g_object_ref_sink (window);
  spin = GTK_SPIN_BUTTON (gtk_widget_get_template_child (window, FASCIA_TYPE_PREFERENCES_WINDOW, "text_size_spin"));
  appearance = ADW_COMBO_ROW (gtk_widget_get_template_child (window, FASCIA_TYPE_PREFERENCES_WINDOW, "appearance_row"));

  g_assert_cmpfloat_with_epsilon (gtk_spin_button_get_value (spin), 100, 1e-9);
  gtk_spin_button_get_range (spin, &lower, &upper);
  g_assert_cmpfloat_with_epsilon (lower, FASCIA_TEXT_SCALE_MIN * 100, 1e-9);
  g_assert_cmpfloat_with_epsilon (upper, FASCIA_TEXT_SCALE_MAX * 100, 1e-9);

  gtk_spin_button_set_value (spin, 130);
  g_assert_cmpfloat_with_epsilon (g_settings_get_double (settings, "text-scale"), 1.3, 1e-9);
  g_settings_set_double (settings, "text-scale", 0.8);
  g_assert_cmpfloat_with_epsilon (gtk_spin_button_get_value (spin), 80, 1e-9);

  g_assert_cmpuint (adw_combo_row_get_selected (appearance), ==, 0);
  adw_combo_row_set_selected (appearance, 2);
  scheme = g_settings_get_string (settings, "color-scheme");
  g_assert_cmpstr (scheme, ==, "dark");
  g_settings_set_string (settings, "color-scheme", "light");
  g_assert_cmpuint (adw_combo_row_get_selected (appearance), ==, 1);

  g_settings_reset (settings, "color-scheme");
  reset_settings ();
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

/* The settings schema's text size limits are the app's. */
static void
test_text_scale_limits (void)
{
  g_autoptr(GSettingsSchema) schema = g_settings_schema_source_lookup (g_settings_schema_source_get_default (),
                                                                       APP_ID, TRUE);
  g_autoptr(GSettingsSchemaKey) key = g_settings_schema_get_key (schema, "text-scale");
  g_autoptr(GVariant) range = g_settings_schema_key_get_range (key);
  const char *type;
  g_autoptr(GVariant) limits = NULL;
  double min, max;

  g_variant_get (range, "(&sv)", &type, &limits);
  g_assert_cmpstr (type, ==, "range");
  g_variant_get (limits, "(dd)", &min, &max);
  g_assert_cmpfloat_with_epsilon (min, FASCIA_TEXT_SCALE_MIN, 1e-9);
  g_assert_cmpfloat_with_epsilon (max, FASCIA_TEXT_SCALE_MAX, 1e-9);

  /* Whole steps from 100 %, within the limits. */
  g_assert_cmpfloat_with_epsilon (fascia_text_scale_step (1.0, 1), 1.1, 1e-9);
  g_assert_cmpfloat_with_epsilon (fascia_text_scale_step (1.04, -1), 0.9, 1e-9);
  g_assert_cmpfloat_with_epsilon (fascia_text_scale_step (FASCIA_TEXT_SCALE_MAX, 1), FASCIA_TEXT_SCALE_MAX, 1e-9);
  g_assert_cmpfloat_with_epsilon (fascia_text_scale_step (FASCIA_TEXT_SCALE_MIN, -1), FASCIA_TEXT_SCALE_MIN, 1e-9);
  g_assert_cmpfloat_with_epsilon (fascia_text_scale_step (1.7, 0), 1.0, 1e-9);
}

static void
collect_page_labels (GtkWidget *widget,
                     GPtrArray *labels)
{
  if (GTK_IS_LABEL (widget))
    g_ptr_array_add (labels, widget);

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    collect_page_labels (c, labels);
}

/* No label of the page shows selected text. */
static void
assert_nothing_selected (GtkWidget *page_view)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  int start, end;

  collect_page_labels (page_view, labels);
  for (guint i = 0; i < labels->len; i++)
    if (gtk_label_get_selection_bounds (g_ptr_array_index (labels, i), &start, &end))
      g_error ("“%.40s…” shows a selection", gtk_label_get_text (g_ptr_array_index (labels, i)));
}

static gboolean
title_has_focus (gpointer data)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (data));

  return focus != NULL && gtk_widget_has_css_class (focus, "page-title");
}

static gboolean
heading_has_focus (gpointer data)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (data));

  return focus != NULL && gtk_widget_has_css_class (focus, "page-heading");
}

/* A line of body text holds 65 to 75 characters at every text size. */
static void
test_column_width (void)
{
  FasciaWindow *window = new_window ();
  FasciaPageView *view = FASCIA_PAGE_VIEW (fascia_window_get_page_view (window));
  const double scales[] = { 1.0, 1.5, FASCIA_TEXT_SCALE_MIN };

  gtk_window_set_default_size (GTK_WINDOW (window), 1800, 900);
  g_assert_true (fascia_window_open (window, "what-is-fascia"));
  for (guint i = 0; i < G_N_ELEMENTS (scales); i++)
    {
      double chars;

      fascia_page_view_set_text_scale (view, scales[i]);
      fascia_test_wait_settled (GTK_WIDGET (view));
      fascia_test_iterate (4);
      chars = fascia_page_view_get_column_chars (view);
      g_test_message ("text size %.0f %%: %.1f characters a line", scales[i] * 100, chars);
      g_assert_cmpfloat (chars, >=, 65);
      g_assert_cmpfloat (chars, <=, 75);
    }

  fascia_test_finalize_window (window);
}

typedef struct
{
  FasciaPageView *view;
  int             frames;
  guint           sections_at_first_frame;
  gboolean        sources_at_first_frame;
} FirstScreen;

static void
first_screen_painted_cb (GdkFrameClock *clock,
                         FirstScreen   *seen)
{
  if (seen->frames++ > 0)
    return;
  seen->sections_at_first_frame = seen->view->next_section;
  seen->sources_at_first_frame = seen->view->sources_built;
}

/* The frame that shows a long page shows its first screen only: the rest is
 * built after that frame, not by an idle callback that gets in while the
 * frame clock waits, which made such frames up to ten times slower. */
static void
test_first_screen_first (void)
{
  FasciaWindow *window = new_window ();
  FasciaPageView *view = FASCIA_PAGE_VIEW (fascia_window_get_page_view (window));
  FasciaPage *page = fascia_library_get_page (library, "trigger-points");
  FirstScreen seen = { view, 0, 0, FALSE };
  GdkFrameClock *clock;
  gulong handler;
  guint built;

  fascia_test_wait_settled (GTK_WIDGET (view));
  clock = gtk_widget_get_frame_clock (GTK_WIDGET (view));
  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (first_screen_painted_cb), &seen);

  g_assert_true (fascia_window_open (window, "trigger-points"));
  built = view->next_section;
  g_assert_cmpuint (built, <, fascia_page_get_sections (page)->len);
  /* Whatever is ready to run before the frame runs now. */
  while (seen.frames == 0)
    g_main_context_iteration (NULL, TRUE);

  g_assert_cmpuint (seen.sections_at_first_frame, ==, built);
  g_assert_false (seen.sources_at_first_frame);
  g_assert_false (fascia_page_view_is_settled (view));

  fascia_test_wait_settled (GTK_WIDGET (view));
  g_assert_cmpuint (view->next_section, ==, fascia_page_get_sections (page)->len);
  g_assert_true (view->sources_built);

  g_signal_handler_disconnect (clock, handler);
  fascia_test_finalize_window (window);
}

/* Opening a page puts the keyboard on its title; a jump to a section on
 * its heading; and nothing shows selected after either, or after find. */
static void
test_focus_and_selection (void)
{
  FasciaWindow *window = new_window ();
  GtkWidget *view = fascia_window_get_page_view (window);
  GtkEditable *entry = fascia_find_bar_get_entry (find_bar (window));

  g_assert_true (fascia_window_open (window, "trigger-points"));
  fascia_test_wait_for (title_has_focus, window, "the page's title to take the focus");
  assert_nothing_selected (view);

  g_assert_true (fascia_window_open (window, "region-low-back#red-flags"));
  fascia_test_wait_for (heading_has_focus, window, "the section's heading to take the focus");
  assert_nothing_selected (view);

  /* Find, then Escape: the highlights go, no selection stays. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.find", NULL));
  gtk_editable_set_text (entry, "back");
  g_signal_emit_by_name (entry, "search-changed");
  g_assert_cmpuint (fascia_page_view_get_find_count (FASCIA_PAGE_VIEW (view)), >, 0);
  fascia_find_bar_close (find_bar (window));
  fascia_test_iterate (2);
  g_assert_cmpuint (fascia_page_view_get_find_count (FASCIA_PAGE_VIEW (view)), ==, 0);
  assert_nothing_selected (view);

  fascia_test_finalize_window (window);
}

/* The clipboard's text, read back. */
static void
read_text_cb (GObject      *clipboard,
              GAsyncResult *result,
              gpointer      data)
{
  char **text = data;

  *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (clipboard), result, NULL);
  if (*text == NULL)
    *text = g_strdup ("");
}

static gboolean
is_set (gpointer data)
{
  return *(char **)data != NULL;
}

static char *
clipboard_text (GtkWidget *widget)
{
  char *text = NULL;

  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (widget), NULL, read_text_cb, &text);
  fascia_test_wait_for (is_set, &text, "the clipboard's text");

  return text;
}

/* The centre of the first line of @label's text, in the page box's
 * coordinates, and its bounds. */
static void
label_point (FasciaPageView  *view,
             GtkWidget       *label,
             graphene_rect_t *bounds,
             double           fraction,
             double          *x,
             double          *y)
{
  g_assert_true (gtk_widget_compute_bounds (label, view->box, bounds));
  *x = bounds->origin.x + bounds->size.width * fraction;
  *y = bounds->origin.y + 6;
}

/* A drag selects from one paragraph into another, through all those in
 * between, and Copy (the window's, or a label's own) takes all of it. */
static void
test_select_across_paragraphs (void)
{
  FasciaWindow *window = new_window ();
  FasciaPageView *view = FASCIA_PAGE_VIEW (fascia_window_get_page_view (window));
  g_autoptr(GString) expected = g_string_new (NULL);
  g_autofree char *selection = NULL;
  g_autofree char *reversed = NULL;
  g_autofree char *copied = NULL;
  g_autofree char *copied_by_label = NULL;
  g_autofree char *inside = NULL;
  graphene_rect_t from_bounds, to_bounds;
  GtkLabel *from, *to;
  guint first = G_MAXUINT;
  double x0, y0, x1, y1;
  int start, end;

  g_assert_true (fascia_window_open (window, "what-is-fascia"));
  fascia_test_wait_settled (GTK_WIDGET (view));
  fascia_test_iterate (3);

  /* The first body paragraph after the title, and the third label after it. */
  for (guint i = 1; i < view->labels->len && first == G_MAXUINT; i++)
    if (g_utf8_strlen (gtk_label_get_text (g_ptr_array_index (view->labels, i)), -1) > 80)
      first = i;
  g_assert_cmpuint (first + 3, <, view->labels->len);
  from = g_ptr_array_index (view->labels, first);
  to = g_ptr_array_index (view->labels, first + 3);

  label_point (view, GTK_WIDGET (from), &from_bounds, 0.0, &x0, &y0);
  label_point (view, GTK_WIDGET (to), &to_bounds, 0.5, &x1, &y1);
  x0 += 1;
  g_assert_true (_fascia_page_select_points (view, x0, y0, x1, y1));

  /* All of the first three, and the fourth up to the middle of its line,
   * painted as selected. */
  g_assert_true (_fascia_page_select_get_coverage (view, first + 3, &start, &end));
  g_assert_nonnull (gtk_label_get_attributes (to));
  g_assert_nonnull (gtk_label_get_attributes (from));
  g_assert_cmpint (MIN (start, end), ==, 0);
  g_assert_cmpint (MAX (start, end), >, 5);
  g_assert_cmpint (MAX (start, end), <, g_utf8_strlen (gtk_label_get_text (to), -1));
  for (guint i = first; i < first + 3; i++)
    g_string_append_printf (expected, "%s\n\n", gtk_label_get_text (g_ptr_array_index (view->labels, i)));
  g_string_append_len (expected, gtk_label_get_text (to),
                       g_utf8_offset_to_pointer (gtk_label_get_text (to), MAX (start, end)) - gtk_label_get_text (to));
  selection = fascia_page_view_dup_selection (view);
  g_assert_cmpstr (selection, ==, expected->str);

  /* Nothing outside the span is selected. */
  for (guint i = 0; i < view->labels->len; i++)
    if ((i < first || i > first + 3) &&
        (_fascia_page_select_get_coverage (view, i, &start, &end) ||
         gtk_label_get_attributes (g_ptr_array_index (view->labels, i)) != NULL))
      g_error ("label %u is selected outside the span", i);

  /* Upwards is the same selection. */
  g_assert_true (_fascia_page_select_points (view, x1, y1, x0, y0));
  reversed = fascia_page_view_dup_selection (view);
  g_assert_cmpstr (reversed, ==, expected->str);

  /* Ctrl+C from the window, and a label's own Copy, take every part. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.copy", NULL));
  copied = clipboard_text (GTK_WIDGET (view));
  g_assert_cmpstr (copied, ==, expected->str);
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (view)), "");
  g_signal_emit_by_name (from, "copy-clipboard");
  copied_by_label = clipboard_text (GTK_WIDGET (view));
  g_assert_cmpstr (copied_by_label, ==, expected->str);

  /* A drag within one paragraph selects in it alone. */
  g_assert_true (_fascia_page_select_points (view, x0, y0, x0 + from_bounds.size.width * 0.3, y0));
  inside = fascia_page_view_dup_selection (view);
  g_assert_nonnull (inside);
  g_assert_true (g_str_has_prefix (gtk_label_get_text (from), inside));
  g_assert_cmpuint (strlen (inside), <, strlen (gtk_label_get_text (from)));
  g_assert_null (strstr (inside, "\n"));

  /* Cleared: nothing to copy, nothing shown selected. */
  _fascia_page_select_clear (view);
  g_assert_null (fascia_page_view_dup_selection (view));
  g_assert_false (fascia_page_view_copy_selection (view));
  assert_nothing_selected (GTK_WIDGET (view));
  for (guint i = 0; i < view->labels->len; i++)
    g_assert_null (gtk_label_get_attributes (g_ptr_array_index (view->labels, i)));

  fascia_test_finalize_window (window);
}

/* Tab goes from link to link and control to control: a paragraph without
 * a link is never a stop, yet its text stays selectable. */
static void
test_tab_stops (void)
{
  FasciaWindow *window = new_window ();
  GtkWidget *view = fascia_window_get_page_view (window);
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  GtkWidget *first_stop = NULL;
  guint n_plain = 0, n_linked = 0;

  g_assert_true (fascia_window_open (window, "what-is-fascia"));
  fascia_test_wait_settled (view);
  collect_page_labels (view, labels);
  for (guint i = 0; i < labels->len; i++)
    {
      GtkLabel *label = g_ptr_array_index (labels, i);
      gboolean linked = strstr (gtk_label_get_label (label), "<a href=") != NULL;

      if (!gtk_label_get_selectable (label))
        continue;
      if (linked)
        {
          g_assert_true (gtk_widget_get_focusable (GTK_WIDGET (label)));
          n_linked++;
        }
      else if (gtk_widget_has_focus (GTK_WIDGET (label)))
        {
          /* The title, which took the focus when the page opened. */
          g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (label), "page-title"));
        }
      else
        {
          if (gtk_widget_get_focusable (GTK_WIDGET (label)))
            g_error ("“%.40s” is a Tab stop", gtk_label_get_text (label));
          n_plain++;
        }
    }
  g_assert_cmpuint (n_plain, >, 3);
  g_assert_cmpuint (n_linked, >, 0);

  /* From the title, Tab goes on to the page's first stop, and on again;
   * a paragraph that takes it shows no selection. */
  fascia_test_wait_for (title_has_focus, window, "the page's title to take the focus");
  for (int i = 0; i < 3; i++)
    {
      GtkWidget *before = gtk_root_get_focus (GTK_ROOT (window));
      GtkWidget *after;
      int start, end;

      g_assert_true (gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD));
      fascia_test_iterate (2);
      after = gtk_root_get_focus (GTK_ROOT (window));
      g_test_message ("Tab %d: %s “%.30s”", i + 1, after ? G_OBJECT_TYPE_NAME (after) : "nothing",
                      after && GTK_IS_LABEL (after) ? gtk_label_get_text (GTK_LABEL (after)) : "");
      g_assert_nonnull (after);
      g_assert_true (after != before);
      g_assert_true (gtk_widget_is_ancestor (after, view));
      if (GTK_IS_LABEL (after))
        g_assert_false (gtk_label_get_selection_bounds (GTK_LABEL (after), &start, &end));
      if (i == 0)
        first_stop = after;
    }

  /* Back to the first paragraph with links: Enter follows its first link
   * (a citation, which moves the focus to the source it names). */
  g_assert_true (GTK_IS_LABEL (first_stop));
  gtk_widget_grab_focus (first_stop);
  fascia_test_iterate (2);
  g_signal_emit_by_name (first_stop, "activate-current-link");
  fascia_test_iterate (4);
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) != first_stop);

  fascia_test_finalize_window (window);
}

/* A technique page never opens a window over itself: the safety check is
 * a card in the page. */
static void
test_no_modal_on_techniques (void)
{
  FasciaWindow *window = new_window ();
  g_autoptr(GPtrArray) techniques = fascia_library_dup_pages_of_type (library, FASCIA_PAGE_TECHNIQUE);
  g_autoptr(GListModel) toplevels = NULL;

  for (guint i = 0; i < techniques->len; i++)
    {
      g_assert_true (fascia_window_open (window, fascia_page_get_id (g_ptr_array_index (techniques, i))));
      fascia_test_iterate (3);
    }

  toplevels = gtk_window_get_toplevels ();
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) other = g_list_model_get_item (toplevels, i);

      if (other != GTK_WINDOW (window) && gtk_widget_get_visible (GTK_WIDGET (other)))
        g_error ("a %s opened over the page", G_OBJECT_TYPE_NAME (other));
    }

  fascia_test_finalize_window (window);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  fascia_test_init (&argc, &argv);

  library = fascia_test_load_content ();

  g_test_add_func ("/reader/search", test_search);
  g_test_add_func ("/reader/history-restores-scroll", test_history_restores_scroll);
  g_test_add_func ("/reader/bookmarks-survive-restart", test_bookmarks_survive_restart);
  g_test_add_func ("/reader/reopens-where-left", test_reopens_where_left);
  g_test_add_func ("/reader/text-size", test_text_size);
  g_test_add_func ("/reader/find-in-page", test_find_in_page);
  g_test_add_func ("/reader/preferences", test_preferences);
  g_test_add_func ("/reader/text-scale-limits", test_text_scale_limits);
  g_test_add_func ("/reader/column-width", test_column_width);
  g_test_add_func ("/reader/first-screen-first", test_first_screen_first);
  g_test_add_func ("/reader/focus-and-selection", test_focus_and_selection);
  g_test_add_func ("/reader/select-across-paragraphs", test_select_across_paragraphs);
  g_test_add_func ("/reader/tab-stops", test_tab_stops);
  g_test_add_func ("/reader/no-modal-on-techniques", test_no_modal_on_techniques);

  status = g_test_run ();
  g_clear_object (&library);

  return status;
}
