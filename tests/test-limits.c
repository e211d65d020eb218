/* test-limits.c - the loader's caps: size, depth, entities, external files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "fascia-content-error.h"
#include "fascia-library.h"
#include "fascia-parser.h"

#define SECRET "FASCIA-SECRET-7f3a9c"

static GPtrArray *
new_problems (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify)g_error_free);
}

static void
assert_only_problem (GPtrArray          *problems,
                     FasciaContentError  code,
                     const char         *prefix)
{
  const GError *error;

  g_assert_cmpuint (problems->len, ==, 1);
  error = g_ptr_array_index (problems, 0);
  g_assert_error (error, FASCIA_CONTENT_ERROR, (int)code);
  if (!g_str_has_prefix (error->message, prefix))
    g_error ("expected “%s…”, got “%s”", prefix, error->message);
}

static char *
write_temp (const char *name,
            const char *contents,
            gssize      length)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("fascia-limits-XXXXXX", &error);
  char *path;

  g_assert_no_error (error);
  path = g_build_filename (dir, name, NULL);
  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);

  return path;
}

static void
remove_temp (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);

  g_unlink (path);
  g_rmdir (dir);
}

static void
test_oversized_file (void)
{
  g_autoptr(GPtrArray) problems = new_problems ();
  g_autoptr(GString) xml = g_string_new ("<?xml version=\"1.0\"?>\n<page xmlns=\"http://fasciaapp.org/ns/page/1\">");
  g_autoptr(FasciaPage) page = NULL;
  g_autofree char *path = NULL;
  g_autofree char *prefix = NULL;

  while (xml->len <= FASCIA_PARSER_MAX_FILE_SIZE)
    g_string_append (xml, "<!-- padding padding padding padding padding padding padding -->\n");
  g_string_append (xml, "</page>\n");

  path = write_temp ("big.xml", xml->str, (gssize)xml->len);
  page = fascia_parser_parse_file (path, problems);
  g_assert_null (page);
  prefix = g_strdup_printf ("%s:1: the file is larger than", path);
  assert_only_problem (problems, FASCIA_CONTENT_ERROR_TOO_LARGE, prefix);
  remove_temp (path);
}

static void
test_deep_nesting (void)
{
  g_autoptr(GPtrArray) problems = new_problems ();
  g_autoptr(GString) xml = g_string_new ("<?xml version=\"1.0\"?>\n"
                                          "<page xmlns=\"http://fasciaapp.org/ns/page/1\" id=\"t\" type=\"article\">\n"
                                          "<title>T</title><summary>\n");
  g_autoptr(FasciaPage) page = NULL;
  g_autofree char *prefix = NULL;

  /* Line 4 onwards: one <em> a line, 100 deep. */
  for (guint i = 0; i < 100; i++)
    g_string_append (xml, "<em>\n");
  for (guint i = 0; i < 100; i++)
    g_string_append (xml, "</em>");
  g_string_append (xml, "</summary></page>\n");

  page = fascia_parser_parse_data (xml->str, xml->len, "deep.xml", problems);
  g_assert_null (page);
  /* The page is depth 1 and the summary 2: the first <em> too deep is the
   * (MAX - 1)th, which starts on line 3 + MAX - 1. */
  prefix = g_strdup_printf ("deep.xml:%d: elements are nested more than %d deep",
                            3 + FASCIA_PARSER_MAX_DEPTH - 1, FASCIA_PARSER_MAX_DEPTH);
  assert_only_problem (problems, FASCIA_CONTENT_ERROR_TOO_DEEP, prefix);
}

static void
test_entity_expansion (void)
{
  g_autoptr(GPtrArray) problems = new_problems ();
  g_autoptr(FasciaPage) page = NULL;
  const char *xml =
    "<?xml version=\"1.0\"?>\n"
    "<!DOCTYPE page [\n"
    " <!ENTITY a \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\">\n"
    " <!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">\n"
    " <!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">\n"
    " <!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">\n"
    " <!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">\n"
    " <!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\">\n"
    "]>\n"
    "<page xmlns=\"http://fasciaapp.org/ns/page/1\" id=\"t\" type=\"article\">\n"
    "<title>&f;</title></page>\n";

  page = fascia_parser_parse_data (xml, strlen (xml), "bomb.xml", problems);
  g_assert_null (page);
  assert_only_problem (problems, FASCIA_CONTENT_ERROR_FORBIDDEN, "bomb.xml:2: DOCTYPE");
}

static void
test_external_entity (void)
{
  g_autoptr(GPtrArray) problems = new_problems ();
  g_autoptr(FasciaPage) page = NULL;
  g_autofree char *secret = write_temp ("secret.txt", SECRET, -1);
  g_autofree char *xml = NULL;
  g_autofree char *path = NULL;
  g_autofree char *prefix = NULL;
  const GError *error;

  xml = g_strdup_printf ("<?xml version=\"1.0\"?>\n"
                         "<!DOCTYPE page [ <!ENTITY secret SYSTEM \"file://%s\"> ]>\n"
                         "<page xmlns=\"http://fasciaapp.org/ns/page/1\" id=\"t\" type=\"article\">\n"
                         "<title>&secret;</title><summary>&secret;</summary></page>\n", secret);
  path = write_temp ("xxe.xml", xml, -1);

  page = fascia_parser_parse_file (path, problems);
  g_assert_null (page);
  prefix = g_strdup_printf ("%s:2: DOCTYPE", path);
  assert_only_problem (problems, FASCIA_CONTENT_ERROR_FORBIDDEN, prefix);
  error = g_ptr_array_index (problems, 0);
  g_assert_null (strstr (error->message, SECRET));

  remove_temp (path);
  remove_temp (secret);
}

static void
test_external_dtd (void)
{
  g_autoptr(GPtrArray) problems = new_problems ();
  g_autoptr(FasciaPage) page = NULL;
  const char *xml = "<?xml version=\"1.0\"?>\n"
                    "<!DOCTYPE page SYSTEM \"http://example.org/evil.dtd\">\n"
                    "<page xmlns=\"http://fasciaapp.org/ns/page/1\" id=\"t\" type=\"article\"/>\n";

  page = fascia_parser_parse_data (xml, strlen (xml), "dtd.xml", problems);
  g_assert_null (page);
  assert_only_problem (problems, FASCIA_CONTENT_ERROR_FORBIDDEN, "dtd.xml:2: DOCTYPE");
}

static void
test_xinclude_not_processed (void)
{
  g_autoptr(GPtrArray) problems = new_problems ();
  g_autoptr(FasciaPage) page = NULL;
  g_autofree char *secret = write_temp ("secret.xml", "<p xmlns=\"http://fasciaapp.org/ns/page/1\">" SECRET "</p>", -1);
  g_autofree char *xml = NULL;
  const GError *error;

  xml = g_strdup_printf ("<?xml version=\"1.0\"?>\n"
                         "<page xmlns=\"http://fasciaapp.org/ns/page/1\" xmlns:xi=\"http://www.w3.org/2001/XInclude\" id=\"t\" type=\"article\">\n"
                         "<title>T</title><summary>S</summary><section id=\"a\"><title>A</title>\n"
                         "<xi:include href=\"%s\"/>\n"
                         "</section></page>\n", secret);

  page = fascia_parser_parse_data (xml, strlen (xml), "xi.xml", problems);
  g_assert_null (page);
  g_assert_cmpuint (problems->len, ==, 1);
  error = g_ptr_array_index (problems, 0);
  g_assert_error (error, FASCIA_CONTENT_ERROR, FASCIA_CONTENT_ERROR_SCHEMA);
  g_assert_null (strstr (error->message, SECRET));
  remove_temp (secret);
}

static void
test_bad_file_among_good (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("fascia-limits-XXXXXX", &error);
  g_autofree char *good = g_build_filename (dir, "good.xml", NULL);
  g_autofree char *bomb = g_build_filename (dir, "bomb.xml", NULL);
  g_autoptr(FasciaLibrary) library = NULL;

  g_assert_no_error (error);
  g_file_set_contents (good,
                       "<?xml version=\"1.0\"?>\n"
                       "<page xmlns=\"http://fasciaapp.org/ns/page/1\" id=\"good\" type=\"reference\">\n"
                       "<title>Good</title><summary>S</summary><section id=\"a\"><title>A</title>\n"
                       "<p>x <cite ref=\"s1\"/></p></section><sources><source id=\"s1\"><authors>A</authors>"
                       "<year>2001</year><title>T</title><venue>V</venue></source></sources></page>\n",
                       -1, &error);
  g_assert_no_error (error);
  g_file_set_contents (bomb, "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY a \"b\">]>\n<x>&a;</x>\n", -1, &error);
  g_assert_no_error (error);

  library = fascia_library_load (dir, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (fascia_library_get_n_pages (library), ==, 1);
  g_assert_nonnull (fascia_library_get_page (library, "good"));
  g_assert_cmpuint (fascia_library_get_n_skipped (library), ==, 1);
  g_assert_cmpuint (fascia_library_get_problems (library)->len, ==, 1);

  g_unlink (good);
  g_unlink (bomb);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/limits/oversized-file", test_oversized_file);
  g_test_add_func ("/limits/deep-nesting", test_deep_nesting);
  g_test_add_func ("/limits/entity-expansion", test_entity_expansion);
  g_test_add_func ("/limits/external-entity", test_external_entity);
  g_test_add_func ("/limits/external-dtd", test_external_dtd);
  g_test_add_func ("/limits/xinclude", test_xinclude_not_processed);
  g_test_add_func ("/limits/bad-file-among-good", test_bad_file_among_good);

  return g_test_run ();
}
