/* test-library.c - loading a folder: skipped files, duplicate ids, links
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "fascia-content-error.h"
#include "fascia-library.h"
#include "fascia-page-private.h"

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

static const GError *
find_problem (FasciaLibrary *library,
              const char    *file,
              const char    *fragment)
{
  GPtrArray *problems = fascia_library_get_problems (library);

  for (guint i = 0; i < problems->len; i++)
    {
      const GError *error = g_ptr_array_index (problems, i);

      if (strstr (error->message, file) != NULL && strstr (error->message, fragment) != NULL)
        return error;
    }

  g_error ("no problem in %s mentions “%s”", file, fragment);
  return NULL;
}

static void
test_bad_file_skipped (void)
{
  g_autoptr(FasciaLibrary) library = load_fixture_library ();
  const GError *error;

  /* alpha, beta, delta, gamma and the places load; broken.xml and the
   * second alpha do not. */
  g_assert_cmpuint (fascia_library_get_n_pages (library), ==, 5);
  g_assert_cmpuint (fascia_library_get_n_skipped (library), ==, 2);
  g_assert_null (fascia_library_get_page (library, "broken"));
  g_assert_nonnull (fascia_library_get_page (library, "beta"));
  g_assert_nonnull (fascia_library_get_page (library, "gamma"));

  error = find_problem (library, "broken.xml", "tag mismatch");
  g_assert_error (error, FASCIA_CONTENT_ERROR, FASCIA_CONTENT_ERROR_MALFORMED);
  g_assert_true (g_str_has_suffix (strstr (error->message, "broken.xml:"),
                                   "broken.xml:8: Opening and ending tag mismatch: p line 7 and section"));
}

static void
test_duplicate_id (void)
{
  g_autoptr(FasciaLibrary) library = load_fixture_library ();
  const GError *error = find_problem (library, "alpha-again.xml", "already used");

  g_assert_error (error, FASCIA_CONTENT_ERROR, FASCIA_CONTENT_ERROR_DUPLICATE_ID);
  g_assert_nonnull (strstr (error->message, "alpha-again.xml:2: "));
  g_assert_nonnull (strstr (error->message, "alpha.xml:2"));
  /* The first file keeps the id. */
  g_assert_cmpstr (fascia_page_get_title (fascia_library_get_page (library, "alpha")), ==, "Alpha & friends");
}

static void
test_dangling_links (void)
{
  g_autoptr(FasciaLibrary) library = load_fixture_library ();
  const GError *error;

  error = find_problem (library, "gamma.xml:10: ", "“nowhere”, which no page has");
  g_assert_error (error, FASCIA_CONTENT_ERROR, FASCIA_CONTENT_ERROR_DANGLING_LINK);
  error = find_problem (library, "gamma.xml:11: ", "section “missing” of “alpha”");
  g_assert_error (error, FASCIA_CONTENT_ERROR, FASCIA_CONTENT_ERROR_DANGLING_LINK);
  /* A page with a dangling link still loads. */
  g_assert_nonnull (fascia_library_get_page (library, "gamma"));
  /* alpha.xml keeps straight quotes in its text on purpose, to show that
   * markup in content stays text: a house-style problem. */
  error = find_problem (library, "alpha.xml:12: ", "a straight quote");
  g_assert_error (error, FASCIA_CONTENT_ERROR, FASCIA_CONTENT_ERROR_INVALID);
  g_assert_cmpuint (fascia_library_get_problems (library)->len, ==, 5);
}

static void
test_reading_order (void)
{
  g_autoptr(FasciaLibrary) library = load_fixture_library ();
  g_autoptr(GPtrArray) techniques = fascia_library_dup_pages_of_type (library, FASCIA_PAGE_TECHNIQUE);
  const char *expected[] = { "alpha", "gamma", "beta", "delta" };

  /* Articles, then regions, techniques, muscles... */
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_cmpstr (fascia_page_get_id (fascia_library_get_page_at (library, i)), ==, expected[i]);

  g_assert_cmpuint (techniques->len, ==, 1);
  g_assert_cmpstr (fascia_page_get_id (g_ptr_array_index (techniques, 0)), ==, "beta");
}

static void
test_problems_sorted (void)
{
  g_autoptr(FasciaLibrary) library = load_fixture_library ();
  GPtrArray *problems = fascia_library_get_problems (library);

  for (guint i = 1; i < problems->len; i++)
    {
      gconstpointer a = &g_ptr_array_index (problems, i - 1);
      gconstpointer b = &g_ptr_array_index (problems, i);

      g_assert_cmpint (fascia_content_error_compare (a, b), <, 0);
    }
}

static void
test_resolve (void)
{
  g_autoptr(FasciaLibrary) library = load_fixture_library ();
  FasciaPage *page = NULL;
  g_autofree char *section = NULL;

  g_assert_true (fascia_library_resolve (library, "beta#stop", &page, &section));
  g_assert_cmpstr (fascia_page_get_id (page), ==, "beta");
  g_assert_cmpstr (section, ==, "stop");
  g_assert_false (fascia_library_resolve (library, "beta#nope", NULL, NULL));
  g_assert_false (fascia_library_resolve (library, "broken", NULL, NULL));
  g_assert_false (fascia_library_resolve (library, "", NULL, NULL));
}

static void
test_unreachable_page (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("fascia-library-XXXXXX", &error);
  const char *ids[] = { "one", "two", "three" };
  g_autoptr(FasciaLibrary) library = NULL;
  GPtrArray *problems;

  g_assert_no_error (error);

  /* one and two link to each other; nothing links to three. */
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autofree char *path = g_strdup_printf ("%s/%s.xml", dir, ids[i]);
      g_autofree char *xml =
        g_strdup_printf ("<?xml version=\"1.0\"?>\n"
                         "<page xmlns=\"http://fasciaapp.org/ns/page/1\" id=\"%s\" type=\"reference\">\n"
                         "<title>T</title><summary>S</summary><section id=\"a\"><title>A</title>\n"
                         "<p><link to=\"%s\">x</link> <link to=\"%s\">self</link> <cite ref=\"s1\"/></p></section>"
                         "<sources><source id=\"s1\"><authors>A</authors><year>2001</year><title>T</title>"
                         "<venue>V</venue></source></sources></page>\n",
                         ids[i], i == 0 ? "two" : "one", ids[i]);

      g_file_set_contents (path, xml, -1, &error);
      g_assert_no_error (error);
    }

  library = fascia_library_load (dir, &error);
  g_assert_no_error (error);
  problems = fascia_library_get_problems (library);
  g_assert_cmpuint (problems->len, ==, 1);
  g_assert_error ((GError *)g_ptr_array_index (problems, 0), FASCIA_CONTENT_ERROR, FASCIA_CONTENT_ERROR_MISSING_PART);
  g_assert_nonnull (strstr (((GError *)g_ptr_array_index (problems, 0))->message, "three.xml:2: no other page links to “three”"));

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autofree char *path = g_strdup_printf ("%s/%s.xml", dir, ids[i]);
      g_remove (path);
    }
  g_rmdir (dir);
}

/* A library big enough to be checked on every core finds the same
 * problems, where they are: pages in a ring of links, one of which also
 * links nowhere and to a missing section, one page left out, and one
 * warning sign given two urgencies on two pages. */
static void
test_many_pages (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("fascia-library-XXXXXX", &error);
  g_autoptr(FasciaLibrary) library = NULL;
  const guint n_ring = 400;   /* more than a library read on one thread */
  GPtrArray *problems;
  const char *expected[] = {
    "lonely.xml:2: no other page links to “lonely”",
    "p-123.xml:5: <link> points to “nowhere”, which no page has",
    "p-123.xml:6: <link> points to section “missing” of “p-124”, which that page does not have",
    "p-7.xml:6: this warning sign is “emergency” here but “soon” at ",
  };

  g_assert_no_error (error);

  for (guint i = 0; i <= n_ring; i++)
    {
      g_autofree char *id = i < n_ring ? g_strdup_printf ("p-%u", i) : g_strdup ("lonely");
      g_autofree char *path = g_strdup_printf ("%s/%s.xml", dir, id);
      g_autofree char *xml =
        g_strdup_printf ("<?xml version=\"1.0\"?>\n"
                         "<page xmlns=\"http://fasciaapp.org/ns/page/1\" id=\"%s\" type=\"reference\">\n"
                         "<title>T</title><summary>S</summary><section id=\"a\"><title>A</title>\n"
                         "<p><link to=\"p-%u\">next</link> <cite ref=\"s1\"/></p>\n"
                         "%s</section>"
                         "<sources><source id=\"s1\"><authors>A</authors><year>2001</year><title>T</title>"
                         "<venue>V</venue></source></sources></page>\n",
                         id, (i + 1) % n_ring,
                         i == 123 ? "<p><link to=\"nowhere\">x</link></p>\n<p><link to=\"p-124#missing\">y</link></p>\n"
                         : i == 7 ? "<red-flags urgency=\"emergency\">\n<flag>Both legs feel weak <cite ref=\"s1\"/>.</flag></red-flags>\n"
                         : i == 300 ? "<red-flags urgency=\"soon\">\n<flag>Both legs  feel weak <cite ref=\"s1\"/>.</flag></red-flags>\n"
                         : "");

      g_file_set_contents (path, xml, -1, &error);
      g_assert_no_error (error);
    }

  library = fascia_library_load (dir, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (fascia_library_get_n_pages (library), ==, n_ring + 1);
  problems = fascia_library_get_problems (library);
  for (guint i = 0; i < problems->len; i++)
    g_test_message ("%s", ((GError *)g_ptr_array_index (problems, i))->message);
  g_assert_cmpuint (problems->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      const GError *problem = g_ptr_array_index (problems, i);

      g_assert_nonnull (strstr (problem->message, expected[i]));
    }
  g_assert_true (g_str_has_suffix (((GError *)g_ptr_array_index (problems, 3))->message,
                                   "/p-300.xml:6: one sign has one urgency everywhere"));

  for (guint i = 0; i <= n_ring; i++)
    {
      g_autofree char *id = i < n_ring ? g_strdup_printf ("p-%u", i) : g_strdup ("lonely");
      g_autofree char *path = g_strdup_printf ("%s/%s.xml", dir, id);

      g_remove (path);
    }
  g_rmdir (dir);
}

/* Writes a ring of @n pages, each linking to the next, into a new folder. */
static char *
write_ring (guint n)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("fascia-library-XXXXXX", &error);

  g_assert_no_error (error);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *path = g_strdup_printf ("%s/p-%u.xml", dir, i);
      g_autofree char *xml =
        g_strdup_printf ("<?xml version=\"1.0\"?>\n"
                         "<page xmlns=\"http://fasciaapp.org/ns/page/1\" id=\"p-%u\" type=\"reference\">\n"
                         "<title>Page %u</title><summary>S</summary><section id=\"a\"><title>A</title>\n"
                         "<p>Ring word%u <link to=\"p-%u#a\">next</link> <cite ref=\"s1\"/></p>\n"
                         "</section>"
                         "<sources><source id=\"s1\"><authors>A</authors><year>2001</year><title>T</title>"
                         "<venue>V</venue></source></sources></page>\n",
                         i, i, i, (i + 1) % n);

      g_file_set_contents (path, xml, -1, &error);
      g_assert_no_error (error);
    }

  return dir;
}

static void
remove_ring (const char *dir,
             guint       n)
{
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *path = g_strdup_printf ("%s/p-%u.xml", dir, i);

      g_remove (path);
    }
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* Once read and checked, a page keeps its outline and lets go of its body;
 * the body is read again, whole, when first asked for. */
static void
test_bodies_read_again (void)
{
  g_autofree char *dir = write_ring (3);
  g_autoptr(GError) error = NULL;
  g_autoptr(FasciaLibrary) library = fascia_library_load (dir, &error);
  FasciaPage *page;
  const FasciaSection *section;
  const FasciaBlock *block;
  const FasciaInline *link;
  FasciaPage *target = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (fascia_library_get_problems (library)->len, ==, 0);
  page = fascia_library_get_page (library, "p-1");

  /* The outline answers without the body: links resolve, titles show. */
  g_assert_false (fascia_page_has_body (page));
  g_assert_cmpstr (fascia_page_get_title (page), ==, "Page 1");
  g_assert_true (fascia_library_resolve (library, "p-1#a", &target, NULL));
  g_assert_true (target == page);
  g_assert_false (fascia_page_has_body (page));

  /* Asking for the body reads it again. */
  section = fascia_page_find_section (page, "a");
  g_assert_true (fascia_page_has_body (page));
  g_assert_nonnull (section);
  g_assert_cmpstr (section->title, ==, "A");
  g_assert_cmpuint (section->blocks->len, ==, 1);
  block = g_ptr_array_index (section->blocks, 0);
  g_assert_cmpint (block->kind, ==, FASCIA_BLOCK_PARAGRAPH);
  link = g_ptr_array_index (block->inlines, 1);
  g_assert_cmpint (link->kind, ==, FASCIA_INLINE_LINK);
  g_assert_cmpstr (link->target, ==, "p-2#a");
  g_assert_cmpuint (fascia_page_get_sources (page)->len, ==, 1);
  g_assert_cmpint (fascia_page_find_source (page, "s1"), ==, 0);
  /* The outline's section is the one with the body: pointers held before
   * stay good. */
  g_assert_true (fascia_page_peek_section (page, "a") == section);

  remove_ring (dir, 3);
}

/* A file changed after it was read is not shown: its text was never
 * checked. The page says so instead, and the others are untouched. */
static void
test_bodies_file_changed (void)
{
  g_autofree char *dir = write_ring (5);
  g_autofree char *changed = g_build_filename (dir, "p-1.xml", NULL);
  g_autofree char *removed = g_build_filename (dir, "p-2.xml", NULL);
  g_autofree char *fifo = g_build_filename (dir, "p-3.xml", NULL);
  g_autofree char *linked = g_build_filename (dir, "p-4.xml", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(FasciaLibrary) library = fascia_library_load (dir, &error);
  const char *pages[] = { "p-1", "p-2", "p-3", "p-4" };

  g_assert_no_error (error);
  g_file_set_contents (changed,
                       "<?xml version=\"1.0\"?>\n"
                       "<page xmlns=\"http://fasciaapp.org/ns/page/1\" id=\"p-1\" type=\"reference\">\n"
                       "<title>Page 1</title><summary>S</summary><section id=\"a\"><title>A</title>\n"
                       "<p>Press hard on the side of the neck.</p></section></page>\n",
                       -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_remove (removed), ==, 0);
  /* Hostile replacements read as changed, without blocking or leaving the
   * folder: a pipe nobody writes to, and a link to a file outside. */
  g_assert_cmpint (g_remove (fifo), ==, 0);
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  g_assert_cmpint (g_remove (linked), ==, 0);
  g_assert_cmpint (symlink ("/etc/passwd", linked), ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      FasciaPage *page = fascia_library_get_page (library, pages[i]);
      GPtrArray *sections;
      const FasciaSection *section;
      const FasciaBlock *note;
      g_autofree char *text = NULL;

      g_test_expect_message ("fascia-page", G_LOG_LEVEL_WARNING, "*changed after it was read*");
      sections = fascia_page_get_sections (page);
      g_test_assert_expected_messages ();

      g_assert_cmpuint (sections->len, ==, 1);
      section = g_ptr_array_index (sections, 0);
      g_assert_cmpuint (section->blocks->len, ==, 1);
      note = g_ptr_array_index (section->blocks, 0);
      g_assert_cmpint (note->kind, ==, FASCIA_BLOCK_NOTE);
      g_assert_cmpint (note->note_kind, ==, FASCIA_NOTE_CAUTION);
      g_assert_cmpstr (note->title, ==, "This page changed on disk");
      text = fascia_inlines_to_text (note->inlines);
      g_assert_nonnull (strstr (text, "Restart Fascia"));
      g_assert_cmpuint (fascia_page_get_sources (page)->len, ==, 0);
    }

  /* The page whose file is as it was reads as before. */
  {
    FasciaPage *page = fascia_library_get_page (library, "p-0");
    const FasciaSection *section = fascia_page_find_section (page, "a");
    g_autofree char *text = fascia_inlines_to_text (((FasciaBlock *)g_ptr_array_index (section->blocks, 0))->inlines);

    g_assert_nonnull (strstr (text, "Ring word0"));
  }

  remove_ring (dir, 5);
}

/* Search cuts its snippets from text written down while loading: finding
 * pages reads none of their bodies again. */
static void
test_bodies_search (void)
{
  g_autofree char *dir = write_ring (400);
  g_autoptr(GError) error = NULL;
  g_autoptr(FasciaLibrary) library = fascia_library_load (dir, &error);
  FasciaSearchIndex *index;
  g_autoptr(GPtrArray) results = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (fascia_library_get_problems (library)->len, ==, 0);
  index = fascia_library_get_search_index (library);
  results = fascia_search_index_query (index, "word123", 10);
  g_assert_cmpuint (results->len, ==, 1);
  g_assert_cmpstr (fascia_page_get_id (((FasciaSearchResult *)g_ptr_array_index (results, 0))->page), ==, "p-123");
  g_assert_nonnull (strstr (((FasciaSearchResult *)g_ptr_array_index (results, 0))->snippet, "Ring word123 next"));
  g_assert_cmpstr (((FasciaSearchResult *)g_ptr_array_index (results, 0))->section_id, ==, "a");

  g_ptr_array_unref (g_steal_pointer (&results));
  results = fascia_search_index_query (index, "ring", 0);
  g_assert_cmpuint (results->len, ==, 400);
  for (guint i = 0; i < fascia_library_get_n_pages (library); i++)
    g_assert_false (fascia_page_has_body (fascia_library_get_page_at (library, i)));

  remove_ring (dir, 400);
}

static void
test_missing_folder (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FasciaLibrary) library = fascia_library_load ("/nonexistent/fascia/content", &error);

  g_assert_null (library);
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/library/bad-file-skipped", test_bad_file_skipped);
  g_test_add_func ("/library/duplicate-id", test_duplicate_id);
  g_test_add_func ("/library/dangling-links", test_dangling_links);
  g_test_add_func ("/library/reading-order", test_reading_order);
  g_test_add_func ("/library/problems-sorted", test_problems_sorted);
  g_test_add_func ("/library/resolve", test_resolve);
  g_test_add_func ("/library/unreachable-page", test_unreachable_page);
  g_test_add_func ("/library/many-pages", test_many_pages);
  g_test_add_func ("/library/missing-folder", test_missing_folder);
  g_test_add_func ("/library/bodies/read-again", test_bodies_read_again);
  g_test_add_func ("/library/bodies/file-changed", test_bodies_file_changed);
  g_test_add_func ("/library/bodies/search", test_bodies_search);

  return g_test_run ();
}
