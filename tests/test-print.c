/* test-print.c - printing and saving pages as PDF, read back with poppler-utils
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each test saves a page with fascia_print_page_to_pdf(), the same print
 * operation the print dialog runs, and reads the PDF's text back with
 * pdftotext: "-layout" for what a reader sees, "-raw" for the order in
 * which the text was drawn.
 */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "fascia-library.h"
#include "fascia-parser.h"
#include "fascia-print.h"
#include "fascia-print-operation.h"
#include "fascia-test-util.h"

typedef struct
{
  char *dir;
  char *pdf;
  char *layout_text;    /* pdftotext -layout, whitespace as printed */
  char *text;           /* the same, every run of whitespace one space */
  char *raw_text;       /* pdftotext -raw, whitespace collapsed too */
  guint n_sheets;
} Printed;

static void
printed_free (Printed *printed)
{
  fascia_test_remove_pdf (printed->dir, printed->pdf);
  g_free (printed->dir);
  g_free (printed->pdf);
  g_free (printed->layout_text);
  g_free (printed->text);
  g_free (printed->raw_text);
  g_free (printed);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Printed, printed_free)

static Printed *
print_page (FasciaPage    *page,
            FasciaLibrary *library)
{
  Printed *printed = g_new0 (Printed, 1);
  g_autoptr(GError) error = NULL;
  g_autofree char *raw = NULL;
  g_autofree char *name = g_strconcat (fascia_page_get_id (page), ".pdf", NULL);

  printed->pdf = fascia_test_pdf_path ("fascia-print-XXXXXX", name, &printed->dir);

  g_assert_true (fascia_print_page_to_pdf (page, library, printed->pdf, &error));
  g_assert_no_error (error);
  fascia_test_assert_pdf_file (printed->pdf);

  printed->layout_text = fascia_test_pdftotext (printed->pdf, "-layout");
  printed->n_sheets = fascia_test_pdf_n_pages (printed->pdf, printed->layout_text);
  printed->text = fascia_test_collapse_whitespace (printed->layout_text);
  raw = fascia_test_pdftotext (printed->pdf, "-raw");
  printed->raw_text = fascia_test_collapse_whitespace (raw);

  return printed;
}

static FasciaPage *
load_page (const char *first_part,
           ...)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  const char *part;
  FasciaPage *page;
  va_list args;

  g_ptr_array_add (parts, (gpointer)g_test_get_dir (G_TEST_DIST));
  va_start (args, first_part);
  for (part = first_part; part != NULL; part = va_arg (args, const char *))
    g_ptr_array_add (parts, (gpointer)part);
  va_end (args);
  g_ptr_array_add (parts, NULL);

  path = g_build_filenamev ((char **)parts->pdata);
  page = fascia_parser_load_page (path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (page);

  return page;
}

static FasciaLibrary *
load_fixture_library (void)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "data", "library", NULL);
  g_autoptr(GError) error = NULL;
  FasciaLibrary *library = fascia_library_load (dir, &error);

  g_assert_no_error (error);
  g_assert_nonnull (library);

  return library;
}

/* Every word of the page's text, in the order of the page: all there, none
 * lost at a sheet's end, and in order in the order the PDF draws them. */
typedef struct
{
  const char *printed;
  const char *cursor;
  GPtrArray  *words;
} WordWalk;

static void
add_words (WordWalk   *walk,
           const char *text)
{
  g_auto(GStrv) words = g_strsplit_set (text != NULL ? text : "", " \t\n", -1);

  for (guint i = 0; words[i] != NULL; i++)
    if (words[i][0] != '\0')
      g_ptr_array_add (walk->words, g_strdup (words[i]));
}

static void
collect_block_words (FasciaPage        *page,
                     const FasciaBlock *block,
                     WordWalk          *walk)
{
  if (block->kind == FASCIA_BLOCK_NOTE && block->title != NULL)
    add_words (walk, block->title);
  if (block->inlines != NULL)
    {
      g_autofree char *text = fascia_inlines_to_text (block->inlines);

      add_words (walk, text);
    }
  if (block->children != NULL)
    for (guint i = 0; i < block->children->len; i++)
      collect_block_words (page, g_ptr_array_index (block->children, i), walk);
}

static char *
remove_whitespace (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p; p++)
    if (!g_ascii_isspace (*p))
      g_string_append_c (out, *p);

  return g_string_free (out, FALSE);
}

/* Compares without any whitespace, as a long address may wrap anywhere. */
static void
assert_all_words_in_order (FasciaPage *page,
                           const char *printed_text)
{
  g_autofree char *printed = remove_whitespace (printed_text);
  GPtrArray *sections = fascia_page_get_sections (page);
  GPtrArray *sources = fascia_page_get_sources (page);
  g_autoptr(GPtrArray) words = g_ptr_array_new_with_free_func (g_free);
  WordWalk walk = { printed, printed, words };

  add_words (&walk, fascia_page_get_title (page));
  for (guint i = 0; i < sections->len; i++)
    {
      const FasciaSection *section = g_ptr_array_index (sections, i);

      add_words (&walk, section->title);
      for (guint j = 0; j < section->blocks->len; j++)
        collect_block_words (page, g_ptr_array_index (section->blocks, j), &walk);
    }
  for (guint i = 0; i < sources->len; i++)
    {
      const FasciaSource *source = g_ptr_array_index (sources, i);

      add_words (&walk, source->authors);
      add_words (&walk, source->title);
      add_words (&walk, source->venue);
      add_words (&walk, source->url);
    }

  g_assert_cmpuint (words->len, >, 20);
  for (guint i = 0; i < words->len; i++)
    {
      const char *word = g_ptr_array_index (words, i);
      const char *found = strstr (walk.cursor, word);

      if (found == NULL)
        g_error ("Word %u, “%s”, is missing or out of order after “%.80s”", i, word, walk.cursor);
      walk.cursor = found + strlen (word);
    }
}

static void
test_print_every_block (void)
{
  g_autoptr(FasciaLibrary) library = NULL;
  g_autoptr(FasciaPage) page = NULL;
  g_autoptr(Printed) printed = NULL;
  g_autofree char *footer = NULL;
  const char *text;

  if (fascia_test_skip_without_poppler ())
    return;

  library = load_fixture_library ();
  page = load_page ("data", "library", "alpha.xml", NULL);
  printed = print_page (page, library);
  text = printed->text;

  /* The head: kind, title once at the top and once in the footer, the
   * summary and the reminder. An escaped "&amp;" would be double escaping. */
  g_assert_cmpuint (printed->n_sheets, >=, 1);
  footer = g_strdup_printf ("Fascia — Alpha & friends — page 1 of %u", printed->n_sheets);
  fascia_test_assert_has (text, "Learn");
  g_assert_cmpuint (fascia_test_count (text, "Alpha & friends"), ==, 1 + printed->n_sheets);
  g_assert_cmpuint (fascia_test_count (text, "&amp;"), ==, 0);
  fascia_test_assert_has (text, "A page that uses every block.");
  g_assert_cmpuint (fascia_test_count (text, "Education, not diagnosis."), ==, 1);
  fascia_test_assert_has (text, footer);

  /* Inline runs: plain text where links were, web addresses spelt out,
   * citations numbered, and markup-like content as literal text. */
  fascia_test_assert_has (text, "Plain emphasis, strong, a term, a link to beta, a section link, a link down this page");
  fascia_test_assert_has (text, "a web link (https://example.org/x?a=1&b=2) and a citation [1].");
  fascia_test_assert_has (text, "Markup in content stays text: <b>not bold</b> & <span foreground=\"red\">.");

  /* Lists */
  fascia_test_assert_has (text, "• first bullet • second bullet");
  fascia_test_assert_has (text, "1. one 2. two 3. three");

  /* Notes: the default titles as on screen, or the note's own. */
  fascia_test_assert_has (text, "Tip A tip.");
  fascia_test_assert_has (text, "Worth knowing Info. • in a note");
  g_assert_cmpuint (fascia_test_count (text, "Good to Know"), ==, 0);
  fascia_test_assert_has (text, "Caution Careful.");
  fascia_test_assert_has (text, "Danger Danger.");

  /* The table, its caption, header row first */
  fascia_test_assert_has (text, "A table");
  fascia_test_assert_has (text, "Approach Best for");
  fascia_test_assert_has (text, "Self-help Mild pain");
  fascia_test_assert_has (text, "Professional Complex pain");
  fascia_test_assert_before (text, "Approach", "Self-help");

  /* Steps with their dose */
  fascia_test_assert_has (text, "1 Get ready.");
  fascia_test_assert_has (text, "2 Hold gently. Hold 30 seconds · 3 sets");
  fascia_test_assert_has (text, "3 Hold longer. Hold 2 minutes");

  /* Evidence */
  fascia_test_assert_has (text, "Evidence: Limited evidence Small studies only [1].");

  /* Sources, numbered as on screen */
  fascia_test_assert_has (text, "Sources");
  fascia_test_assert_has (text, "1. Smith A (2020). A study. Journal of Tests 1:1–2. https://example.org/smith");

  /* And all of it in the page's order. */
  fascia_test_assert_before (text, "Alpha & friends", "A page that uses");
  fascia_test_assert_before (text, "A page that uses", "Education, not diagnosis.");
  fascia_test_assert_before (text, "Education, not diagnosis.", "Intro");
  fascia_test_assert_before (text, "Intro", "Plain emphasis");
  fascia_test_assert_before (text, "three", "More");
  fascia_test_assert_before (text, "More", "A tip.");
  fascia_test_assert_before (text, "Small studies only", "Sources");
  fascia_test_assert_before (text, "Sources", "Smith A (2020)");
  assert_all_words_in_order (page, printed->raw_text);
}

/* Referrers name the muscle pages by their titles in the library, and by
 * their ids when there is no library to ask. */
static void
test_print_referrers (void)
{
  g_autoptr(FasciaLibrary) library = NULL;
  g_autoptr(FasciaPage) page = NULL;
  g_autoptr(Printed) with_library = NULL;
  g_autoptr(Printed) without_library = NULL;

  if (fascia_test_skip_without_poppler ())
    return;

  library = load_fixture_library ();
  page = load_page ("data", "library", "sub", "gamma.xml", NULL);

  with_library = print_page (page, library);
  fascia_test_assert_has (with_library->text, "1. Delta muscle — Main zone. Commonly described.");
  /* Warning signs print as their own boxes, with what to do. */
  fascia_test_assert_has (with_library->text, "Get emergency help now If you notice any of these, call your local emergency number");
  fascia_test_assert_has (with_library->text, "• Emergency.");
  fascia_test_assert_has (with_library->text, "See a doctor soon");
  fascia_test_assert_has (with_library->text, "• Soon.");

  without_library = print_page (page, NULL);
  fascia_test_assert_has (without_library->text, "1. delta — Main zone. Commonly described.");
  g_assert_cmpuint (fascia_test_count (without_library->text, "Delta muscle"), ==, 0);
}

static void
collect_table_headers (FasciaPage        *page,
                       const FasciaBlock *block,
                       gpointer           user_data)
{
  GHashTable *headers = user_data;
  const FasciaBlock *row;
  GString *line;

  if (block->kind != FASCIA_BLOCK_TABLE || block->children->len == 0)
    return;
  row = g_ptr_array_index (block->children, 0);
  if (!row->header)
    return;

  line = g_string_new (NULL);
  for (guint i = 0; i < row->children->len; i++)
    {
      const FasciaBlock *cell = g_ptr_array_index (row->children, i);
      g_autofree char *text = fascia_inlines_to_text (cell->inlines);

      g_string_append_printf (line, "%s%s", i > 0 ? " " : "", text);
    }
  g_hash_table_add (headers, g_string_free (line, FALSE));
}

static void
collect_text (FasciaPage        *page,
              const FasciaBlock *block,
              gpointer           user_data)
{
  g_autofree char *text = NULL;

  if (block->inlines == NULL)
    return;
  text = fascia_inlines_to_plain_text (block->inlines);
  g_string_append_printf (user_data, "%s\n", text);
}

/* How many times @line, less its citation numbers, is in the page. */
static guint
count_in_page (const char *page_text,
               const char *line)
{
  g_autoptr(GRegex) citations = g_regex_new (" ?\\[[0-9, ]+\\]", 0, 0, NULL);
  g_autofree char *bare = g_regex_replace_literal (citations, line, -1, 0, "", 0, NULL);
  guint n = 0;

  for (const char *p = strstr (page_text, bare); p != NULL; p = strstr (p + 1, bare))
    n++;

  return n;
}

/* No line of text twice, as a line cut at a sheet's end would be, but for
 * the header rows of tables, repeated on purpose where a table goes on,
 * and text the page itself says twice (two warning signs that end alike). */
static void
assert_no_line_twice (FasciaPage *page,
                      const char *pdf)
{
  g_autofree char *raw = fascia_test_pdftotext (pdf, "-raw");
  g_auto(GStrv) lines = g_strsplit_set (raw, "\n\f", -1);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) headers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GString) page_text = g_string_new (NULL);

  fascia_page_foreach_block (page, collect_table_headers, headers);
  fascia_page_foreach_block (page, collect_text, page_text);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_strstrip (lines[i]);
      /* Headers and evidence badges are labels that a page may repeat. */
      if (strlen (lines[i]) < 12 || g_hash_table_contains (headers, lines[i]) ||
          g_str_has_prefix (lines[i], "Evidence: "))
        continue;
      if (!g_hash_table_add (seen, lines[i]) && count_in_page (page_text->str, lines[i]) < 2)
        g_error ("“%s” is printed twice", lines[i]);
    }
}

/* A long real page runs over several sheets, and nothing is lost or
 * printed twice where a sheet ends. */
static void
test_print_long_page (void)
{
  g_autoptr(FasciaPage) page = NULL;
  g_autoptr(Printed) printed = NULL;
  g_autofree char *first_footer = NULL;
  g_autofree char *last_footer = NULL;
  GPtrArray *sections;
  GPtrArray *sources;
  const FasciaSection *last_section;
  const FasciaSource *last_source;

  if (fascia_test_skip_without_poppler ())
    return;

  page = load_page ("..", "content", "pages", "risks-and-red-flags.xml", NULL);
  printed = print_page (page, NULL);

  g_assert_cmpuint (printed->n_sheets, >, 1);
  first_footer = g_strdup_printf ("page 1 of %u", printed->n_sheets);
  last_footer = g_strdup_printf ("page %u of %u", printed->n_sheets, printed->n_sheets);
  fascia_test_assert_has (printed->text, first_footer);
  fascia_test_assert_has (printed->text, last_footer);
  g_assert_cmpuint (fascia_test_count (printed->text, "Education, not diagnosis."), ==, 1);

  sections = fascia_page_get_sections (page);
  sources = fascia_page_get_sources (page);
  last_section = g_ptr_array_index (sections, sections->len - 1);
  last_source = g_ptr_array_index (sources, sources->len - 1);
  fascia_test_assert_has (printed->text, last_section->title);
  fascia_test_assert_has (printed->text, last_source->title);
  fascia_test_assert_before (printed->text, last_section->title, "Sources");
  fascia_test_assert_before (printed->text, "Sources", last_source->title);

  assert_all_words_in_order (page, printed->raw_text);

  assert_no_line_twice (page, printed->pdf);
}

/* Blocks longer than a sheet: a paragraph goes on by lines, a list by items
 * and a table by rows, its header row repeated on every sheet. */
static void
test_print_splitting (void)
{
  g_autoptr(GString) xml = g_string_new (NULL);
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify)g_error_free);
  g_autoptr(FasciaPage) page = NULL;
  g_autoptr(Printed) printed = NULL;
  const char *p;

  if (fascia_test_skip_without_poppler ())
    return;

  g_string_append (xml,
                   "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                   "<page xmlns=\"http://fasciaapp.org/ns/page/1\" id=\"long\" type=\"article\">\n"
                   "  <title>Long</title>\n"
                   "  <summary>Longer than a sheet.</summary>\n"
                   "  <section id=\"one\">\n"
                   "    <title>One</title>\n"
                   "    <p>");
  for (guint i = 1; i <= 1500; i++)
    g_string_append_printf (xml, "w%04u ", i);
  g_string_append (xml, "end.</p>\n    <list>\n");
  for (guint i = 1; i <= 90; i++)
    g_string_append_printf (xml, "      <item>item%03u</item>\n", i);
  g_string_append (xml, "    </list>\n    <table>\n      <header><cell>Column A</cell><cell>Column B</cell></header>\n");
  for (guint i = 1; i <= 90; i++)
    g_string_append_printf (xml, "      <row><cell>row%03u</cell><cell>value</cell></row>\n", i);
  g_string_append (xml,
                   "    </table>\n  </section>\n"
                   "  <sources>\n"
                   "    <source id=\"s\"><authors>Doe J</authors><year>2024</year>"
                   "<title>Last</title><venue>Somewhere</venue></source>\n"
                   "  </sources>\n</page>\n");

  page = fascia_parser_parse_data (xml->str, xml->len, "long.xml", problems);
  if (problems->len > 0)
    g_error ("%s", ((GError *)g_ptr_array_index (problems, 0))->message);
  g_assert_nonnull (page);

  printed = print_page (page, NULL);
  g_assert_cmpuint (printed->n_sheets, >=, 5);

  /* Every word, item and row once, and in order. */
  p = printed->raw_text;
  for (guint i = 1; i <= 1500; i++)
    {
      g_autofree char *word = g_strdup_printf ("w%04u", i);

      g_assert_cmpuint (fascia_test_count (printed->text, word), ==, 1);
      p = strstr (p, word);
      g_assert_nonnull (p);
    }
  for (guint i = 1; i <= 90; i++)
    {
      g_autofree char *item = g_strdup_printf ("• item%03u", i);

      g_assert_cmpuint (fascia_test_count (printed->text, item), ==, 1);
      p = strstr (p, item);
      g_assert_nonnull (p);
    }
  for (guint i = 1; i <= 90; i++)
    {
      g_autofree char *row = g_strdup_printf ("row%03u value", i);

      g_assert_cmpuint (fascia_test_count (printed->text, row), ==, 1);
      p = strstr (p, row);
      g_assert_nonnull (p);
    }

  g_assert_cmpuint (fascia_test_count (printed->text, "Column A Column B"), >=, 2);
  assert_no_line_twice (page, printed->pdf);
}

static void
test_print_error (void)
{
  g_autoptr(FasciaPage) page = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *pdf = NULL;

  page = load_page ("data", "library", "alpha.xml", NULL);
  dir = g_dir_make_tmp ("fascia-print-XXXXXX", &error);
  g_assert_no_error (error);
  pdf = g_build_filename (dir, "no-such-folder", "alpha.pdf", NULL);

  g_assert_false (fascia_print_page_to_pdf (page, NULL, pdf, &error));
  g_assert_nonnull (error);
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
  g_rmdir (dir);
}

static GtkWindow *
find_toplevel (const char *type_name)
{
  g_autoptr(GListModel) toplevels = g_object_ref (gtk_window_get_toplevels ());
  GtkWindow *found = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels) && found == NULL; i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (strcmp (G_OBJECT_TYPE_NAME (window), type_name) == 0)
        found = window;
    }

  return found;
}

static gboolean
print_dialog_up (gpointer data)
{
  return find_toplevel ("GtkPrintUnixDialog") != NULL;
}

static gboolean
print_dialog_gone (gpointer data)
{
  return find_toplevel ("GtkPrintUnixDialog") == NULL;
}

static gboolean
mapped (gpointer data)
{
  return gtk_widget_get_mapped (data);
}

/* The print dialog comes up over the window, without blocking it, and
 * goes away quietly when cancelled. */
static void
test_print_dialog (void)
{
  g_autoptr(FasciaPage) page = load_page ("data", "library", "alpha.xml", NULL);
  GtkWindow *parent = GTK_WINDOW (gtk_window_new ());
  GtkWindow *dialog;

  gtk_window_present (parent);
  fascia_test_wait_for (mapped, parent, "the window to show");

  fascia_print_page (parent, page, NULL);
  fascia_test_wait_for (print_dialog_up, NULL, "the print dialog");

  dialog = find_toplevel ("GtkPrintUnixDialog");
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (dialog) == parent);
  g_assert_true (gtk_window_get_modal (dialog));

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  G_GNUC_END_IGNORE_DEPRECATIONS
  fascia_test_wait_for (print_dialog_gone, NULL, "the print dialog to go");

  g_assert_null (find_toplevel ("GtkPrintUnixDialog"));
  g_assert_null (find_toplevel ("AdwMessageDialog"));
  fascia_test_finalize_window (parent);
}

static void
count_free (gpointer data)
{
  (*(guint *)data)++;
}

/* Pages and the clinician sheet share one operation type, and with it the
 * settings the reader chose last; a cancelled print keeps the earlier
 * ones. The operation owns its job. */
static void
test_operation_settings (void)
{
  guint n_freed = 0;
  FasciaPrintOperation *first = fascia_print_operation_new ("One", &n_freed, count_free);
  FasciaPrintOperation *second = fascia_print_operation_new ("Two", NULL, NULL);
  g_autoptr(GtkPrintSettings) chosen = gtk_print_settings_new ();
  g_autoptr(GtkPrintSettings) other = gtk_print_settings_new ();

  fascia_print_operation_forget_settings ();
  g_assert_null (fascia_print_operation_get_last_settings ());
  g_assert_true (fascia_print_operation_get_job (first) == &n_freed);

  gtk_print_settings_set (chosen, GTK_PRINT_SETTINGS_PRINTER, "Paper by the window");
  gtk_print_operation_set_print_settings (GTK_PRINT_OPERATION (first), chosen);
  g_signal_emit_by_name (first, "done", GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_cmpstr (gtk_print_settings_get_printer (fascia_print_operation_get_last_settings ()), ==,
                   "Paper by the window");

  gtk_print_settings_set (other, GTK_PRINT_SETTINGS_PRINTER, "Never used");
  gtk_print_operation_set_print_settings (GTK_PRINT_OPERATION (second), other);
  g_signal_emit_by_name (second, "done", GTK_PRINT_OPERATION_RESULT_CANCEL);
  g_assert_cmpstr (gtk_print_settings_get_printer (fascia_print_operation_get_last_settings ()), ==,
                   "Paper by the window");

  g_assert_cmpuint (n_freed, ==, 0);
  g_assert_finalize_object (first);
  g_assert_cmpuint (n_freed, ==, 1);
  g_assert_finalize_object (second);
  fascia_print_operation_forget_settings ();
}

/* How many pixels of the first sheet, rendered at 50 dpi, are within a
 * small distance of @hex: the picture of the body is drawn, not only its
 * legend printed. */
static guint
count_colour (const char *pdf,
              const char *hex)
{
  g_autofree char *dir = g_path_get_dirname (pdf);
  g_autofree char *prefix = g_build_filename (dir, "sheet", NULL);
  g_autofree char *ppm = g_strconcat (prefix, ".ppm", NULL);
  const char *argv[] = { "pdftoppm", "-r", "50", "-f", "1", "-singlefile", pdf, prefix, NULL };
  g_autofree char *out = fascia_test_run_tool (argv);
  g_autofree char *data = NULL;
  GdkRGBA want;
  gsize length;
  int width, height, max, header;
  guint n = 0;

  g_assert_true (gdk_rgba_parse (&want, hex));
  g_assert_true (g_file_get_contents (ppm, &data, &length, NULL));
  g_assert_cmpint (sscanf (data, "P6 %d %d %d%n", &width, &height, &max, &header), ==, 3);
  header++;
  g_assert_cmpuint (length, >=, (gsize)header + (gsize)width * height * 3);

  for (int i = 0; i < width * height; i++)
    {
      const guchar *p = (const guchar *)data + header + i * 3;

      if (ABS (p[0] - want.red * 255) < 12 && ABS (p[1] - want.green * 255) < 12 && ABS (p[2] - want.blue * 255) < 12)
        n++;
    }

  g_unlink (ppm);
  return n;
}

/* A muscle page prints its picture, the muscle and its pattern with their
 * legend; a technique where to work and where never to press; a region
 * page its own area. */
static void
test_print_figures (void)
{
  g_autoptr(FasciaLibrary) library = NULL;
  struct {
    const char *page;
    const char *legend;
    const char *colour;   /* drawn on the first sheet */
  } cases[] = {
    { "muscle-piriformis", "Main zone of its pain", "#e01b24" },
    { "technique-massage-ball", "Never press here", "#1c71d8" },
    { "region-lateral-hip", "This page’s area", "#1c71d8" },
  };

  if (fascia_test_skip_without_poppler ())
    return;

  library = fascia_test_load_content ();
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      FasciaPage *page = fascia_library_get_page (library, cases[i].page);
      g_autoptr(Printed) printed = NULL;

      g_assert_nonnull (page);
      printed = print_page (page, library);
      fascia_test_assert_has (printed->text, cases[i].legend);
      if (!g_str_has_prefix (cases[i].page, "region-"))
        g_assert_cmpuint (count_colour (printed->pdf, cases[i].colour), >, 20);
    }
}

static const char write_in_xml[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
  "<page xmlns=\"http://fasciaapp.org/ns/page/1\" id=\"plan\" type=\"article\">\n"
  "<title>Plan</title><summary>A plan.</summary>\n"
  "<section id=\"a\"><title>A</title>\n"
  "<table><header><cell>Part</cell><cell>Mine</cell></header>\n"
  "<row><cell>Blankfirst</cell><cell/></row><row><cell>Blanksecond</cell><cell> </cell></row></table>\n"
  "<table><header><cell>Part</cell><cell>Said</cell></header>\n"
  "<row><cell>Fullfirst</cell><cell>Text</cell></row><row><cell>Fullsecond</cell><cell>Text</cell></row></table>\n"
  "<evidence level=\"opinion\">Opinion <cite ref=\"s\"/>.</evidence>\n"
  "</section>\n"
  "<sources><source id=\"s\"><authors>Tester T</authors><year>2024</year><title>T</title><venue>V</venue></source></sources>\n"
  "</page>\n";

/* Lines of @layout_text from the one holding @from to the one holding @to. */
static int
lines_between (const char *layout_text,
               const char *from,
               const char *to)
{
  const char *a = strstr (layout_text, from);
  const char *b = strstr (layout_text, to);
  int lines = 0;

  g_assert_nonnull (a);
  g_assert_nonnull (b);
  g_assert_true (a < b);
  for (const char *p = a; p < b; p++)
    lines += *p == '\n';

  return lines;
}

/* A blank table cell, such as a plan to fill in by hand, prints as room to
 * write: rows several lines high, where rows with text are one line. */
static void
test_print_write_in (void)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify)g_error_free);
  g_autoptr(FasciaPage) page = NULL;
  g_autoptr(FasciaLibrary) library = NULL;
  g_autoptr(Printed) printed = NULL;
  int blank, full;

  if (fascia_test_skip_without_poppler ())
    return;

  page = fascia_parser_parse_data (write_in_xml, strlen (write_in_xml), "plan.xml", problems);
  g_assert_cmpuint (problems->len, ==, 0);
  library = load_fixture_library ();
  printed = print_page (page, library);

  blank = lines_between (printed->layout_text, "Blankfirst", "Blanksecond");
  full = lines_between (printed->layout_text, "Fullfirst", "Fullsecond");
  g_test_message ("rows %d lines apart with blank cells, %d with text", blank, full);
  g_assert_cmpint (full, <=, 2);
  g_assert_cmpint (blank, >=, full + 3);
}

int
main (int   argc,
      char *argv[])
{
  fascia_test_init (&argc, &argv);

  g_test_add_func ("/print/operation-settings", test_operation_settings);
  g_test_add_func ("/print/every-block", test_print_every_block);
  g_test_add_func ("/print/write-in", test_print_write_in);
  g_test_add_func ("/print/referrers", test_print_referrers);
  g_test_add_func ("/print/long-page", test_print_long_page);
  g_test_add_func ("/print/splitting", test_print_splitting);
  g_test_add_func ("/print/error", test_print_error);
  g_test_add_func ("/print/dialog", test_print_dialog);
  g_test_add_func ("/print/figures", test_print_figures);

  return g_test_run ();
}
