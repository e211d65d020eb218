/* fascia-test-util.c - what the widget tests share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include <adwaita.h>

#include "fascia-page-view.h"
#include "fascia-test-util.h"

/**
 * fascia_test_init:
 *
 * GTK's and libadwaita's set-up for a widget test, with the app's stylesheet.
 */
void
fascia_test_init (int    *argc,
                  char ***argv)
{
  g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();

  gtk_test_init (argc, argv, NULL);
  adw_init ();

  /* What AdwApplication does for the app: widgets are measured and drawn
   * with the app's own stylesheet, as people see them. */
  gtk_css_provider_load_from_resource (css, "/org/fasciaapp/Fascia/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

/**
 * fascia_test_load_content:
 *
 * Returns: (transfer full): the library of the source tree's content/ folder,
 *   which must load
 */
FasciaLibrary *
fascia_test_load_content (void)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "..", "content", NULL);
  g_autoptr(GError) error = NULL;
  FasciaLibrary *library = fascia_library_load (dir, &error);

  g_assert_no_error (error);
  return library;
}

/**
 * fascia_test_iterate:
 * @frames: how many frames' worth (20 ms each) of the main loop to run
 *
 * Lets GTK lay out, draw and run idle callbacks and timeouts.
 */
void
fascia_test_iterate (guint frames)
{
  for (guint i = 0; i < frames; i++)
    {
      gint64 end = g_get_monotonic_time () + 20 * G_TIME_SPAN_MILLISECOND;

      while (g_get_monotonic_time () < end)
        g_main_context_iteration (NULL, FALSE);
    }
}

static gboolean
wake_up_cb (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

/**
 * fascia_test_wait_for:
 * @condition: what must become true
 * @data: passed to @condition
 * @what: what is waited for, for the message when it never comes
 *
 * Runs the main loop until @condition holds, checking it after each event
 * and at least every 20 ms. Fails the test after a long time: ten seconds,
 * or $FASCIA_TEST_WAIT_SECONDS (the sanitizer run, several times slower,
 * sets more). A slow machine only waits longer; it never fails a test that
 * would pass.
 */
void
fascia_test_wait_for (FasciaTestCondition  condition,
                      gpointer             data,
                      const char          *what)
{
  const char *env = g_getenv ("FASCIA_TEST_WAIT_SECONDS");
  guint64 seconds = 10;
  gint64 deadline;
  guint wake_up;

  if (env != NULL)
    g_assert_true (g_ascii_string_to_unsigned (env, 10, 1, 3600, &seconds, NULL));
  deadline = g_get_monotonic_time () + (gint64)seconds * G_TIME_SPAN_SECOND;

  /* Blocking iterations, so that waiting takes no processor time from the
   * work waited for; the timeout only makes sure the clock is looked at. */
  wake_up = g_timeout_add (20, wake_up_cb, NULL);
  while (!condition (data))
    {
      if (g_get_monotonic_time () > deadline)
        g_error ("Waited %" G_GUINT64_FORMAT " seconds for %s", seconds, what);
      g_main_context_iteration (NULL, TRUE);
    }
  g_source_remove (wake_up);
}

static gboolean
view_settled (gpointer data)
{
  return fascia_page_view_is_settled (data);
}

/**
 * fascia_test_wait_settled:
 * @view: a page view
 *
 * Waits until @view has built its page and scrolled where it was asked,
 * and a frame has been drawn after that.
 */
void
fascia_test_wait_settled (GtkWidget *view)
{
  fascia_test_wait_for (view_settled, view, "the page to be built and scrolled");
  fascia_test_iterate (1);
}

static gboolean
only_ours (gpointer object)
{
  return G_OBJECT (object)->ref_count == 1;
}

/**
 * fascia_test_finalize_window:
 * @window: a window the test made
 *
 * Destroys @window and checks that nothing keeps it alive: once GTK has
 * let go of it (over the next few main loop iterations), the last
 * reference is the test's, and dropping it finalizes the window.
 */
void
fascia_test_finalize_window (gpointer window)
{
  GObject *object = g_object_ref (G_OBJECT (window));

  gtk_window_destroy (GTK_WINDOW (window));
  fascia_test_wait_for (only_ours, object, "GTK to let go of the window");
  g_assert_finalize_object (object);
}

static void
collect_with_class (GtkWidget  *widget,
                    const char *css_class,
                    GPtrArray  *found)
{
  if (gtk_widget_has_css_class (widget, css_class))
    g_ptr_array_add (found, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_with_class (child, css_class, found);
}

/**
 * fascia_test_find_all:
 *
 * Returns: (transfer container): @root and its descendants that have
 *   @css_class, in tree order
 */
GPtrArray *
fascia_test_find_all (GtkWidget  *root,
                      const char *css_class)
{
  GPtrArray *found = g_ptr_array_new ();

  collect_with_class (root, css_class, found);
  return found;
}

/**
 * fascia_test_find_type:
 *
 * Returns: (transfer none) (nullable): the first of @root and its
 *   descendants, in tree order, that is a @type
 */
GtkWidget *
fascia_test_find_type (GtkWidget *root,
                       GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = fascia_test_find_type (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/**
 * fascia_test_find_toplevel:
 *
 * Returns: (transfer none) (nullable): a visible toplevel window that is a @type
 */
GtkWindow *
fascia_test_find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }

  return NULL;
}

/**
 * fascia_test_skip_without_poppler:
 *
 * Returns: %TRUE, with the test marked skipped, when pdftotext is missing
 */
gboolean
fascia_test_skip_without_poppler (void)
{
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");

  if (pdftotext == NULL)
    {
      g_test_skip ("pdftotext (poppler-utils) is not installed");
      return TRUE;
    }

  return FALSE;
}

/**
 * fascia_test_collapse_whitespace:
 *
 * Returns: (transfer full): @text with every run of whitespace one space,
 *   and none at either end
 */
char *
fascia_test_collapse_whitespace (const char *text)
{
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = text; *p; p++)
    {
      if (g_ascii_isspace (*p))
        {
          space = TRUE;
          continue;
        }
      if (space && out->len > 0)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_c (out, *p);
    }

  return g_string_free (out, FALSE);
}

/**
 * fascia_test_run_tool:
 * @argv: the command line, %NULL-terminated; the program is looked up in PATH
 *
 * Runs a command that must succeed and write UTF-8.
 *
 * Returns: (transfer full): what it wrote to its standard output
 */
char *
fascia_test_run_tool (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  g_spawn_check_wait_status (status, &error);
  g_assert_no_error (error);
  g_assert_nonnull (out);
  g_assert_true (g_utf8_validate (out, -1, NULL));

  return out;
}

/**
 * fascia_test_pdftotext:
 * @mode: how pdftotext lays the text out: "-layout" or "-raw"
 *
 * Returns: (transfer full): the text of @pdf; pdftotext ends every page
 *   with a form feed
 */
char *
fascia_test_pdftotext (const char *pdf,
                       const char *mode)
{
  const char *argv[] = { "pdftotext", mode, "-enc", "UTF-8", pdf, "-", NULL };

  return fascia_test_run_tool (argv);
}

/**
 * fascia_test_pdf_n_pages:
 * @layout_text: what fascia_test_pdftotext() returned for @pdf
 *
 * Returns: how many pages @pdf has: as pdfinfo says, or else as many as
 *   @layout_text has form feeds
 */
guint
fascia_test_pdf_n_pages (const char *pdf,
                         const char *layout_text)
{
  g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");
  guint n = 0;

  if (pdfinfo != NULL)
    {
      const char *argv[] = { "pdfinfo", pdf, NULL };
      g_autofree char *info = fascia_test_run_tool (argv);
      const char *pages = strstr (info, "\nPages:");

      g_assert_nonnull (pages);
      return (guint)g_ascii_strtoull (pages + strlen ("\nPages:"), NULL, 10);
    }

  /* pdftotext ends every page with a form feed. */
  for (const char *p = layout_text; *p; p++)
    n += *p == '\f';

  return n;
}

/**
 * fascia_test_pdf_path:
 * @dir_template: for g_dir_make_tmp()
 * @name: the file's name
 * @dir: (out): the new temporary folder, for fascia_test_remove_pdf()
 *
 * Returns: (transfer full): where to write a PDF called @name in a new
 *   temporary folder
 */
char *
fascia_test_pdf_path (const char  *dir_template,
                      const char  *name,
                      char       **dir)
{
  g_autoptr(GError) error = NULL;

  *dir = g_dir_make_tmp (dir_template, &error);
  g_assert_no_error (error);

  return g_build_filename (*dir, name, NULL);
}

/**
 * fascia_test_assert_pdf_file:
 *
 * Asserts that @pdf can be read and starts as a PDF file does.
 */
void
fascia_test_assert_pdf_file (const char *pdf)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (pdf, &contents, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (length, >, 4);
  g_assert_true (memcmp (contents, "%PDF", 4) == 0);
}

/**
 * fascia_test_remove_pdf:
 * @dir: (nullable): the folder from fascia_test_pdf_path()
 * @pdf: (nullable): the file in it
 *
 * Removes what fascia_test_pdf_path() made and the PDF written there.
 */
void
fascia_test_remove_pdf (const char *dir,
                        const char *pdf)
{
  if (pdf != NULL)
    g_unlink (pdf);
  if (dir != NULL)
    g_rmdir (dir);
}

/* Fails the test, showing @text, unless it holds @needle. */
void
fascia_test_assert_has (const char *text,
                        const char *needle)
{
  if (strstr (text, needle) == NULL)
    g_error ("“%s” is not in the text:\n%s", needle, text);
}

/* Fails the test, showing @text, unless it holds @first and then @second. */
void
fascia_test_assert_before (const char *text,
                           const char *first,
                           const char *second)
{
  const char *a = strstr (text, first);
  const char *b = strstr (text, second);

  if (a == NULL || b == NULL || a >= b)
    g_error ("“%s” is not before “%s” in the text:\n%s", first, second, text);
}

/**
 * fascia_test_count:
 *
 * Returns: how often @needle occurs in @haystack, not overlapping
 */
guint
fascia_test_count (const char *haystack,
                   const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (haystack, needle); p != NULL; p = strstr (p + strlen (needle), needle))
    n++;

  return n;
}

/**
 * fascia_test_remove_tree:
 * @dir: a folder a test made
 *
 * Removes @dir and everything in it (links are removed, not followed).
 */
void
fascia_test_remove_tree (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
        fascia_test_remove_tree (path);
      else
        g_unlink (path);
    }
  g_rmdir (dir);
}
