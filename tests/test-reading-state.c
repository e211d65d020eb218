/* test-reading-state.c - targets, history, bookmarks and recently read, without a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#define G_SETTINGS_ENABLE_BACKEND
#include <gio/gio.h>
#include <gio/gsettingsbackend.h>

#include "fascia-history.h"
#include "fascia-library.h"
#include "fascia-page-list.h"
#include "fascia-target.h"

/* ---------------------------------------------------------------- targets */

static void
test_target_parse (void)
{
  g_autofree char *page = NULL, *section = NULL;

  g_assert_true (fascia_target_parse ("trigger-points", &page, &section));
  g_assert_cmpstr (page, ==, "trigger-points");
  g_assert_null (section);
  g_clear_pointer (&page, g_free);

  g_assert_true (fascia_target_parse ("region-neck#red-flags", &page, &section));
  g_assert_cmpstr (page, ==, "region-neck");
  g_assert_cmpstr (section, ==, "red-flags");
  g_clear_pointer (&page, g_free);
  g_clear_pointer (&section, g_free);

  /* Not ids: markup, spaces, empty parts, capitals, two hashes. */
  for (guint i = 0; i < 8; i++)
    {
      static const char * const bad[] = { "x<b&y", "", "#s", "p#", "a b", "Page", "p#a#b", "-p" };

      g_assert_false (fascia_target_parse (bad[i], &page, &section));
      g_assert_null (page);
      g_assert_null (section);
    }
  g_assert_false (fascia_target_parse (NULL, NULL, NULL));
}

static void
test_target_build (void)
{
  g_autofree char *plain = fascia_target_build ("a", NULL);
  g_autofree char *empty = fascia_target_build ("a", "");
  g_autofree char *section = fascia_target_build ("a", "b");

  g_assert_cmpstr (plain, ==, "a");
  g_assert_cmpstr (empty, ==, "a");
  g_assert_cmpstr (section, ==, "a#b");

  g_assert_true (fascia_target_is_body_map (FASCIA_BODY_MAP_TARGET));
  g_assert_true (fascia_target_is_body_map (FASCIA_BODY_MAP_TARGET "#front-neck"));
  g_assert_false (fascia_target_is_body_map ("body-mapping"));
  g_assert_false (fascia_target_is_body_map ("region-neck"));
  g_assert_false (fascia_target_is_body_map (NULL));
}

/* ---------------------------------------------------------------- history */

static void
assert_current (FasciaHistory *history,
                const char    *page_id,
                const char    *section_id,
                double         scroll)
{
  const FasciaHistoryEntry *current = fascia_history_get_current (history);

  g_assert_nonnull (current);
  g_assert_cmpstr (current->page_id, ==, page_id);
  g_assert_cmpstr (current->section_id, ==, section_id);
  g_assert_cmpfloat_with_epsilon (current->scroll, scroll, 0.001);
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *n)
{
  (*n)++;
}

static void
test_history_order (void)
{
  g_autoptr(FasciaHistory) history = fascia_history_new (10);
  guint n_back_notes = 0;

  g_signal_connect (history, "notify::can-go-back", G_CALLBACK (count_notify), &n_back_notes);

  g_assert_null (fascia_history_get_current (history));
  g_assert_false (fascia_history_go_back (history));

  fascia_history_visit (history, "a", "intro");
  g_assert_false (fascia_history_can_go_back (history));
  g_assert_cmpuint (n_back_notes, ==, 0);

  /* Leaving a: where the reader was replaces where the link pointed. */
  fascia_history_leave (history, NULL, 120.0);
  fascia_history_visit (history, "b", NULL);
  g_assert_true (fascia_history_can_go_back (history));
  g_assert_cmpuint (n_back_notes, ==, 1);
  fascia_history_leave (history, NULL, 40.0);
  fascia_history_visit (history, FASCIA_BODY_MAP_TARGET, NULL);
  fascia_history_leave (history, "front-neck", 0.0);

  g_assert_true (fascia_history_go_back (history));
  assert_current (history, "b", NULL, 40.0);
  g_assert_true (fascia_history_can_go_forward (history));
  g_assert_true (fascia_history_go_back (history));
  assert_current (history, "a", NULL, 120.0);
  g_assert_false (fascia_history_can_go_back (history));
  g_assert_cmpuint (n_back_notes, ==, 2);
  g_assert_false (fascia_history_go_back (history));

  g_assert_true (fascia_history_go_forward (history));
  g_assert_true (fascia_history_go_forward (history));
  assert_current (history, FASCIA_BODY_MAP_TARGET, "front-neck", 0.0);
  g_assert_false (fascia_history_go_forward (history));

  /* Going somewhere new from the middle forgets what lay ahead. */
  g_assert_true (fascia_history_go_back (history));
  fascia_history_visit (history, "c", "s");
  g_assert_false (fascia_history_can_go_forward (history));
  g_assert_cmpuint (fascia_history_get_n_back (history), ==, 2);
  assert_current (history, "c", "s", 0.0);
}

static void
test_history_cap (void)
{
  g_autoptr(FasciaHistory) history = fascia_history_new (3);

  for (guint i = 0; i < 10; i++)
    {
      g_autofree char *id = g_strdup_printf ("p%u", i);

      fascia_history_visit (history, id, NULL);
    }

  /* The three newest stay behind p9; p5 and older fell off. */
  g_assert_cmpuint (fascia_history_get_n_back (history), ==, 3);
  g_assert_true (fascia_history_go_back (history));
  g_assert_true (fascia_history_go_back (history));
  g_assert_true (fascia_history_go_back (history));
  assert_current (history, "p6", NULL, 0.0);
  g_assert_false (fascia_history_go_back (history));
  g_assert_cmpuint (fascia_history_get_n_forward (history), ==, 3);

  /* A cap of 0 still keeps one place to go back to. */
  {
    g_autoptr(FasciaHistory) tiny = fascia_history_new (0);

    fascia_history_visit (tiny, "x", NULL);
    fascia_history_visit (tiny, "y", NULL);
    fascia_history_visit (tiny, "z", NULL);
    g_assert_cmpuint (fascia_history_get_n_back (tiny), ==, 1);
  }
}

/* -------------------------------------------------------------- page lists */

static FasciaLibrary *
load_fixture (void)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "data", "clinician", NULL);
  g_autoptr(GError) error = NULL;
  FasciaLibrary *library = fascia_library_load (dir, &error);

  g_assert_no_error (error);
  return library;
}

static GSettings *
new_settings (void)
{
  g_autoptr(GSettingsBackend) backend = g_memory_settings_backend_new ();

  return g_settings_new_with_backend (APP_ID, backend);
}

static char *
describe (GListModel *model)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(FasciaPage) page = g_list_model_get_item (model, i);

      g_string_append_printf (out, "%s%s", i > 0 ? " " : "", fascia_page_get_id (page));
    }

  return g_string_free (out, FALSE);
}

static void
assert_model (GListModel *model,
              const char *expected)
{
  g_autofree char *text = describe (model);

  g_assert_cmpstr (text, ==, expected);
}

static void
assert_setting (GSettings  *settings,
                const char *key,
                const char *expected)
{
  g_auto(GStrv) ids = g_settings_get_strv (settings, key);
  g_autofree char *text = g_strjoinv (" ", ids);

  g_assert_cmpstr (text, ==, expected);
}

static void
count_changes (GListModel *model,
               guint       position,
               guint       removed,
               guint       added,
               guint      *n)
{
  (*n)++;
}

static void
test_bookmarks (void)
{
  g_autoptr(FasciaLibrary) library = load_fixture ();
  g_autoptr(GSettings) settings = new_settings ();
  g_autoptr(FasciaPageList) list = NULL;
  g_autoptr(GError) error = NULL;
  guint n_changes = 0;

  /* An id the library lacks is kept, not shown; a repeat is dropped. */
  g_settings_set_strv (settings, "bookmarks", (const char *[]) { "muscle-a", "gone", "muscle-a", "region-hip", NULL });
  list = fascia_page_list_new (settings, "bookmarks", library, FASCIA_PAGE_LIST_IN_ORDER_ADDED, 0);
  g_signal_connect (list, "items-changed", G_CALLBACK (count_changes), &n_changes);
  assert_model (G_LIST_MODEL (list), "muscle-a region-hip");
  g_assert_true (fascia_page_list_contains (list, "gone"));
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (list)) == FASCIA_TYPE_PAGE);

  g_assert_true (fascia_page_list_add (list, "muscle-b", &error));
  g_assert_no_error (error);
  assert_model (G_LIST_MODEL (list), "muscle-a region-hip muscle-b");
  assert_setting (settings, "bookmarks", "muscle-a gone region-hip muscle-b");

  /* Adding again changes nothing. */
  n_changes = 0;
  g_assert_true (fascia_page_list_add (list, "muscle-a", &error));
  g_assert_cmpuint (n_changes, ==, 0);

  g_assert_true (fascia_page_list_remove (list, "region-hip", &error));
  g_assert_true (fascia_page_list_remove (list, "not-there", &error));
  g_assert_no_error (error);
  assert_model (G_LIST_MODEL (list), "muscle-a muscle-b");
  assert_setting (settings, "bookmarks", "muscle-a gone muscle-b");
  g_assert_false (fascia_page_list_contains (list, "region-hip"));

  /* Changed elsewhere (another window): the list follows. */
  n_changes = 0;
  g_settings_set_strv (settings, "bookmarks", (const char *[]) { "region-knee", NULL });
  assert_model (G_LIST_MODEL (list), "region-knee");
  g_assert_cmpuint (n_changes, ==, 1);

  g_assert_finalize_object (g_steal_pointer (&list));
}

static void
test_recent (void)
{
  g_autoptr(FasciaLibrary) library = load_fixture ();
  g_autoptr(GSettings) settings = new_settings ();
  g_autoptr(FasciaPageList) list = fascia_page_list_new (settings, "recent", library,
                                                         FASCIA_PAGE_LIST_NEWEST_FIRST, 3);
  const char * const read[] = { "muscle-a", "muscle-b", "muscle-a", "muscle-c", "muscle-d", "muscle-d" };

  for (guint i = 0; i < G_N_ELEMENTS (read); i++)
    g_assert_true (fascia_page_list_add (list, read[i], NULL));

  /* Newest first, each once, the cap keeping the three newest. */
  assert_model (G_LIST_MODEL (list), "muscle-d muscle-c muscle-a");
  assert_setting (settings, "recent", "muscle-d muscle-c muscle-a");

  /* Restored from the setting by a new list, as at the next start. */
  {
    g_autoptr(FasciaPageList) again = fascia_page_list_new (settings, "recent", library,
                                                            FASCIA_PAGE_LIST_NEWEST_FIRST, 2);

    assert_model (G_LIST_MODEL (again), "muscle-d muscle-c");
  }

  /* Without settings the list lives in memory. */
  {
    g_autoptr(FasciaPageList) memory = fascia_page_list_new (NULL, "recent", library,
                                                             FASCIA_PAGE_LIST_NEWEST_FIRST, 2);

    g_assert_true (fascia_page_list_add (memory, "region-hip", NULL));
    g_assert_true (fascia_page_list_add (memory, "region-knee", NULL));
    g_assert_true (fascia_page_list_add (memory, "region-back", NULL));
    assert_model (G_LIST_MODEL (memory), "region-back region-knee");
  }
}

/* A list that cannot be saved says so, and keeps what it had. */
static void
test_save_error (void)
{
  g_autoptr(FasciaLibrary) library = load_fixture ();
  g_autoptr(GSettingsBackend) backend = g_null_settings_backend_new ();
  g_autoptr(GSettings) settings = g_settings_new_with_backend (APP_ID, backend);
  g_autoptr(FasciaPageList) list = fascia_page_list_new (settings, "bookmarks", library,
                                                         FASCIA_PAGE_LIST_IN_ORDER_ADDED, 0);
  g_autoptr(GError) error = NULL;

  g_assert_false (fascia_page_list_add (list, "muscle-a", &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_READ_ONLY);
  g_assert_nonnull (strstr (error->message, "bookmarks"));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 0);
  g_assert_false (fascia_page_list_contains (list, "muscle-a"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/target/parse", test_target_parse);
  g_test_add_func ("/target/build", test_target_build);
  g_test_add_func ("/history/order", test_history_order);
  g_test_add_func ("/history/cap", test_history_cap);
  g_test_add_func ("/page-list/bookmarks", test_bookmarks);
  g_test_add_func ("/page-list/recent", test_recent);
  g_test_add_func ("/page-list/save-error", test_save_error);

  return g_test_run ();
}
