/* test-search.c - the search index: folding, ranking, snippets, hostile queries
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "fascia-library.h"
#include "fascia-parser.h"
#include "fascia-search.h"

#define HEAD "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" \
             "<page xmlns=\"http://fasciaapp.org/ns/page/1\" id=\"%s\" type=\"article\">\n"
#define SOURCES "<sources><source id=\"s1\"><authors>%s</authors><year>2020</year>" \
                "<title>A study</title><venue>V</venue></source></sources>\n"

/* Builds a page from its parts; @sections is the XML of its sections. */
static FasciaPage *
make_page (const char *id,
           const char *title,
           const char *keywords,
           const char *summary,
           const char *sections,
           const char *authors)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify)g_error_free);
  g_autoptr(GString) xml = g_string_new (NULL);
  g_autofree char *path = g_strdup_printf ("%s.xml", id);
  FasciaPage *page;

  g_string_append_printf (xml, HEAD, id);
  g_string_append_printf (xml, "<title>%s</title>\n<summary>%s</summary>\n", title, summary);
  if (keywords != NULL)
    g_string_append_printf (xml, "<keywords>%s</keywords>\n", keywords);
  g_string_append (xml, sections);
  g_string_append_printf (xml, SOURCES, authors != NULL ? authors : "A");
  g_string_append (xml, "</page>\n");

  page = fascia_parser_parse_data (xml->str, xml->len, path, problems);
  if (page == NULL)
    g_error ("%s: %s", path, ((GError *)g_ptr_array_index (problems, 0))->message);

  return page;
}

static GPtrArray *
new_pages (void)
{
  return g_ptr_array_new_with_free_func (g_object_unref);
}

static GPtrArray *
query (FasciaSearchIndex *index,
       const char        *text)
{
  GPtrArray *results = fascia_search_index_query (index, text, 50);

  g_assert_nonnull (results);
  return results;
}

static const FasciaSearchResult *
result_at (GPtrArray *results,
           guint      i)
{
  g_assert_cmpuint (i, <, results->len);
  return g_ptr_array_index (results, i);
}

static const char *
id_at (GPtrArray *results,
       guint      i)
{
  return fascia_page_get_id (result_at (results, i)->page);
}

/* What the reader sees highlighted where the match is: in the title line
 * for a title match (the snippet then shows the summary), else in the
 * snippet. Neighbouring matched words read as one highlight. */
static char *
highlight_of (const FasciaSearchResult *result)
{
  const char *text = result->field == FASCIA_MATCH_TITLE ? fascia_page_get_title (result->page) : result->snippet;
  GArray *ranges = result->field == FASCIA_MATCH_TITLE ? result->title_highlights : result->highlights;
  const FasciaSearchRange *first, *last;
  guint n = 1;

  g_assert_cmpuint (ranges->len, >, 0);
  first = &g_array_index (ranges, FasciaSearchRange, 0);
  last = first;
  /* The first run of ranges joined by spaces only. */
  while (n < ranges->len)
    {
      const FasciaSearchRange *next = &g_array_index (ranges, FasciaSearchRange, n);
      gboolean joined = TRUE;

      for (guint i = last->end; i < next->start; i++)
        joined &= text[i] == ' ';
      if (!joined)
        break;
      last = next;
      n++;
    }

  return g_strndup (text + first->start, last->end - first->start);
}

/* What every result must be, whatever the query: a page, valid UTF-8, a
 * highlight inside the snippet on character boundaries. */
static void
assert_sane (GPtrArray *results)
{
  for (guint i = 0; i < results->len; i++)
    {
      const FasciaSearchResult *result = g_ptr_array_index (results, i);
      gsize len;

      g_assert_true (FASCIA_IS_PAGE (result->page));
      g_assert_nonnull (result->snippet);
      g_assert_true (g_utf8_validate (result->snippet, -1, NULL));
      len = strlen (result->snippet);
      g_assert_cmpuint (result->match_start, <=, result->match_end);
      g_assert_cmpuint (result->match_end, <=, len);
      g_assert_true (g_utf8_validate (result->snippet, result->match_start, NULL));
      g_assert_true (g_utf8_validate (result->snippet + result->match_start,
                                      result->match_end - result->match_start, NULL));
      for (guint j = 0; j < result->highlights->len; j++)
        {
          const FasciaSearchRange *range = &g_array_index (result->highlights, FasciaSearchRange, j);

          g_assert_cmpuint (range->start, <, range->end);
          g_assert_cmpuint (range->end, <=, len);
          g_assert_true (g_utf8_validate (result->snippet + range->start, range->end - range->start, NULL));
        }
      if (i > 0)
        g_assert_cmpfloat (result->score, <=, ((FasciaSearchResult *)g_ptr_array_index (results, i - 1))->score);
    }
}

/* The highlighted text folds to what was typed: the UI marks the right
 * letters, in the page's own spelling. */
static void
assert_highlight (const FasciaSearchResult *result,
                  const char               *typed)
{
  g_autofree char *highlight = highlight_of (result);
  g_autofree char *folded = fascia_search_fold (highlight);
  g_autofree char *expected = fascia_search_fold (typed);

  g_assert_cmpstr (folded, ==, expected);
}

/* A small library where "sartorius" sits in a different field on each page. */
static FasciaSearchIndex *
new_ranking_index (void)
{
  g_autoptr(GPtrArray) pages = new_pages ();

  /* Added worst first, so the order cannot come from the input. */
  g_ptr_array_add (pages, make_page ("in-body", "Knee basics", NULL, "Plain summary.",
                                     "<section id=\"one\"><title>Where</title>"
                                     "<p>The sartorius crosses the thigh.</p></section>", NULL));
  g_ptr_array_add (pages, make_page ("in-heading", "Thigh muscles", NULL, "Plain summary.",
                                     "<section id=\"long\"><title>The sartorius</title>"
                                     "<p>The longest muscle.</p></section>", NULL));
  g_ptr_array_add (pages, make_page ("in-keywords", "Tailor's muscle", "sartorius, thigh", "Plain summary.",
                                     "<section id=\"a\"><title>About</title><p>Crosses the thigh.</p></section>",
                                     NULL));
  /* Not the title's first word, so no bonus hides a keyword outranking it. */
  g_ptr_array_add (pages, make_page ("in-title", "The sartorius", NULL, "Plain summary.",
                                     "<section id=\"b\"><title>About</title><p>A strap muscle.</p></section>",
                                     NULL));
  g_ptr_array_add (pages, make_page ("nowhere", "Hamstrings", NULL, "Plain summary.",
                                     "<section id=\"c\"><title>About</title><p>Back of the thigh.</p></section>",
                                     NULL));

  return fascia_search_index_new (pages);
}

static void
test_fold (void)
{
  const struct { const char *in, *out; } cases[] = {
    { "Fáscia", "fascia" },
    { "FASCIA", "fascia" },
    { "Fernández-de-las-Peñas", "fernandez-de-las-penas" },
    { "e\xcc\x81tude", "etude" },   /* a decomposed accent */
    { "Straße", "strasse" },
    { "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *folded = fascia_search_fold (cases[i].in);

      g_assert_cmpstr (folded, ==, cases[i].out);
    }
}

static void
test_ranking_fields (void)
{
  g_autoptr(FasciaSearchIndex) index = new_ranking_index ();
  g_autoptr(GPtrArray) results = query (index, "sartorius");

  assert_sane (results);
  g_assert_cmpuint (results->len, ==, 4);
  g_assert_cmpstr (id_at (results, 0), ==, "in-title");
  g_assert_cmpstr (id_at (results, 1), ==, "in-keywords");
  g_assert_cmpstr (id_at (results, 2), ==, "in-heading");
  g_assert_cmpstr (id_at (results, 3), ==, "in-body");
  g_assert_cmpint (result_at (results, 0)->field, ==, FASCIA_MATCH_TITLE);
  g_assert_cmpint (result_at (results, 1)->field, ==, FASCIA_MATCH_KEYWORD);
  g_assert_cmpint (result_at (results, 2)->field, ==, FASCIA_MATCH_HEADING);
  g_assert_cmpint (result_at (results, 3)->field, ==, FASCIA_MATCH_BODY);
  g_assert_cmpfloat (result_at (results, 0)->score, >, result_at (results, 1)->score);
  g_assert_cmpfloat (result_at (results, 1)->score, >, result_at (results, 2)->score);
  g_assert_cmpfloat (result_at (results, 2)->score, >, result_at (results, 3)->score);
}

static void
test_ranking_whole_word (void)
{
  g_autoptr(GPtrArray) pages = new_pages ();
  g_autoptr(FasciaSearchIndex) index = NULL;
  g_autoptr(GPtrArray) results = NULL;

  g_ptr_array_add (pages, make_page ("longer", "About fasciae", NULL, "S.",
                                     "<section id=\"a\"><title>A</title><p>Text.</p></section>", NULL));
  g_ptr_array_add (pages, make_page ("exact", "Zones of fascia", NULL, "S.",
                                     "<section id=\"a\"><title>A</title><p>Text.</p></section>", NULL));
  index = fascia_search_index_new (pages);

  /* "About fasciae" sorts first by title, so only the whole-word bonus puts
   * "exact" first. */
  results = query (index, "fascia");
  g_assert_cmpuint (results->len, ==, 2);
  g_assert_cmpstr (id_at (results, 0), ==, "exact");
  g_assert_cmpfloat (result_at (results, 0)->score, >, result_at (results, 1)->score);
}

static void
test_ranking_title_start (void)
{
  g_autoptr(GPtrArray) pages = new_pages ();
  g_autoptr(FasciaSearchIndex) index = NULL;
  g_autoptr(GPtrArray) results = NULL;

  g_ptr_array_add (pages, make_page ("later", "Aching neck", NULL, "S.",
                                     "<section id=\"a\"><title>A</title><p>Text.</p></section>", NULL));
  g_ptr_array_add (pages, make_page ("start", "Neck", NULL, "S.",
                                     "<section id=\"a\"><title>A</title><p>Text.</p></section>", NULL));
  index = fascia_search_index_new (pages);

  results = query (index, "neck");
  g_assert_cmpuint (results->len, ==, 2);
  g_assert_cmpstr (id_at (results, 0), ==, "start");
  g_assert_cmpfloat (result_at (results, 0)->score, >, result_at (results, 1)->score);
}

static void
test_ranking_ties_by_title (void)
{
  g_autoptr(GPtrArray) pages = new_pages ();
  g_autoptr(FasciaSearchIndex) index = NULL;
  g_autoptr(GPtrArray) results = NULL;

  g_ptr_array_add (pages, make_page ("c", "Cedar roller", NULL, "S.",
                                     "<section id=\"a\"><title>A</title><p>Text.</p></section>", NULL));
  g_ptr_array_add (pages, make_page ("a", "Ash roller", NULL, "S.",
                                     "<section id=\"a\"><title>A</title><p>Text.</p></section>", NULL));
  g_ptr_array_add (pages, make_page ("b", "Birch roller", NULL, "S.",
                                     "<section id=\"a\"><title>A</title><p>Text.</p></section>", NULL));
  index = fascia_search_index_new (pages);

  results = query (index, "roller");
  g_assert_cmpuint (results->len, ==, 3);
  g_assert_cmpfloat (result_at (results, 0)->score, ==, result_at (results, 2)->score);
  g_assert_cmpstr (id_at (results, 0), ==, "a");
  g_assert_cmpstr (id_at (results, 1), ==, "b");
  g_assert_cmpstr (id_at (results, 2), ==, "c");
}

static void
test_prefix (void)
{
  g_autoptr(GPtrArray) pages = new_pages ();
  g_autoptr(FasciaSearchIndex) index = NULL;
  const char *prefixes[] = { "t", "tr", "tri", "trig", "trigg", "trigge", "trigger" };

  g_ptr_array_add (pages, make_page ("tp", "Trigger points", NULL, "S.",
                                     "<section id=\"a\"><title>A</title><p>Text.</p></section>", NULL));
  g_ptr_array_add (pages, make_page ("other", "Massage", NULL, "S.",
                                     "<section id=\"a\"><title>A</title><p>Rolling.</p></section>", NULL));
  index = fascia_search_index_new (pages);

  for (guint i = 0; i < G_N_ELEMENTS (prefixes); i++)
    {
      g_autoptr(GPtrArray) results = query (index, prefixes[i]);

      assert_sane (results);
      g_assert_cmpuint (results->len, >=, 1);
      g_assert_cmpstr (id_at (results, 0), ==, "tp");
      assert_highlight (result_at (results, 0), prefixes[i]);
    }

  /* Words match from their start only, and the whole query word must fit. */
  {
    g_autoptr(GPtrArray) middle = query (index, "igger");
    g_autoptr(GPtrArray) longer = query (index, "triggered");

    g_assert_cmpuint (middle->len, ==, 0);
    g_assert_cmpuint (longer->len, ==, 0);
  }
}

static FasciaSearchIndex *
new_accent_index (void)
{
  g_autoptr(GPtrArray) pages = new_pages ();

  g_ptr_array_add (pages, make_page ("pt", "A fáscia", NULL, "Em português.",
                                     "<section id=\"a\"><title>A</title><p>Tecido.</p></section>", NULL));
  g_ptr_array_add (pages, make_page ("en", "What fascia is", NULL, "In English.",
                                     "<section id=\"a\"><title>A</title><p>Tissue.</p></section>", NULL));
  /* "Café" with its accent as a separate combining mark. */
  g_ptr_array_add (pages, make_page ("decomposed", "Corner cafe\xcc\x81 chairs", NULL, "S.",
                                     "<section id=\"a\"><title>A</title><p>Sitting.</p></section>", NULL));
  g_ptr_array_add (pages, make_page ("cited", "Forearm pain", NULL, "A study.",
                                     "<section id=\"a\"><title>A</title><p>Tender spots.</p></section>",
                                     "Fernández-Carnero J, Ge HY"));

  return fascia_search_index_new (pages);
}

static void
test_accents (void)
{
  g_autoptr(FasciaSearchIndex) index = new_accent_index ();
  const char *fascias[] = { "fascia", "fáscia", "FÁSCIA", "fasci" };

  /* With or without the accent, both spellings are found. */
  for (guint i = 0; i < G_N_ELEMENTS (fascias); i++)
    {
      g_autoptr(GPtrArray) results = query (index, fascias[i]);

      assert_sane (results);
      g_assert_cmpuint (results->len, ==, 2);
      for (guint j = 0; j < 2; j++)
        {
          g_assert_cmpint (result_at (results, j)->field, ==, FASCIA_MATCH_TITLE);
          assert_highlight (result_at (results, j), fascias[i]);
        }
    }

  /* The highlight keeps the mark with its letter. */
  {
    g_autoptr(GPtrArray) results = query (index, "café");
    g_autofree char *highlight = NULL;

    g_assert_cmpuint (results->len, ==, 1);
    g_assert_cmpstr (id_at (results, 0), ==, "decomposed");
    highlight = highlight_of (result_at (results, 0));
    g_assert_cmpstr (highlight, ==, "cafe\xcc\x81");
  }

  {
    g_autoptr(GPtrArray) results = query (index, "fernandez");
    g_autofree char *highlight = NULL;

    g_assert_cmpuint (results->len, ==, 1);
    g_assert_cmpstr (id_at (results, 0), ==, "cited");
    g_assert_cmpint (result_at (results, 0)->field, ==, FASCIA_MATCH_BODY);
    /* The snippet keeps the page's own letters. */
    highlight = highlight_of (result_at (results, 0));
    g_assert_cmpstr (highlight, ==, "Fernández");
    g_assert_nonnull (strstr (result_at (results, 0)->snippet, "Fernández-Carnero"));
  }
}

static void
test_case (void)
{
  g_autoptr(FasciaSearchIndex) index = new_ranking_index ();
  const char *spellings[] = { "SARTORIUS", "Sartorius", "sArToRiUs" };

  for (guint i = 0; i < G_N_ELEMENTS (spellings); i++)
    {
      g_autoptr(GPtrArray) results = query (index, spellings[i]);

      g_assert_cmpuint (results->len, ==, 4);
      g_assert_cmpstr (id_at (results, 0), ==, "in-title");
      assert_highlight (result_at (results, 0), spellings[i]);
    }
}

static void
test_multi_word (void)
{
  g_autoptr(GPtrArray) pages = new_pages ();
  g_autoptr(FasciaSearchIndex) index = NULL;
  const char *both[] = { "dense fascia", "fascia dense", "  Fascia,   DENSE!  ", "dens fasc" };

  g_ptr_array_add (pages, make_page ("both", "Dense tissue", NULL, "S.",
                                     "<section id=\"a\"><title>A</title><p>Some fascia is tough.</p></section>",
                                     NULL));
  g_ptr_array_add (pages, make_page ("one", "Loose fascia", NULL, "S.",
                                     "<section id=\"a\"><title>A</title><p>Soft.</p></section>", NULL));
  g_ptr_array_add (pages, make_page ("other", "Dense bone", NULL, "S.",
                                     "<section id=\"a\"><title>A</title><p>Hard.</p></section>", NULL));
  index = fascia_search_index_new (pages);

  /* Every word must match, in any field and any order. */
  for (guint i = 0; i < G_N_ELEMENTS (both); i++)
    {
      g_autoptr(GPtrArray) results = query (index, both[i]);

      assert_sane (results);
      g_assert_cmpuint (results->len, ==, 1);
      g_assert_cmpstr (id_at (results, 0), ==, "both");
      g_assert_cmpint (result_at (results, 0)->field, ==, FASCIA_MATCH_TITLE);
    }

  {
    g_autoptr(GPtrArray) none = query (index, "dense zebra");
    g_autoptr(GPtrArray) each = query (index, "fascia");

    g_assert_cmpuint (none->len, ==, 0);
    g_assert_cmpuint (each->len, ==, 2);
  }
}

static void
test_snippet_cut (void)
{
  g_autoptr(GPtrArray) pages = new_pages ();
  g_autoptr(FasciaSearchIndex) index = NULL;
  g_autoptr(GPtrArray) results = NULL;
  g_autofree char *paragraph = NULL;
  const FasciaSearchResult *result;
  g_autofree char *highlight = NULL;
  const char *inner;
  gsize inner_len;
  const char *found;

  /* A long paragraph with the one match in its middle. */
  paragraph = g_strdup_printf ("<section id=\"long\"><title>A</title><p>%s quadratus %s</p></section>",
                               "one two three four five six seven eight nine ten eleven twelve "
                               "thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty",
                               "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu "
                               "xi omicron pi rho sigma tau upsilon phi chi psi omega");
  g_ptr_array_add (pages, make_page ("long", "Low back", NULL, "S.", paragraph, NULL));
  index = fascia_search_index_new (pages);

  results = query (index, "quadr");
  assert_sane (results);
  g_assert_cmpuint (results->len, ==, 1);
  result = result_at (results, 0);
  g_assert_cmpstr (result->section_id, ==, "long");

  highlight = highlight_of (result);
  g_assert_cmpstr (highlight, ==, "quadr");
  g_assert_true (g_str_has_prefix (result->snippet + result->match_start, "quadratus "));

  /* Cut on both sides, marked with "…", about 100 characters long. */
  g_assert_true (g_str_has_prefix (result->snippet, "…"));
  g_assert_true (g_str_has_suffix (result->snippet, "…"));
  g_assert_cmpint (g_utf8_strlen (result->snippet, -1), <=, 110);
  g_assert_cmpint (g_utf8_strlen (result->snippet, -1), >=, 60);

  /* The text between the ellipses is the original, cut on whole words. */
  inner = result->snippet + strlen ("…");
  inner_len = strlen (inner) - strlen ("…");
  {
    g_autofree char *copy = g_strndup (inner, inner_len);

    found = strstr (paragraph, copy);
    g_assert_nonnull (found);
    g_assert_true (found[-1] == ' ');
    g_assert_true (found[inner_len] == ' ');
  }
}

static void
test_snippet_short (void)
{
  g_autoptr(FasciaSearchIndex) index = new_ranking_index ();
  g_autoptr(GPtrArray) results = query (index, "crosses");
  const FasciaSearchResult *result;

  /* A short text is shown whole, without ellipses. */
  g_assert_cmpuint (results->len, ==, 2);
  result = result_at (results, 0);
  g_assert_true (g_str_equal (result->snippet, "Crosses the thigh.") ||
                 g_str_equal (result->snippet, "The sartorius crosses the thigh."));
  assert_highlight (result, "crosses");
}

static void
test_snippet_citations (void)
{
  g_autoptr(GPtrArray) pages = new_pages ();
  g_autoptr(FasciaSearchIndex) index = NULL;
  g_autoptr(GPtrArray) results = NULL;

  /* Citations have no text; the scraps of punctuation and space they leave
   * do not show in the snippet. */
  g_ptr_array_add (pages, make_page ("cites", "Glide", NULL, "S.",
                                     "<section id=\"a\"><title>A</title>"
                                     "<p><cite ref=\"s1\"/>: the hyaluronan layer <cite ref=\"s1\"/>.</p></section>",
                                     NULL));
  index = fascia_search_index_new (pages);

  results = query (index, "hyaluronan");
  g_assert_cmpuint (results->len, ==, 1);
  g_assert_cmpstr (result_at (results, 0)->snippet, ==, "the hyaluronan layer.");
  assert_highlight (result_at (results, 0), "hyaluronan");
}

static void
test_snippet_multi_word_highlight (void)
{
  g_autoptr(GPtrArray) pages = new_pages ();
  g_autoptr(FasciaSearchIndex) index = NULL;
  g_autoptr(GPtrArray) results = NULL;

  g_ptr_array_add (pages, make_page ("gmed", "Gluteus medius", NULL, "S.",
                                     "<section id=\"a\"><title>A</title><p>Side of the hip.</p></section>", NULL));
  index = fascia_search_index_new (pages);

  /* Neighbouring matches highlight as one. */
  results = query (index, "gluteus med");
  g_assert_cmpuint (results->len, ==, 1);
  assert_highlight (result_at (results, 0), "Gluteus med");
}

/* A match in the title is seen in the title line; the snippet shows the
 * summary, never the title again. */
static void
test_snippet_title_shows_summary (void)
{
  g_autoptr(GPtrArray) pages = new_pages ();
  g_autoptr(FasciaSearchIndex) index = NULL;
  g_autoptr(GPtrArray) results = NULL;
  const FasciaSearchResult *result;

  g_ptr_array_add (pages, make_page ("gmin", "Gluteus minimus", NULL, "The deepest buttock muscle.",
                                     "<section id=\"a\"><title>A</title><p>Side of the hip.</p></section>", NULL));
  index = fascia_search_index_new (pages);

  results = query (index, "minimus");
  assert_sane (results);
  result = result_at (results, 0);
  g_assert_cmpint (result->field, ==, FASCIA_MATCH_TITLE);
  g_assert_cmpstr (result->snippet, ==, "The deepest buttock muscle.");
  g_assert_cmpuint (result->highlights->len, ==, 0);
  g_assert_cmpuint (result->title_highlights->len, ==, 1);
  assert_highlight (result, "minimus");
}

/* Every word of the snippet that matches is highlighted, not only the one
 * it was cut around. */
static void
test_snippet_every_match (void)
{
  g_autoptr(GPtrArray) pages = new_pages ();
  g_autoptr(FasciaSearchIndex) index = NULL;
  g_autoptr(GPtrArray) results = NULL;
  const FasciaSearchResult *result;
  g_autoptr(GString) seen = g_string_new (NULL);

  g_ptr_array_add (pages, make_page ("calf", "Lower leg", NULL, "S.",
                                     "<section id=\"a\"><title>A</title>"
                                     "<p>The calf aches; calves do not match, the Calf muscle and calfskin do.</p></section>", NULL));
  index = fascia_search_index_new (pages);

  results = query (index, "calf");
  assert_sane (results);
  result = result_at (results, 0);
  for (guint i = 0; i < result->highlights->len; i++)
    {
      const FasciaSearchRange *range = &g_array_index (result->highlights, FasciaSearchRange, i);

      g_string_append_printf (seen, "[%.*s]", (int)(range->end - range->start), result->snippet + range->start);
    }
  g_assert_cmpstr (seen->str, ==, "[calf][Calf][calf]");
}

static void
test_snippet_inline_runs (void)
{
  g_autoptr(GPtrArray) pages = new_pages ();
  g_autoptr(FasciaSearchIndex) index = NULL;
  g_autoptr(GPtrArray) results = NULL;

  /* A word split over inline runs is one word, and citations add nothing. */
  g_ptr_array_add (pages, make_page ("runs", "Runs", NULL, "S.",
                                     "<section id=\"a\"><title>A</title>"
                                     "<p>Call it <em>myo</em>fascial <cite ref=\"s1\"/>release.</p></section>",
                                     NULL));
  index = fascia_search_index_new (pages);

  results = query (index, "myofascial release");
  g_assert_cmpuint (results->len, ==, 1);
  assert_highlight (result_at (results, 0), "myofascial release");
}

static void
test_section_id (void)
{
  g_autoptr(GPtrArray) pages = new_pages ();
  g_autoptr(FasciaSearchIndex) index = NULL;

  g_ptr_array_add (pages, make_page ("p", "Shoulder", "rotator cuff", "Summary of the humerus.",
                                     "<section id=\"first\"><title>Start</title><p>Nothing but a scalene.</p></section>"
                                     "<section id=\"kinds\"><title>Kinds of tissue</title><p>Scalenes.</p></section>"
                                     "<section id=\"notes\"><title>Notes</title>"
                                     "<note kind=\"tip\" title=\"Worth knowing\"><p>Scapula.</p></note>"
                                     "<table><caption>Grid</caption><header><cell>Head</cell></header>"
                                     "<row><cell>Infraspinatus</cell></row></table>"
                                     "<steps><step>Breathe out.</step></steps>"
                                     "<list><item>Deltoid</item></list></section>",
                                     NULL));
  index = fascia_search_index_new (pages);

  {
    const struct { const char *query, *section; FasciaMatchField field; } cases[] = {
      { "shoulder", NULL, FASCIA_MATCH_TITLE },
      { "rotator", NULL, FASCIA_MATCH_KEYWORD },
      { "tissue", "kinds", FASCIA_MATCH_HEADING },
      { "humerus", NULL, FASCIA_MATCH_BODY },        /* the summary */
      { "worth", "notes", FASCIA_MATCH_BODY },       /* a note's title */
      { "scapula", "notes", FASCIA_MATCH_BODY },     /* a paragraph in a note */
      { "infraspinatus", "notes", FASCIA_MATCH_BODY }, /* a table cell */
      { "breathe", "notes", FASCIA_MATCH_BODY },     /* a step */
      { "deltoid", "notes", FASCIA_MATCH_BODY },     /* a list item */
      { "scalene", "first", FASCIA_MATCH_BODY },     /* the first of two */
    };

    for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
      {
        g_autoptr(GPtrArray) results = query (index, cases[i].query);

        g_assert_cmpuint (results->len, ==, 1);
        g_assert_cmpint (result_at (results, 0)->field, ==, cases[i].field);
        g_assert_cmpstr (result_at (results, 0)->section_id, ==, cases[i].section);
        assert_highlight (result_at (results, 0), cases[i].query);
      }
  }
}

static void
test_empty_query (void)
{
  g_autoptr(FasciaSearchIndex) index = new_ranking_index ();
  const char *queries[] = { "", " ", "\t\n  ", "\xc2\xa0" /* no-break space */ };

  for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
    {
      g_autoptr(GPtrArray) results = query (index, queries[i]);

      g_assert_cmpuint (results->len, ==, 0);
    }
}

static void
test_hostile (void)
{
  g_autoptr(GPtrArray) pages = new_pages ();
  g_autoptr(FasciaSearchIndex) index = NULL;
  g_autoptr(GString) huge = g_string_new (NULL);
  g_autoptr(GString) repeated = g_string_new (NULL);
  g_autoptr(GString) letters = g_string_new (NULL);
  const char *empty[] = { ".*", "?!;:,.()[]{}", "<>/", "🔥💪", "\xff\xfe\xfd", "%%", "\\" };

  g_ptr_array_add (pages, make_page ("markup", "Markup", NULL, "S.",
                                     "<section id=\"a\"><title>A</title>"
                                     "<p>Shown as text: &lt;b&gt;bold&lt;/b&gt;, not bold, and 50%s off.</p></section>",
                                     NULL));
  g_ptr_array_add (pages, make_page ("tp", "Trigger points", NULL, "S.",
                                     "<section id=\"a\"><title>A</title><p>Knots.</p></section>", NULL));
  index = fascia_search_index_new (pages);

  /* Nothing but separators: no words, no results. */
  for (guint i = 0; i < G_N_ELEMENTS (empty); i++)
    {
      g_autoptr(GPtrArray) results = query (index, empty[i]);

      g_assert_cmpuint (results->len, ==, 0);
    }

  /* Markup and format strings are literal text: their letters are words. */
  {
    g_autoptr(GPtrArray) bold = query (index, "<b>");
    g_autoptr(GPtrArray) format = query (index, "%s%s%n");
    g_autoptr(GPtrArray) regex = query (index, "trig.*");

    assert_sane (bold);
    g_assert_cmpuint (bold->len, ==, 1);
    g_assert_cmpstr (id_at (bold, 0), ==, "markup");
    assert_highlight (result_at (bold, 0), "b");
    /* "s" and "n" must both match: "markup" has "shown" and "s". */
    assert_sane (format);
    g_assert_cmpuint (format->len, ==, 1);
    g_assert_cmpstr (id_at (format, 0), ==, "markup");
    assert_sane (regex);
    g_assert_cmpuint (regex->len, ==, 1);
    g_assert_cmpstr (id_at (regex, 0), ==, "tp");
  }

  /* Invalid bytes are replaced; the letters around them still count. */
  {
    g_autoptr(GPtrArray) results = query (index, "\xff\xfetrig\xc3");

    assert_sane (results);
    g_assert_cmpuint (results->len, ==, 1);
    g_assert_cmpstr (id_at (results, 0), ==, "tp");
  }

  /* An emoji is a separator, like punctuation. */
  {
    g_autoptr(GPtrArray) results = query (index, "🔥trigger💪");

    g_assert_cmpuint (results->len, ==, 1);
  }

  /* A megabyte of one letter: one very long word, which nothing matches. */
  for (guint i = 0; i < 1024 * 1024; i++)
    g_string_append_c (huge, 'a');
  {
    g_autoptr(GPtrArray) results = query (index, huge->str);

    g_assert_cmpuint (results->len, ==, 0);
  }

  /* Only the first 256 characters count: "zebra" comes after them. */
  for (guint i = 0; i < 100; i++)
    g_string_append (repeated, "trig ");
  {
    g_autoptr(GPtrArray) found = query (index, repeated->str);
    g_autoptr(GPtrArray) cut = NULL;

    g_assert_cmpuint (found->len, ==, 1);
    g_string_append (repeated, "zebra");
    cut = query (index, repeated->str);
    g_assert_cmpuint (cut->len, ==, 1);
  }

  /* Many distinct short words, all common: slow queries, never a crash. */
  for (char c = 'a'; c <= 'z'; c++)
    g_string_append_printf (letters, "%c ", c);
  {
    g_autoptr(GPtrArray) results = query (index, letters->str);

    assert_sane (results);
    g_assert_cmpuint (results->len, ==, 0);
  }
}

static void
test_max_results (void)
{
  g_autoptr(FasciaSearchIndex) index = new_ranking_index ();
  g_autoptr(GPtrArray) two = fascia_search_index_query (index, "thigh", 2);
  g_autoptr(GPtrArray) all = fascia_search_index_query (index, "thigh", 0);

  g_assert_cmpuint (all->len, ==, 4);
  g_assert_cmpuint (two->len, ==, 2);
  /* The limit keeps the best, in the same order. */
  g_assert_true (result_at (two, 0)->page == result_at (all, 0)->page);
  g_assert_true (result_at (two, 1)->page == result_at (all, 1)->page);
  g_assert_cmpstr (id_at (all, 0), ==, "in-heading");
}

static void
test_empty_index (void)
{
  g_autoptr(GPtrArray) pages = new_pages ();
  g_autoptr(FasciaSearchIndex) index = fascia_search_index_new (pages);
  g_autoptr(GPtrArray) results = query (index, "anything");

  g_assert_cmpuint (results->len, ==, 0);
  g_assert_cmpuint (fascia_search_index_get_n_words (index), ==, 0);
}

static void
test_memory (void)
{
  g_autoptr(FasciaSearchIndex) small = new_ranking_index ();
  g_autoptr(FasciaSearchIndex) accents = new_accent_index ();
  gsize memory = fascia_search_index_get_memory (small);

  /* At least one byte per distinct folded word and a posting for each. */
  g_assert_cmpuint (fascia_search_index_get_n_words (small), >, 10);
  g_assert_cmpuint (memory, >, fascia_search_index_get_n_words (small) * 4);
  g_assert_cmpuint (memory, <, 64 * 1024);
  g_assert_cmpuint (fascia_search_index_get_memory (accents), >, 0);
}

static FasciaLibrary *
load_shipped (void)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "..", "content", NULL);
  g_autoptr(GError) error = NULL;
  FasciaLibrary *library = fascia_library_load (dir, &error);

  g_assert_no_error (error);
  g_assert_nonnull (library);
  g_assert_nonnull (fascia_library_get_search_index (library));

  return library;
}

static void
test_library_shipped (void)
{
  g_autoptr(FasciaLibrary) library = load_shipped ();
  FasciaSearchIndex *index = fascia_library_get_search_index (library);

  {
    g_autoptr(GPtrArray) results = query (index, "trig");

    assert_sane (results);
    g_assert_cmpuint (results->len, >, 5);
    g_assert_cmpstr (id_at (results, 0), ==, "trigger-points");
    g_assert_cmpint (result_at (results, 0)->field, ==, FASCIA_MATCH_TITLE);
    assert_highlight (result_at (results, 0), "trig");
  }

  {
    g_autoptr(GPtrArray) results = query (index, "gluteus medius");

    assert_sane (results);
    g_assert_cmpstr (id_at (results, 0), ==, "muscle-gluteus-medius");
    assert_highlight (result_at (results, 0), "gluteus medius");
  }

  {
    g_autoptr(GPtrArray) accented = query (index, "fernández");
    g_autoptr(GPtrArray) plain = query (index, "FERNANDEZ");

    g_assert_cmpuint (plain->len, >, 0);
    g_assert_cmpuint (plain->len, ==, accented->len);
  }

  {
    /* Every page is found by its own title. */
    for (guint i = 0; i < fascia_library_get_n_pages (library); i++)
      {
        FasciaPage *page = fascia_library_get_page_at (library, i);
        g_autoptr(GPtrArray) results = fascia_search_index_query (index, fascia_page_get_title (page), 0);
        gboolean found = FALSE;

        assert_sane (results);
        for (guint j = 0; j < results->len && !found; j++)
          found = result_at (results, j)->page == page;
        if (!found)
          g_error ("“%s” does not find its own page", fascia_page_get_title (page));
      }
  }
}

/* A big library's text goes from memory to a file once there are a few
 * megabytes of it: results from pages written before and after that move
 * are cut from the right text. */
static void
test_texts_in_file (void)
{
  g_autoptr(GPtrArray) pages = new_pages ();
  g_autoptr(FasciaSearchIndex) index = NULL;
  const guint n_pages = 700;   /* about 6 MB of text */
  const guint probes[] = { 0, 3, 350, 699 };

  for (guint i = 0; i < n_pages; i++)
    {
      g_autoptr(GString) section = g_string_new ("<section id=\"a\"><title>Words</title>\n<p>");
      g_autofree char *id = g_strdup_printf ("page-%u", i);
      g_autofree char *title = g_strdup_printf ("Page %u", i);

      for (guint w = 0; w < 1000; w++)
        g_string_append (section, w == 500 ? "" : "filler ");
      g_string_append_printf (section, "marker%uz <cite ref=\"s1\"/></p></section>\n", i);
      g_ptr_array_add (pages, make_page (id, title, NULL, "A page of filler.", section->str, NULL));
    }
  index = fascia_search_index_new (pages);

  for (guint i = 0; i < G_N_ELEMENTS (probes); i++)
    {
      g_autofree char *word = g_strdup_printf ("marker%uz", probes[i]);
      g_autofree char *id = g_strdup_printf ("page-%u", probes[i]);
      g_autoptr(GPtrArray) results = query (index, word);

      assert_sane (results);
      g_assert_cmpuint (results->len, ==, 1);
      g_assert_cmpstr (id_at (results, 0), ==, id);
      g_assert_cmpstr (result_at (results, 0)->section_id, ==, "a");
      g_assert_true (g_str_has_prefix (result_at (results, 0)->snippet, "…filler filler"));
      g_assert_nonnull (strstr (result_at (results, 0)->snippet, word));
      assert_highlight (result_at (results, 0), word);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/search/fold", test_fold);
  g_test_add_func ("/search/ranking/title-before-body", test_ranking_fields);
  g_test_add_func ("/search/ranking/whole-word", test_ranking_whole_word);
  g_test_add_func ("/search/ranking/title-start", test_ranking_title_start);
  g_test_add_func ("/search/ranking/ties-by-title", test_ranking_ties_by_title);
  g_test_add_func ("/search/match/prefix", test_prefix);
  g_test_add_func ("/search/match/accents", test_accents);
  g_test_add_func ("/search/match/case", test_case);
  g_test_add_func ("/search/match/multi-word", test_multi_word);
  g_test_add_func ("/search/snippet/cut", test_snippet_cut);
  g_test_add_func ("/search/snippet/short", test_snippet_short);
  g_test_add_func ("/search/snippet/citations", test_snippet_citations);
  g_test_add_func ("/search/snippet/multi-word-highlight", test_snippet_multi_word_highlight);
  g_test_add_func ("/search/snippet/inline-runs", test_snippet_inline_runs);
  g_test_add_func ("/search/snippet/title-shows-summary", test_snippet_title_shows_summary);
  g_test_add_func ("/search/snippet/every-match", test_snippet_every_match);
  g_test_add_func ("/search/snippet/section-id", test_section_id);
  g_test_add_func ("/search/query/empty", test_empty_query);
  g_test_add_func ("/search/query/hostile", test_hostile);
  g_test_add_func ("/search/query/max-results", test_max_results);
  g_test_add_func ("/search/index/empty", test_empty_index);
  g_test_add_func ("/search/index/memory", test_memory);
  g_test_add_func ("/search/index/texts-in-file", test_texts_in_file);
  g_test_add_func ("/search/library/shipped", test_library_shipped);

  return g_test_run ();
}
