/* test-cli.c - the command line: --check-content, --version, --help
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib.h>

static const char *fascia_path;

static void
run (const char  *arg1,
     const char  *arg2,
     char       **out,
     char       **err,
     int         *status)
{
  const char *argv[] = { fascia_path, arg1, arg2, NULL };
  g_autoptr(GError) error = NULL;
  int wait_status;

  g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, out, err, &wait_status, &error);
  g_assert_no_error (error);
  *status = WIFEXITED (wait_status) ? WEXITSTATUS (wait_status) : -1;
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
  g_test_add_func ("/cli/version", test_version);
  g_test_add_func ("/cli/help", test_help);

  return g_test_run ();
}
