/* fascia-readability.c - how easy a page's prose is to read
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Flesch's reading ease, 206.835 - 1.015 words per sentence - 84.6
 * syllables per word, over what a reader reads as running text: the
 * summary, paragraphs, list items, steps, warning signs, evidence notes and
 * the safety check's questions. Titles, tables, muscle lists and sources
 * are left out, and so are citations, which the page shows as numbers.
 *
 * Syllables are counted the way readability tools do, by rule rather than
 * from a dictionary: groups of vowels, less a silent e at the end (also
 * before -ly, -ment, -ful, -ness, -less, -s and -d), plus vowel pairs that
 * are read as two (media, video, usual; not -tion or -cial), plus a final
 * -ea (area, idea). A number counts a syllable per digit. The count is
 * close to a dictionary's for the words pages use; the tests hold it to
 * known words. Writers see each page's figure with
 * fascia --check-content DIR --report OUT.
 */
#define G_LOG_DOMAIN "fascia-readability"

#include "config.h"

#include <string.h>

#include "fascia-readability.h"

/* Past this many letters a "word" is not prose (an address, a run of
 * letters): each further letter counts a syllable. */
#define MAX_WORD_CHARS 64

static gboolean
is_vowel (gunichar c)
{
  static const gunichar accented[] = {
    0xe1, 0xe9, 0xed, 0xf3, 0xfa, 0xe0, 0xe8, 0xec, 0xf2, 0xf9,
    0xe2, 0xea, 0xee, 0xf4, 0xfb, 0xe4, 0xeb, 0xef, 0xf6, 0xfc,
  };

  if (c < 0x80)
    return strchr ("aeiouy", (int)c) != NULL && c != 0;

  for (guint i = 0; i < G_N_ELEMENTS (accented); i++)
    if (accented[i] == c)
      return TRUE;

  return FALSE;
}

static gboolean
ends_with (const gunichar *w,
           guint           n,
           const char     *suffix)
{
  guint len = strlen (suffix);

  if (len > n)
    return FALSE;
  for (guint i = 0; i < len; i++)
    if (w[n - len + i] != (gunichar)suffix[i])
      return FALSE;

  return TRUE;
}

static gboolean
char_in (gunichar    c,
         const char *set)
{
  return c < 0x80 && c != 0 && strchr (set, (int)c) != NULL;
}

/* One part of a word, without hyphens: lower case letters only. */
static guint
count_part (const gunichar *w,
            guint           n)
{
  static const char * const silent_e_suffixes[] = { "", "ly", "ment", "ful", "ness", "less", "s", "d" };
  guint count = 0;
  gboolean previous = FALSE;

  if (n == 0)
    return 0;
  if (n <= 3)
    return 1;

  for (guint i = 0; i < n; i++)
    {
      gboolean vowel = is_vowel (w[i]) && !(w[i] == 'y' && i == 0);

      if (vowel && !previous)
        count++;
      previous = vowel;
    }

  /* Vowel pairs read as two syllables: media, radio, video, usual, duo. */
  for (guint i = 0; i + 1 < n; i++)
    {
      gunichar a = w[i], b = w[i + 1];
      gunichar before = i > 0 ? w[i - 1] : 0;

      if (a == 'i' && (b == 'a' || b == 'o'))
        count += !char_in (before, "tscgx");
      else if (a == 'u' && (b == 'a' || b == 'o'))
        count += !char_in (before, "qg");
      else if ((a == 'e' && b == 'o') || (a == 'i' && b == 'i'))
        count++;
    }

  if (ends_with (w, n, "ea"))
    count++;

  /* A silent e: at the end, or before a suffix that keeps it silent. */
  for (guint i = 0; i < G_N_ELEMENTS (silent_e_suffixes); i++)
    {
      const char *suffix = silent_e_suffixes[i];
      guint len = strlen (suffix);
      gunichar consonant;

      if (n < len + 2 || w[n - len - 1] != 'e' || !ends_with (w, n, suffix))
        continue;

      consonant = w[n - len - 2];
      if (is_vowel (consonant))
        continue;

      if (len == 0 && consonant == 'l' && n >= 3 && !is_vowel (w[n - 3]))
        break;                                /* -ble, -cle: a syllable of its own */
      if (strcmp (suffix, "s") == 0 && char_in (consonant, "sxzcgh"))
        break;                                /* causes, places, pages */
      if (strcmp (suffix, "d") == 0 && char_in (consonant, "td"))
        break;                                /* wanted, needed */
      if (strcmp (suffix, "s") == 0 && consonant == 'l' && n >= 4 && !is_vowel (w[n - 4]))
        break;                                /* muscles, ankles */

      count--;
      break;
    }

  return MAX (count, 1);
}

static gboolean
is_hyphen (gunichar c)
{
  return c == '-' || c == 0x2010 || c == 0x2011;
}

/**
 * fascia_count_syllables:
 * @word: one word, in UTF-8; hyphens join parts
 * @length: its length in bytes, or -1 when nul-terminated
 *
 * Returns: the syllables a reader says in @word, by rule: at least 1 for
 *   each part with a letter, one per digit for a number, 0 for no word
 */
guint
fascia_count_syllables (const char *word,
                        gssize      length)
{
  gunichar part[MAX_WORD_CHARS];
  guint n = 0, total = 0, digits = 0, long_letters = 0;
  const char *end;

  g_return_val_if_fail (word != NULL, 0);

  end = length < 0 ? word + strlen (word) : word + length;
  for (const char *p = word; ; p = g_utf8_next_char (p))
    {
      gunichar c = p < end ? g_utf8_get_char_validated (p, end - p) : 0;
      gboolean last = p >= end || c == (gunichar)-1 || c == (gunichar)-2;

      if (last || is_hyphen (c))
        {
          /* A part ends: a word counts by rule, a number its digits. */
          total += n + long_letters > 0 ? count_part (part, n) + long_letters : digits;
          n = digits = long_letters = 0;
          if (last)
            break;
        }
      else if (g_unichar_isdigit (c))
        digits++;
      else if (g_unichar_isalpha (c) && n < MAX_WORD_CHARS)
        part[n++] = g_unichar_tolower (c);
      else if (g_unichar_isalpha (c))
        long_letters++;
    }

  return total;
}

static gboolean
is_word_char (gunichar c)
{
  return g_unichar_isalnum (c);
}

/* Apostrophes and hyphens join two parts of one word: it’s, left-hand; a
 * point or comma between digits joins a number. */
static gboolean
is_joiner (gunichar c)
{
  return c == '\'' || c == 0x2019 || is_hyphen (c);
}

static gboolean
is_sentence_end (gunichar c)
{
  return c == '.' || c == '!' || c == '?';
}

/* What may follow a sentence's full stop: a closing quote or bracket. */
static gboolean
is_closer (gunichar c)
{
  return c == 0x201d || c == 0x2019 || c == ')' || c == '"' || c == '\'';
}

/**
 * fascia_readability_add_text:
 * @self: counts to add to
 * @text: one block of running text, UTF-8
 *
 * Adds the words, sentences and syllables of @text. A sentence ends at
 * ".", "!" or "?" followed by a space or the end (so "1.5" and "e.g."
 * inside a word do not end one); a block that does not end so, such as a
 * list item, ends a sentence where it ends.
 */
void
fascia_readability_add_text (FasciaReadability *self,
                             const char        *text)
{
  const char *p;
  guint words = 0;
  gboolean open_sentence = FALSE;

  g_return_if_fail (self != NULL);
  g_return_if_fail (text != NULL);

  p = text;
  while (*p != '\0')
    {
      gunichar c = g_utf8_get_char (p);

      if (is_word_char (c))
        {
          const char *start = p;
          const char *last_end;

          /* A word: word characters, with joiners only between them. */
          p = g_utf8_next_char (p);
          last_end = p;
          while (*p != '\0')
            {
              gunichar d = g_utf8_get_char (p);

              if (is_word_char (d))
                last_end = p = g_utf8_next_char (p);
              else if (is_joiner (d) || d == '_')
                p = g_utf8_next_char (p);
              else if ((d == '.' || d == ',') && g_ascii_isdigit (p[-1]) && g_ascii_isdigit (p[1]))
                p++;                          /* 1.5, 10,000: one number */
              else
                break;
            }
          p = last_end;

          words++;
          self->syllables += fascia_count_syllables (start, last_end - start);
          open_sentence = TRUE;
          continue;
        }

      if (is_sentence_end (c) && open_sentence)
        {
          const char *q = p;

          while (*q != '\0' && is_sentence_end (g_utf8_get_char (q)))
            q = g_utf8_next_char (q);
          while (*q != '\0' && is_closer (g_utf8_get_char (q)))
            q = g_utf8_next_char (q);
          if (*q == '\0' || g_unichar_isspace (g_utf8_get_char (q)))
            {
              self->sentences++;
              open_sentence = FALSE;
            }
          p = q;
          continue;
        }

      p = g_utf8_next_char (p);
    }

  if (open_sentence)
    self->sentences++;
  self->words += words;
}

/**
 * fascia_readability_get_ease:
 * @self: counts
 * @ease: (out): Flesch reading ease: 100 very easy, 60 to 70 plain
 *   English, below 50 hard
 *
 * Returns: whether there is any text to measure
 */
gboolean
fascia_readability_get_ease (const FasciaReadability *self,
                             double                  *ease)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (self->words == 0 || self->sentences == 0)
    return FALSE;

  *ease = 206.835 - 1.015 * ((double)self->words / self->sentences)
          - 84.6 * ((double)self->syllables / self->words);
  return TRUE;
}

static void
add_inlines (FasciaReadability *self,
             GPtrArray         *inlines)
{
  g_autofree char *text = NULL;

  if (inlines == NULL)
    return;

  text = fascia_inlines_to_plain_text (inlines);
  fascia_readability_add_text (self, text);
}

static void
measure_block (FasciaPage        *page,
               const FasciaBlock *block,
               gpointer           user_data)
{
  FasciaReadability *self = user_data;

  switch (block->kind)
    {
    case FASCIA_BLOCK_PARAGRAPH:
    case FASCIA_BLOCK_LIST_ITEM:
    case FASCIA_BLOCK_STEP:
    case FASCIA_BLOCK_EVIDENCE:
    case FASCIA_BLOCK_RED_FLAG:
    case FASCIA_BLOCK_QUESTION:
    case FASCIA_BLOCK_QUESTION_HELP:
    case FASCIA_BLOCK_EFFECT:
      add_inlines (self, block->inlines);
      break;

    case FASCIA_BLOCK_LIST:
    case FASCIA_BLOCK_NOTE:
    case FASCIA_BLOCK_TABLE:
    case FASCIA_BLOCK_TABLE_ROW:
    case FASCIA_BLOCK_TABLE_CELL:
    case FASCIA_BLOCK_STEPS:
    case FASCIA_BLOCK_REFERRERS:
    case FASCIA_BLOCK_REFERRER:
    case FASCIA_BLOCK_RED_FLAGS:
    default:
      break;
    }
}

/**
 * fascia_readability_measure_page:
 * @self: counts to add to
 * @page: a page
 *
 * Adds the running text of @page: its summary and every block a reader
 * reads as prose (see the top of this file).
 */
void
fascia_readability_measure_page (FasciaReadability *self,
                                 FasciaPage        *page)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (FASCIA_IS_PAGE (page));

  add_inlines (self, fascia_page_get_summary (page));
  fascia_page_foreach_block (page, measure_block, self);
}
