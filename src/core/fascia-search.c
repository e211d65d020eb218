/* fascia-search.c - the search index over every page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The index is an inverted one, built once when the library loads:
 *
 *  - Every page is read as a sequence of "units": its title, its keywords,
 *    its summary, then for each section the heading and the text of every
 *    block (paragraphs, list items, notes, table captions and cells, steps,
 *    evidence, referrers), then the authors and title of each source. Each
 *    unit belongs to one field (title, keyword, heading or body).
 *
 *  - Text is cut into words (runs of letters, digits and combining marks)
 *    and each word is folded as fascia_search_fold() does: NFD, combining
 *    marks dropped, case folded. So "Fáscia" is stored as "fascia".
 *
 *  - The distinct folded words live once in one NUL-separated buffer and are
 *    sorted bytewise, so the words starting with a prefix are one contiguous
 *    range found by binary search. Each word has a posting list with one
 *    entry per page it appears in (in page order): the page, the best field
 *    it appears in there, whether it opens the title, and the first unit of
 *    that field that holds it, so the snippet can be cut without searching
 *    the page again.
 *
 * A query folds and splits the same way, finds each word's prefix range,
 * and walks the postings, rarest word first, scoring into per-page
 * counters: a page is kept only if every query word matched it. Only the
 * best few pages get a snippet, which is cut from the original text of the
 * unit the posting points at.
 */
#define G_LOG_DOMAIN "fascia-search"

#include "config.h"

#include <string.h>

#include "fascia-search-private.h"

/* Longer queries are cut: nobody types more, and it bounds the work a
 * pasted blob can cause. */
#define MAX_QUERY_CHARS 256

/* A query then has at most 128 words, counted per page in a byte. */
G_STATIC_ASSERT (MAX_QUERY_CHARS / 2 < G_MAXUINT8);

/* A page's score is the sum, over the query words, of the best match of
 * each: the field's weight, half as much again when the page has the word
 * itself rather than a longer one ("neck", not "necklace"), and a bonus when
 * it opens the title, so "Neck" outranks "Aching neck". The weights keep one
 * title match above any mix of matches elsewhere for a word. */
#define TITLE_START_BONUS 50

/* A posting: page << 3 | field << 1 | opens-the-title. */
#define POSTING_PAGE(p)        ((p) >> 3)
#define POSTING_FIELD(p)       (((p) >> 1) & 3)
#define POSTING_TITLE_START(p) ((p) & 1)
#define MAX_PAGES              (G_MAXUINT32 >> 3)

static const guint field_weight[] = {
  [FASCIA_MATCH_TITLE] = 100,
  [FASCIA_MATCH_KEYWORD] = 40,
  [FASCIA_MATCH_HEADING] = 20,
  [FASCIA_MATCH_BODY] = 5,
};

typedef struct
{
  guint32   text;        /* offset of the folded word in words */
  guint32   n_postings;
  guint32  *postings;
  guint16  *units;       /* the first unit of the posting's field holding the word */
} Word;

struct _FasciaSearchIndex
{
  GPtrArray *pages;      /* our own references, in the order given */
  guint32   *postings;   /* every word's postings, one word after another… */
  guint16   *units;      /* …and their units */
  char      *words;      /* every distinct folded word, NUL-terminated */
  gsize      words_size;
  Word      *vocab;      /* sorted bytewise by folded word */
  guint      n_vocab;
  guint32   *title_rank; /* per page: its title's position in collation order */
  FasciaSearchTexts *texts; /* the pages' units, for snippets */
};

/* What the builder keeps per distinct word besides the Word itself. */
typedef struct
{
  guint32 hash;
  guint32 n_pages;    /* counted in the first pass: the Word's postings */
  guint32 seen;       /* the page it was last seen in, plus one */
  guint16 unit;       /* in that page: the first unit of the best field */
  guint8  best;       /* in that page: field << 1 | !opens-the-title; lower is better */
  guint8  len;
} BuildWord;

typedef struct
{
  GString   *words;
  GArray    *vocab;        /* Word */
  GArray    *build;        /* BuildWord, parallel to vocab */
  guint32   *table;        /* open addressing: word number + 1, or 0 */
  guint      table_size;   /* a power of two */
  GArray    *touched;      /* guint32: the words of the current page */

  gboolean   counting;     /* the first pass: words and how many pages have each */
  guint      page;
  guint      unit;
  FasciaMatchField field;
  guint      word_in_unit;

  /* A word may run across inline runs ("<em>myo</em>fascial"). */
  char       word[MAX_WORD_BYTES + 1];
  guint      word_len;
  guint32    word_hash;
  gboolean   word_full;
  gboolean   in_word;
} Builder;

/* FNV-1a, computed as the builder appends each byte, while it is at hand. */
#define HASH_START 2166136261u

static inline guint32
hash_byte (guint32 hash,
           guchar  b)
{
  return (hash ^ b) * 16777619u;
}

static void
builder_grow_table (Builder *builder)
{
  guint size = builder->table_size * 2;
  guint32 *table = g_new0 (guint32, size);

  for (guint i = 0; i < builder->vocab->len; i++)
    {
      guint slot = g_array_index (builder->build, BuildWord, i).hash & (size - 1);

      while (table[slot] != 0)
        slot = (slot + 1) & (size - 1);
      table[slot] = i + 1;
    }

  g_free (builder->table);
  builder->table = table;
  builder->table_size = size;
}

static guint32
builder_intern (Builder    *builder,
                const char *word,
                guint       len,
                guint32     hash)
{
  guint mask = builder->table_size - 1;
  guint slot = hash & mask;
  Word entry = { 0 };
  BuildWord build = { 0 };

  while (builder->table[slot] != 0)
    {
      guint32 id = builder->table[slot] - 1;
      const BuildWord *build_word = &g_array_index (builder->build, BuildWord, id);

      if (build_word->hash == hash && build_word->len == len &&
          memcmp (builder->words->str + g_array_index (builder->vocab, Word, id).text, word, len) == 0)
        return id;
      slot = (slot + 1) & mask;
    }

  entry.text = builder->words->len;
  g_string_append_len (builder->words, word, len);
  g_string_append_c (builder->words, '\0');
  build.hash = hash;
  build.len = len;
  g_array_append_val (builder->vocab, entry);
  g_array_append_val (builder->build, build);
  builder->table[slot] = builder->vocab->len;

  /* Keep the table at most half full so probes stay short. */
  if (builder->vocab->len * 2 > builder->table_size)
    builder_grow_table (builder);

  return builder->vocab->len - 1;
}

static void
builder_add_word (Builder    *builder,
                  const char *word,
                  guint       len,
                  guint32     hash)
{
  guint32 id = builder_intern (builder, word, len, hash);
  BuildWord *build = &g_array_index (builder->build, BuildWord, id);
  gboolean title_start = builder->field == FASCIA_MATCH_TITLE && builder->word_in_unit == 0;
  guint8 best = builder->field << 1 | !title_start;
  guint16 unit = MIN (builder->unit, UNIT_UNKNOWN);

  builder->word_in_unit++;

  if (builder->counting)
    {
      if (build->seen != builder->page + 1)
        {
          build->seen = builder->page + 1;
          build->n_pages++;
        }
      return;
    }

  if (build->seen != builder->page + 1)
    {
      build->seen = builder->page + 1;
      build->best = best;
      build->unit = unit;
      g_array_append_val (builder->touched, id);
    }
  else if (best < build->best)
    {
      /* Units come in order, so an equal field keeps its first unit. */
      build->best = best;
      build->unit = unit;
    }
}

static inline void
builder_end_word (Builder *builder)
{
  if (builder->in_word && builder->word_len > 0)
    builder_add_word (builder, builder->word, builder->word_len, builder->word_hash);
  builder->in_word = FALSE;
  builder->word_full = FALSE;
  builder->word_len = 0;
  builder->word_hash = HASH_START;
}

static void
builder_feed (Builder    *builder,
              const char *text)
{
  const char *p = text;

  while (*p != '\0')
    {
      const char *folded;
      guint folded_len;
      char ascii;

      /* The common case, an ASCII letter or digit, is inlined: this loop
       * sees every byte of the library. */
      if ((guchar)*p < 0x80 && (ascii = _fascia_search_fold_ascii ((guchar)*p)) != 0)
        {
          p++;
          builder->in_word = TRUE;
          if (builder->word_len < MAX_WORD_BYTES && !builder->word_full)
            {
              builder->word[builder->word_len++] = ascii;
              builder->word_hash = hash_byte (builder->word_hash, ascii);
            }
          else
            {
              builder->word_full = TRUE;
            }
        }
      else if (_fascia_search_next_char (&p, &folded, &folded_len, &ascii))
        {
          guint before = builder->word_len;

          builder->in_word = TRUE;
          _fascia_search_word_append (builder->word, &builder->word_len, &builder->word_full, folded, folded_len);
          for (guint i = before; i < builder->word_len; i++)
            builder->word_hash = hash_byte (builder->word_hash, builder->word[i]);
        }
      else
        {
          builder_end_word (builder);
        }
    }
}

static gboolean
index_unit_cb (const Unit *unit,
               guint       n,
               gpointer    user_data)
{
  Builder *builder = user_data;

  builder->unit = n;
  builder->field = unit->field;
  builder->word_in_unit = 0;

  builder_feed (builder, unit->text);
  builder_end_word (builder);

  return TRUE;
}

static void
builder_end_page (Builder *builder)
{
  for (guint i = 0; i < builder->touched->len; i++)
    {
      guint32 id = g_array_index (builder->touched, guint32, i);
      Word *word = &g_array_index (builder->vocab, Word, id);
      BuildWord *build = &g_array_index (builder->build, BuildWord, id);

      g_assert (word->n_postings < build->n_pages);
      word->postings[word->n_postings] = builder->page << 3 | (build->best >> 1) << 1 | !(build->best & 1);
      word->units[word->n_postings] = build->unit;
      word->n_postings++;
    }

  g_array_set_size (builder->touched, 0);
}

static int
compare_words (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  const char *words = user_data;

  return strcmp (words + ((const Word *)a)->text, words + ((const Word *)b)->text);
}

typedef struct
{
  char   *key;
  guint32 page;
} TitleKey;

static int
compare_title_keys (gconstpointer a,
                    gconstpointer b)
{
  const TitleKey *ka = a, *kb = b;
  int cmp = strcmp (ka->key, kb->key);

  if (cmp != 0)
    return cmp;
  return ka->page < kb->page ? -1 : ka->page > kb->page;
}

/**
 * fascia_search_index_new:
 * @pages: (element-type FasciaPage): the pages to search; their order does
 *   not matter, equal scores go by title
 *
 * Builds the index over every page's title, keywords, headings, body text
 * and sources. It takes its own references to the pages; results point at
 * them.
 *
 * Returns: (transfer full): the index
 */
FasciaSearchIndex *
fascia_search_index_new (GPtrArray *pages)
{
  return fascia_search_index_new_with_texts (pages, fascia_search_texts_new ());
}

/**
 * fascia_search_index_new_with_texts:
 * @pages: (element-type FasciaPage): the pages to search
 * @texts: (transfer full): the searchable text of (some of) @pages, written
 *   down while their bodies were at hand; the rest is written down here
 *
 * Like fascia_search_index_new(), without reading the bodies of the pages
 * @texts has.
 *
 * Returns: (transfer full): the index
 */
FasciaSearchIndex *
fascia_search_index_new_with_texts (GPtrArray         *pages,
                                    FasciaSearchTexts *texts)
{
  FasciaSearchIndex *self;
  Builder builder = { 0 };
  TitleKey *keys;

  g_return_val_if_fail (pages != NULL, NULL);
  g_return_val_if_fail (pages->len <= MAX_PAGES, NULL);
  g_return_val_if_fail (texts != NULL, NULL);

  self = g_new0 (FasciaSearchIndex, 1);
  self->texts = texts;
  self->pages = g_ptr_array_new_full (pages->len, g_object_unref);
  for (guint i = 0; i < pages->len; i++)
    g_ptr_array_add (self->pages, g_object_ref (g_ptr_array_index (pages, i)));

  builder.words = g_string_sized_new (64 * 1024);
  builder.vocab = g_array_sized_new (FALSE, FALSE, sizeof (Word), 4096);
  builder.build = g_array_sized_new (FALSE, FALSE, sizeof (BuildWord), 4096);
  builder.table_size = 8192;
  builder.table = g_new0 (guint32, builder.table_size);
  builder.touched = g_array_sized_new (FALSE, FALSE, sizeof (guint32), 1024);
  builder.word_hash = HASH_START;

  /* Two passes over the text: the first finds the words and how many pages
   * have each, so that the second writes every posting list into one block
   * sized once. Lists grown by doubling left a third of the index's memory
   * behind as holes at ten thousand pages. */
  for (guint pass = 0; pass < 2; pass++)
    {
      builder.counting = pass == 0;
      for (guint i = 0; i < self->pages->len; i++)
        {
          FasciaPage *page = g_ptr_array_index (self->pages, i);
          g_autoptr(GBytes) stored = _fascia_search_texts_read (self->texts, page);

          builder.page = i;
          _fascia_search_walk_stored (page, stored, index_unit_cb, &builder);
          builder_end_page (&builder);
        }

      if (pass == 0)
        {
          gsize total = 0;

          for (guint i = 0; i < builder.build->len; i++)
            total += g_array_index (builder.build, BuildWord, i).n_pages;
          self->postings = g_new (guint32, MAX (total, 1));
          self->units = g_new (guint16, MAX (total, 1));

          total = 0;
          for (guint i = 0; i < builder.vocab->len; i++)
            {
              Word *word = &g_array_index (builder.vocab, Word, i);
              BuildWord *build = &g_array_index (builder.build, BuildWord, i);

              word->postings = self->postings + total;
              word->units = self->units + total;
              total += build->n_pages;
              build->seen = 0;
            }
        }
    }

  g_array_sort_with_data (builder.vocab, compare_words, builder.words->str);

  self->words_size = builder.words->len;
  self->words = g_string_free (builder.words, FALSE);
  self->words = g_renew (char, self->words, MAX (self->words_size, 1));
  self->n_vocab = builder.vocab->len;
  self->vocab = g_renew (Word, (Word *)(void *)g_array_free (builder.vocab, FALSE), self->n_vocab);
  g_array_free (builder.build, TRUE);
  g_array_free (builder.touched, TRUE);
  g_free (builder.table);

  /* Equal scores go by title in the reader's collation, ranked once here so
   * a query compares two integers. */
  keys = g_new (TitleKey, self->pages->len);
  for (guint i = 0; i < self->pages->len; i++)
    {
      const char *title = fascia_page_get_title (g_ptr_array_index (self->pages, i));

      keys[i].key = g_utf8_collate_key (title != NULL ? title : "", -1);
      keys[i].page = i;
    }
  if (self->pages->len > 1)
    qsort (keys, self->pages->len, sizeof (TitleKey), compare_title_keys);
  self->title_rank = g_new (guint32, MAX (self->pages->len, 1));
  for (guint i = 0; i < self->pages->len; i++)
    {
      self->title_rank[keys[i].page] = i;
      g_free (keys[i].key);
    }
  g_free (keys);

  return self;
}

/**
 * fascia_search_index_free:
 * @self: (nullable): an index
 *
 * Frees the index and drops its references to the pages. Results borrow
 * their pages from the index, so they should go first. Does nothing for
 * %NULL.
 */
void
fascia_search_index_free (FasciaSearchIndex *self)
{
  if (self == NULL)
    return;

  g_free (self->postings);
  g_free (self->units);
  g_free (self->vocab);
  g_free (self->words);
  g_free (self->title_rank);
  g_ptr_array_unref (self->pages);
  fascia_search_texts_free (self->texts);
  g_free (self);
}

/**
 * fascia_search_index_get_memory:
 *
 * Returns: the bytes the index itself allocated (not the pages'), counting
 *   its word list, posting lists and per-page tables
 */
gsize
fascia_search_index_get_memory (FasciaSearchIndex *self)
{
  gsize size;

  g_return_val_if_fail (self != NULL, 0);

  size = sizeof *self;
  size += self->pages->len * (sizeof (gpointer) + sizeof (guint32));
  size += self->words_size;
  size += self->n_vocab * sizeof (Word);
  for (guint i = 0; i < self->n_vocab; i++)
    size += self->vocab[i].n_postings * (sizeof (guint32) + sizeof (guint16));

  return size;
}

/**
 * fascia_search_index_get_n_words:
 *
 * Returns: how many distinct folded words the index holds
 */
guint
fascia_search_index_get_n_words (FasciaSearchIndex *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->n_vocab;
}


/* Cuts the query into folded words: the same words the index holds, so
 * punctuation, markup and format characters are only separators and
 * nothing in a query is ever interpreted. */
static GArray *
split_query (const char *query)
{
  GArray *words = g_array_new (FALSE, FALSE, sizeof (QueryWord));
  gsize len = strnlen (query, MAX_QUERY_CHARS * 4);
  g_autofree char *valid = g_utf8_make_valid (query, len);
  const char *p = valid;
  const char *start, *end;
  char *cut = valid;
  QueryWord word = { 0 };

  for (guint n = 0; n < MAX_QUERY_CHARS && *cut != '\0'; n++)
    cut = g_utf8_next_char (cut);
  *cut = '\0';

  while (_fascia_search_next_word (&p, &start, &end, word.text, &word.len))
    {
      gboolean redundant = FALSE;
      guint i = 0;

      /* A word that starts another query word adds nothing: whatever
       * matches the longer word matches it too. */
      while (i < words->len)
        {
          QueryWord *other = &g_array_index (words, QueryWord, i);

          if (other->len >= word.len && memcmp (other->text, word.text, word.len) == 0)
            {
              redundant = TRUE;
              break;
            }

          if (word.len > other->len && memcmp (word.text, other->text, other->len) == 0)
            g_array_remove_index (words, i);
          else
            i++;
        }

      if (!redundant)
        g_array_append_val (words, word);
    }

  return words;
}

static void
find_range (FasciaSearchIndex *self,
            QueryWord         *word)
{
  guint lo = 0, hi = self->n_vocab;

  /* The first word not before the prefix… */
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (strcmp (self->words + self->vocab[mid].text, word->text) < 0)
        lo = mid + 1;
      else
        hi = mid;
    }
  word->first = lo;

  /* …and the first one after every word that starts with it. */
  hi = self->n_vocab;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (strncmp (self->words + self->vocab[mid].text, word->text, word->len) <= 0)
        lo = mid + 1;
      else
        hi = mid;
    }
  word->last = lo;

  word->n_postings = 0;
  for (guint i = word->first; i < word->last; i++)
    word->n_postings += self->vocab[i].n_postings;
}

static int
compare_selectivity (gconstpointer a,
                     gconstpointer b)
{
  const QueryWord *wa = a, *wb = b;

  return wa->n_postings < wb->n_postings ? -1 : wa->n_postings > wb->n_postings;
}

typedef struct
{
  guint64 key;    /* score << 32 | inverted title rank: higher is better */
  guint32 page;
} Hit;

/* A min-heap of the best hits so far, its root the worst of them. */
static void
heap_sift_down (Hit   *heap,
                guint  n,
                guint  i)
{
  for (;;)
    {
      guint smallest = i, l = 2 * i + 1, r = 2 * i + 2;
      Hit tmp;

      if (l < n && heap[l].key < heap[smallest].key)
        smallest = l;
      if (r < n && heap[r].key < heap[smallest].key)
        smallest = r;
      if (smallest == i)
        return;

      tmp = heap[i];
      heap[i] = heap[smallest];
      heap[smallest] = tmp;
      i = smallest;
    }
}

static void
heap_sift_up (Hit   *heap,
              guint  i)
{
  while (i > 0)
    {
      guint parent = (i - 1) / 2;
      Hit tmp;

      if (heap[parent].key <= heap[i].key)
        return;

      tmp = heap[i];
      heap[i] = heap[parent];
      heap[parent] = tmp;
      i = parent;
    }
}

static int
compare_hits_best_first (gconstpointer a,
                         gconstpointer b)
{
  const Hit *ha = a, *hb = b;

  return ha->key > hb->key ? -1 : ha->key < hb->key;
}


/**
 * fascia_search_index_query:
 * @query: what the reader typed; any text, even invalid UTF-8
 * @max_results: at most this many results, or 0 for all
 *
 * Finds the pages where every word of @query starts a word of the page, in
 * any field, ignoring case and accents. Pages rank by where their words
 * matched (title, then keywords, headings and body), whole words and words
 * that open the title ranking higher; equal scores go by title.
 *
 * Returns: (transfer container) (element-type FasciaSearchResult): the
 *   results, best first; empty when the query has no words
 */
GPtrArray *
fascia_search_index_query (FasciaSearchIndex *self,
                           const char        *query,
                           guint              max_results)
{
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GArray) words = NULL;
  g_autofree guint8 *hits = NULL;
  g_autofree guint32 *score = NULL;
  g_autofree guint32 *word_score = NULL;
  g_autofree guint32 *info = NULL;
  g_autoptr(GArray) candidates = NULL;
  g_autofree Hit *heap = NULL;
  guint n_heap = 0, max_heap;
  guint score_table[16];

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (query != NULL, NULL);

  results = g_ptr_array_new_with_free_func ((GDestroyNotify)fascia_search_result_free);
  words = split_query (query);
  if (words->len == 0 || self->pages->len == 0)
    return g_steal_pointer (&results);

  for (guint w = 0; w < words->len; w++)
    {
      QueryWord *word = &g_array_index (words, QueryWord, w);

      find_range (self, word);
      if (word->first == word->last)
        return g_steal_pointer (&results);
    }

  /* Rarest word first: the pages it leaves out are skipped cheaply after. */
  g_array_sort (words, compare_selectivity);

  /* The score of a posting, by its low three bits and whether the word is
   * the query word itself rather than a longer one. */
  for (guint i = 0; i < 16; i++)
    {
      guint weight = field_weight[POSTING_FIELD (i)];

      score_table[i] = weight + (i & 8 ? weight / 2 : 0) + (POSTING_TITLE_START (i) ? TITLE_START_BONUS : 0);
    }

  /* hits[page] counts the query words matched so far; a page that missed
   * one is behind and skipped. The other arrays are only read once set. */
  hits = g_new0 (guint8, self->pages->len);
  score = g_new (guint32, self->pages->len);
  word_score = g_new (guint32, self->pages->len);
  info = g_new (guint32, self->pages->len);
  candidates = g_array_new (FALSE, FALSE, sizeof (guint32));

  for (guint w = 0; w < words->len; w++)
    {
      const QueryWord *word = &g_array_index (words, QueryWord, w);
      gboolean last = w + 1 == words->len;
      guint n_matched = 0;

      for (guint v = word->first; v < word->last; v++)
        {
          const Word *entry = &self->vocab[v];
          guint whole = (v == word->first && self->words[entry->text + word->len] == '\0') ? 8 : 0;

          for (guint32 j = 0; j < entry->n_postings; j++)
            {
              guint32 posting = entry->postings[j];
              guint32 page = POSTING_PAGE (posting);
              guint32 s, where;

              if (hits[page] < w)
                continue;

              s = score_table[(posting & 7) | whole];
              where = POSTING_FIELD (posting) << 16 | entry->units[j];

              if (hits[page] == w)
                {
                  hits[page] = w + 1;
                  word_score[page] = s;
                  score[page] = w == 0 ? s : score[page] + s;
                  info[page] = w == 0 ? where : MIN (info[page], where);
                  n_matched++;
                  if (last)
                    g_array_append_val (candidates, page);
                }
              else
                {
                  /* A page counts each query word's best match once. */
                  if (s > word_score[page])
                    {
                      score[page] += s - word_score[page];
                      word_score[page] = s;
                    }
                  info[page] = MIN (info[page], where);
                }
            }
        }

      if (n_matched == 0)
        return g_steal_pointer (&results);
    }

  /* Keep the best max_results in a heap rather than sorting every match:
   * one letter can match every page. */
  max_heap = max_results > 0 ? MIN (max_results, candidates->len) : candidates->len;
  heap = g_new (Hit, MAX (max_heap, 1));
  for (guint i = 0; i < candidates->len; i++)
    {
      guint32 page = g_array_index (candidates, guint32, i);
      Hit hit = { (guint64)score[page] << 32 | (G_MAXUINT32 - self->title_rank[page]), page };

      if (n_heap < max_heap)
        {
          heap[n_heap] = hit;
          heap_sift_up (heap, n_heap++);
        }
      else if (hit.key > heap[0].key)
        {
          heap[0] = hit;
          heap_sift_down (heap, n_heap, 0);
        }
    }

  qsort (heap, n_heap, sizeof (Hit), compare_hits_best_first);
  for (guint i = 0; i < n_heap; i++)
    {
      guint32 where = info[heap[i].page];
      FasciaPage *page = g_ptr_array_index (self->pages, heap[i].page);
      g_autoptr(GBytes) stored = _fascia_search_texts_read (self->texts, page);

      g_ptr_array_add (results,
                       _fascia_search_result_new (page, stored,
                                                  (double)(heap[i].key >> 32),
                                                  where >> 16, where & 0xffff,
                                                  (const QueryWord *)(void *)words->data,
                                                  words->len));
    }

  return g_steal_pointer (&results);
}
