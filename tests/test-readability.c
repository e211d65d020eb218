/* test-readability.c - syllables, sentences and reading ease
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "fascia-parser.h"
#include "fascia-readability.h"

static void
test_syllables (void)
{
  /* Dictionary counts of words the pages use, and the rules' edges. */
  static const struct { const char *word; guint syllables; } words[] = {
    { "the", 1 }, { "pain", 1 }, { "bones", 1 }, { "makes", 1 },
    { "muscle", 2 }, { "muscles", 2 }, { "ankle", 2 }, { "causes", 2 }, { "places", 2 },
    { "likely", 2 }, { "movement", 2 }, { "careful", 2 }, { "wanted", 2 }, { "needed", 2 },
    { "referred", 2 }, { "pressure", 2 }, { "tissues", 2 }, { "fascia", 2 }, { "tension", 2 },
    { "evidence", 3 }, { "media", 3 }, { "usual", 3 }, { "area", 3 }, { "idea", 3 },
    { "video", 3 }, { "Australian", 4 }, { "sensitisation", 5 }, { "yes", 1 },
    { "it’s", 1 }, { "don't", 1 }, { "left-hand", 2 }, { "Achilles", 3 },
    { "30", 2 }, { "1.5", 2 }, { "1992", 4 }, { "COVID-19", 4 },
    { "", 0 }, { "—", 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    {
      g_test_message ("%s", words[i].word);
      g_assert_cmpuint (fascia_count_syllables (words[i].word, -1), ==, words[i].syllables);
    }

  /* A length stops the count inside a longer string. */
  g_assert_cmpuint (fascia_count_syllables ("muscles hurt", 6), ==, 2);
  /* A long run of letters counts, without overflowing anything. */
  g_assert_cmpuint (fascia_count_syllables ("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", -1), >, 1);
  /* Invalid UTF-8 ends the word rather than being read past. */
  g_assert_cmpuint (fascia_count_syllables ("pain\xff\xfe", -1), ==, 1);
}

static void
test_sentences (void)
{
  static const struct { const char *text; guint words; guint sentences; } texts[] = {
    { "Rest. Then stand up!", 4, 2 },
    { "Is it safe? Yes.", 4, 2 },
    /* Numbers with a point or comma are one word and end nothing. */
    { "Walk 1.5 km, or 10,000 steps, a day.", 8, 1 },
    /* A full stop inside quotes or brackets still ends the sentence. */
    { "She said “stop.” Then she left (for now.) Good.", 9, 3 },
    /* A block without a full stop, such as a list item, is one sentence. */
    { "a hot, swollen joint", 4, 1 },
    { "...", 0, 0 },
    { "", 0, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      FasciaReadability counts = { 0, };

      g_test_message ("%s", texts[i].text);
      fascia_readability_add_text (&counts, texts[i].text);
      g_assert_cmpuint (counts.words, ==, texts[i].words);
      g_assert_cmpuint (counts.sentences, ==, texts[i].sentences);
    }
}

static void
test_ease (void)
{
  FasciaReadability counts = { 0, };
  double ease = 0.0;

  g_assert_false (fascia_readability_get_ease (&counts, &ease));

  /* Flesch's own kind of example: 13 words, 26 syllables, one sentence:
   * 206.835 - 1.015 * 13 - 84.6 * 2 = 24.44 */
  fascia_readability_add_text (&counts, "The Australian platypus is seemingly a hybrid of a mammal and reptilian creature.");
  g_assert_cmpuint (counts.words, ==, 13);
  g_assert_cmpuint (counts.syllables, ==, 26);
  g_assert_true (fascia_readability_get_ease (&counts, &ease));
  g_assert_cmpfloat_with_epsilon (ease, 24.44, 0.01);

  /* Short words in short sentences read easily; adding text adds up. */
  memset (&counts, 0, sizeof counts);
  fascia_readability_add_text (&counts, "Sit down. Rest your leg. Take a slow breath.");
  fascia_readability_add_text (&counts, "Then walk.");
  g_assert_cmpuint (counts.words, ==, 11);
  g_assert_cmpuint (counts.sentences, ==, 4);
  g_assert_true (fascia_readability_get_ease (&counts, &ease));
  g_assert_cmpfloat (ease, >, 90.0);
}

static const char page_xml[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
  "<page xmlns=\"http://fasciaapp.org/ns/page/1\" id=\"t\" type=\"article\">\n"
  "<title>A long title that is not counted at all</title>\n"
  "<summary>Walk a bit.</summary>\n"
  "<section id=\"a\"><title>Heading words not counted</title>\n"
  "<p>Rest your leg <cite ref=\"s1\"/>.</p>\n"
  "<list><item>one item</item><item>two items</item></list>\n"
  "<note kind=\"tip\"><p>Go slow.</p></note>\n"
  "<table><header><cell>Uncounted cell</cell></header><row><cell>Also uncounted</cell></row></table>\n"
  "<steps><step hold=\"30\">Hold it.</step></steps>\n"
  "<evidence level=\"limited\">Small trials.</evidence>\n"
  "</section>\n"
  "<sources><source id=\"s1\"><authors>Sourcewriter A</authors><year>2020</year><title>Uncounted title</title>"
  "<venue>Uncounted venue</venue></source></sources>\n"
  "</page>\n";

static void
test_page (void)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify)g_error_free);
  g_autoptr(FasciaPage) page = fascia_parser_parse_data (page_xml, strlen (page_xml), "t.xml", problems);
  FasciaReadability counts = { 0, };

  g_assert_cmpuint (problems->len, ==, 0);
  fascia_readability_measure_page (&counts, page);

  /* Summary 3, paragraph 3 (the citation dropped, its full stop kept),
   * items 2 + 2, note 2, step 2, evidence 2: 16 words in 7 sentences.
   * Titles, table cells and sources are not running text. */
  g_assert_cmpuint (counts.words, ==, 16);
  g_assert_cmpuint (counts.sentences, ==, 7);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/readability/syllables", test_syllables);
  g_test_add_func ("/readability/sentences", test_sentences);
  g_test_add_func ("/readability/ease", test_ease);
  g_test_add_func ("/readability/page", test_page);

  return g_test_run ();
}
