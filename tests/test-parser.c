/* test-parser.c - the content parser: every block type, every error path
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "fascia-content-error.h"
#include "fascia-markup.h"
#include "fascia-page.h"
#include "fascia-parser.h"
#include "fascia-validate.h"

#define HEAD "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" \
             "<page xmlns=\"http://fasciaapp.org/ns/page/1\" id=\"t\" type=\"article\">\n"
#define SOURCES "<sources><source id=\"s1\"><authors>A</authors><year>2020</year>" \
                "<title>T</title><venue>V</venue></source></sources>\n"

static GPtrArray *
new_problems (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify)g_error_free);
}

static FasciaPage *
parse (const char *xml,
       GPtrArray  *problems)
{
  return fascia_parser_parse_data (xml, strlen (xml), "t.xml", problems);
}

/* Parses @xml, which must fail, and checks the one problem's code and that
 * its message starts with "t.xml:LINE: ". */
static void
assert_parse_error (const char         *xml,
                    FasciaContentError  code,
                    guint               line,
                    const char         *fragment)
{
  g_autoptr(GPtrArray) problems = new_problems ();
  g_autoptr(FasciaPage) page = parse (xml, problems);
  g_autofree char *prefix = g_strdup_printf ("t.xml:%u: ", line);
  const GError *error;

  g_assert_null (page);
  g_assert_cmpuint (problems->len, ==, 1);
  error = g_ptr_array_index (problems, 0);
  g_assert_error (error, FASCIA_CONTENT_ERROR, (int)code);
  if (!g_str_has_prefix (error->message, prefix))
    g_error ("expected “%s…”, got “%s”", prefix, error->message);
  if (fragment != NULL && strstr (error->message, fragment) == NULL)
    g_error ("expected “%s” in “%s”", fragment, error->message);
}

static FasciaPage *
load_fixture (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "library", name, NULL);
  g_autoptr(GError) error = NULL;
  FasciaPage *page = fascia_parser_load_page (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (page);

  return page;
}

static const FasciaBlock *
block_at (FasciaPage *page,
          guint       section,
          guint       index)
{
  const FasciaSection *s = g_ptr_array_index (fascia_page_get_sections (page), section);

  g_assert_cmpuint (index, <, s->blocks->len);
  return g_ptr_array_index (s->blocks, index);
}

static void
test_page_metadata (void)
{
  g_autoptr(FasciaPage) page = load_fixture ("alpha.xml");
  g_autofree char *summary = fascia_page_dup_summary_text (page);
  GPtrArray *sections = fascia_page_get_sections (page);
  const FasciaSection *more;

  g_assert_cmpstr (fascia_page_get_id (page), ==, "alpha");
  g_assert_cmpint (fascia_page_get_page_type (page), ==, FASCIA_PAGE_ARTICLE);
  g_assert_cmpuint (fascia_page_get_order (page), ==, 10);
  g_assert_cmpstr (fascia_page_get_title (page), ==, "Alpha & friends");
  g_assert_cmpstr (summary, ==, "A page that uses every block.");
  g_assert_cmpstr (fascia_page_get_keywords (page), ==, "first, test");
  g_assert_cmpuint (fascia_page_get_line (page), ==, 2);
  g_assert_cmpuint (sections->len, ==, 2);

  more = fascia_page_find_section (page, "more");
  g_assert_nonnull (more);
  g_assert_cmpstr (more->title, ==, "More");
  g_assert_cmpuint (more->line, ==, 23);
  g_assert_null (fascia_page_find_section (page, "nope"));
}

static void
test_blocks_paragraph (void)
{
  g_autoptr(FasciaPage) page = load_fixture ("alpha.xml");
  const FasciaBlock *p = block_at (page, 0, 0);
  g_autofree char *text = NULL;
  g_autofree char *markup = NULL;
  const FasciaInline *run;

  g_assert_cmpint (p->kind, ==, FASCIA_BLOCK_PARAGRAPH);
  g_assert_cmpuint (p->line, ==, 8);

  /* White space from the file's wrapping folds into single spaces. */
  text = fascia_inlines_to_text (p->inlines);
  g_assert_cmpstr (text, ==,
                   "Plain emphasis, strong, a term, a link to beta, a section link, "
                   "a link down this page, a web link and a citation .");

  run = g_ptr_array_index (p->inlines, 1);
  g_assert_cmpint (run->kind, ==, FASCIA_INLINE_EMPHASIS);
  run = g_ptr_array_index (p->inlines, 3);
  g_assert_cmpint (run->kind, ==, FASCIA_INLINE_STRONG);
  run = g_ptr_array_index (p->inlines, 5);
  g_assert_cmpint (run->kind, ==, FASCIA_INLINE_TERM);

  markup = fascia_inlines_to_markup (p->inlines, page);
  g_assert_nonnull (strstr (markup, "<i>emphasis</i>"));
  g_assert_nonnull (strstr (markup, "<b>strong</b>"));
  g_assert_nonnull (strstr (markup, "<a href=\"fascia:beta\">a link to beta</a>"));
  g_assert_nonnull (strstr (markup, "<a href=\"fascia:beta#part\">a section link</a>"));
  /* A link to "#more" is resolved against its own page. */
  g_assert_nonnull (strstr (markup, "<a href=\"fascia:alpha#more\">"));
  g_assert_nonnull (strstr (markup, "<a href=\"https://example.org/x?a=1&amp;b=2\">a web link</a>"));
  g_assert_nonnull (strstr (markup, "<a href=\"cite:smith2020\">[1]</a>"));
}

static void
test_blocks_escaping (void)
{
  g_autoptr(FasciaPage) page = load_fixture ("alpha.xml");
  const FasciaBlock *p = block_at (page, 0, 1);
  g_autofree char *markup = fascia_inlines_to_markup (p->inlines, page);
  g_autofree char *text = fascia_inlines_to_text (p->inlines);

  g_assert_cmpstr (text, ==, "Markup in content stays text: <b>not bold</b> & <span foreground=\"red\">.");
  g_assert_cmpstr (markup, ==,
                   "Markup in content stays text: &lt;b&gt;not bold&lt;/b&gt; &amp; "
                   "&lt;span foreground=&quot;red&quot;&gt;.");
}

static void
test_blocks_list (void)
{
  g_autoptr(FasciaPage) page = load_fixture ("alpha.xml");
  const FasciaBlock *bullets = block_at (page, 0, 2);
  const FasciaBlock *numbers = block_at (page, 0, 3);
  g_autofree char *item = NULL;

  g_assert_cmpint (bullets->kind, ==, FASCIA_BLOCK_LIST);
  g_assert_false (bullets->numbered);
  g_assert_cmpuint (bullets->children->len, ==, 2);
  g_assert_cmpint (numbers->kind, ==, FASCIA_BLOCK_LIST);
  g_assert_true (numbers->numbered);
  g_assert_cmpuint (numbers->children->len, ==, 3);

  item = fascia_inlines_to_text (((FasciaBlock *)g_ptr_array_index (numbers->children, 2))->inlines);
  g_assert_cmpstr (item, ==, "three");
}

static void
test_blocks_note (void)
{
  g_autoptr(FasciaPage) page = load_fixture ("alpha.xml");
  const FasciaNoteKind kinds[] = { FASCIA_NOTE_TIP, FASCIA_NOTE_INFO, FASCIA_NOTE_CAUTION, FASCIA_NOTE_DANGER };

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      const FasciaBlock *note = block_at (page, 1, i);

      g_assert_cmpint (note->kind, ==, FASCIA_BLOCK_NOTE);
      g_assert_cmpint (note->note_kind, ==, kinds[i]);
    }

  g_assert_cmpstr (block_at (page, 1, 1)->title, ==, "Worth knowing");
  g_assert_null (block_at (page, 1, 0)->title);
  /* A note holds paragraphs and lists. */
  g_assert_cmpuint (block_at (page, 1, 1)->children->len, ==, 2);
  g_assert_cmpint (((FasciaBlock *)g_ptr_array_index (block_at (page, 1, 1)->children, 1))->kind,
                   ==, FASCIA_BLOCK_LIST);
}

static void
test_blocks_table (void)
{
  g_autoptr(FasciaPage) page = load_fixture ("alpha.xml");
  const FasciaBlock *table = block_at (page, 1, 4);
  const FasciaBlock *header, *row;
  g_autofree char *caption = NULL;
  g_autofree char *cell = NULL;

  g_assert_cmpint (table->kind, ==, FASCIA_BLOCK_TABLE);
  caption = fascia_inlines_to_text (table->inlines);
  g_assert_cmpstr (caption, ==, "A table");
  g_assert_cmpuint (table->children->len, ==, 3);

  header = g_ptr_array_index (table->children, 0);
  g_assert_true (header->header);
  g_assert_cmpuint (header->children->len, ==, 2);

  row = g_ptr_array_index (table->children, 2);
  g_assert_false (row->header);
  cell = fascia_inlines_to_text (((FasciaBlock *)g_ptr_array_index (row->children, 1))->inlines);
  g_assert_cmpstr (cell, ==, "Complex pain");
}

static void
test_blocks_steps (void)
{
  g_autoptr(FasciaPage) page = load_fixture ("alpha.xml");
  const FasciaBlock *steps = block_at (page, 1, 5);
  const FasciaBlock *step;

  g_assert_cmpint (steps->kind, ==, FASCIA_BLOCK_STEPS);
  g_assert_cmpuint (steps->children->len, ==, 3);

  step = g_ptr_array_index (steps->children, 0);
  g_assert_cmpuint (step->hold_seconds, ==, 0);
  g_assert_cmpuint (step->sets, ==, 0);
  step = g_ptr_array_index (steps->children, 1);
  g_assert_cmpuint (step->hold_seconds, ==, 30);
  g_assert_cmpuint (step->sets, ==, 3);
  step = g_ptr_array_index (steps->children, 2);
  g_assert_cmpuint (step->hold_seconds, ==, 120);
}

static void
test_blocks_evidence (void)
{
  g_autoptr(FasciaPage) page = load_fixture ("alpha.xml");
  const FasciaBlock *evidence = block_at (page, 1, 6);
  const FasciaInline *cite;

  g_assert_cmpint (evidence->kind, ==, FASCIA_BLOCK_EVIDENCE);
  g_assert_cmpint (evidence->evidence_level, ==, FASCIA_EVIDENCE_LIMITED);
  cite = g_ptr_array_index (evidence->inlines, 1);
  g_assert_cmpint (cite->kind, ==, FASCIA_INLINE_CITATION);
  g_assert_cmpstr (cite->target, ==, "smith2020");
}

static void
test_blocks_referrers (void)
{
  g_autoptr(FasciaPage) page = load_fixture ("sub/gamma.xml");
  const FasciaBlock *referrers = block_at (page, 0, 0);
  const FasciaBlock *referrer;

  g_assert_cmpint (referrers->kind, ==, FASCIA_BLOCK_REFERRERS);
  referrer = g_ptr_array_index (referrers->children, 0);
  g_assert_cmpint (referrer->kind, ==, FASCIA_BLOCK_REFERRER);
  g_assert_cmpstr (referrer->target, ==, "delta");
  g_assert_cmpint (referrer->zone, ==, FASCIA_ZONE_ESSENTIAL);
}

static void
test_sources (void)
{
  g_autoptr(FasciaPage) page = load_fixture ("alpha.xml");
  GPtrArray *sources = fascia_page_get_sources (page);
  const FasciaSource *source;

  g_assert_cmpuint (sources->len, ==, 1);
  source = g_ptr_array_index (sources, 0);
  g_assert_cmpstr (source->id, ==, "smith2020");
  g_assert_cmpstr (source->authors, ==, "Smith A");
  g_assert_cmpstr (source->year, ==, "2020");
  g_assert_cmpstr (source->title, ==, "A study");
  g_assert_cmpstr (source->venue, ==, "Journal of Tests 1:1–2");
  g_assert_cmpstr (source->url, ==, "https://example.org/smith");
  g_assert_cmpint (fascia_page_find_source (page, "smith2020"), ==, 0);
  g_assert_cmpint (fascia_page_find_source (page, "other"), ==, -1);
}

static void
test_error_malformed (void)
{
  assert_parse_error (HEAD "<title>T</title>\n<summary>S\n</page>\n",
                      FASCIA_CONTENT_ERROR_MALFORMED, 5, "mismatch");
}

static void
test_error_empty (void)
{
  assert_parse_error ("", FASCIA_CONTENT_ERROR_MALFORMED, 1, NULL);
}

static void
test_error_undeclared_entity (void)
{
  assert_parse_error (HEAD "<title>T &nbsp; </title>\n</page>\n",
                      FASCIA_CONTENT_ERROR_FORBIDDEN, 3, "nbsp");
}

static void
test_error_doctype (void)
{
  assert_parse_error ("<?xml version=\"1.0\"?>\n\n<!DOCTYPE page>\n<page/>\n",
                      FASCIA_CONTENT_ERROR_FORBIDDEN, 3, "DOCTYPE");
}

static void
test_error_schema_unknown_element (void)
{
  assert_parse_error (HEAD "<title>T</title>\n<summary>S</summary>\n<section id=\"a\">\n<title>A</title>\n"
                      "<p>ok</p>\n<blink>no</blink>\n</section>\n" SOURCES "</page>\n",
                      FASCIA_CONTENT_ERROR_SCHEMA, 8, NULL);
}

static void
test_error_schema_bad_attribute (void)
{
  assert_parse_error (HEAD "<title>T</title>\n<summary>S</summary>\n<section id=\"a\">\n<title>A</title>\n"
                      "<note kind=\"scary\"><p>x</p></note>\n</section>\n" SOURCES "</page>\n",
                      FASCIA_CONTENT_ERROR_SCHEMA, 7, NULL);
}

static void
test_error_schema_missing_title (void)
{
  assert_parse_error (HEAD "<summary>S</summary>\n<section id=\"a\">\n<title>A</title>\n"
                      "<p>x</p>\n</section>\n" SOURCES "</page>\n",
                      FASCIA_CONTENT_ERROR_SCHEMA, 3, NULL);
}

static void
test_error_schema_bad_type (void)
{
  assert_parse_error ("<?xml version=\"1.0\"?>\n"
                      "<page xmlns=\"http://fasciaapp.org/ns/page/1\" id=\"t\" type=\"poem\">\n"
                      "<title>T</title>\n<summary>S</summary>\n<section id=\"a\">\n<title>A</title>\n"
                      "<p>x</p>\n</section>\n" SOURCES "</page>\n",
                      FASCIA_CONTENT_ERROR_SCHEMA, 2, NULL);
}

static void
test_error_schema_no_namespace (void)
{
  assert_parse_error ("<?xml version=\"1.0\"?>\n<page id=\"t\" type=\"article\"/>\n",
                      FASCIA_CONTENT_ERROR_SCHEMA, 2, NULL);
}

static void
test_error_schema_bad_hold (void)
{
  assert_parse_error (HEAD "<title>T</title>\n<summary>S</summary>\n<section id=\"a\">\n<title>A</title>\n"
                      "<steps>\n<step hold=\"-5\">x</step>\n</steps>\n</section>\n" SOURCES "</page>\n",
                      FASCIA_CONTENT_ERROR_SCHEMA, 8, NULL);
}

static void
test_error_schema_javascript_link (void)
{
  assert_parse_error (HEAD "<title>T</title>\n<summary>S</summary>\n<section id=\"a\">\n<title>A</title>\n"
                      "<p><ext href=\"javascript:alert(1)\">x</ext></p>\n</section>\n" SOURCES "</page>\n",
                      FASCIA_CONTENT_ERROR_SCHEMA, 7, NULL);
}

static void
test_error_bad_ids (void)
{
  assert_parse_error ("<?xml version=\"1.0\"?>\n"
                      "<page xmlns=\"http://fasciaapp.org/ns/page/1\" id=\"Hip Pain\" type=\"article\">\n"
                      "<title>T</title>\n<summary>S</summary>\n<section id=\"a\">\n<title>A</title>\n"
                      "<p>x <cite ref=\"s1\"/></p>\n</section>\n" SOURCES "</page>\n",
                      FASCIA_CONTENT_ERROR_SCHEMA, 2, "“Hip Pain” in id=");
  assert_parse_error (HEAD "<title>T</title>\n<summary>S</summary>\n<section id=\"a--b\">\n<title>A</title>\n"
                      "<p>x</p>\n</section>\n" SOURCES "</page>\n",
                      FASCIA_CONTENT_ERROR_SCHEMA, 5, "a--b");
  assert_parse_error (HEAD "<title>T</title>\n<summary>S</summary>\n<section id=\"a\">\n<title>A</title>\n"
                      "<p><link to=\"hip#\">x</link></p>\n</section>\n" SOURCES "</page>\n",
                      FASCIA_CONTENT_ERROR_SCHEMA, 7, "link target");
  assert_parse_error (HEAD "<title>T</title>\n<summary>S</summary>\n<section id=\"a\">\n<title>A</title>\n"
                      "<p>x\n<cite ref=\"-s1\"/></p>\n</section>\n" SOURCES "</page>\n",
                      FASCIA_CONTENT_ERROR_SCHEMA, 8, "ref=");
}

/* Problems that do not stop a page from loading: fascia_validate_page(). */
static void
assert_validation_problem (const char         *xml,
                           FasciaContentError  code,
                           guint               line,
                           const char         *fragment)
{
  g_autoptr(GPtrArray) problems = new_problems ();
  g_autoptr(FasciaPage) page = parse (xml, problems);
  g_autofree char *prefix = g_strdup_printf ("t.xml:%u: ", line);
  const GError *error;

  g_assert_nonnull (page);
  g_assert_cmpuint (problems->len, ==, 0);
  fascia_validate_page (page, problems);
  g_assert_cmpuint (problems->len, ==, 1);
  error = g_ptr_array_index (problems, 0);
  g_assert_error (error, FASCIA_CONTENT_ERROR, (int)code);
  if (!g_str_has_prefix (error->message, prefix))
    g_error ("expected “%s…”, got “%s”", prefix, error->message);
  if (fragment != NULL && strstr (error->message, fragment) == NULL)
    g_error ("expected “%s” in “%s”", fragment, error->message);
}

static void
test_validate_clean (void)
{
  g_autoptr(GPtrArray) problems = new_problems ();
  g_autoptr(FasciaPage) page = parse (HEAD "<title>T</title>\n<summary>S</summary>\n<section id=\"a\">\n"
                                      "<title>A</title>\n<evidence level=\"strong\">x <cite ref=\"s1\"/></evidence>\n"
                                      "</section>\n" SOURCES "</page>\n", problems);

  g_assert_nonnull (page);
  fascia_validate_page (page, problems);
  g_assert_cmpuint (problems->len, ==, 0);
}

static void
test_validate_dangling_cite (void)
{
  assert_validation_problem (HEAD "<title>T</title>\n<summary>S</summary>\n<section id=\"a\">\n<title>A</title>\n"
                             "<evidence level=\"strong\">x <cite ref=\"s1\"/></evidence>\n"
                             "<p>y\n<cite ref=\"s9\"/></p>\n</section>\n" SOURCES "</page>\n",
                             FASCIA_CONTENT_ERROR_DANGLING_LINK, 9, "s9");
}

static void
test_validate_uncited_source (void)
{
  assert_validation_problem (HEAD "<title>T</title>\n<summary>S</summary>\n<section id=\"a\">\n<title>A</title>\n"
                             "<evidence level=\"strong\">x</evidence>\n</section>\n" SOURCES "</page>\n",
                             FASCIA_CONTENT_ERROR_INVALID, 9, "never cited");
}

static void
test_validate_table_row (void)
{
  assert_validation_problem (HEAD "<title>T</title>\n<summary>S</summary>\n<section id=\"a\">\n<title>A</title>\n"
                             "<evidence level=\"strong\">x <cite ref=\"s1\"/></evidence>\n<table>\n"
                             "<header><cell>a</cell><cell>b</cell></header>\n<row><cell>1</cell></row>\n"
                             "</table>\n</section>\n" SOURCES "</page>\n",
                             FASCIA_CONTENT_ERROR_INVALID, 10, "header has 2");
}

static void
test_validate_duplicate_section (void)
{
  assert_validation_problem (HEAD "<title>T</title>\n<summary>S</summary>\n<section id=\"a\">\n<title>A</title>\n"
                             "<evidence level=\"strong\">x <cite ref=\"s1\"/></evidence>\n</section>\n"
                             "<section id=\"a\"><title>B</title><p>y</p></section>\n" SOURCES "</page>\n",
                             FASCIA_CONTENT_ERROR_DUPLICATE_ID, 9, "“a”");
}

static void
test_validate_missing_evidence (void)
{
  assert_validation_problem (HEAD "<title>T</title>\n<summary>S</summary>\n<section id=\"a\">\n<title>A</title>\n"
                             "<p>x <cite ref=\"s1\"/></p>\n</section>\n" SOURCES "</page>\n",
                             FASCIA_CONTENT_ERROR_MISSING_PART, 2, "evidence");
}

static void
test_validate_technique_parts (void)
{
  const char *xml = "<?xml version=\"1.0\"?>\n"
                    "<page xmlns=\"http://fasciaapp.org/ns/page/1\" id=\"t\" type=\"technique\">\n"
                    "<title>T</title>\n<summary>S</summary>\n<section id=\"a\" role=\"contraindications\">\n"
                    "<title>A</title>\n<evidence level=\"opinion\">x <cite ref=\"s1\"/></evidence>\n"
                    "<steps area=\"region-x\" keep-off=\"hollow\"><step>Lean.</step></steps>\n"
                    "</section>\n" SOURCES "</page>\n";

  assert_validation_problem (xml, FASCIA_CONTENT_ERROR_MISSING_PART, 2, "role=\"stop\"");
}

/* An exercise says who should not do it, when to stop and how to do it;
 * its steps need no area, and a rest needs sets to come between. */
static void
test_validate_exercise_parts (void)
{
  g_autoptr(GPtrArray) problems = new_problems ();
  g_autoptr(FasciaPage) page = NULL;
  const char *xml = "<?xml version=\"1.0\"?>\n"
                    "<page xmlns=\"http://fasciaapp.org/ns/page/1\" id=\"t\" type=\"exercise\">\n"
                    "<title>T</title>\n<summary>S</summary>\n<section id=\"a\" role=\"contraindications\">\n"
                    "<title>A</title>\n<evidence level=\"limited\">x <cite ref=\"s1\"/></evidence>\n"
                    "</section>\n" SOURCES "</page>\n";
  const char *complete = "<?xml version=\"1.0\"?>\n"
                         "<page xmlns=\"http://fasciaapp.org/ns/page/1\" id=\"t\" type=\"exercise\">\n"
                         "<title>T</title>\n<summary>S</summary>\n<section id=\"a\" role=\"contraindications\">\n"
                         "<title>A</title>\n<evidence level=\"limited\">x <cite ref=\"s1\"/></evidence>\n"
                         "<steps><step hold=\"30\" sets=\"5\" rest=\"60\">Push.</step>\n"
                         "<step hold=\"30\" rest=\"60\">Push once.</step></steps>\n"
                         "</section>\n<section id=\"b\" role=\"stop\"><title>B</title><p>Stop.</p></section>\n"
                         SOURCES "</page>\n";

  page = parse (xml, problems);
  g_assert_nonnull (page);
  g_assert_cmpint (fascia_page_get_page_type (page), ==, FASCIA_PAGE_EXERCISE);
  fascia_validate_page (page, problems);
  g_assert_cmpuint (problems->len, ==, 2);
  g_assert_nonnull (strstr (((GError *)g_ptr_array_index (problems, 0))->message, "role=\"stop\""));
  g_assert_nonnull (strstr (((GError *)g_ptr_array_index (problems, 1))->message, "<steps>"));
  g_clear_object (&page);
  g_ptr_array_set_size (problems, 0);

  /* Complete but for the rest on a step of one set; no area asked for. */
  page = parse (complete, problems);
  g_assert_nonnull (page);
  fascia_validate_page (page, problems);
  g_assert_cmpuint (problems->len, ==, 1);
  g_assert_cmpstr (((GError *)g_ptr_array_index (problems, 0))->message, ==,
                   "t.xml:9: rest=\"60\" is the rest between sets, but this step has no sets: "
                   "give it sets=\"2\" or more, or drop the rest");
}

/* Words not meant for readers are found whatever their case, as whole
 * words only, next to any letter. */
static void
test_validate_reader_words (void)
{
  static const struct { const char *text; gboolean found; } texts[] = {
    { "The Effect Size was small.", TRUE },
    { "kappa was low", TRUE },
    { "Our fact sheet says so.", TRUE },
    { "(SMD 0.7)", TRUE },
    { "A SMDX value", FALSE },
    { "kappas", FALSE },
    { "éSMD", FALSE },
    { "SMDé", FALSE },
    { "Kappa", TRUE },
    { "Café effect size", TRUE },
    { "An effect, sized", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(GPtrArray) problems = new_problems ();
      g_autofree char *xml = g_strdup_printf (HEAD "<title>T</title>\n<summary>S</summary>\n<section id=\"a\">\n"
                                              "<title>A</title>\n<evidence level=\"strong\">%s <cite ref=\"s1\"/>"
                                              "</evidence>\n</section>\n" SOURCES "</page>\n", texts[i].text);
      g_autoptr(FasciaPage) page = parse (xml, problems);
      gboolean found = FALSE;

      g_test_message ("%s", texts[i].text);
      g_assert_nonnull (page);
      fascia_validate_page (page, problems);
      for (guint j = 0; j < problems->len; j++)
        found |= strstr (((GError *)g_ptr_array_index (problems, j))->message, "is not for readers") != NULL;
      g_assert_cmpint (found, ==, texts[i].found);
    }
}

/* The reference page lists every source some page gives, when there is a
 * reference page; each source left out is named once, where it is given. */
static void
test_validate_reference_complete (void)
{
  g_autoptr(GPtrArray) problems = new_problems ();
  g_autoptr(GPtrArray) pages = g_ptr_array_new_with_free_func (g_object_unref);
  const char *article = HEAD "<title>T</title>\n<summary>S</summary>\n<section id=\"a\">\n<title>A</title>\n"
                        "<evidence level=\"strong\">x <cite ref=\"s1\"/></evidence>\n</section>\n" SOURCES "</page>\n";
  const char *reference = "<?xml version=\"1.0\"?>\n"
                          "<page xmlns=\"http://fasciaapp.org/ns/page/1\" id=\"references\" type=\"reference\">\n"
                          "<title>R</title>\n<summary>S</summary>\n<section id=\"a\"><title>A</title><p>x</p></section>\n"
                          "<sources><source id=\"s2\"><authors>B</authors><year>2021</year><title>U</title>"
                          "<venue>W</venue></source></sources>\n</page>\n";
  const char *complete = "<?xml version=\"1.0\"?>\n"
                         "<page xmlns=\"http://fasciaapp.org/ns/page/1\" id=\"references\" type=\"reference\">\n"
                         "<title>R</title>\n<summary>S</summary>\n<section id=\"a\"><title>A</title><p>x</p></section>\n"
                         SOURCES "</page>\n";

  /* Without a reference page, nothing to keep complete. */
  g_ptr_array_add (pages, parse (article, problems));
  g_ptr_array_add (pages, parse (article, problems));
  fascia_validate_consistency (pages, NULL, problems);
  g_assert_cmpuint (problems->len, ==, 0);

  /* A reference page without s1: named once, where the first page gives it. */
  g_ptr_array_add (pages, parse (reference, problems));
  fascia_validate_consistency (pages, NULL, problems);
  g_assert_cmpuint (problems->len, ==, 1);
  g_assert_cmpstr (((GError *)g_ptr_array_index (problems, 0))->message, ==,
                   "t.xml:9: source “s1” is not on the page “references”, which lists every source: add it "
                   "there with a line on what it is used for");

  /* Listed: nothing to say. */
  g_ptr_array_set_size (problems, 0);
  g_ptr_array_remove_index (pages, 2);
  g_ptr_array_add (pages, parse (complete, problems));
  fascia_validate_consistency (pages, NULL, problems);
  g_assert_cmpuint (problems->len, ==, 0);
}

static void
test_validate_region_parts (void)
{
  g_autoptr(GPtrArray) problems = new_problems ();
  g_autoptr(FasciaPage) page = NULL;
  const char *xml = "<?xml version=\"1.0\"?>\n"
                    "<page xmlns=\"http://fasciaapp.org/ns/page/1\" id=\"t\" type=\"region\">\n"
                    "<title>T</title>\n<summary>S</summary>\n<section id=\"a\" role=\"red-flags\">\n"
                    "<title>A</title>\n<note kind=\"caution\"><p>x <cite ref=\"s1\"/></p></note>\n"
                    "</section>\n" SOURCES "</page>\n";

  page = parse (xml, problems);
  g_assert_nonnull (page);
  fascia_validate_page (page, problems);
  /* A caution note is no list of warning signs: both kinds are missing. */
  g_assert_cmpuint (problems->len, ==, 3);
  g_assert_true (g_str_has_prefix (((GError *)g_ptr_array_index (problems, 0))->message, "t.xml:5: "));
  g_assert_nonnull (strstr (((GError *)g_ptr_array_index (problems, 0))->message, "urgency=\"emergency\""));
  g_assert_true (g_str_has_prefix (((GError *)g_ptr_array_index (problems, 1))->message, "t.xml:5: "));
  g_assert_nonnull (strstr (((GError *)g_ptr_array_index (problems, 1))->message, "urgency=\"soon\""));
  g_assert_nonnull (strstr (((GError *)g_ptr_array_index (problems, 2))->message, "<referrers>"));
}

static void
test_validate_file_name (void)
{
  g_autoptr(GPtrArray) problems = new_problems ();
  g_autoptr(FasciaPage) page = NULL;
  const char *xml = HEAD "<title>T</title>\n<summary>S</summary>\n<section id=\"a\">\n<title>A</title>\n"
                    "<evidence level=\"strong\">x <cite ref=\"s1\"/></evidence>\n</section>\n" SOURCES "</page>\n";

  page = fascia_parser_parse_data (xml, strlen (xml), "pages/other.xml", problems);
  g_assert_nonnull (page);
  fascia_validate_page (page, problems);
  g_assert_cmpuint (problems->len, ==, 1);
  g_assert_cmpstr (((GError *)g_ptr_array_index (problems, 0))->message, ==,
                   "pages/other.xml:2: the page id “t” does not match the file name: name the file “t.xml”");
}

static void
test_load_page_missing_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FasciaPage) page = fascia_parser_load_page ("/nonexistent/fascia/page.xml", &error);

  g_assert_null (page);
  g_assert_error (error, FASCIA_CONTENT_ERROR, FASCIA_CONTENT_ERROR_IO);
  g_assert_true (g_str_has_prefix (error->message, "/nonexistent/fascia/page.xml:1: "));
}

/* Text indented and wrapped in the file reads as one line of single
 * spaces: titles, sources and the text of paragraphs alike. */
static void
test_folds_white_space (void)
{
  g_autoptr(GPtrArray) problems = new_problems ();
  g_autoptr(FasciaPage) page = parse (HEAD "<title>\n  Two\t\twords  </title>\n<summary>S</summary>\n"
                                      "<section id=\"a\"><title>A</title>\n"
                                      "<p>One\n      two <em>three\n four</em>\tfive <cite ref=\"s1\"/></p></section>\n"
                                      "<sources><source id=\"s1\"><authors>Smith,\n   J.</authors><year>2020</year>"
                                      "<title>T</title><venue>V</venue></source></sources>\n</page>\n", problems);
  const FasciaSection *section;
  const FasciaBlock *paragraph;
  g_autofree char *text = NULL;

  g_assert_nonnull (page);
  g_assert_cmpstr (fascia_page_get_title (page), ==, "Two words");
  g_assert_cmpstr (((const FasciaSource *)g_ptr_array_index (fascia_page_get_sources (page), 0))->authors, ==, "Smith, J.");
  section = g_ptr_array_index (fascia_page_get_sections (page), 0);
  paragraph = g_ptr_array_index (section->blocks, 0);
  text = fascia_inlines_to_plain_text (paragraph->inlines);
  g_assert_cmpstr (text, ==, "One two three four five");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/parser/page/metadata", test_page_metadata);
  g_test_add_func ("/parser/page/sources", test_sources);
  g_test_add_func ("/parser/page/folds-white-space", test_folds_white_space);
  g_test_add_func ("/parser/blocks/paragraph", test_blocks_paragraph);
  g_test_add_func ("/parser/blocks/escaping", test_blocks_escaping);
  g_test_add_func ("/parser/blocks/list", test_blocks_list);
  g_test_add_func ("/parser/blocks/note", test_blocks_note);
  g_test_add_func ("/parser/blocks/table", test_blocks_table);
  g_test_add_func ("/parser/blocks/steps", test_blocks_steps);
  g_test_add_func ("/parser/blocks/evidence", test_blocks_evidence);
  g_test_add_func ("/parser/blocks/referrers", test_blocks_referrers);
  g_test_add_func ("/parser/errors/malformed", test_error_malformed);
  g_test_add_func ("/parser/errors/empty", test_error_empty);
  g_test_add_func ("/parser/errors/undeclared-entity", test_error_undeclared_entity);
  g_test_add_func ("/parser/errors/doctype", test_error_doctype);
  g_test_add_func ("/parser/errors/schema/unknown-element", test_error_schema_unknown_element);
  g_test_add_func ("/parser/errors/schema/bad-attribute", test_error_schema_bad_attribute);
  g_test_add_func ("/parser/errors/schema/missing-title", test_error_schema_missing_title);
  g_test_add_func ("/parser/errors/schema/bad-type", test_error_schema_bad_type);
  g_test_add_func ("/parser/errors/schema/no-namespace", test_error_schema_no_namespace);
  g_test_add_func ("/parser/errors/schema/bad-hold", test_error_schema_bad_hold);
  g_test_add_func ("/parser/errors/schema/javascript-link", test_error_schema_javascript_link);
  g_test_add_func ("/parser/errors/bad-ids", test_error_bad_ids);
  g_test_add_func ("/parser/errors/missing-file", test_load_page_missing_file);
  g_test_add_func ("/validate/clean", test_validate_clean);
  g_test_add_func ("/validate/dangling-cite", test_validate_dangling_cite);
  g_test_add_func ("/validate/uncited-source", test_validate_uncited_source);
  g_test_add_func ("/validate/table-row", test_validate_table_row);
  g_test_add_func ("/validate/duplicate-section", test_validate_duplicate_section);
  g_test_add_func ("/validate/missing-evidence", test_validate_missing_evidence);
  g_test_add_func ("/validate/technique-parts", test_validate_technique_parts);
  g_test_add_func ("/validate/exercise-parts", test_validate_exercise_parts);
  g_test_add_func ("/validate/reference-complete", test_validate_reference_complete);
  g_test_add_func ("/validate/reader-words", test_validate_reader_words);
  g_test_add_func ("/validate/region-parts", test_validate_region_parts);
  g_test_add_func ("/validate/file-name", test_validate_file_name);

  return g_test_run ();
}
