/* test-locale.c - Fascia in Spanish, and laid out right to left
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs with LANGUAGE=es (tests/meson.build), the catalogues built into
 * po/locale and the Spanish content folder built into translations/es, as
 * an installed Fascia finds them under its prefix. What is expected in
 * Spanish is read from the same catalogue (po/es.po holds the interface and
 * the pages alike), and must differ from the English.
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gi18n.h>
#include <adwaita.h>

#include "fascia-body-figure.h"
#include "fascia-button-row.h"
#include "fascia-body-map-view.h"
#include "fascia-clinician-sheet.h"
#include "fascia-library.h"
#include "fascia-page-view.h"
#include "fascia-region-button.h"
#include "fascia-sheet-print.h"
#include "fascia-text-row.h"
#include "fascia-sidebar.h"
#include "fascia-window.h"
#include "fascia-test-util.h"

static FasciaLibrary *
load_spanish (void)
{
  const char *translations = g_getenv ("FASCIA_TRANSLATIONS_DIR");
  g_autofree char *dir = NULL;
  g_autoptr(GError) error = NULL;
  FasciaLibrary *library;

  g_assert_nonnull (translations);
  dir = fascia_library_dup_translation (translations, g_get_language_names ());
  g_assert_nonnull (dir);
  g_assert_true (g_str_has_suffix (dir, G_DIR_SEPARATOR_S "es"));

  library = fascia_library_load (dir, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (fascia_library_get_problems (library)->len, ==, 0);
  return library;
}

/* The Spanish of an English message, from the catalogue; it must be there. */
static const char *
spanish (const char *english)
{
  const char *translated = g_dgettext (GETTEXT_PACKAGE, english);

  g_assert_cmpstr (translated, !=, english);
  return translated;
}

static void
collect_text (GtkWidget *widget,
              GString   *out)
{
  if (!gtk_widget_get_visible (widget))
    return;
  if (GTK_IS_LABEL (widget))
    g_string_append_printf (out, "%s\n", gtk_label_get_text (GTK_LABEL (widget)));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    collect_text (child, out);
}

/* The folder chosen for the reader: Spanish for es, English for C and en,
 * and the next language when the first has no translation. */
static void
test_choose_folder (void)
{
  const char *translations = g_getenv ("FASCIA_TRANSLATIONS_DIR");
  const char * const spanish_first[] = { "es_ES.UTF-8", "es_ES", "es", "C", NULL };
  const char * const english_first[] = { "en_GB", "en", "es", "C", NULL };
  const char * const unknown_then_spanish[] = { "xx_YY", "xx", "es", "C", NULL };
  const char * const climbing[] = { "..", "../translations/es", "C", NULL };
  const char * const c_only[] = { "C", NULL };
  g_autofree char *chosen = fascia_library_dup_translation (translations, spanish_first);
  g_autofree char *after_unknown = fascia_library_dup_translation (translations, unknown_then_spanish);

  g_assert_nonnull (chosen);
  g_assert_cmpstr (chosen, ==, after_unknown);
  g_assert_null (fascia_library_dup_translation (translations, english_first));
  g_assert_null (fascia_library_dup_translation (translations, climbing));
  g_assert_null (fascia_library_dup_translation (translations, c_only));
}

/* The window, a page, the body map and search, in Spanish. */
static void
test_spanish_window (void)
{
  g_autoptr(FasciaLibrary) library = load_spanish ();
  FasciaWindow *window = fascia_window_new (NULL, library, NULL);
  GtkWidget *view = fascia_window_get_page_view (window);
  FasciaPage *page = fascia_library_get_page (library, "muscle-piriformis");
  FasciaBodyMap *map = fascia_library_get_body_map (library);
  const FasciaBodyRegion *region = fascia_body_map_find_region (map, "front-head");
  g_autoptr(GString) shown = g_string_new (NULL);
  g_autoptr(GPtrArray) results = NULL;
  gboolean found = FALSE;

  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (fascia_window_open (window, "muscle-piriformis"));
  fascia_test_wait_settled (view);

  /* The page, its title and its text as the translation gives them. */
  g_assert_cmpstr (fascia_page_get_language (page), ==, "es");
  g_assert_cmpstr (fascia_page_get_title (page), ==, spanish ("Piriformis"));
  collect_text (view, shown);
  fascia_test_assert_has (shown->str, spanish ("Piriformis"));
  fascia_test_assert_has (shown->str, spanish ("Where it is commonly described as sending pain"));
  g_assert_null (strstr (shown->str, "Where it is commonly described as sending pain"));

  /* The body map's names. */
  g_assert_nonnull (region);
  g_assert_cmpstr (region->name, ==, spanish ("Forehead and temples"));

  /* Search finds Spanish words, accents or none. */
  results = fascia_search_index_query (fascia_library_get_search_index (library), "musculo piriforme", 10);
  for (guint i = 0; i < results->len; i++)
    {
      FasciaSearchResult *result = g_ptr_array_index (results, i);

      found |= g_str_equal (fascia_page_get_id (result->page), "muscle-piriformis");
    }
  g_assert_true (found);

  fascia_test_finalize_window (window);
}

static int
min_width (GtkWidget *widget)
{
  int min;

  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
  return min;
}

/* Longer Spanish labels must not widen the window past 360 pixels, the
 * narrowest the app supports: not on a technique page (the hold timer's
 * buttons), not with the body map (its modes, the mark bar). */
static void
test_spanish_narrow (void)
{
  g_autoptr(FasciaLibrary) library = load_spanish ();
  FasciaWindow *window = fascia_window_new (NULL, library, NULL);
  const char * const pages[] = { "technique-foam-roller", "body-map", "release-misconception", "safety-check" };

  gtk_window_set_default_size (GTK_WINDOW (window), 360, 700);
  gtk_window_present (GTK_WINDOW (window));
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_assert_true (fascia_window_open (window, pages[i]));
      fascia_test_wait_settled (fascia_window_get_page_view (window));
      fascia_test_iterate (3);
      g_test_message ("%s: the window needs at least %d px", pages[i], min_width (GTK_WIDGET (window)));
      g_assert_cmpint (min_width (GTK_WIDGET (window)), <=, 360);
    }

  fascia_test_finalize_window (window);
}

/* Buttons side by side while they fit at their least, one under the other,
 * each as wide as the row, when they do not; told to stack, always. */
static void
test_button_row (void)
{
  GtkWidget *window = gtk_window_new ();
  FasciaButtonRow *row = FASCIA_BUTTON_ROW (fascia_button_row_new (6, FALSE));
  GtkWidget *first = gtk_button_new_with_label ("Reanudar el temporizador");
  GtkWidget *second = gtk_button_new_with_label ("Reiniciar");
  graphene_rect_t a, b;
  int row_min, first_min, second_min;

  fascia_button_row_append (row, first);
  fascia_button_row_append (row, second);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (row));
  first_min = min_width (first);
  second_min = min_width (second);
  row_min = min_width (GTK_WIDGET (row));
  /* It asks for its widest button only. */
  g_assert_cmpint (row_min, ==, MAX (first_min, second_min));

  gtk_widget_size_allocate (GTK_WIDGET (row), &(GtkAllocation) { 0, 0, first_min + second_min + 6, 40 }, -1);
  g_assert_false (fascia_button_row_is_stacked (row));
  g_assert_true (gtk_widget_compute_bounds (first, GTK_WIDGET (row), &a));
  g_assert_true (gtk_widget_compute_bounds (second, GTK_WIDGET (row), &b));
  g_assert_cmpfloat (b.origin.x, >=, a.origin.x + a.size.width);
  g_assert_cmpfloat (a.origin.y, ==, b.origin.y);

  gtk_widget_size_allocate (GTK_WIDGET (row), &(GtkAllocation) { 0, 0, first_min + second_min, 100 }, -1);
  g_assert_true (fascia_button_row_is_stacked (row));
  g_assert_true (gtk_widget_compute_bounds (first, GTK_WIDGET (row), &a));
  g_assert_true (gtk_widget_compute_bounds (second, GTK_WIDGET (row), &b));
  g_assert_cmpfloat (b.origin.y, >=, a.origin.y + a.size.height);
  g_assert_cmpfloat (a.size.width, ==, b.size.width);

  fascia_button_row_set_stacked (row, TRUE);
  gtk_widget_size_allocate (GTK_WIDGET (row), &(GtkAllocation) { 0, 0, 1000, 100 }, -1);
  g_assert_true (fascia_button_row_is_stacked (row));
  fascia_button_row_set_stacked (row, FALSE);

  /* Labels that wrap: the row is as tall as its tallest button at the
   * width that button gets, so no text spills out. */
  gtk_label_set_wrap (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (first))), TRUE);
  gtk_label_set_wrap (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (second))), TRUE);
  {
    int width = min_width (first) + min_width (second) + 6 + 10, row_height, needed;

    gtk_widget_measure (GTK_WIDGET (row), GTK_ORIENTATION_VERTICAL, width, &row_height, NULL, NULL, NULL);
    gtk_widget_size_allocate (GTK_WIDGET (row), &(GtkAllocation) { 0, 0, width, row_height }, -1);
    g_assert_false (fascia_button_row_is_stacked (row));
    gtk_widget_measure (first, GTK_ORIENTATION_VERTICAL, gtk_widget_get_width (first), &needed, NULL, NULL, NULL);
    g_assert_cmpint (row_height, >=, needed);
    gtk_widget_measure (second, GTK_ORIENTATION_VERTICAL, gtk_widget_get_width (second), &needed, NULL, NULL, NULL);
    g_assert_cmpint (row_height, >=, needed);
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The page's rows of a marker and wrapped text (list items, steps, warning
 * signs) give the text the height it needs at the width it gets, beside
 * the marker, at any window width. */
static void
test_text_row (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *row = fascia_text_row_new (8);
  GtkWidget *marker = gtk_label_new ("•");
  int narrow_height = 0, wide_height = 0;
  GtkWidget *text = gtk_label_new ("Pain that spreads from your chest to your jaw, neck, back or arms: "
                                   "possible heart attack, so call the emergency number now.");

  gtk_label_set_wrap (GTK_LABEL (text), TRUE);
  fascia_text_row_append (FASCIA_TEXT_ROW (row), marker);
  fascia_text_row_append (FASCIA_TEXT_ROW (row), text);
  gtk_widget_set_valign (row, GTK_ALIGN_START);
  gtk_window_set_child (GTK_WINDOW (window), row);
  gtk_window_set_default_size (GTK_WINDOW (window), 300, 200);
  gtk_window_present (GTK_WINDOW (window));

  for (int width = 160; width <= 560; width += 100)
    {
      int needed;

      gtk_window_set_default_size (GTK_WINDOW (window), width, 200);
      fascia_test_iterate (4);
      gtk_widget_measure (text, GTK_ORIENTATION_VERTICAL, gtk_widget_get_width (text),
                          &needed, NULL, NULL, NULL);
      g_assert_cmpint (gtk_widget_get_height (text), >=, needed);
      g_assert_cmpint (gtk_widget_get_width (marker) + 8 + gtk_widget_get_width (text), <=,
                       gtk_widget_get_width (row));
      if (narrow_height == 0)
        narrow_height = gtk_widget_get_height (row);
      wide_height = gtk_widget_get_height (row);
    }
  /* Narrow, the text wraps onto more lines, and the row is taller. */
  g_assert_cmpint (narrow_height, >, wide_height);

  fascia_test_finalize_window (window);
}

/* The interface strings the window shows, and plural forms. */
static void
test_spanish_interface (void)
{
  g_autoptr(FasciaLibrary) library = load_spanish ();
  FasciaWindow *window = fascia_window_new (NULL, library, NULL);
  FasciaSidebar *sidebar = FASCIA_SIDEBAR (fascia_window_get_sidebar (window));
  g_autofree char *placeholder = NULL;
  const char *one = g_dngettext (GETTEXT_PACKAGE, "%u region marked", "%u regions marked", 1);
  const char *two = g_dngettext (GETTEXT_PACKAGE, "%u region marked", "%u regions marked", 2);

  g_object_get (fascia_sidebar_get_search_entry (sidebar), "placeholder-text", &placeholder, NULL);
  g_assert_cmpstr (placeholder, ==, spanish ("Search pages"));

  g_assert_cmpstr (one, !=, "%u region marked");
  g_assert_cmpstr (two, !=, "%u regions marked");
  g_assert_cmpstr (one, !=, two);

  fascia_test_finalize_window (window);
}

/* Dates on the clinician sheet are written the Spanish way, month names
 * and all, where the system has a Spanish locale to give them. */
static void
test_spanish_date (void)
{
  g_autoptr(GDateTime) date = g_date_time_new_local (2026, 12, 4, 10, 0, 0);
  g_autofree char *written = NULL;
  char *saved = g_strdup (setlocale (LC_TIME, NULL));

  if (setlocale (LC_TIME, "es_ES.UTF-8") == NULL)
    {
      g_free (saved);
      g_test_skip ("no es_ES.UTF-8 locale on this system (localedef -i es_ES -f UTF-8 es_ES.UTF-8)");
      return;
    }
  written = g_date_time_format (date, spanish ("%-d %B %Y"));
  setlocale (LC_TIME, saved);
  g_free (saved);

  g_assert_nonnull (written);
  fascia_test_assert_has (written, "diciembre");
  fascia_test_assert_has (written, "4");
}

/* The clinician sheet prints in Spanish: its headings from the catalogue,
 * the muscles' names from the Spanish pages, the date in Spanish words. */
static void
test_spanish_sheet (void)
{
  g_autoptr(FasciaLibrary) library = NULL;
  g_autoptr(FasciaClinicianSheet) sheet = NULL;
  g_autoptr(GDateTime) date = g_date_time_new_local (2026, 12, 4, 10, 0, 0);
  const char * const chosen[] = { "front-outer-hip-left", NULL };
  g_autofree char *dir = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;
  g_autofree char *flat = NULL;
  g_autoptr(GError) error = NULL;
  char *saved_time = g_strdup (setlocale (LC_TIME, NULL));
  gboolean spanish_time;

  if (fascia_test_skip_without_poppler ())
    {
      g_free (saved_time);
      return;
    }

  library = load_spanish ();
  sheet = fascia_clinician_sheet_new (library, chosen);
  fascia_clinician_sheet_set_date (sheet, date);
  pdf = fascia_test_pdf_path ("fascia-locale-XXXXXX", "hoja.pdf", &dir);
  spanish_time = setlocale (LC_TIME, "es_ES.UTF-8") != NULL;
  g_assert_true (fascia_sheet_print_to_pdf (sheet, pdf, &error));
  g_assert_no_error (error);
  setlocale (LC_TIME, saved_time);
  g_free (saved_time);

  text = fascia_test_pdftotext (pdf, "-raw");
  flat = fascia_test_collapse_whitespace (text);
  fascia_test_assert_has (flat, spanish ("For my clinician"));
  g_assert_null (strstr (flat, "For my clinician"));
  fascia_test_assert_has (flat, fascia_page_get_title (fascia_library_get_page (library, "muscle-gluteus-minimus")));
  if (spanish_time)
    fascia_test_assert_has (flat, "diciembre");

  fascia_test_remove_pdf (dir, pdf);
}

/* Right to left: the window mirrors, the sidebar on the right; the figure
 * does not, so the person's left is still on the viewer's right of the
 * front view and its name still says "left". */
static void
test_right_to_left (void)
{
  GtkTextDirection saved = gtk_widget_get_default_direction ();
  g_autoptr(FasciaLibrary) library = NULL;
  FasciaWindow *window;
  GtkWidget *sidebar, *view, *map_view;
  FasciaBodyFigure *front;
  FasciaRegionButton *left, *right;
  graphene_rect_t sidebar_bounds, view_bounds, left_bounds, right_bounds;

  gtk_widget_set_default_direction (GTK_TEXT_DIR_RTL);
  library = load_spanish ();
  window = fascia_window_new (NULL, library, NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (fascia_window_open (window, "muscle-piriformis"));
  view = fascia_window_get_page_view (window);
  fascia_test_wait_settled (view);

  sidebar = fascia_window_get_sidebar (window);
  g_assert_cmpint (gtk_widget_get_direction (sidebar), ==, GTK_TEXT_DIR_RTL);
  g_assert_true (gtk_widget_compute_bounds (sidebar, GTK_WIDGET (window), &sidebar_bounds));
  g_assert_true (gtk_widget_compute_bounds (view, GTK_WIDGET (window), &view_bounds));
  g_assert_cmpfloat (sidebar_bounds.origin.x, >, view_bounds.origin.x);

  /* A list item's bullet stands at the start of its line: on the right. */
  {
    GtkWidget *row = fascia_test_find_type (view, FASCIA_TYPE_TEXT_ROW);
    GtkWidget *marker, *text;
    graphene_rect_t marker_bounds, text_bounds;

    g_assert_nonnull (row);
    marker = gtk_widget_get_first_child (row);
    text = gtk_widget_get_next_sibling (marker);
    g_assert_true (gtk_widget_compute_bounds (marker, row, &marker_bounds));
    g_assert_true (gtk_widget_compute_bounds (text, row, &text_bounds));
    g_assert_cmpfloat (marker_bounds.origin.x, >=, text_bounds.origin.x + text_bounds.size.width);
  }

  g_assert_true (fascia_window_open (window, "body-map"));
  map_view = fascia_window_get_body_map_view (window);
  fascia_test_iterate (10);
  front = fascia_body_map_view_get_figure (FASCIA_BODY_MAP_VIEW (map_view), "front");
  g_assert_cmpint (gtk_widget_get_direction (GTK_WIDGET (front)), ==, GTK_TEXT_DIR_LTR);
  left = fascia_body_map_view_find_button (FASCIA_BODY_MAP_VIEW (map_view), "front-outer-hip-left");
  right = fascia_body_map_view_find_button (FASCIA_BODY_MAP_VIEW (map_view), "front-outer-hip-right");
  g_assert_nonnull (left);
  g_assert_nonnull (right);
  g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (left), GTK_WIDGET (front), &left_bounds));
  g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (right), GTK_WIDGET (front), &right_bounds));
  g_assert_cmpfloat (left_bounds.origin.x, >, right_bounds.origin.x);

  fascia_test_finalize_window (window);
  gtk_widget_set_default_direction (saved);
}

int
main (int   argc,
      char *argv[])
{
  const char *localedir = g_getenv ("FASCIA_LOCALEDIR");

  /* As main.c does: the locale from the environment, the catalogues of
   * this build. */
  setlocale (LC_ALL, "");
  g_assert_nonnull (localedir);
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  fascia_test_init (&argc, &argv);

  g_test_add_func ("/locale/choose-folder", test_choose_folder);
  g_test_add_func ("/locale/spanish-window", test_spanish_window);
  g_test_add_func ("/locale/spanish-interface", test_spanish_interface);
  g_test_add_func ("/locale/spanish-date", test_spanish_date);
  g_test_add_func ("/locale/spanish-narrow", test_spanish_narrow);
  g_test_add_func ("/locale/button-row", test_button_row);
  g_test_add_func ("/layout/text-row", test_text_row);
  g_test_add_func ("/locale/spanish-sheet", test_spanish_sheet);
  g_test_add_func ("/locale/right-to-left", test_right_to_left);

  return g_test_run ();
}
