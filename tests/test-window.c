/* test-window.c - the reader window under a real display (Xvfb in CI)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#define G_SETTINGS_ENABLE_BACKEND
#include <gio/gsettingsbackend.h>

#include <adwaita.h>

#include "fascia-application.h"
#include "fascia-library.h"
#include "fascia-page-view.h"
#include "fascia-sidebar.h"
#include "fascia-sidebar-row.h"
#include "fascia-window.h"
#include "fascia-test-util.h"

static FasciaLibrary *
load_fixture_library (void)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "data", "library", NULL);
  g_autoptr(GError) error = NULL;
  FasciaLibrary *library = fascia_library_load (dir, &error);

  g_assert_no_error (error);
  return library;
}

static void
collect_labels (GtkWidget *widget,
                GPtrArray *labels)
{
  if (GTK_IS_LABEL (widget))
    g_ptr_array_add (labels, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_labels (child, labels);
}

static GtkLabel *
find_label_with_link (GtkWidget  *root,
                      const char *uri)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  g_autofree char *needle = g_strdup_printf ("href=\"%s\"", uri);

  collect_labels (root, labels);
  for (guint i = 0; i < labels->len; i++)
    {
      GtkLabel *label = g_ptr_array_index (labels, i);

      if (gtk_label_get_use_markup (label) && strstr (gtk_label_get_label (label), needle) != NULL)
        return label;
    }

  return NULL;
}

static void
follow_link (GtkWidget  *page_view,
             const char *uri)
{
  GtkLabel *label = find_label_with_link (page_view, uri);
  gboolean handled = FALSE;

  g_assert_nonnull (label);
  /* What GTK does when the link is clicked or activated with Enter. */
  g_signal_emit_by_name (label, "activate-link", uri, &handled);
  g_assert_true (handled);
}

static const char *
shown_id (FasciaWindow *window)
{
  FasciaPage *page = fascia_window_get_page (window);

  return page != NULL ? fascia_page_get_id (page) : NULL;
}

static void
test_window_links_and_history (void)
{
  g_autoptr(FasciaLibrary) library = load_fixture_library ();
  FasciaWindow *window = fascia_window_new (NULL, library, NULL);
  GtkWidget *view = fascia_window_get_page_view (window);

  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  gtk_window_present (GTK_WINDOW (window));
  fascia_window_open_start_page (window);
  fascia_test_wait_settled (view);
  g_assert_cmpstr (shown_id (window), ==, "alpha");

  follow_link (view, "fascia:beta");
  fascia_test_wait_settled (view);
  g_assert_cmpstr (shown_id (window), ==, "beta");

  follow_link (view, "fascia:alpha");
  fascia_test_wait_settled (view);
  g_assert_cmpstr (shown_id (window), ==, "alpha");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL));
  fascia_test_wait_settled (view);
  g_assert_cmpstr (shown_id (window), ==, "beta");
  g_assert_true (fascia_window_go_back (window));
  g_assert_cmpstr (shown_id (window), ==, "alpha");
  g_assert_false (fascia_window_go_back (window));
  g_assert_true (fascia_window_go_forward (window));
  g_assert_cmpstr (shown_id (window), ==, "beta");

  /* A link to a section opens the page scrolled to it. */
  fascia_window_open (window, "alpha");
  fascia_test_wait_settled (view);
  follow_link (view, "fascia:alpha#more");
  fascia_test_wait_settled (view);
  g_assert_cmpstr (shown_id (window), ==, "alpha");
  g_assert_cmpfloat (fascia_page_view_get_scroll (FASCIA_PAGE_VIEW (view)), >, 0.0);

  /* A link to nothing keeps the page and says so. */
  g_assert_false (fascia_window_open (window, "nowhere"));
  g_assert_cmpstr (shown_id (window), ==, "alpha");

  fascia_test_finalize_window (window);
}

/* A window made while the content is still being read is blank at first,
 * and says it is opening the library only once reading takes a while; given
 * the library, it fills its sidebar and opens pages as any window does. */
static gboolean
stack_shows_loading (gpointer data)
{
  return g_strcmp0 (gtk_stack_get_visible_child_name (data), "loading") == 0;
}

static void
test_window_loading (void)
{
  g_autoptr(FasciaLibrary) library = load_fixture_library ();
  FasciaWindow *window = fascia_window_new_loading (NULL);
  GtkStack *stack = GTK_STACK (gtk_widget_get_template_child (GTK_WIDGET (window), FASCIA_TYPE_WINDOW, "stack"));
  FasciaSidebar *sidebar = FASCIA_SIDEBAR (fascia_window_get_sidebar (window));
  GtkStack *sidebar_stack = GTK_STACK (gtk_widget_get_template_child (GTK_WIDGET (sidebar), FASCIA_TYPE_SIDEBAR,
                                                                      "stack"));
  GtkMenuButton *menu_button = GTK_MENU_BUTTON (gtk_widget_get_template_child (GTK_WIDGET (window),
                                                                               FASCIA_TYPE_WINDOW, "menu_button"));
  GtkWidget *view;

  gtk_window_present (GTK_WINDOW (window));
  fascia_test_iterate (2);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "blank");
  g_assert_cmpuint (fascia_sidebar_get_n_rows (sidebar), ==, 0);
  g_assert_false (fascia_window_open (window, "alpha"));
  /* What the first frame does not show is not built for it. */
  g_assert_null (gtk_stack_get_child_by_name (stack, "loading"));
  g_assert_null (gtk_stack_get_child_by_name (stack, "empty"));
  g_assert_null (gtk_menu_button_get_popover (menu_button));
  fascia_test_wait_for (stack_shows_loading, stack, "the notice that the library is opening");

  g_assert_null (gtk_stack_get_child_by_name (stack, "page"));
  g_assert_null (gtk_stack_get_child_by_name (stack, "map"));
  g_assert_null (gtk_stack_get_child_by_name (sidebar_stack, "no-results"));

  fascia_window_set_library (window, library, NULL);
  fascia_window_open_start_page (window);
  view = fascia_window_get_page_view (window);
  fascia_test_wait_settled (view);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "page");
  g_assert_true (gtk_stack_get_visible_child (stack) == view);
  g_assert_null (gtk_stack_get_child_by_name (stack, "map"));
  /* The main menu still opens, with its items. */
  gtk_menu_button_popup (menu_button);
  g_assert_nonnull (gtk_menu_button_get_popover (menu_button));
  g_assert_cmpint (g_menu_model_get_n_items (gtk_menu_button_get_menu_model (menu_button)), >, 0);
  gtk_menu_button_popdown (menu_button);
  g_assert_cmpuint (fascia_sidebar_get_n_rows (sidebar), >, 0);
  g_assert_cmpstr (shown_id (window), ==, "alpha");
  g_assert_true (fascia_window_open (window, "beta"));
  g_assert_cmpstr (shown_id (window), ==, "beta");

  fascia_test_finalize_window (window);
}

static gboolean
half_a_second_passed (gpointer data)
{
  return g_get_monotonic_time () >= *(gint64 *)data;
}

/* A library read quickly never shows the notice, not even later. */
static void
test_window_loading_quickly (void)
{
  g_autoptr(FasciaLibrary) library = load_fixture_library ();
  FasciaWindow *window = fascia_window_new_loading (NULL);
  GtkStack *stack = GTK_STACK (gtk_widget_get_template_child (GTK_WIDGET (window), FASCIA_TYPE_WINDOW, "stack"));
  gint64 until;

  gtk_window_present (GTK_WINDOW (window));
  fascia_test_iterate (1);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "blank");
  fascia_window_set_library (window, library, NULL);
  fascia_window_open_start_page (window);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "page");

  until = g_get_monotonic_time () + G_USEC_PER_SEC / 2;
  fascia_test_wait_for (half_a_second_passed, &until, "half a second");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "page");
  g_assert_nonnull (fascia_window_get_page (window));

  fascia_test_finalize_window (window);
}

typedef struct
{
  GApplication *app;
  const char   *page_id;
  gboolean      saw_waiting;    /* blank, or saying it is opening */
  char         *first_frame;    /* what the window's first frame showed */
  gboolean      shown;
  guint         ticks;
} AppRun;

static gboolean
watch_app_cb (gpointer user_data)
{
  AppRun *run = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (run->app));

  if (window != NULL && FASCIA_IS_WINDOW (window))
    {
      GtkStack *stack = GTK_STACK (gtk_widget_get_template_child (GTK_WIDGET (window), FASCIA_TYPE_WINDOW, "stack"));
      FasciaPage *page = fascia_window_get_page (FASCIA_WINDOW (window));
      FasciaSidebar *sidebar = FASCIA_SIDEBAR (fascia_window_get_sidebar (FASCIA_WINDOW (window)));

      run->saw_waiting |= g_strcmp0 (gtk_stack_get_visible_child_name (stack), "loading") == 0 ||
                          g_strcmp0 (gtk_stack_get_visible_child_name (stack), "blank") == 0;
      if (page != NULL && g_str_equal (fascia_page_get_id (page), run->page_id) &&
          fascia_sidebar_get_n_rows (sidebar) > 0)
        {
          run->shown = TRUE;
          gtk_window_destroy (window);
          g_application_quit (run->app);
          return G_SOURCE_REMOVE;
        }
    }

  /* Two minutes at most: a sanitizer build reads two thousand pages
   * several times slower. */
  if (++run->ticks > 2400)
    {
      g_application_quit (run->app);
      return G_SOURCE_REMOVE;
    }
  return G_SOURCE_CONTINUE;
}

/* The application with a library that is still being read when GTK is up:
 * its window says so first, then gets the library and opens the page the
 * command line asked for. */
static void
test_app_opens_page_when_read (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("fascia-app-XXXXXX", &error);
  g_autofree char *library = g_build_filename (dir, "content", NULL);
  g_autofree char *content = g_test_build_filename (G_TEST_DIST, "..", "content", NULL);
  g_autofree char *generator = g_test_build_filename (G_TEST_DIST, "..", "build-aux", "generate-library.py", NULL);
  const char *python = g_getenv ("PYTHON");
  const char *gen_argv[] = { python != NULL ? python : "python3", generator, content, library, "2000", NULL };
  const char *app_argv[] = { "fascia", "--content-dir", library, "--page", "exercise-bridge", NULL };
  g_autoptr(FasciaApplication) app = NULL;
  AppRun run = { 0, };
  int status;

  g_assert_no_error (error);
  g_spawn_sync (NULL, (char **)gen_argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL,
                NULL, NULL, NULL, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  app = fascia_application_new ();
  g_application_set_flags (G_APPLICATION (app),
                           g_application_get_flags (G_APPLICATION (app)) | G_APPLICATION_NON_UNIQUE);
  run.app = G_APPLICATION (app);
  run.page_id = "exercise-bridge";
  g_timeout_add (50, watch_app_cb, &run);

  g_assert_cmpint (g_application_run (G_APPLICATION (app), G_N_ELEMENTS (app_argv) - 1, (char **)app_argv), ==, 0);
  g_assert_true (run.saw_waiting);
  g_assert_true (run.shown);

  fascia_test_remove_tree (dir);
}

static void
first_frame_cb (GdkFrameClock *clock,
                AppRun        *run)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (run->app));
  GtkStack *stack = GTK_STACK (gtk_widget_get_template_child (GTK_WIDGET (window), FASCIA_TYPE_WINDOW, "stack"));

  g_signal_handlers_disconnect_by_func (clock, first_frame_cb, run);
  run->first_frame = g_strdup (gtk_stack_get_visible_child_name (stack));
}

static void
window_realize_cb (GtkWidget *window,
                   AppRun    *run)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint", G_CALLBACK (first_frame_cb), run);
}

static void
window_added_cb (GtkApplication *app,
                 GtkWindow      *window,
                 AppRun         *run)
{
  g_signal_connect (window, "realize", G_CALLBACK (window_realize_cb), run);
}

/* Runs after the application's own start-up, which set the worker
 * reading: it has read the shipped pages by the time this returns, before
 * the window is made. */
static void
let_reader_finish_cb (GApplication *app)
{
  g_usleep (G_USEC_PER_SEC);
}

/* The window's first frame does not wait for the content, however quickly
 * it is read, even when it was read before the window was made: the window
 * shows, blank, and the page follows. */
static void
test_app_first_frame_before_content (void)
{
  g_autofree char *content = g_test_build_filename (G_TEST_DIST, "..", "content", NULL);
  const char *app_argv[] = { "fascia", "--content-dir", content, "--page", "how-to-use-fascia", NULL };
  g_autoptr(FasciaApplication) app = fascia_application_new ();
  AppRun run = { 0, };

  g_application_set_flags (G_APPLICATION (app),
                           g_application_get_flags (G_APPLICATION (app)) | G_APPLICATION_NON_UNIQUE);
  run.app = G_APPLICATION (app);
  run.page_id = "how-to-use-fascia";
  g_signal_connect (app, "window-added", G_CALLBACK (window_added_cb), &run);
  g_signal_connect (app, "startup", G_CALLBACK (let_reader_finish_cb), NULL);
  g_timeout_add (50, watch_app_cb, &run);

  g_assert_cmpint (g_application_run (G_APPLICATION (app), G_N_ELEMENTS (app_argv) - 1, (char **)app_argv), ==, 0);
  g_assert_cmpstr (run.first_frame, ==, "blank");
  g_assert_true (run.shown);
  g_free (run.first_frame);
}

static void
test_window_renders_escaped_text (void)
{
  g_autoptr(FasciaLibrary) library = load_fixture_library ();
  FasciaWindow *window = fascia_window_new (NULL, library, NULL);
  GtkWidget *view = fascia_window_get_page_view (window);
  g_autofree char *text = NULL;

  gtk_window_present (GTK_WINDOW (window));
  fascia_window_open (window, "alpha");
  fascia_test_iterate (3);

  text = fascia_page_view_dup_text (FASCIA_PAGE_VIEW (view));
  g_assert_nonnull (strstr (text, "Markup in content stays text: <b>not bold</b> & <span foreground=\"red\">."));
  g_assert_nonnull (strstr (text, "Alpha & friends"));
  g_assert_nonnull (strstr (text, "Hold 30 seconds · 3 sets"));
  g_assert_nonnull (strstr (text, "Hold 2 minutes"));
  g_assert_nonnull (strstr (text, "Worth knowing"));
  g_assert_nonnull (strstr (text, "Evidence: Limited evidence") == NULL ? strstr (text, "Small studies only [1].") : text);
  g_assert_nonnull (strstr (text, "1. Smith A (2020). A study. Journal of Tests 1:1–2."));

  fascia_test_finalize_window (window);
}

static void
test_window_problems_banner (void)
{
  g_autoptr(FasciaLibrary) library = load_fixture_library ();
  FasciaWindow *window = fascia_window_new (NULL, library, NULL);
  GtkRevealer *revealer;
  GtkLabel *label;

  revealer = GTK_REVEALER (gtk_widget_get_template_child (GTK_WIDGET (window), FASCIA_TYPE_WINDOW,
                                                          "problems_revealer"));
  label = GTK_LABEL (gtk_widget_get_template_child (GTK_WIDGET (window), FASCIA_TYPE_WINDOW, "problems_label"));

  /* broken.xml and the duplicate alpha were skipped, and the window says so. */
  g_assert_true (gtk_revealer_get_reveal_child (revealer));
  g_assert_nonnull (strstr (gtk_label_get_text (label), "2 content files could not be loaded"));

  fascia_test_finalize_window (window);
}

static void
test_window_without_content (void)
{
  g_autoptr(GError) error = g_error_new_literal (G_FILE_ERROR, G_FILE_ERROR_NOENT, "No such <folder>");
  FasciaWindow *window = fascia_window_new (NULL, NULL, error);
  GtkStack *stack = GTK_STACK (gtk_widget_get_template_child (GTK_WIDGET (window), FASCIA_TYPE_WINDOW, "stack"));

  fascia_window_open_start_page (window);
  g_assert_null (fascia_window_get_page (window));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");

  fascia_test_finalize_window (window);
}

static void
collect_shortcut_labels (GtkWidget *widget,
                         GPtrArray *labels)
{
  if (GTK_IS_SHORTCUT_LABEL (widget))
    g_ptr_array_add (labels, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    collect_shortcut_labels (child, labels);
}

/* The shortcuts window is built on first use from the resource, not by
 * GtkApplication with every window. It shows a key for every row, and
 * opens without a GTK warning (fatal in tests). */
static void
test_window_shortcuts (void)
{
  g_autoptr(FasciaLibrary) library = load_fixture_library ();
  FasciaWindow *window = fascia_window_new (NULL, library, NULL);
  g_autoptr(GTypeClass) klass = g_type_class_ref (FASCIA_TYPE_WINDOW);
  g_autoptr(GPtrArray) keys = g_ptr_array_new ();
  GtkWindow *overlay;
  gboolean found = FALSE;

  /* Not where GtkApplication would load it for every window... */
  g_assert_false (g_resources_get_info ("/org/fasciaapp/Fascia/gtk/help-overlay.ui",
                                        G_RESOURCE_LOOKUP_FLAGS_NONE, NULL, NULL, NULL));

  for (guint i = 0; ; i++)
    {
      GType owner;
      const char *name;
      const GVariantType *parameter_type;
      const char *property;

      if (!gtk_widget_class_query_action (GTK_WIDGET_CLASS (klass), i, &owner, &name, &parameter_type, &property))
        break;
      if (g_strcmp0 (name, "win.show-help-overlay") == 0)
        found = TRUE;
    }
  g_assert_true (found);

  /* ...but where the window's own action builds it from. */
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  overlay = fascia_test_find_toplevel (ADW_TYPE_WINDOW);
  g_assert_nonnull (overlay);
  g_assert_cmpstr (gtk_window_get_title (overlay), ==, "Keyboard Shortcuts");
  fascia_test_iterate (4);

  collect_shortcut_labels (GTK_WIDGET (overlay), keys);
  g_assert_cmpuint (keys->len, >=, 20);
  for (guint i = 0; i < keys->len; i++)
    {
      const char *accelerator = gtk_shortcut_label_get_accelerator (g_ptr_array_index (keys, i));

      g_assert_nonnull (accelerator);
      g_assert_cmpstr (accelerator, !=, "");
    }

  fascia_test_finalize_window (window);
}

static guint
count_toasts_saying (GtkWidget  *widget,
                     const char *fragment)
{
  guint n = 0;

  if (g_strcmp0 (gtk_widget_get_css_name (widget), "toast") == 0)
    {
      g_autoptr(GPtrArray) labels = g_ptr_array_new ();

      collect_labels (widget, labels);
      for (guint i = 0; i < labels->len; i++)
        if (strstr (gtk_label_get_text (g_ptr_array_index (labels, i)), fragment) != NULL)
          return 1;
      return 0;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_toasts_saying (child, fragment);

  return n;
}

/* Settings that cannot be written (the null backend stands for a
 * read-only or full settings store): reading works, and the reader is told
 * once that recently read pages are not remembered, however many they open. */
static void
test_window_state_not_saved (void)
{
  g_autoptr(FasciaLibrary) library = load_fixture_library ();
  g_autoptr(GSettingsBackend) backend = g_null_settings_backend_new ();
  g_autoptr(GSettings) settings = g_settings_new_with_backend ("org.fasciaapp.Fascia", backend);
  FasciaWindow *window = fascia_window_new_with_settings (NULL, settings, library, NULL);

  gtk_window_present (GTK_WINDOW (window));

  g_assert_true (fascia_window_open (window, "alpha"));
  g_assert_true (fascia_window_open (window, "beta"));
  fascia_test_wait_settled (GTK_WIDGET (fascia_window_get_page_view (window)));
  g_assert_cmpstr (fascia_page_get_id (fascia_window_get_page (window)), ==, "beta");
  g_assert_cmpuint (count_toasts_saying (GTK_WIDGET (window), "could not be saved"), ==, 1);

  fascia_test_finalize_window (window);
}

static void
collect_sidebar_rows (GtkWidget *widget,
                      GPtrArray *rows)
{
  if (FASCIA_IS_SIDEBAR_ROW (widget))
    {
      g_ptr_array_add (rows, widget);
      return;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    collect_sidebar_rows (child, rows);
}

static double
center_in (GtkWidget *widget,
           GtkWidget *row)
{
  graphene_rect_t bounds;

  g_assert_true (gtk_widget_compute_bounds (widget, row, &bounds));
  return bounds.origin.y + bounds.size.height / 2.0;
}

/* A sidebar row is taller than a line of text: the body map's icon and a
 * group's arrow and count stand level with a one-line title, not at the
 * top of the row above a title centred below them. */
static void
test_window_sidebar_rows_aligned (void)
{
  g_autoptr(FasciaLibrary) library = load_fixture_library ();
  FasciaWindow *window = fascia_window_new (NULL, library, NULL);
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  guint n_checked = 0;

  gtk_window_present (GTK_WINDOW (window));
  fascia_window_open_start_page (window);
  fascia_test_wait_settled (GTK_WIDGET (fascia_window_get_page_view (window)));
  fascia_test_iterate (3);

  collect_sidebar_rows (GTK_WIDGET (window), rows);
  for (guint i = 0; i < rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (rows, i);
      GtkWidget *box = gtk_widget_get_first_child (row);
      GtkWidget *icon = gtk_widget_get_first_child (box);
      GtkWidget *title = gtk_widget_get_next_sibling (icon);
      GtkWidget *count = gtk_widget_get_next_sibling (title);
      double title_center;

      g_assert_true (GTK_IS_IMAGE (icon));
      g_assert_true (GTK_IS_LABEL (title));
      if (!gtk_widget_get_mapped (row) || !gtk_widget_get_visible (icon) ||
          pango_layout_get_line_count (gtk_label_get_layout (GTK_LABEL (title))) != 1)
        continue;

      title_center = center_in (title, row);
      g_assert_cmpfloat (fabs (center_in (icon, row) - title_center), <=, 2.0);
      if (gtk_widget_get_visible (count))
        g_assert_cmpfloat (fabs (center_in (count, row) - title_center), <=, 2.0);
      n_checked++;
    }
  /* The body map's row and at least one group's. */
  g_assert_cmpuint (n_checked, >=, 2);

  fascia_test_finalize_window (window);
}

int
main (int   argc,
      char *argv[])
{
  fascia_test_init (&argc, &argv);

  g_test_add_func ("/window/links-and-history", test_window_links_and_history);
  g_test_add_func ("/window/loading", test_window_loading);
  g_test_add_func ("/window/loading-quickly", test_window_loading_quickly);
  g_test_add_func ("/window/app-opens-page-when-read", test_app_opens_page_when_read);
  g_test_add_func ("/window/app-first-frame-before-content", test_app_first_frame_before_content);
  g_test_add_func ("/window/escaped-text", test_window_renders_escaped_text);
  g_test_add_func ("/window/shortcuts", test_window_shortcuts);
  g_test_add_func ("/window/problems-banner", test_window_problems_banner);
  g_test_add_func ("/window/without-content", test_window_without_content);
  g_test_add_func ("/window/state-not-saved", test_window_state_not_saved);
  g_test_add_func ("/window/sidebar-rows-aligned", test_window_sidebar_rows_aligned);

  return g_test_run ();
}
