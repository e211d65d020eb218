/* test-safety.c - the safety check: questions from content, rules, answers on disk;
 * and red flags on region pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "fascia-content-error.h"
#include "fascia-library.h"
#include "fascia-parser.h"
#include "fascia-safety.h"
#include "fascia-validate.h"

#define NS "xmlns=\"http://fasciaapp.org/ns/page/1\""
#define SOURCE "<sources><source id=\"s1\"><authors>A</authors><year>2020</year>" \
               "<title>T</title><venue>V</venue></source></sources>"

/* A technique page with everything a technique needs. */
static char *
technique_xml (const char *id)
{
  return g_strdup_printf ("<?xml version=\"1.0\"?>\n"
                          "<page " NS " id=\"%s\" type=\"technique\">\n"
                          "<title>Technique %s</title><summary>S.</summary>\n"
                          "<section id=\"a\"><title>A</title><p>Back to <link to=\"safety\">the check</link>.</p>\n"
                          "<evidence level=\"limited\">E <cite ref=\"s1\"/>.</evidence></section>\n"
                          "<section id=\"h\"><title>How</title><steps area=\"region-x\">"
                          "<step keep-off=\"hollow\">Press lightly.</step></steps></section>\n"
                          "<section id=\"c\" role=\"contraindications\"><title>C</title><p>Not with X.</p></section>\n"
                          "<section id=\"w\" role=\"stop\"><title>W</title><p>Stop if Y.</p></section>\n"
                          SOURCE "</page>\n", id, id);
}

/* The places never to press, with one place next to region X. */
static const char places_xml[] =
  "<?xml version=\"1.0\"?>\n"
  "<page " NS " id=\"places-never-to-press\" type=\"reference\">\n"
  "<title>Places never to press</title><summary>S.</summary>\n"
  "<section id=\"hollow\" role=\"place\" near=\"region-x\"><title>The hollow</title><p>A nerve <cite ref=\"s1\"/>.</p></section>\n"
  SOURCE "</page>\n";

static const char safety_xml[] =
  "<?xml version=\"1.0\"?>\n"
  "<page " NS " id=\"safety\" type=\"article\">\n"
  "<title>Safety check</title><summary>S.</summary>\n"
  "<section id=\"intro\"><title>Intro</title><p>See <link to=\"technique-a\">A</link> and <link to=\"technique-b\">B</link> "
  "and <link to=\"region-x\">X</link> <cite ref=\"s1\"/>.</p>\n"
  "<evidence level=\"opinion\">Guidance.</evidence></section>\n"
  "<section id=\"questions\" role=\"safety-check\"><title>Questions</title>\n"
  "<question id=\"thinners\" label=\"Blood thinners\">\n"          /* line 7 */
  "  <ask>Do you take a blood thinner?</ask>\n"
  "  <help>Such as warfarin.</help>\n"
  "  <effect techniques=\"technique-b\" level=\"care\">Go gently with B.</effect>\n"
  "  <effect techniques=\"technique-a\" level=\"avoid\">A can bruise.</effect>\n"
  "</question>\n"
  "<question id=\"pregnant\" label=\"Pregnancy\">\n"
  "  <ask>Are you pregnant?</ask>\n"
  "  <effect techniques=\"all\" level=\"care\">Ask your midwife.</effect>\n"
  "</question>\n"
  "</section>\n" SOURCE "</page>\n";

static const char region_xml[] =
  "<?xml version=\"1.0\"?>\n"
  "<page " NS " id=\"region-x\" type=\"region\">\n"
  "<title>Region X</title><summary>S.</summary>\n"
  "<section id=\"m\"><title>M</title><referrers><referrer page=\"muscle-m\" zone=\"essential\">M <cite ref=\"s1\"/>.</referrer></referrers></section>\n"
  "<section id=\"red\" role=\"red-flags\"><title>Warning signs</title>\n"
  "<red-flags urgency=\"emergency\"><flag>Sudden breathlessness <cite ref=\"s1\"/>.</flag><flag>Chest pain <cite ref=\"s1\"/>.</flag></red-flags>\n"
  "<red-flags urgency=\"soon\" title=\"Check soon\"><flag>A <em>swollen</em> calf <cite ref=\"s1\"/>.</flag></red-flags>\n"
  "</section>\n" SOURCE "</page>\n";

static const char muscle_xml[] =
  "<?xml version=\"1.0\"?>\n"
  "<page " NS " id=\"muscle-m\" type=\"muscle\">\n"
  "<title>Muscle M</title><summary>S.</summary>\n"
  "<section id=\"a\"><title>A</title><p>Try <link to=\"technique-a\">A</link> <cite ref=\"s1\"/>.</p></section>\n"
  "<section id=\"c\" role=\"self-care\"><title>C</title><steps area=\"region-x\" keep-off=\"hollow\"><step>Lean in.</step></steps></section>\n"
  SOURCE "</page>\n";

static void
assert_text (GPtrArray  *inlines,
             const char *expected)
{
  g_autofree char *text = fascia_inlines_to_text (inlines);

  g_assert_cmpstr (text, ==, expected);
}

static void
write_file (const char *dir,
            const char *name,
            const char *contents)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
}

static char *
make_library_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("fascia-safety-XXXXXX", &error);
  g_autofree char *a = technique_xml ("technique-a");
  g_autofree char *b = technique_xml ("technique-b");

  g_assert_no_error (error);
  write_file (dir, "technique-a.xml", a);
  write_file (dir, "technique-b.xml", b);
  write_file (dir, "safety.xml", safety_xml);
  write_file (dir, "region-x.xml", region_xml);
  write_file (dir, "muscle-m.xml", muscle_xml);
  write_file (dir, "places-never-to-press.xml", places_xml);

  return dir;
}

static void
remove_dir (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_remove (path);
    }
  g_rmdir (dir);
}

static void
dump_problems (FasciaLibrary *library)
{
  GPtrArray *problems = fascia_library_get_problems (library);

  for (guint i = 0; i < problems->len; i++)
    g_test_message ("problem: %s", ((GError *)g_ptr_array_index (problems, i))->message);
}

static void
test_questions_from_content (void)
{
  g_autofree char *dir = make_library_dir ();
  g_autoptr(GError) error = NULL;
  g_autoptr(FasciaLibrary) library = fascia_library_load (dir, &error);
  FasciaSafetyCheck *check;
  const FasciaBlock *q;
  const FasciaBlock *effect;

  g_assert_no_error (error);
  dump_problems (library);
  g_assert_cmpuint (fascia_library_get_problems (library)->len, ==, 0);

  check = fascia_library_get_safety_check (library);
  g_assert_nonnull (check);
  g_assert_cmpstr (fascia_page_get_id (fascia_safety_check_get_page (check)), ==, "safety");
  g_assert_cmpuint (fascia_safety_check_get_n_questions (check), ==, 2);

  q = fascia_safety_check_get_question (check, 0);
  g_assert_cmpstr (q->id, ==, "thinners");
  g_assert_cmpstr (q->title, ==, "Blood thinners");
  g_assert_cmpuint (q->line, ==, 7);
  assert_text (q->inlines, "Do you take a blood thinner?");
  g_assert_cmpuint (q->children->len, ==, 3);
  g_assert_cmpint (((FasciaBlock *)g_ptr_array_index (q->children, 0))->kind, ==, FASCIA_BLOCK_QUESTION_HELP);
  effect = g_ptr_array_index (q->children, 2);
  g_assert_cmpint (effect->kind, ==, FASCIA_BLOCK_EFFECT);
  g_assert_cmpint (effect->safety_level, ==, FASCIA_SAFETY_AVOID);
  g_assert_cmpstrv (effect->targets, ((const char *[]){ "technique-a", NULL }));

  g_assert_true (fascia_safety_check_find_question (check, "pregnant") == fascia_safety_check_get_question (check, 1));
  g_assert_null (fascia_safety_check_find_question (check, "nope"));

  remove_dir (dir);
}

static void
test_rules (void)
{
  g_autofree char *dir = make_library_dir ();
  g_autoptr(FasciaLibrary) library = fascia_library_load (dir, NULL);
  FasciaSafetyCheck *check = fascia_library_get_safety_check (library);
  g_autoptr(FasciaSafetyAnswers) answers = fascia_safety_answers_new (NULL);
  g_autoptr(GArray) none = NULL;
  g_autoptr(GArray) a = NULL;
  g_autoptr(GArray) b = NULL;
  g_autoptr(GArray) unsure = NULL;
  const FasciaSafetyWarning *w;

  /* Nothing answered: nothing to warn about. */
  none = fascia_safety_check_evaluate (check, answers, "technique-a");
  g_assert_cmpuint (none->len, ==, 0);

  /* "No" never warns. */
  g_assert_true (fascia_safety_answers_set (answers, "thinners", FASCIA_ANSWER_NO, NULL));
  g_clear_pointer (&none, g_array_unref);
  none = fascia_safety_check_evaluate (check, answers, "technique-a");
  g_assert_cmpuint (none->len, ==, 0);

  /* Pregnancy (care, all) is asked before blood thinners' avoid for A, but
   * what rules a technique out comes first. */
  fascia_safety_answers_set (answers, "thinners", FASCIA_ANSWER_YES, NULL);
  fascia_safety_answers_set (answers, "pregnant", FASCIA_ANSWER_YES, NULL);
  a = fascia_safety_check_evaluate (check, answers, "technique-a");
  g_assert_cmpuint (a->len, ==, 2);
  w = &g_array_index (a, FasciaSafetyWarning, 0);
  g_assert_cmpstr (w->question->id, ==, "thinners");
  g_assert_cmpint (w->effect->safety_level, ==, FASCIA_SAFETY_AVOID);
  assert_text (w->effect->inlines, "A can bruise.");
  w = &g_array_index (a, FasciaSafetyWarning, 1);
  g_assert_cmpstr (w->question->id, ==, "pregnant");
  g_assert_cmpint (w->effect->safety_level, ==, FASCIA_SAFETY_CARE);

  /* Each technique gets its own effect: B only needs care for thinners. */
  b = fascia_safety_check_evaluate (check, answers, "technique-b");
  g_assert_cmpuint (b->len, ==, 2);
  w = &g_array_index (b, FasciaSafetyWarning, 0);
  g_assert_cmpstr (w->question->id, ==, "thinners");
  g_assert_cmpint (w->effect->safety_level, ==, FASCIA_SAFETY_CARE);
  assert_text (w->effect->inlines, "Go gently with B.");

  /* "Not sure" warns too, and says so. */
  fascia_safety_answers_set (answers, "pregnant", FASCIA_ANSWER_UNANSWERED, NULL);
  fascia_safety_answers_set (answers, "thinners", FASCIA_ANSWER_NOT_SURE, NULL);
  unsure = fascia_safety_check_evaluate (check, answers, "technique-a");
  g_assert_cmpuint (unsure->len, ==, 1);
  g_assert_cmpint (g_array_index (unsure, FasciaSafetyWarning, 0).answer, ==, FASCIA_ANSWER_NOT_SURE);

  g_assert_true (fascia_safety_check_applies_to (g_ptr_array_index (fascia_safety_check_get_question (check, 1)->children, 0),
                                                 "anything"));

  remove_dir (dir);
}

static void
test_real_content (void)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "..", "content", NULL);
  g_autoptr(FasciaLibrary) library = fascia_library_load (dir, NULL);
  FasciaSafetyCheck *check = fascia_library_get_safety_check (library);
  g_autoptr(FasciaSafetyAnswers) answers = fascia_safety_answers_new (NULL);
  g_autoptr(GPtrArray) techniques = fascia_library_dup_pages_of_type (library, FASCIA_PAGE_TECHNIQUE);
  static const char * const required[] = {
    "blood-thinners", "blood-clot", "fracture", "skin", "tumour", "osteoporosis", "pregnancy", "reduced-feeling",
  };
  guint n_avoid = 0;

  g_assert_cmpuint (fascia_library_get_problems (library)->len, ==, 0);
  g_assert_cmpuint (fascia_safety_check_get_n_questions (check), >=, G_N_ELEMENTS (required));

  for (guint i = 0; i < G_N_ELEMENTS (required); i++)
    {
      if (fascia_safety_check_find_question (check, required[i]) == NULL)
        g_error ("the safety check has no question “%s”", required[i]);
    }

  /* Answer yes to everything: every technique gets at least one warning,
   * and the massage gun is ruled out. */
  for (guint i = 0; i < fascia_safety_check_get_n_questions (check); i++)
    fascia_safety_answers_set (answers, fascia_safety_check_get_question (check, i)->id, FASCIA_ANSWER_YES, NULL);

  for (guint i = 0; i < techniques->len; i++)
    {
      FasciaPage *page = g_ptr_array_index (techniques, i);
      g_autoptr(GArray) warnings = fascia_safety_check_evaluate (check, answers, fascia_page_get_id (page));

      if (warnings->len == 0)
        g_error ("no answer affects %s", fascia_page_get_id (page));
      if (g_array_index (warnings, FasciaSafetyWarning, 0).effect->safety_level == FASCIA_SAFETY_AVOID)
        n_avoid++;
    }
  g_assert_cmpuint (n_avoid, >, 0);

  {
    g_autoptr(GArray) gun = fascia_safety_check_evaluate (check, answers, "technique-massage-gun");
    g_assert_cmpint (g_array_index (gun, FasciaSafetyWarning, 0).effect->safety_level, ==, FASCIA_SAFETY_AVOID);
  }

  /* Every region page has emergency signs, and signs for today or soon. */
  for (guint i = 0; i < fascia_library_get_n_pages (library); i++)
    {
      FasciaPage *page = fascia_library_get_page_at (library, i);
      const FasciaSection *section;
      gboolean has[FASCIA_N_URGENCIES] = { FALSE, };

      if (fascia_page_get_page_type (page) != FASCIA_PAGE_REGION)
        continue;

      section = fascia_page_find_section_by_role (page, FASCIA_SECTION_ROLE_RED_FLAGS);
      g_assert_nonnull (section);
      for (guint j = 0; j < section->blocks->len; j++)
        {
          const FasciaBlock *block = g_ptr_array_index (section->blocks, j);

          if (block->kind == FASCIA_BLOCK_RED_FLAGS)
            {
              g_assert_cmpuint (block->children->len, >, 0);
              has[block->urgency] = TRUE;
            }
        }
      g_assert_true (has[FASCIA_URGENCY_EMERGENCY]);
      g_assert_true (has[FASCIA_URGENCY_URGENT] || has[FASCIA_URGENCY_SOON]);
    }
}

static void
test_red_flags_parsed (void)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify)g_error_free);
  g_autoptr(FasciaPage) page = fascia_parser_parse_data (region_xml, strlen (region_xml), "region-x.xml", problems);
  const FasciaSection *section;
  const FasciaBlock *emergency, *soon, *flag;

  g_assert_cmpuint (problems->len, ==, 0);
  section = fascia_page_find_section_by_role (page, FASCIA_SECTION_ROLE_RED_FLAGS);
  g_assert_nonnull (section);
  g_assert_cmpuint (section->blocks->len, ==, 2);
  emergency = g_ptr_array_index (section->blocks, 0);
  soon = g_ptr_array_index (section->blocks, 1);
  g_assert_cmpint (emergency->kind, ==, FASCIA_BLOCK_RED_FLAGS);
  g_assert_cmpint (emergency->urgency, ==, FASCIA_URGENCY_EMERGENCY);
  g_assert_null (emergency->title);
  g_assert_cmpuint (emergency->children->len, ==, 2);
  g_assert_cmpint (soon->urgency, ==, FASCIA_URGENCY_SOON);
  g_assert_cmpstr (soon->title, ==, "Check soon");
  flag = g_ptr_array_index (soon->children, 0);
  g_assert_cmpint (flag->kind, ==, FASCIA_BLOCK_RED_FLAG);
  g_assert_cmpuint (flag->line, ==, 7);
  assert_text (flag->inlines, "A swollen calf .");

  fascia_validate_page (page, problems);
  g_assert_cmpuint (problems->len, ==, 0);
}

/* Checks that validating @xml (named @name) finds one problem that starts
 * with "name:line: " and mentions @fragment. */
static void
assert_page_problem (const char *name,
                     const char *xml,
                     guint       line,
                     const char *fragment)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify)g_error_free);
  g_autoptr(FasciaPage) page = fascia_parser_parse_data (xml, strlen (xml), name, problems);
  g_autofree char *prefix = g_strdup_printf ("%s:%u: ", name, line);
  const GError *error;

  g_assert_nonnull (page);
  fascia_validate_page (page, problems);
  for (guint i = 0; i < problems->len; i++)
    g_test_message ("%s", ((GError *)g_ptr_array_index (problems, i))->message);
  g_assert_cmpuint (problems->len, ==, 1);
  error = g_ptr_array_index (problems, 0);
  if (!g_str_has_prefix (error->message, prefix) || strstr (error->message, fragment) == NULL)
    g_error ("expected “%s…%s…”, got “%s”", prefix, fragment, error->message);
}

static char *
region_with (const char *old,
             const char *new)
{
  GString *s = g_string_new (region_xml);

  g_assert_cmpuint (g_string_replace (s, old, new, 1), ==, 1);
  return g_string_free (s, FALSE);
}

static void
test_red_flags_required (void)
{
  g_autofree char *no_soon = region_with ("<red-flags urgency=\"soon\" title=\"Check soon\"><flag>A <em>swollen</em> calf <cite ref=\"s1\"/>.</flag></red-flags>\n", "");
  g_autofree char *no_emergency = region_with ("urgency=\"emergency\"", "urgency=\"soon\"");
  g_autofree char *urgent = region_with ("urgency=\"soon\"", "urgency=\"urgent\"");
  g_autofree char *out_of_order = region_with ("urgency=\"emergency\"", "urgency=\"urgent\"");
  g_autofree char *uncited = region_with ("Chest pain <cite ref=\"s1\"/>.", "Chest pain.");
  g_autofree char *strong = region_with ("</section>\n<sources>", "<evidence level=\"strong\">Trust these <cite ref=\"s1\"/>.</evidence></section>\n<sources>");

  assert_page_problem ("region-x.xml", no_soon, 5, "urgency=\"urgent\"");
  assert_page_problem ("region-x.xml", no_emergency, 5, "urgency=\"emergency\"");

  /* The middle level counts as the second block, and reads in order. */
  {
    g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify)g_error_free);
    g_autoptr(FasciaPage) page = fascia_parser_parse_data (urgent, strlen (urgent), "region-x.xml", problems);
    const FasciaSection *section = fascia_page_find_section_by_role (page, FASCIA_SECTION_ROLE_RED_FLAGS);

    g_assert_cmpint (((FasciaBlock *)g_ptr_array_index (section->blocks, 1))->urgency, ==, FASCIA_URGENCY_URGENT);
    fascia_validate_page (page, problems);
    g_assert_cmpuint (problems->len, ==, 0);
  }

  /* An emergency block after an urgent one is out of order. */
  {
    g_autofree char *reversed = NULL;
    GString *s = g_string_new (out_of_order);

    g_string_replace (s, "urgency=\"soon\"", "urgency=\"emergency\"", 1);
    reversed = g_string_free (s, FALSE);
    assert_page_problem ("region-x.xml", reversed, 7, "order them emergency, urgent, soon");
  }

  assert_page_problem ("region-x.xml", uncited, 6, "cites no source");
  assert_page_problem ("region-x.xml", strong, 8, "not \"strong\"");
}

static void
test_question_problems (void)
{
  g_autofree char *outside = NULL;
  g_autofree char *cited = NULL;
  GString *s;

  /* A question outside the safety-check section would never be asked. */
  s = g_string_new (safety_xml);
  g_string_replace (s, " role=\"safety-check\"", "", 1);
  outside = g_string_free (s, FALSE);
  {
    g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify)g_error_free);
    g_autoptr(FasciaPage) page = fascia_parser_parse_data (outside, strlen (outside), "safety.xml", problems);

    fascia_validate_page (page, problems);
    g_assert_cmpuint (problems->len, ==, 2);
    g_assert_true (g_str_has_prefix (((GError *)g_ptr_array_index (problems, 0))->message, "safety.xml:7: "));
    g_assert_nonnull (strstr (((GError *)g_ptr_array_index (problems, 0))->message, "role=\"safety-check\""));
  }

  /* A citation inside a question would point at the wrong sources. */
  s = g_string_new (safety_xml);
  g_string_replace (s, "A can bruise.", "A can bruise <cite ref=\"s1\"/>.", 1);
  cited = g_string_free (s, FALSE);
  assert_page_problem ("safety.xml", cited, 11, "no <cite> inside a question");
}

static void
assert_library_problem (const char *file,
                        const char *contents,
                        const char *fragment)
{
  g_autofree char *dir = make_library_dir ();
  g_autoptr(FasciaLibrary) library = NULL;
  GPtrArray *problems;
  gboolean found = FALSE;

  write_file (dir, file, contents);
  library = fascia_library_load (dir, NULL);
  problems = fascia_library_get_problems (library);
  for (guint i = 0; i < problems->len; i++)
    {
      const char *message = ((GError *)g_ptr_array_index (problems, i))->message;

      g_test_message ("%s", message);
      if (strstr (message, file) != NULL && strstr (message, fragment) != NULL)
        found = TRUE;
    }
  if (!found)
    g_error ("no problem in %s mentions “%s”", file, fragment);

  remove_dir (dir);
}

static void
test_effect_targets (void)
{
  GString *s;
  g_autofree char *missing = NULL;
  g_autofree char *not_technique = NULL;
  g_autofree char *all_and_more = NULL;

  s = g_string_new (safety_xml);
  g_string_replace (s, "techniques=\"technique-b\"", "techniques=\"technique-b technique-zz\"", 1);
  missing = g_string_free (s, FALSE);
  assert_library_problem ("safety.xml", missing, "“technique-zz”, which no page has");

  s = g_string_new (safety_xml);
  g_string_replace (s, "techniques=\"technique-b\"", "techniques=\"region-x\"", 1);
  not_technique = g_string_free (s, FALSE);
  assert_library_problem ("safety.xml", not_technique, "not a technique page");

  s = g_string_new (safety_xml);
  g_string_replace (s, "techniques=\"all\"", "techniques=\"all technique-a\"", 1);
  all_and_more = g_string_free (s, FALSE);
  assert_library_problem ("safety.xml", all_and_more, "“all” and also names techniques");
}

static void
test_duplicate_questions (void)
{
  GString *s = g_string_new (safety_xml);
  g_autofree char *dup = NULL;
  g_autofree char *second = NULL;

  g_string_replace (s, "id=\"pregnant\"", "id=\"thinners\"", 1);
  dup = g_string_free (s, FALSE);
  assert_library_problem ("safety.xml", dup, "a question with id “thinners” is already");

  /* A second page with a safety-check section. */
  s = g_string_new (safety_xml);
  g_string_replace (s, "id=\"safety\"", "id=\"safety-two\"", 1);
  second = g_string_free (s, FALSE);
  assert_library_problem ("safety-two.xml", second, "a second safety-check section");
}

/* ----------------------------------------------------------- answers file */

static char *
answers_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "fascia", "safety-check.ini", NULL);
}

static void
count_changed (FasciaSafetyAnswers *answers,
               guint               *count)
{
  (*count)++;
}

static void
test_answers_survive_restart (void)
{
  g_autofree char *path = answers_path ();
  g_autoptr(GError) error = NULL;
  struct stat st;
  guint changed = 0;

  {
    g_autoptr(FasciaSafetyAnswers) answers = fascia_safety_answers_new (path);

    g_assert_true (fascia_safety_answers_load (answers, &error));   /* no file yet */
    g_assert_no_error (error);
    g_signal_connect (answers, "changed", G_CALLBACK (count_changed), &changed);

    g_assert_true (fascia_safety_answers_set (answers, "blood-thinners", FASCIA_ANSWER_YES, &error));
    g_assert_no_error (error);
    g_assert_true (fascia_safety_answers_set (answers, "pregnancy", FASCIA_ANSWER_NOT_SURE, &error));
    g_assert_true (fascia_safety_answers_set (answers, "dvt", FASCIA_ANSWER_NO, &error));
    /* Setting the same again changes nothing. */
    g_assert_true (fascia_safety_answers_set (answers, "dvt", FASCIA_ANSWER_NO, &error));
    g_assert_cmpuint (changed, ==, 3);
  }

  /* Health details: only the user may read the file. */
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  {
    g_autoptr(FasciaSafetyAnswers) answers = fascia_safety_answers_new (path);

    g_assert_true (fascia_safety_answers_load (answers, &error));
    g_assert_no_error (error);
    g_assert_cmpint (fascia_safety_answers_get (answers, "blood-thinners"), ==, FASCIA_ANSWER_YES);
    g_assert_cmpint (fascia_safety_answers_get (answers, "pregnancy"), ==, FASCIA_ANSWER_NOT_SURE);
    g_assert_cmpint (fascia_safety_answers_get (answers, "dvt"), ==, FASCIA_ANSWER_NO);
    g_assert_cmpint (fascia_safety_answers_get (answers, "osteoporosis"), ==, FASCIA_ANSWER_UNANSWERED);
    g_assert_cmpuint (fascia_safety_answers_get_n_answered (answers), ==, 3);

    /* Taking one answer back. */
    g_assert_true (fascia_safety_answers_set (answers, "dvt", FASCIA_ANSWER_UNANSWERED, &error));
    g_assert_cmpuint (fascia_safety_answers_get_n_answered (answers), ==, 2);

    /* Clearing leaves nothing on disk. */
    g_assert_true (fascia_safety_answers_clear (answers, &error));
    g_assert_no_error (error);
    g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
    g_assert_cmpuint (fascia_safety_answers_get_n_answered (answers), ==, 0);
  }

  {
    g_autoptr(FasciaSafetyAnswers) answers = fascia_safety_answers_new (path);

    g_assert_true (fascia_safety_answers_load (answers, &error));
    g_assert_cmpuint (fascia_safety_answers_get_n_answered (answers), ==, 0);
  }
}

static void
test_corrupt_answers (void)
{
  static const char * const bad[] = {
    "this is not a key file\n\x01\x02",
    "[answers]\nblood-thinners=perhaps\n",
    "[answers\ndvt=yes\n",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *path = answers_path ();
      g_autofree char *aside = g_strconcat (path, ".corrupt", NULL);
      g_autofree char *dir = g_path_get_dirname (path);
      g_autofree char *kept = NULL;
      g_autoptr(FasciaSafetyAnswers) answers = fascia_safety_answers_new (path);
      g_autoptr(GError) error = NULL;

      g_mkdir_with_parents (dir, 0700);
      g_remove (aside);
      g_assert_true (g_file_set_contents (path, bad[i], -1, NULL));

      g_assert_false (fascia_safety_answers_load (answers, &error));
      g_assert_error (error, FASCIA_SAFETY_ANSWERS_ERROR, FASCIA_SAFETY_ANSWERS_ERROR_CORRUPT);
      g_assert_true (g_str_has_prefix (error->message, path));
      g_assert_nonnull (strstr (error->message, aside));
      g_test_message ("%s", error->message);

      /* Nothing lost: the file is kept aside, and the answers start afresh
       * and can be saved again. */
      g_assert_true (g_file_get_contents (aside, &kept, NULL, NULL));
      g_assert_cmpstr (kept, ==, bad[i]);
      g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
      g_assert_cmpuint (fascia_safety_answers_get_n_answered (answers), ==, 0);
      g_assert_true (fascia_safety_answers_set (answers, "dvt", FASCIA_ANSWER_YES, NULL));
      g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));

      /* The message never quotes the file: it may hold answers, and
       * messages can end up in a log. */
      g_assert_null (strstr (error->message, "perhaps"));
      g_assert_null (strstr (error->message, "blood-thinners"));
      g_assert_null (strstr (error->message, "not a key file"));

      /* Clearing removes the damaged copy too: nothing is left behind. */
      g_assert_true (fascia_safety_answers_clear (answers, NULL));
      g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
      g_assert_false (g_file_test (aside, G_FILE_TEST_EXISTS));
    }
}

/* A file that is there but cannot be read is left alone, never replaced. */
static void
test_unreadable_answers (void)
{
  g_autofree char *path = answers_path ();
  g_autoptr(FasciaSafetyAnswers) answers = fascia_safety_answers_new (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *aside = g_strconcat (path, ".corrupt", NULL);

  /* A folder where the file should be. */
  g_assert_cmpint (g_mkdir_with_parents (path, 0700), ==, 0);

  g_assert_false (fascia_safety_answers_load (answers, &error));
  g_assert_error (error, FASCIA_SAFETY_ANSWERS_ERROR, FASCIA_SAFETY_ANSWERS_ERROR_UNREADABLE);
  g_assert_false (g_file_test (aside, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  /* Answers still work for this session, but are not written over it. */
  g_assert_false (fascia_safety_answers_set (answers, "dvt", FASCIA_ANSWER_YES, &error));
  g_assert_error (error, FASCIA_SAFETY_ANSWERS_ERROR, FASCIA_SAFETY_ANSWERS_ERROR_UNREADABLE);
  g_assert_cmpint (fascia_safety_answers_get (answers, "dvt"), ==, FASCIA_ANSWER_YES);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_DIR));

  g_rmdir (path);
}

/* The answers file is read as content is: a named pipe in its place is
 * refused at once (reading one would wait forever), and so is a link out of
 * its folder; neither is replaced. */
static void
test_hostile_answers (void)
{
  g_autofree char *path = answers_path ();
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *elsewhere = g_build_filename (g_get_user_data_dir (), "elsewhere.ini", NULL);
  g_autofree char *aside = g_strconcat (path, ".corrupt", NULL);
  g_autoptr(GString) big = g_string_new ("[answers]\n");

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);

  {
    g_autoptr(FasciaSafetyAnswers) answers = fascia_safety_answers_new (path);
    g_autoptr(GError) error = NULL;

    g_assert_cmpint (mkfifo (path, 0600), ==, 0);
    g_assert_false (fascia_safety_answers_load (answers, &error));
    g_assert_error (error, FASCIA_SAFETY_ANSWERS_ERROR, FASCIA_SAFETY_ANSWERS_ERROR_UNREADABLE);
    g_assert_nonnull (strstr (error->message, "named pipe"));
    g_clear_error (&error);
    g_assert_false (fascia_safety_answers_set (answers, "dvt", FASCIA_ANSWER_YES, &error));
    g_assert_cmpint (g_unlink (path), ==, 0);
  }

  {
    g_autoptr(FasciaSafetyAnswers) answers = fascia_safety_answers_new (path);
    g_autoptr(GError) error = NULL;

    g_assert_true (g_file_set_contents (elsewhere, "[answers]\ndvt=yes\n", -1, NULL));
    g_assert_cmpint (symlink (elsewhere, path), ==, 0);
    g_assert_false (fascia_safety_answers_load (answers, &error));
    g_assert_error (error, FASCIA_SAFETY_ANSWERS_ERROR, FASCIA_SAFETY_ANSWERS_ERROR_UNREADABLE);
    g_assert_nonnull (strstr (error->message, "symbolic link"));
    g_assert_cmpint (fascia_safety_answers_get (answers, "dvt"), ==, FASCIA_ANSWER_UNANSWERED);
    g_assert_true (g_file_test (path, G_FILE_TEST_IS_SYMLINK));
    g_assert_cmpint (g_unlink (path), ==, 0);
    g_assert_cmpint (g_unlink (elsewhere), ==, 0);
  }

  /* Far more than answers take is damage: set aside like any other. */
  {
    g_autoptr(FasciaSafetyAnswers) answers = fascia_safety_answers_new (path);
    g_autoptr(GError) error = NULL;

    while (big->len < 65 * 1024)
      g_string_append (big, "# padding padding padding padding padding padding padding\n");
    g_assert_true (g_file_set_contents (path, big->str, (gssize)big->len, NULL));
    g_assert_false (fascia_safety_answers_load (answers, &error));
    g_assert_error (error, FASCIA_SAFETY_ANSWERS_ERROR, FASCIA_SAFETY_ANSWERS_ERROR_CORRUPT);
    g_assert_true (g_file_test (aside, G_FILE_TEST_EXISTS));
    g_assert_true (fascia_safety_answers_clear (answers, NULL));
  }
}

static void
test_answer_strings (void)
{
  FasciaSafetyAnswer answer;

  for (FasciaSafetyAnswer a = FASCIA_ANSWER_UNANSWERED; a <= FASCIA_ANSWER_NOT_SURE; a++)
    {
      g_assert_true (fascia_safety_answer_from_string (fascia_safety_answer_to_string (a), &answer));
      g_assert_cmpint (answer, ==, a);
    }
  g_assert_false (fascia_safety_answer_from_string ("YES", &answer));
  g_assert_false (fascia_safety_answer_from_string (NULL, &answer));
}

/* A file from an earlier version, which also kept whether the check had
 * been offered, loads as it is. */
static void
test_old_answers_file (void)
{
  g_autofree char *path = answers_path ();
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(FasciaSafetyAnswers) answers = fascia_safety_answers_new (path);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (path, "[safety-check]\noffered=true\n\n[answers]\ndvt=yes\n", -1, NULL));
  g_assert_true (fascia_safety_answers_load (answers, &error));
  g_assert_no_error (error);
  g_assert_cmpint (fascia_safety_answers_get (answers, "dvt"), ==, FASCIA_ANSWER_YES);
  g_assert_true (fascia_safety_answers_clear (answers, NULL));
}

/* A second damaged file never takes the place of the first one set aside. */
static void
test_corrupt_twice (void)
{
  static const char * const bad[] = { "[answers\nfirst\n", "[answers\nsecond\n", "[answers\nthird\n" };
  g_autofree char *path = answers_path ();
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(FasciaSafetyAnswers) answers = NULL;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;

      g_clear_object (&answers);
      answers = fascia_safety_answers_new (path);
      g_assert_true (g_file_set_contents (path, bad[i], -1, NULL));
      g_assert_false (fascia_safety_answers_load (answers, &error));
      g_assert_error (error, FASCIA_SAFETY_ANSWERS_ERROR, FASCIA_SAFETY_ANSWERS_ERROR_CORRUPT);
    }

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *aside = i == 0 ? g_strconcat (path, ".corrupt", NULL)
                                      : g_strdup_printf ("%s.corrupt.%u", path, i + 1);
      g_autofree char *kept = NULL;

      g_assert_true (g_file_get_contents (aside, &kept, NULL, NULL));
      g_assert_cmpstr (kept, ==, bad[i]);
    }

  /* Clearing removes every copy. */
  g_assert_true (fascia_safety_answers_clear (answers, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *aside = i == 0 ? g_strconcat (path, ".corrupt", NULL)
                                      : g_strdup_printf ("%s.corrupt.%u", path, i + 1);

      g_assert_false (g_file_test (aside, G_FILE_TEST_EXISTS));
    }
}

/* Saves dvt=yes and checks a second answer cannot be saved while @fault
 * holds: the error names the file and says @expected, the answer given stays for this session,
 * and the file on disk is the one saved before, whole. Once @fault is
 * undone, saving works again. */
static void
check_save_fails (const char *path,
                  void      (*fault) (const char *dir, gboolean on),
                  const char *expected)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(FasciaSafetyAnswers) answers = fascia_safety_answers_new (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_assert_true (fascia_safety_answers_set (answers, "dvt", FASCIA_ANSWER_YES, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &before, NULL, NULL));

  fault (dir, TRUE);
  g_assert_false (fascia_safety_answers_set (answers, "pregnancy", FASCIA_ANSWER_YES, &error));
  g_assert_nonnull (error);
  g_assert_true (g_str_has_prefix (error->message, path));
  g_assert_nonnull (strstr (error->message, expected));
  g_test_message ("%s", error->message);
  g_clear_error (&error);
  g_assert_cmpint (fascia_safety_answers_get (answers, "pregnancy"), ==, FASCIA_ANSWER_YES);

  /* Nothing already saved is lost, and no temporary file is left. */
  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, before);
  {
    g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
    guint n = 0;

    while (g_dir_read_name (listing) != NULL)
      n++;
    g_assert_cmpuint (n, ==, 1);
  }

  fault (dir, FALSE);
  g_assert_true (fascia_safety_answers_set (answers, "osteoporosis", FASCIA_ANSWER_NO, &error));
  g_assert_no_error (error);
  g_clear_pointer (&after, g_free);
  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_nonnull (strstr (after, "pregnancy=yes"));
  g_assert_nonnull (strstr (after, "osteoporosis=no"));
}

/* A full disk: writing past a file size limit fails the same way on any
 * file system, only with EFBIG where a full disk gives ENOSPC. */
static void
disk_full (const char *dir,
           gboolean    on)
{
  struct rlimit limit;

  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &limit), ==, 0);
  limit.rlim_cur = on ? 8 : limit.rlim_max;
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);
}

static void
test_answers_disk_full (void)
{
  g_autofree char *path = answers_path ();

  /* The limit holds for the whole process: a child of its own. */
  if (!g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_test_trap_assert_passed ();
      return;
    }

  /* Writing past the limit fails with EFBIG instead of ending the process. */
  signal (SIGXFSZ, SIG_IGN);
  check_save_fails (path, disk_full, "could not be saved");
}

static void
folder_read_only (const char *dir,
                  gboolean    on)
{
  g_assert_cmpint (g_chmod (dir, on ? 0500 : 0700), ==, 0);
}

/* Gives up root for the rest of the process, first handing the folders
 * from the test's own temporary folder down to @dir to the user "nobody". */
static gboolean
become_nobody (const char *dir)
{
  g_autofree char *tmp = g_canonicalize_filename (g_get_tmp_dir (), NULL);
  g_autofree char *at = g_strdup (dir);

  while (g_str_has_prefix (at, tmp) && strlen (at) > strlen (tmp))
    {
      char *parent = g_path_get_dirname (at);

      g_assert_cmpint (chown (at, 65534, 65534), ==, 0);
      g_free (at);
      at = parent;
    }

  return setgid (65534) == 0 && setuid (65534) == 0;
}

/* A home folder that cannot be written. Root writes anyway, so as root the
 * child gives up root first. */
static void
test_answers_read_only (void)
{
  g_autofree char *path = answers_path ();
  g_autofree char *dir = g_path_get_dirname (path);

  if (!g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_test_trap_assert_passed ();
      return;
    }

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  if (geteuid () == 0 && !become_nobody (dir))
    {
      g_test_skip ("cannot give up root to make a folder read-only");
      return;
    }

  check_save_fails (path, folder_read_only, "the folder cannot be written to");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/safety/questions-from-content", test_questions_from_content);
  g_test_add_func ("/safety/rules", test_rules);
  g_test_add_func ("/safety/real-content", test_real_content);
  g_test_add_func ("/safety/effect-targets", test_effect_targets);
  g_test_add_func ("/safety/duplicate-questions", test_duplicate_questions);
  g_test_add_func ("/safety/question-problems", test_question_problems);
  g_test_add_func ("/red-flags/parsed", test_red_flags_parsed);
  g_test_add_func ("/red-flags/required", test_red_flags_required);
  g_test_add_func ("/answers/survive-restart", test_answers_survive_restart);
  g_test_add_func ("/answers/corrupt", test_corrupt_answers);
  g_test_add_func ("/answers/unreadable", test_unreadable_answers);
  g_test_add_func ("/answers/hostile", test_hostile_answers);
  g_test_add_func ("/answers/strings", test_answer_strings);
  g_test_add_func ("/answers/old-file", test_old_answers_file);
  g_test_add_func ("/answers/corrupt-twice", test_corrupt_twice);
  g_test_add_func ("/answers/disk-full", test_answers_disk_full);
  g_test_add_func ("/answers/read-only", test_answers_read_only);

  return g_test_run ();
}
