/* test-present.c - what a page says, worded once for the screen and for paper
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "fascia-hold-timer.h"
#include "fascia-library.h"
#include "fascia-parser.h"
#include "fascia-present.h"

#define NS "xmlns=\"http://fasciaapp.org/ns/page/1\""

static const char page_xml[] =
  "<?xml version=\"1.0\"?>\n"
  "<page " NS " id=\"t\" type=\"article\">\n"
  "<title>T</title><summary>S.</summary>\n"
  "<section id=\"a\"><title>A</title>\n"
  "<p>See <link to=\"u#b\">a &lt;page&gt;</link>, <ext href=\"https://example.org/x?a=1&amp;b=2\">a site</ext>, "
  "<ext href=\"https://example.org/\">https://example.org/</ext> <cite ref=\"s2\"/> and <em>this</em>.</p>\n"
  "<steps><step hold=\"90\" sets=\"3\">One.</step><step hold=\"120\">Two.</step><step sets=\"1\">Three.</step>"
  "<step>Four.</step><step hold=\"45\" sets=\"5\" rest=\"60\">Five.</step><step sets=\"1\" rest=\"30\">Six.</step></steps>\n"
  "</section>\n"
  "<sources><source id=\"s1\"><authors>A &amp; B</authors><year>2020</year><title>T &lt;1&gt;</title>"
  "<venue>V</venue><url>https://example.org/paper</url></source>"
  "<source id=\"s2\"><authors>C</authors><year>n.d.</year><title>U</title><venue>W</venue></source></sources>\n"
  "</page>\n";

static FasciaPage *
parse_page (void)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify)g_error_free);
  FasciaPage *page = fascia_parser_parse_data (page_xml, strlen (page_xml), "t.xml", problems);

  g_assert_cmpuint (problems->len, ==, 0);
  return page;
}

static const FasciaBlock *
block_of_kind (FasciaPage      *page,
               FasciaBlockKind  kind)
{
  const FasciaSection *section = g_ptr_array_index (fascia_page_get_sections (page), 0);

  for (guint i = 0; i < section->blocks->len; i++)
    {
      const FasciaBlock *block = g_ptr_array_index (section->blocks, i);

      if (block->kind == kind)
        return block;
    }

  g_assert_not_reached ();
}

static void
test_inline_markup (void)
{
  g_autoptr(FasciaPage) page = parse_page ();
  const FasciaBlock *p = block_of_kind (page, FASCIA_BLOCK_PARAGRAPH);
  g_autofree char *screen = fascia_inlines_to_markup_full (p->inlines, page, FASCIA_MARKUP_SCREEN);
  g_autofree char *paper = fascia_inlines_to_markup_full (p->inlines, page, FASCIA_MARKUP_PRINTABLE);

  g_assert_cmpstr (screen, ==,
                   "See <a href=\"fascia:u#b\">a &lt;page&gt;</a>, "
                   "<a href=\"https://example.org/x?a=1&amp;b=2\">a site</a>, "
                   "<a href=\"https://example.org/\">https://example.org/</a> "
                   "<a href=\"cite:s2\">[2]</a> and <i>this</i>.");
  /* On paper: no links; a web link says where it goes unless its text
   * already does; a citation is its number. */
  g_assert_cmpstr (paper, ==,
                   "See a &lt;page&gt;, a site <span size=\"smaller\">(https://example.org/x?a=1&amp;b=2)</span>, "
                   "https://example.org/ [2] and <i>this</i>.");
  g_assert_null (strstr (paper, "<a "));
}

static void
test_dose (void)
{
  g_autoptr(FasciaPage) page = parse_page ();
  const FasciaBlock *steps = block_of_kind (page, FASCIA_BLOCK_STEPS);
  const char * const expected[] = { "Hold 1 minute 30 seconds · 3 sets", "Hold 2 minutes", "1 set", NULL,
                                    "Hold 45 seconds · 5 sets · Rest 1 minute between sets",
                                    /* No rest is said without a set to rest between. */
                                    "1 set" };

  for (guint i = 0; i < steps->children->len; i++)
    {
      g_autofree char *dose = fascia_step_dup_dose (g_ptr_array_index (steps->children, i));

      g_assert_cmpstr (dose, ==, expected[i]);
    }

  {
    g_autofree char *one = fascia_duration_dup_text (1);
    g_autofree char *minute = fascia_duration_dup_text (60);
    g_autofree char *zero = fascia_duration_dup_text (0);

    g_assert_cmpstr (one, ==, "1 second");
    g_assert_cmpstr (minute, ==, "1 minute");
    g_assert_cmpstr (zero, ==, "0 seconds");
  }
}

static void
test_labels (void)
{
  g_autofree char *badge = fascia_evidence_dup_badge (FASCIA_EVIDENCE_DISPUTED);

  g_assert_cmpstr (badge, ==, "Evidence: Disputed");
  g_assert_cmpstr (fascia_note_kind_get_title (FASCIA_NOTE_INFO), ==, "Good to Know");
  g_assert_cmpstr (fascia_note_kind_get_title (FASCIA_NOTE_DANGER), ==, "Danger");
  g_assert_cmpstr (fascia_referral_zone_get_label (FASCIA_ZONE_ESSENTIAL), ==, "Main zone");
  g_assert_cmpstr (fascia_referral_zone_get_label (FASCIA_ZONE_SPILLOVER), ==, "Spillover zone");
  g_assert_cmpstr (fascia_urgency_get_heading (FASCIA_URGENCY_URGENT), ==, "Get medical advice today");
  g_assert_cmpstr (fascia_urgency_to_string (FASCIA_URGENCY_SOON), ==, "soon");
}

static void
test_sources (void)
{
  g_autoptr(FasciaPage) page = parse_page ();
  GPtrArray *sources = fascia_page_get_sources (page);
  g_autofree char *screen = fascia_source_to_markup (g_ptr_array_index (sources, 0), FASCIA_MARKUP_SCREEN);
  g_autofree char *paper = fascia_source_to_markup (g_ptr_array_index (sources, 0), FASCIA_MARKUP_PRINTABLE);
  g_autofree char *plain = fascia_source_to_markup (g_ptr_array_index (sources, 1), FASCIA_MARKUP_SCREEN);

  g_assert_cmpstr (screen, ==, "A &amp; B (2020). <i>T &lt;1&gt;</i>. V. "
                               "<a href=\"https://example.org/paper\">https://example.org/paper</a>");
  g_assert_cmpstr (paper, ==, "A &amp; B (2020). <i>T &lt;1&gt;</i>. V. https://example.org/paper");
  g_assert_cmpstr (plain, ==, "C (n.d.). <i>U</i>. W.");
}

static FasciaLibrary *
load_folder (const char *name)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "data", name, NULL);
  g_autoptr(GError) error = NULL;
  FasciaLibrary *library = fascia_library_load (dir, &error);

  g_assert_no_error (error);
  return library;
}

/* The places' names come from their sections, linked on screen. */
static void
test_where_and_keep_off (void)
{
  g_autoptr(FasciaLibrary) library = load_folder ("library");
  char *areas[] = { (char *)"gamma", (char *)"nowhere", NULL };
  char *places[] = { (char *)"hollow", NULL };
  char *none[] = { NULL };
  g_autofree char *where = fascia_steps_area_to_markup (library, areas, FASCIA_MARKUP_SCREEN);
  g_autofree char *keep_off = fascia_steps_keep_off_to_markup (library, places, FASCIA_MARKUP_SCREEN);
  g_autofree char *keep_off_paper = fascia_steps_keep_off_to_markup (library, places, FASCIA_MARKUP_PRINTABLE);
  g_autofree char *unknown = fascia_steps_keep_off_to_markup (NULL, places, FASCIA_MARKUP_SCREEN);

  g_assert_cmpstr (where, ==, "Where: <a href=\"fascia:gamma\">Gamma region</a> · <a href=\"fascia:nowhere\">nowhere</a>");
  g_assert_cmpstr (keep_off, ==,
                   "Keep off: <a href=\"fascia:places-never-to-press#hollow\">The hollow next to gamma</a>");
  g_assert_cmpstr (keep_off_paper, ==, "Keep off: The hollow next to gamma");
  /* Without the places page there is nothing to link to. */
  g_assert_cmpstr (unknown, ==, "Keep off: hollow");
  g_assert_null (fascia_steps_keep_off_to_markup (library, none, FASCIA_MARKUP_SCREEN));
  g_assert_null (fascia_steps_area_to_markup (library, NULL, FASCIA_MARKUP_SCREEN));
}

static void
test_referrer_and_origins (void)
{
  g_autoptr(FasciaLibrary) library = load_folder ("clinician");
  FasciaPage *hip = fascia_library_get_page (library, "region-hip");
  FasciaPage *knee = fascia_library_get_page (library, "region-knee");
  const FasciaSection *section = fascia_page_find_section (hip, "muscles");
  const FasciaBlock *referrers = g_ptr_array_index (section->blocks, 0);
  g_autofree char *screen = fascia_referrer_to_markup (library, hip, g_ptr_array_index (referrers->children, 0),
                                                       FASCIA_MARKUP_SCREEN);
  g_autofree char *paper = fascia_referrer_to_markup (library, hip, g_ptr_array_index (referrers->children, 0),
                                                      FASCIA_MARKUP_PRINTABLE);
  g_autofree char *origins = fascia_region_page_dup_origins_markup (library, hip, FASCIA_MARKUP_SCREEN);
  g_autofree char *origins_paper = fascia_region_page_dup_origins_markup (library, hip, FASCIA_MARKUP_PRINTABLE);

  g_assert_true (g_str_has_prefix (screen, "<a href=\"fascia:muscle-a\"><b>Alpha muscle</b></a> — Main zone. "));
  g_assert_true (g_str_has_prefix (paper, "<b>Alpha muscle</b> — Main zone. "));
  g_assert_null (strstr (paper, "<a "));

  /* The hip's pain may come from muscle-c, which lies in the knee; the
   * muscles lying in the hip itself are not named again. */
  g_assert_cmpstr (origins, ==, "Pain here is commonly described as coming from: "
                                "<a href=\"fascia:region-knee\">Knee pain</a>. This is not a diagnosis.");
  g_assert_cmpstr (origins_paper, ==, "Pain here is commonly described as coming from: Knee pain. "
                                      "This is not a diagnosis.");
  /* The knee's from the hip (muscle-a) and the low back (muscle-d). */
  {
    g_autofree char *knee_origins = fascia_region_page_dup_origins_markup (library, knee, FASCIA_MARKUP_PRINTABLE);

    g_assert_nonnull (knee_origins);
    g_assert_nonnull (strstr (knee_origins, "Low back pain"));
  }
}

static void
test_search_result (void)
{
  g_autoptr(GArray) ranges = g_array_new (FALSE, FALSE, sizeof (FasciaSearchRange));
  FasciaSearchResult result = { NULL, 0, 0.0, (char *)"a <b> & c <b>", 2, 5, NULL, ranges };
  FasciaSearchRange first = { 2, 5 }, second = { 10, 13 };
  g_autofree char *markup = NULL;
  g_autofree char *none = NULL;

  g_array_append_val (ranges, first);
  g_array_append_val (ranges, second);
  markup = fascia_search_result_to_markup (&result);
  g_assert_cmpstr (markup, ==, "a <b>&lt;b&gt;</b> &amp; c <b>&lt;b&gt;</b>");

  g_array_set_size (ranges, 0);
  none = fascia_search_result_to_markup (&result);
  g_assert_cmpstr (none, ==, "a &lt;b&gt; &amp; c &lt;b&gt;");
}

static gint64 fake_now;

static gint64
fake_clock (gpointer user_data)
{
  return fake_now;
}

static void
test_hold_timer_words (void)
{
  g_autoptr(FasciaHoldTimer) timer = fascia_hold_timer_new (45, 3);
  g_autofree char *ready = NULL, *status = NULL, *spoken = NULL, *paused = NULL;

  fake_now = 1000;
  fascia_hold_timer_set_clock (timer, fake_clock, NULL);
  ready = fascia_hold_timer_dup_spoken (timer);
  g_assert_cmpstr (ready, ==, "Ready to hold for 45 seconds, 3 sets");

  fascia_hold_timer_start (timer);
  fake_now += 15 * G_USEC_PER_SEC;
  fascia_hold_timer_update (timer);
  status = fascia_hold_timer_dup_status (timer);
  spoken = fascia_hold_timer_dup_spoken (timer);
  g_assert_cmpstr (status, ==, "Hold · set 1 of 3");
  g_assert_cmpstr (spoken, ==, "30 seconds left, set 1 of 3");

  fascia_hold_timer_pause (timer);
  paused = fascia_hold_timer_dup_status (timer);
  g_assert_cmpstr (paused, ==, "Hold paused · set 1 of 3");
}

static void
test_blank_cell (void)
{
  FasciaInline space = { FASCIA_INLINE_TEXT, 1, (char *)" \n ", NULL, NULL };
  FasciaInline word = { FASCIA_INLINE_TEXT, 1, (char *)"Rest", NULL, NULL };
  g_autoptr(GPtrArray) blank_runs = g_ptr_array_new ();
  g_autoptr(GPtrArray) word_runs = g_ptr_array_new ();
  FasciaBlock cell = { .kind = FASCIA_BLOCK_TABLE_CELL };

  /* No runs, or only white space: room to write in. */
  g_assert_true (fascia_table_cell_is_blank (&cell));
  g_ptr_array_add (blank_runs, &space);
  cell.inlines = blank_runs;
  g_assert_true (fascia_table_cell_is_blank (&cell));
  g_ptr_array_add (word_runs, &space);
  g_ptr_array_add (word_runs, &word);
  cell.inlines = word_runs;
  g_assert_false (fascia_table_cell_is_blank (&cell));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/present/inline-markup", test_inline_markup);
  g_test_add_func ("/present/dose", test_dose);
  g_test_add_func ("/present/blank-cell", test_blank_cell);
  g_test_add_func ("/present/labels", test_labels);
  g_test_add_func ("/present/sources", test_sources);
  g_test_add_func ("/present/where-and-keep-off", test_where_and_keep_off);
  g_test_add_func ("/present/referrer-and-origins", test_referrer_and_origins);
  g_test_add_func ("/present/search-result", test_search_result);
  g_test_add_func ("/present/hold-timer-words", test_hold_timer_words);

  return g_test_run ();
}
