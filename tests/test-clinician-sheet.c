/* test-clinician-sheet.c - the sheet for the clinician: ranking muscles, gathering red flags, answers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * tests/data/clinician is a small library made for these tests. Its region
 * pages name made-up muscles (Alpha … Epsilon) in this order:
 *
 *   region-hip   (front-hip-left, front-hip-right): a essential, b essential, c spillover
 *   region-knee  (front-knee-left):                 c essential, d spillover, a spillover
 *   region-back  (back-low-back):                   b spillover, d essential, e essential
 *   region-calf  (back-calf-left):                  e spillover
 *
 * and warning signs: hip emergency ×2 then soon ×1; knee emergency ×1 then
 * urgent ×1; back emergency ×1 then soon ×2;
 * calf emergency ×2 (the second the back's first, word for word) then
 * soon ×1.
 */
#include "config.h"

#include <string.h>

#include "fascia-clinician-sheet.h"
#include "fascia-library.h"

static FasciaLibrary *
load_folder (const char *dir)
{
  g_autoptr(GError) error = NULL;
  FasciaLibrary *library = fascia_library_load (dir, &error);

  g_assert_no_error (error);
  g_assert_nonnull (library);

  return library;
}

static FasciaLibrary *
load_fixture (void)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "data", "clinician", NULL);

  return load_folder (dir);
}

/* Describes a ranked muscle in one string, so that a failing test shows
 * the whole row: "muscle-a 3/2@0 front-hip-left:E,front-hip-right:E,...". */
static char *
describe (const FasciaSheetMuscle *muscle)
{
  GString *out = g_string_new (NULL);

  g_string_append_printf (out, "%s %u/%u@%u ", muscle->page_id, muscle->regions->len,
                          muscle->n_essential, muscle->best_position);
  for (guint i = 0; i < muscle->regions->len; i++)
    {
      const FasciaBodyRegion *region = g_ptr_array_index (muscle->regions, i);
      FasciaReferralZone zone = g_array_index (muscle->zones, FasciaReferralZone, i);

      g_string_append_printf (out, "%s%s:%c", i > 0 ? "," : "", region->id,
                              zone == FASCIA_ZONE_ESSENTIAL ? 'E' : 'S');
    }

  return g_string_free (out, FALSE);
}

static void
assert_ranking (GPtrArray          *muscles,
                const char * const *expected)
{
  guint n = g_strv_length ((char **)expected);

  for (guint i = 0; i < MIN (n, muscles->len); i++)
    {
      g_autofree char *row = describe (g_ptr_array_index (muscles, i));

      g_assert_cmpstr (row, ==, expected[i]);
    }
  g_assert_cmpuint (muscles->len, ==, n);
}

static void
test_fixture_is_valid (void)
{
  g_autoptr(FasciaLibrary) library = load_fixture ();
  GPtrArray *problems = fascia_library_get_problems (library);

  for (guint i = 0; i < problems->len; i++)
    g_test_message ("%s", ((GError *)g_ptr_array_index (problems, i))->message);
  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_cmpuint (fascia_library_get_n_pages (library), ==, 9);
  g_assert_cmpuint (fascia_body_map_get_n_regions (fascia_library_get_body_map (library)), ==, 5);
}

/* Regions explained first; then essential count (c has only one); Alpha
 * and Beta tie on everything but the title. Both hips count. */
static void
test_rank_by_regions_then_essential_then_title (void)
{
  g_autoptr(FasciaLibrary) library = load_fixture ();
  const char * const chosen[] = { "front-hip-left", "front-hip-right", "front-knee-left", "back-low-back", NULL };
  g_autoptr(GPtrArray) muscles = fascia_clinician_rank_muscles (library, chosen);
  const char * const expected[] = {
    "muscle-a 3/2@0 front-hip-left:E,front-hip-right:E,front-knee-left:S",
    "muscle-b 3/2@0 front-hip-left:E,front-hip-right:E,back-low-back:S",
    "muscle-c 3/1@0 front-hip-left:S,front-hip-right:S,front-knee-left:E",
    "muscle-d 2/1@1 front-knee-left:S,back-low-back:E",
    "muscle-e 1/1@2 back-low-back:E",
    NULL
  };

  assert_ranking (muscles, expected);
  g_assert_cmpstr (((FasciaSheetMuscle *)g_ptr_array_index (muscles, 0))->title, ==, "Alpha muscle");
  g_assert_nonnull (((FasciaSheetMuscle *)g_ptr_array_index (muscles, 0))->page);
}

/* With the knee and the back, the best position decides between muscles
 * that explain as many regions as essentially: Gamma (first on the knee)
 * before Epsilon (third on the back), and Beta (first on the back) before
 * Alpha (third on the knee) although Alpha's title comes first. */
static void
test_rank_by_position (void)
{
  g_autoptr(FasciaLibrary) library = load_fixture ();
  const char * const chosen[] = { "front-knee-left", "back-low-back", NULL };
  g_autoptr(GPtrArray) muscles = fascia_clinician_rank_muscles (library, chosen);
  const char * const expected[] = {
    "muscle-d 2/1@1 front-knee-left:S,back-low-back:E",
    "muscle-c 1/1@0 front-knee-left:E",
    "muscle-e 1/1@2 back-low-back:E",
    "muscle-b 1/0@0 back-low-back:S",
    "muscle-a 1/0@2 front-knee-left:S",
    NULL
  };

  assert_ranking (muscles, expected);
}

static void
test_rank_unknown_and_repeated (void)
{
  g_autoptr(FasciaLibrary) library = load_fixture ();
  const char * const chosen[] = { "nowhere", "back-calf-left", "back-calf-left", "", NULL };
  const char * const nothing[] = { "nowhere", NULL };
  const char * const empty[] = { NULL };
  g_autoptr(GPtrArray) muscles = fascia_clinician_rank_muscles (library, chosen);
  g_autoptr(GPtrArray) none = fascia_clinician_rank_muscles (library, nothing);
  g_autoptr(GPtrArray) none_either = fascia_clinician_rank_muscles (library, empty);
  g_autoptr(GPtrArray) no_list = fascia_clinician_rank_muscles (library, NULL);
  const char * const expected[] = { "muscle-e 1/0@0 back-calf-left:S", NULL };

  assert_ranking (muscles, expected);
  g_assert_cmpuint (none->len, ==, 0);
  g_assert_cmpuint (none_either->len, ==, 0);
  g_assert_cmpuint (no_list->len, ==, 0);
}

static char *
describe_flags (GPtrArray *flags)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < flags->len; i++)
    {
      const FasciaSheetFlag *flag = g_ptr_array_index (flags, i);

      g_string_append_printf (out, "%s%s %c %s", i > 0 ? " | " : "", flag->key,
                              "!^~"[flag->urgency], flag->text);
    }

  return g_string_free (out, FALSE);
}

/* Emergency first, then urgent, then soon, across pages; the hip page once
 * although both hips are chosen; keys count a page's flags in document
 * order, whatever their urgency. */
static void
test_red_flags (void)
{
  g_autoptr(FasciaLibrary) library = load_fixture ();
  const char * const chosen[] = { "front-knee-left", "front-hip-left", "front-hip-right", NULL };
  g_autoptr(GPtrArray) flags = fascia_clinician_collect_red_flags (library, chosen);
  g_autofree char *text = describe_flags (flags);
  const FasciaSheetFlag *first;

  g_assert_cmpstr (text, ==,
                   "region-knee#0 ! Knee emergency one."
                   " | region-hip#0 ! Hip emergency one."
                   " | region-hip#1 ! Hip emergency two, spread over lines."
                   " | region-knee#1 ^ Knee urgent one."
                   " | region-hip#2 ~ Hip soon one.");

  first = g_ptr_array_index (flags, 0);
  g_assert_cmpstr (first->page_id, ==, "region-knee");
  g_assert_cmpstr (first->page_title, ==, "Knee pain");
  g_assert_cmpuint (first->index, ==, 0);
  g_assert_nonnull (first->block);
  g_assert_cmpint (first->block->kind, ==, FASCIA_BLOCK_RED_FLAG);
}

/* A sign two pages share word for word is asked once, under the first
 * page's key; the second page's keys still count it. */
static void
test_red_flags_shared (void)
{
  g_autoptr(FasciaLibrary) library = load_fixture ();
  const char * const chosen[] = { "back-low-back", "back-calf-left", NULL };
  const char * const calf_first[] = { "back-calf-left", "back-low-back", NULL };
  g_autoptr(GPtrArray) flags = fascia_clinician_collect_red_flags (library, chosen);
  g_autoptr(GPtrArray) other_order = fascia_clinician_collect_red_flags (library, calf_first);
  g_autofree char *text = describe_flags (flags);
  g_autofree char *other_text = describe_flags (other_order);

  g_assert_cmpstr (text, ==,
                   "region-back#0 ! Back emergency one."
                   " | region-calf#0 ! Calf emergency one."
                   " | region-back#1 ~ Back soon one."
                   " | region-back#2 ~ Back soon two."
                   " | region-calf#2 ~ Calf soon one.");
  g_assert_cmpstr (other_text, ==,
                   "region-calf#0 ! Calf emergency one."
                   " | region-calf#1 ! Back emergency one."
                   " | region-calf#2 ~ Calf soon one."
                   " | region-back#1 ~ Back soon one."
                   " | region-back#2 ~ Back soon two.");
}

static void
test_red_flags_empty (void)
{
  g_autoptr(FasciaLibrary) library = load_fixture ();
  const char * const unknown[] = { "front-elbow", NULL };
  g_autoptr(GPtrArray) none = fascia_clinician_collect_red_flags (library, unknown);
  g_autoptr(GPtrArray) nothing = fascia_clinician_collect_red_flags (library, NULL);

  g_assert_cmpuint (none->len, ==, 0);
  g_assert_cmpuint (nothing->len, ==, 0);
}

static void
changed_cb (FasciaClinicianSheet *sheet,
            guint                *n)
{
  (*n)++;
}

static void
test_model (void)
{
  g_autoptr(FasciaLibrary) library = load_fixture ();
  const char * const chosen[] = { "back-low-back", "nowhere", "front-hip-left", NULL };
  g_autoptr(FasciaClinicianSheet) sheet = fascia_clinician_sheet_new (library, chosen);
  g_autoptr(GDateTime) date = g_date_time_new_local (2024, 3, 5, 10, 0, 0);
  GPtrArray *regions = fascia_clinician_sheet_get_regions (sheet);
  GPtrArray *flags = fascia_clinician_sheet_get_red_flags (sheet);
  guint n_changed = 0;

  g_signal_connect (sheet, "changed", G_CALLBACK (changed_cb), &n_changed);

  g_assert_true (fascia_clinician_sheet_get_library (sheet) == library);
  g_assert_cmpuint (regions->len, ==, 2);
  g_assert_cmpstr (((FasciaBodyRegion *)g_ptr_array_index (regions, 0))->id, ==, "back-low-back");
  g_assert_cmpstr (((FasciaBodyRegion *)g_ptr_array_index (regions, 1))->label, ==, "Hip, your left, front");
  g_assert_true (fascia_clinician_sheet_is_marked (sheet, "front-hip-left"));
  g_assert_false (fascia_clinician_sheet_is_marked (sheet, "front-hip-right"));
  g_assert_false (fascia_clinician_sheet_is_marked (sheet, "nowhere"));

  g_assert_cmpuint (fascia_clinician_sheet_get_muscles (sheet)->len, ==, 5);
  g_assert_cmpstr (((FasciaSheetMuscle *)g_ptr_array_index (fascia_clinician_sheet_get_muscles (sheet), 0))->page_id,
                   ==, "muscle-b");

  /* back: emergency #0; hip: emergency #0, #1; then back soon #1, #2, hip soon #2. */
  g_assert_cmpuint (flags->len, ==, 6);
  g_assert_cmpstr (((FasciaSheetFlag *)g_ptr_array_index (flags, 0))->key, ==, "region-back#0");
  g_assert_cmpstr (((FasciaSheetFlag *)g_ptr_array_index (flags, 3))->key, ==, "region-back#1");

  /* Notes. */
  g_assert_false (fascia_clinician_sheet_has_input (sheet));
  for (guint i = 0; i < FASCIA_SHEET_N_NOTES; i++)
    {
      g_assert_cmpstr (fascia_clinician_sheet_get_note (sheet, i), ==, "");
      g_assert_nonnull (fascia_sheet_note_get_label (i));
    }
  fascia_clinician_sheet_set_note (sheet, FASCIA_SHEET_NOTE_SINCE, "Since March");
  fascia_clinician_sheet_set_note (sheet, FASCIA_SHEET_NOTE_SINCE, "Since March");
  g_assert_cmpuint (n_changed, ==, 1);
  g_assert_cmpstr (fascia_clinician_sheet_get_note (sheet, FASCIA_SHEET_NOTE_SINCE), ==, "Since March");
  g_assert_true (fascia_clinician_sheet_has_input (sheet));
  fascia_clinician_sheet_set_note (sheet, FASCIA_SHEET_NOTE_SINCE, NULL);
  g_assert_cmpstr (fascia_clinician_sheet_get_note (sheet, FASCIA_SHEET_NOTE_SINCE), ==, "");
  g_assert_cmpuint (n_changed, ==, 2);
  /* Nothing written, nothing answered: nothing to lose. */
  g_assert_false (fascia_clinician_sheet_has_input (sheet));

  /* Answers: unanswered until set; a "soon" yes is no emergency. */
  g_assert_cmpint (fascia_clinician_sheet_get_answer (sheet, "region-hip#0"), ==, FASCIA_FLAG_UNANSWERED);
  g_assert_false (fascia_clinician_sheet_needs_emergency_help (sheet));
  g_assert_true (fascia_clinician_sheet_set_answer (sheet, "region-back#1", FASCIA_FLAG_YES));
  g_assert_false (fascia_clinician_sheet_needs_emergency_help (sheet));
  g_assert_true (fascia_clinician_sheet_has_input (sheet));
  g_assert_true (fascia_clinician_sheet_set_answer (sheet, "region-hip#0", FASCIA_FLAG_NO));
  g_assert_false (fascia_clinician_sheet_needs_emergency_help (sheet));
  g_assert_cmpint (fascia_clinician_sheet_get_answer (sheet, "region-hip#0"), ==, FASCIA_FLAG_NO);
  g_assert_true (fascia_clinician_sheet_set_answer (sheet, "region-hip#1", FASCIA_FLAG_YES));
  g_assert_true (fascia_clinician_sheet_needs_emergency_help (sheet));
  g_assert_true (fascia_clinician_sheet_set_answer (sheet, "region-hip#1", FASCIA_FLAG_UNANSWERED));
  g_assert_false (fascia_clinician_sheet_needs_emergency_help (sheet));
  g_assert_cmpuint (n_changed, ==, 6);

  /* Answers taken back leave nothing to lose; a "no" is an answer too. */
  g_assert_true (fascia_clinician_sheet_set_answer (sheet, "region-back#1", FASCIA_FLAG_UNANSWERED));
  g_assert_true (fascia_clinician_sheet_has_input (sheet));
  g_assert_true (fascia_clinician_sheet_set_answer (sheet, "region-hip#0", FASCIA_FLAG_UNANSWERED));
  g_assert_false (fascia_clinician_sheet_has_input (sheet));
  g_assert_true (fascia_clinician_sheet_set_answer (sheet, "region-hip#0", FASCIA_FLAG_NO));
  g_assert_true (fascia_clinician_sheet_has_input (sheet));
  g_assert_cmpuint (n_changed, ==, 9);

  /* A flag of a page not on the sheet, or no flag at all. */
  g_assert_false (fascia_clinician_sheet_set_answer (sheet, "region-knee#0", FASCIA_FLAG_YES));
  g_assert_false (fascia_clinician_sheet_set_answer (sheet, "region-hip#9", FASCIA_FLAG_YES));
  g_assert_cmpint (fascia_clinician_sheet_get_answer (sheet, "region-knee#0"), ==, FASCIA_FLAG_UNANSWERED);
  g_assert_cmpuint (n_changed, ==, 9);

  /* Another day changes the sheet; another time the same day does not. */
  fascia_clinician_sheet_set_date (sheet, date);
  g_assert_true (fascia_clinician_sheet_get_date (sheet) == date);
  g_assert_cmpuint (n_changed, ==, 10);
  {
    g_autoptr(GDateTime) later = g_date_time_add_hours (date, 1);

    fascia_clinician_sheet_set_date (sheet, later);
    g_assert_true (fascia_clinician_sheet_get_date (sheet) == later);
    g_assert_cmpuint (n_changed, ==, 10);
  }

  g_assert_cmpstr (fascia_flag_answer_get_label (FASCIA_FLAG_YES), ==, "Yes");
  g_assert_cmpstr (fascia_urgency_get_heading (FASCIA_URGENCY_EMERGENCY), ==, "Get emergency help now");
}

static void
test_model_empty (void)
{
  g_autoptr(FasciaLibrary) library = load_fixture ();
  g_autoptr(FasciaClinicianSheet) sheet = fascia_clinician_sheet_new (library, NULL);

  g_assert_cmpuint (fascia_clinician_sheet_get_regions (sheet)->len, ==, 0);
  g_assert_cmpuint (fascia_clinician_sheet_get_muscles (sheet)->len, ==, 0);
  g_assert_cmpuint (fascia_clinician_sheet_get_red_flags (sheet)->len, ==, 0);
  g_assert_false (fascia_clinician_sheet_needs_emergency_help (sheet));
  g_assert_nonnull (fascia_clinician_sheet_get_date (sheet));
}

/* Counts how often each muscle is a referrer of the chosen regions' pages,
 * and how often as an essential zone: what the ranking must agree with. */
static void
count_referrers (FasciaLibrary      *library,
                 const char * const *region_ids,
                 GHashTable         *regions,
                 GHashTable         *essential)
{
  FasciaBodyMap *map = fascia_library_get_body_map (library);

  for (guint i = 0; region_ids[i] != NULL; i++)
    {
      const FasciaBodyRegion *region = fascia_body_map_find_region (map, region_ids[i]);
      FasciaPage *page = fascia_library_get_page (library, region->page_id);
      GPtrArray *sections = fascia_page_get_sections (page);

      for (guint s = 0; s < sections->len; s++)
        {
          const FasciaSection *section = g_ptr_array_index (sections, s);

          for (guint b = 0; b < section->blocks->len; b++)
            {
              const FasciaBlock *block = g_ptr_array_index (section->blocks, b);

              if (block->kind != FASCIA_BLOCK_REFERRERS)
                continue;
              for (guint r = 0; r < block->children->len; r++)
                {
                  const FasciaBlock *referrer = g_ptr_array_index (block->children, r);

                  g_hash_table_insert (regions, referrer->target,
                                       GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (regions, referrer->target)) + 1));
                  if (referrer->zone == FASCIA_ZONE_ESSENTIAL)
                    g_hash_table_insert (essential, referrer->target,
                                         GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (essential, referrer->target)) + 1));
                }
            }
        }
    }
}

/* Both outer hips and both buttocks of the shipped content: every muscle
 * the two pages name is ranked once, with as many regions and essential
 * zones as the pages give it, in the sheet's order; the warning signs come
 * from those two pages, most urgent first. The exact muscles are the
 * content's to choose, so they are counted here rather than written down. */
static void
test_real_content (void)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "..", "content", NULL);
  g_autoptr(FasciaLibrary) library = load_folder (dir);
  const char * const chosen[] = {
    "front-outer-hip-left", "front-outer-hip-right", "back-buttock-left", "back-buttock-right", NULL
  };
  g_autoptr(FasciaClinicianSheet) sheet = fascia_clinician_sheet_new (library, chosen);
  g_autoptr(GHashTable) regions = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) essential = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *muscles = fascia_clinician_sheet_get_muscles (sheet);
  GPtrArray *flags = fascia_clinician_sheet_get_red_flags (sheet);
  FasciaUrgency last = FASCIA_URGENCY_EMERGENCY;

  count_referrers (library, chosen, regions, essential);
  g_assert_cmpuint (muscles->len, ==, g_hash_table_size (regions));
  g_assert_cmpuint (muscles->len, >=, 4);

  for (guint i = 0; i < muscles->len; i++)
    {
      const FasciaSheetMuscle *muscle = g_ptr_array_index (muscles, i);

      g_assert_cmpuint (muscle->regions->len, ==, GPOINTER_TO_UINT (g_hash_table_lookup (regions, muscle->page_id)));
      g_assert_cmpuint (muscle->n_essential, ==, GPOINTER_TO_UINT (g_hash_table_lookup (essential, muscle->page_id)));
      g_assert_nonnull (muscle->page);

      if (i > 0)
        {
          const FasciaSheetMuscle *before = g_ptr_array_index (muscles, i - 1);

          g_assert_cmpuint (before->regions->len, >=, muscle->regions->len);
          if (before->regions->len == muscle->regions->len)
            {
              g_assert_cmpuint (before->n_essential, >=, muscle->n_essential);
              if (before->n_essential == muscle->n_essential)
                g_assert_cmpuint (before->best_position, <=, muscle->best_position);
            }
        }
    }

  /* The two pages' warning signs, the most urgent first. */
  g_assert_cmpuint (flags->len, >, 0);
  for (guint i = 0; i < flags->len; i++)
    {
      const FasciaSheetFlag *flag = g_ptr_array_index (flags, i);

      g_assert_true (g_str_equal (flag->page_id, "region-lateral-hip") ||
                     g_str_equal (flag->page_id, "region-buttock-si"));
      g_assert_true (flag->text[0] != '\0');
      g_assert_cmpint (flag->urgency, >=, last);
      last = flag->urgency;
    }
  g_assert_cmpint (((FasciaSheetFlag *)g_ptr_array_index (flags, 0))->urgency, ==, FASCIA_URGENCY_EMERGENCY);
  g_assert_cmpint (last, !=, FASCIA_URGENCY_EMERGENCY);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/clinician-sheet/fixture", test_fixture_is_valid);
  g_test_add_func ("/clinician-sheet/rank/regions-essential-title", test_rank_by_regions_then_essential_then_title);
  g_test_add_func ("/clinician-sheet/rank/position", test_rank_by_position);
  g_test_add_func ("/clinician-sheet/rank/unknown-and-repeated", test_rank_unknown_and_repeated);
  g_test_add_func ("/clinician-sheet/red-flags/grouped", test_red_flags);
  g_test_add_func ("/clinician-sheet/red-flags/shared", test_red_flags_shared);
  g_test_add_func ("/clinician-sheet/red-flags/empty", test_red_flags_empty);
  g_test_add_func ("/clinician-sheet/model", test_model);
  g_test_add_func ("/clinician-sheet/model/empty", test_model_empty);
  g_test_add_func ("/clinician-sheet/real-content", test_real_content);

  return g_test_run ();
}
