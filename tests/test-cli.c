/* test-cli.c - the command line: --check-content, --version, --help
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib.h>

static const char *fascia_path;

static void
run4 (const char  *arg1,
      const char  *arg2,
      const char  *arg3,
      const char  *arg4,
      char       **out,
      char       **err,
      int         *status)
{
  const char *argv[] = { fascia_path, arg1, arg2, arg3, arg4, NULL };
  g_autoptr(GError) error = NULL;
  int wait_status;

  g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, out, err, &wait_status, &error);
  g_assert_no_error (error);
  *status = WIFEXITED (wait_status) ? WEXITSTATUS (wait_status) : -1;
}

static void
run (const char  *arg1,
     const char  *arg2,
     char       **out,
     char       **err,
     int         *status)
{
  run4 (arg1, arg2, NULL, NULL, out, err, status);
}

static void
test_check_shipped_content (void)
{
  g_autofree char *out = NULL, *err = NULL;
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "..", "content", NULL);
  int status;

  run ("--check-content", dir, &out, &err, &status);
  if (status != 0)
    g_test_message ("%s", out);
  g_assert_cmpstr (out, ==, "");
  g_assert_cmpint (status, ==, 0);
  g_assert_nonnull (strstr (err, "no problems"));
}

static void
test_check_broken_folder (void)
{
  g_autofree char *out = NULL, *err = NULL;
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "data", "library", NULL);
  g_auto(GStrv) lines = NULL;
  g_autoptr(GRegex) form = g_regex_new ("^.+\\.xml:[0-9]+: .+$", 0, 0, NULL);
  int status;

  run ("--check-content", dir, &out, &err, &status);
  g_assert_cmpint (status, ==, 1);

  lines = g_strsplit (g_strchomp (out), "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 5);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (!g_regex_match (form, lines[i], 0, NULL))
        g_error ("not of the form file:line: message: “%s”", lines[i]);
    }
  /* In the order of the files: alpha.xml, then broken.xml. */
  g_assert_nonnull (strstr (lines[0], "alpha.xml:12: "));
  g_assert_nonnull (strstr (lines[1], "broken.xml:8: "));
  g_assert_nonnull (strstr (err, "5 problems"));
}

static void
test_check_missing_folder (void)
{
  g_autofree char *out = NULL, *err = NULL;
  int status;

  run ("--check-content", "/nonexistent/fascia", &out, &err, &status);
  g_assert_cmpint (status, ==, 1);
  g_assert_true (g_str_has_prefix (out, "/nonexistent/fascia:0: "));
}

/* Every distinct source of the shipped pages, for a reviewer to look up:
 * the list goes to the test log, and each entry must be complete. */
static void
test_list_sources_shipped (void)
{
  g_autofree char *out = NULL, *err = NULL;
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "..", "content", NULL);
  g_autoptr(GRegex) id_line = g_regex_new ("^[a-z0-9]+(-[a-z0-9]+)*$", 0, 0, NULL);
  g_autoptr(GRegex) reference = g_regex_new ("^  .+ \\(([0-9]{4}|n\\.d\\.)\\)\\. .+\\. .+\\.( https?://\\S+)?$", 0, 0, NULL);
  g_autoptr(GRegex) cited = g_regex_new ("^  cited by ([0-9]+):(( [a-z0-9-]+)+)$", 0, 0, NULL);
  g_auto(GStrv) lines = NULL;
  guint n_sources = 0;
  int status;

  run ("--list-sources", dir, &out, &err, &status);
  g_assert_cmpint (status, ==, 0);
  g_test_message ("Every source the shipped pages cite, with the pages citing it:\n%s", out);

  lines = g_strsplit (g_strchomp (out), "\n", -1);
  g_assert_cmpuint (g_strv_length (lines) % 3, ==, 0);
  for (guint i = 0; lines[i] != NULL; i += 3)
    {
      g_autoptr(GMatchInfo) match = NULL;
      g_autofree char *count = NULL, *pages = NULL;
      g_auto(GStrv) ids = NULL;

      if (!g_regex_match (id_line, lines[i], 0, NULL))
        g_error ("not a source id: “%s”", lines[i]);
      if (!g_regex_match (reference, lines[i + 1], 0, NULL))
        g_error ("source %s is incomplete: “%s”", lines[i], lines[i + 1]);
      if (!g_regex_match (cited, lines[i + 2], 0, &match))
        g_error ("source %s: no citing pages: “%s”", lines[i], lines[i + 2]);

      count = g_match_info_fetch (match, 1);
      pages = g_match_info_fetch (match, 2);
      ids = g_strsplit (g_strstrip (pages), " ", -1);
      g_assert_cmpuint (g_strv_length (ids), ==, (guint)g_ascii_strtoull (count, NULL, 10));
      n_sources++;
    }

  /* The shipped library has dozens of sources; an empty list is a bug. */
  g_assert_cmpuint (n_sources, >=, 20);
}

/* The fixture library's one source, cited by every page, in reading order
 * (regions before muscles, then by title). */
static void
test_list_sources_fixture (void)
{
  g_autofree char *out = NULL, *err = NULL;
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "data", "clinician", NULL);
  int status;

  run ("--list-sources", dir, &out, &err, &status);
  g_assert_cmpint (status, ==, 0);
  g_assert_cmpstr (out, ==,
                   "test\n"
                   "  Tester T (2024). Fixtures. Tests.\n"
                   "  cited by 9: region-calf region-hip region-knee region-back muscle-a muscle-b muscle-d muscle-e muscle-c\n");
}

/* The content report on the shipped pages: a line for every page, the
 * same table in the file, and no page too hard to read. The table goes to
 * the test log, where CI shows it. */
static void
test_report_shipped (void)
{
  g_autofree char *out = NULL, *err = NULL, *written = NULL;
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "..", "content", NULL);
  g_autofree char *pages_dir = g_build_filename (dir, "pages", NULL);
  g_autofree char *report_dir = g_build_filename (g_get_tmp_dir (), "report", NULL);
  g_autofree char *report = g_build_filename (report_dir, "content-report.txt", NULL);
  g_autoptr(GDir) pages = g_dir_open (pages_dir, 0, NULL);
  g_auto(GStrv) lines = NULL;
  g_autoptr(GRegex) row = g_regex_new ("^([a-z0-9-]+) +([a-z]+) +([0-9]+) +([0-9.]+) +([0-9]+)  (.+)$", 0, 0, NULL);
  const char *name;
  guint n_files = 0, n_rows = 0;
  int status;

  run4 ("--check-content", dir, "--report", report_dir, &out, &err, &status);
  g_test_message ("%s", out);
  g_assert_cmpint (status, ==, 0);
  g_assert_nonnull (strstr (err, "no problems"));

  g_assert_true (g_file_get_contents (report, &written, NULL, NULL));
  g_assert_cmpstr (written, ==, out);

  while ((name = g_dir_read_name (pages)) != NULL)
    n_files += g_str_has_suffix (name, ".xml");

  lines = g_strsplit (g_strchomp (out), "\n", -1);
  g_assert_true (g_str_has_prefix (lines[0], "page "));
  for (guint i = 1; lines[i] != NULL && lines[i + 1] != NULL; i++)
    {
      g_autoptr(GMatchInfo) match = NULL;
      g_autofree char *ease = NULL;

      if (!g_regex_match (row, lines[i], 0, &match))
        g_error ("not a row of the report: “%s”", lines[i]);
      ease = g_match_info_fetch (match, 4);
      /* Every page has running text, and none reads too hard. */
      g_assert_cmpfloat (g_ascii_strtod (ease, NULL), >=, 50.0);
      g_assert_null (strstr (lines[i], "BELOW"));
      n_rows++;
    }
  g_assert_cmpuint (n_rows, ==, n_files);
  g_assert_nonnull (strstr (lines[n_rows + 1], "pages"));
  g_assert_nonnull (strstr (lines[n_rows + 1], "0 below 50"));
}

static const char hard_page[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
  "<page xmlns=\"http://fasciaapp.org/ns/page/1\" id=\"hard\" type=\"article\">\n"
  "<title>Hard</title><summary>Fine.</summary>\n"
  "<section id=\"a\"><title>A</title>\n"
  "<p>Myofascial interventions demonstrated statistically heterogeneous physiological "
  "consequences, necessitating considerably individualised therapeutic categorisation <cite ref=\"s\"/>.</p>\n"
  "<evidence level=\"limited\">Methodological limitations predominate. See <link to=\"easy\">easy</link>.</evidence>\n"
  "</section>\n"
  "<sources><source id=\"s\"><authors>Tester T</authors><year>2024</year><title>T</title><venue>V</venue></source></sources>\n"
  "</page>\n";

static const char easy_page[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
  "<page xmlns=\"http://fasciaapp.org/ns/page/1\" id=\"easy\" type=\"article\">\n"
  "<title>Easy</title><summary>Walk a bit.</summary>\n"
  "<section id=\"a\"><title>A</title>\n"
  "<p>Sit down. Rest your leg. Then walk <cite ref=\"s\"/>. See <link to=\"hard\">hard</link>.</p>\n"
  "<evidence level=\"limited\">Small trials.</evidence>\n"
  "</section>\n"
  "<sources><source id=\"s\"><authors>Tester T</authors><year>2024</year><title>T</title><venue>V</venue></source></sources>\n"
  "</page>\n";

/* A page that reads too hard fails the report with its file and line; the
 * other page is still reported, and the table is still written. */
static void
test_report_hard_page (void)
{
  g_autofree char *out = NULL, *err = NULL, *written = NULL;
  g_autofree char *content = g_build_filename (g_get_tmp_dir (), "content", NULL);
  g_autofree char *pages = g_build_filename (content, "pages", NULL);
  g_autofree char *hard = g_build_filename (pages, "hard.xml", NULL);
  g_autofree char *easy = g_build_filename (pages, "easy.xml", NULL);
  g_autofree char *report_dir = g_build_filename (g_get_tmp_dir (), "out", "deeper", NULL);
  g_autofree char *report = g_build_filename (report_dir, "content-report.txt", NULL);
  g_autofree char *expected = NULL;
  int status;

  g_assert_cmpint (g_mkdir_with_parents (pages, 0755), ==, 0);
  g_assert_true (g_file_set_contents (hard, hard_page, -1, NULL));
  g_assert_true (g_file_set_contents (easy, easy_page, -1, NULL));

  /* Without --report the page is valid. */
  run ("--check-content", content, &out, &err, &status);
  g_assert_cmpint (status, ==, 0);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  run4 ("--check-content", content, "--report", report_dir, &out, &err, &status);
  g_test_message ("%s", out);
  g_assert_cmpint (status, ==, 1);
  expected = g_strdup_printf ("%s:2: reading ease ", hard);
  g_assert_nonnull (strstr (out, expected));
  g_assert_nonnull (strstr (out, "is below 50"));
  g_assert_nonnull (strstr (err, "1 problem"));
  g_assert_true (g_file_get_contents (report, &written, NULL, NULL));
  g_assert_nonnull (strstr (written, "BELOW 50"));
  g_assert_nonnull (strstr (written, "\neasy "));
  g_assert_nonnull (strstr (written, "limited 1"));
  g_assert_nonnull (strstr (written, "2 pages"));
}

/* A report that cannot be written says so and fails; --report alone is
 * refused. */
static void
test_report_unwritable (void)
{
  g_autofree char *out = NULL, *err = NULL;
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "..", "content", NULL);
  int status;

  run4 ("--check-content", dir, "--report", "/proc/fascia-report", &out, &err, &status);
  g_assert_cmpint (status, ==, 1);
  g_assert_nonnull (strstr (out, "/proc/fascia-report/content-report.txt:0: cannot write the content report"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  run ("--report", "/tmp", &out, &err, &status);
  g_assert_cmpint (status, ==, 1);
  g_assert_nonnull (strstr (err, "--report needs --check-content"));
}

/* The project's generator of large libraries makes valid ones: what the
 * benchmarks load is a library, not a pile of problems. */
static void
test_generated_library (void)
{
  g_autofree char *out = NULL, *err = NULL, *gen_out = NULL;
  g_autofree char *content = g_test_build_filename (G_TEST_DIST, "..", "content", NULL);
  g_autofree char *generator = g_test_build_filename (G_TEST_DIST, "..", "build-aux", "generate-library.py", NULL);
  g_autofree char *library = g_build_filename (g_get_tmp_dir (), "generated", NULL);
  const char *python = g_getenv ("PYTHON");
  const char *gen_argv[] = { python != NULL ? python : "python3", generator, content, library, "400", NULL };
  g_autoptr(GError) error = NULL;
  guint n_pages = 0;
  int status;

  g_spawn_sync (NULL, (char **)gen_argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &gen_out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  run ("--check-content", library, &out, &err, &status);
  if (status != 0)
    g_test_message ("%s", out);
  g_assert_cmpstr (out, ==, "");
  g_assert_cmpint (status, ==, 0);
  g_assert_nonnull (strstr (err, "no problems"));
  /* About the size asked for, and more than the shipped library. */
  {
    g_autoptr(GRegex) count = g_regex_new ("([0-9]+) pages, no problems", 0, 0, NULL);
    g_autoptr(GMatchInfo) match = NULL;
    g_autofree char *number = NULL;

    g_assert_true (g_regex_match (count, err, 0, &match));
    number = g_match_info_fetch (match, 1);
    n_pages = (guint)g_ascii_strtoull (number, NULL, 10);
  }
  g_assert_cmpuint (n_pages, >=, 380);
  g_assert_cmpuint (n_pages, <=, 420);
}

static void
test_version (void)
{
  g_autofree char *out = NULL, *err = NULL;
  int status;

  run ("--version", NULL, &out, &err, &status);
  g_assert_cmpint (status, ==, 0);
  g_assert_cmpstr (out, ==, "fascia " PACKAGE_VERSION "\n");
}

static void
test_help (void)
{
  g_autofree char *out = NULL, *err = NULL;
  int status;

  run ("--help", NULL, &out, &err, &status);
  g_assert_cmpint (status, ==, 0);
  g_assert_nonnull (strstr (out, "--check-content=DIR"));
  g_assert_nonnull (strstr (out, "--content-dir=DIR"));
  g_assert_nonnull (strstr (out, "--page=ID"));
  g_assert_nonnull (strstr (out, "--report=OUT"));
  g_assert_nonnull (strstr (out, "--version"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  fascia_path = g_getenv ("FASCIA_EXE");
  g_assert_nonnull (fascia_path);

  g_test_add_func ("/cli/check-content/shipped", test_check_shipped_content);
  g_test_add_func ("/cli/check-content/broken", test_check_broken_folder);
  g_test_add_func ("/cli/check-content/missing-folder", test_check_missing_folder);
  g_test_add_func ("/cli/list-sources/shipped", test_list_sources_shipped);
  g_test_add_func ("/cli/list-sources/fixture", test_list_sources_fixture);
  g_test_add_func ("/cli/report/shipped", test_report_shipped);
  g_test_add_func ("/cli/report/hard-page", test_report_hard_page);
  g_test_add_func ("/cli/report/unwritable", test_report_unwritable);
  g_test_add_func ("/cli/generated-library", test_generated_library);
  g_test_add_func ("/cli/version", test_version);
  g_test_add_func ("/cli/help", test_help);

  return g_test_run ();
}
