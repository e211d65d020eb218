/* fascia-validate.c - the checks a schema cannot make
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The schema says what a page may look like; these checks say what a page
 * must have to be safe and useful: unique ids, citations that point at the
 * page's own sources and sources that are cited, tables whose rows fit their
 * header, the parts each type of page needs (contraindications and when to
 * stop on techniques, red flags on regions, evidence where claims are made),
 * and links that lead somewhere.
 */
#define G_LOG_DOMAIN "fascia-validate"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "fascia-content-error.h"
#include "fascia-page-private.h"
#include "fascia-validate.h"

typedef struct
{
  FasciaPage *page;
  GPtrArray  *problems;
  GHashTable *cited;
  GHashTable *pages_by_id;
  guint       n_evidence;
  guint       n_referrers;
  guint       n_areas;       /* steps blocks that say where they work */
  guint       n_steps;       /* steps blocks */
  gboolean    links_places;  /* links to the places never to press */
} Check;

/* Words that talk about how a page was made, or statistics a reader cannot
 * use: a page says "a moderate effect", "examiners often disagree". Matched
 * case-insensitively at word starts in the text a reader sees. */
static const char * const not_for_readers[] = {
  "fact sheet", "our sources", "research sheet", "effect size", "SMD", "kappa",
  "standardised mean difference", "standardized mean difference",
};

static inline char
ascii_lower (char c)
{
  return c >= 'A' && c <= 'Z' ? (char)(c + ('a' - 'A')) : c;
}

/* Whether the character at @p is part of a word, and where the next one
 * starts. Most text is ASCII, which needs no decoding. */
static inline gboolean
word_char_at (const char  *p,
              const char **next)
{
  if ((guchar)*p < 0x80)
    {
      *next = p + 1;
      return g_ascii_isalnum (*p);
    }

  *next = g_utf8_next_char (p);
  return g_unichar_isalnum (g_utf8_get_char (p));
}

/* Which of the phrases not for readers stand in @text as whole words,
 * ignoring ASCII case (the phrases are ASCII), as a bit
 * each. One pass over the text, comparing only at the starts of words
 * whose first letter starts a phrase: every run of every page comes
 * through here. */
static guint32
find_phrases (const char *text)
{
  static gsize lengths[G_N_ELEMENTS (not_for_readers)];
  static guint8 first_letters[256];
  static gsize initialized = 0;
  guint32 found = 0;
  gboolean after_word = FALSE;
  const char *next;

  G_STATIC_ASSERT (G_N_ELEMENTS (not_for_readers) <= 32);

  if (g_once_init_enter (&initialized))
    {
      for (guint i = 0; i < G_N_ELEMENTS (not_for_readers); i++)
        {
          lengths[i] = strlen (not_for_readers[i]);
          first_letters[(guchar)ascii_lower (not_for_readers[i][0])] = 1;
        }
      g_once_init_leave (&initialized, 1);
    }

  for (const char *p = text; *p != '\0'; p = next)
    {
      gboolean word = word_char_at (p, &next);

      if (word && !after_word && first_letters[(guchar)ascii_lower (*p)])
        {
          for (guint i = 0; i < G_N_ELEMENTS (not_for_readers); i++)
            {
              const char *phrase = not_for_readers[i];
              gsize n = lengths[i];
              const char *after;

              if (ascii_lower (*p) == ascii_lower (phrase[0]) && g_ascii_strncasecmp (p, phrase, n) == 0 &&
                  (p[n] == '\0' || !word_char_at (p + n, &after)))
                found |= 1u << i;
            }
        }
      after_word = word;
    }

  return found;
}

static void
check_reader_text (Check              *check,
                   const char         *text,
                   guint               line)
{
  guint32 found = find_phrases (text);

  for (guint i = 0; i < G_N_ELEMENTS (not_for_readers); i++)
    {
      if (found & (1u << i))
        fascia_content_error_add (check->problems, FASCIA_CONTENT_ERROR_INVALID,
                                  fascia_page_get_path (check->page), line,
                                  _("“%s” is not for readers: say what it means in plain words (see WRITING.md, House rules)"),
                                  not_for_readers[i]);
    }

  /* Typography, as a printed book has it: curly quotes and apostrophes. */
  if (strchr (text, '"') != NULL || strchr (text, '\'') != NULL)
    fascia_content_error_add (check->problems, FASCIA_CONTENT_ERROR_INVALID,
                              fascia_page_get_path (check->page), line, "%s",
                              _("a straight quote: write “ ” for quotations, ‘ ’ within them, ’ as an apostrophe "
                                "(see WRITING.md, House rules)"));
}

static void
check_inline (FasciaPage         *page,
              const FasciaInline *run,
              gpointer            user_data)
{
  Check *check = user_data;
  const char *path = fascia_page_get_path (page);

  if (run->kind == FASCIA_INLINE_TEXT)
    check_reader_text (check, run->text, run->line);

  if (run->kind == FASCIA_INLINE_LINK &&
      (g_str_equal (run->target, FASCIA_PLACES_PAGE) || g_str_has_prefix (run->target, FASCIA_PLACES_PAGE "#")))
    check->links_places = TRUE;

  if (run->kind != FASCIA_INLINE_CITATION)
    return;

  g_hash_table_add (check->cited, run->target);

  if (fascia_page_find_source (page, run->target) < 0)
    fascia_content_error_add (check->problems, FASCIA_CONTENT_ERROR_DANGLING_LINK, path, run->line,
                              _("<cite> points to “%s”, which is not among this page’s sources"),
                              run->target);
}

static gboolean
inlines_cite (GPtrArray *inlines)
{
  for (guint i = 0; inlines != NULL && i < inlines->len; i++)
    {
      const FasciaInline *run = g_ptr_array_index (inlines, i);

      if (run->kind == FASCIA_INLINE_CITATION || inlines_cite (run->children))
        return TRUE;
    }

  return FALSE;
}

static void
check_block (FasciaPage        *page,
             const FasciaBlock *block,
             gpointer           user_data)
{
  Check *check = user_data;
  const char *path = fascia_page_get_path (page);

  switch (block->kind)
    {
    case FASCIA_BLOCK_EVIDENCE:
      check->n_evidence++;
      break;

    case FASCIA_BLOCK_REFERRERS:
      check->n_referrers++;
      break;

    case FASCIA_BLOCK_RED_FLAG:
      /* A sign a reader acts on must say where it comes from. */
      if (!inlines_cite (block->inlines))
        fascia_content_error_add (check->problems, FASCIA_CONTENT_ERROR_MISSING_PART, path, block->line,
                                  _("this warning sign cites no source: add <cite ref=\"…\"/> for the page or paper it comes from"));
      break;

    case FASCIA_BLOCK_STEP:
      /* A rest comes between sets: with one set there is none to take. */
      if (block->rest_seconds > 0 && block->sets < 2)
        fascia_content_error_add (check->problems, FASCIA_CONTENT_ERROR_INVALID, path, block->line,
                                  _("rest=\"%u\" is the rest between sets, but this step has %s: give it sets=\"2\" or more, or drop the rest"),
                                  block->rest_seconds, block->sets == 0 ? _("no sets") : _("one set"));
      break;

    case FASCIA_BLOCK_STEPS:
      check->n_steps++;
      if (block->areas != NULL && block->areas[0] != NULL)
        check->n_areas++;
      if (block->keep_off != NULL && block->keep_off[0] != NULL)
        check->links_places = TRUE;
      for (guint i = 0; i < block->children->len; i++)
        {
          const FasciaBlock *step = g_ptr_array_index (block->children, i);

          if (step->keep_off != NULL && step->keep_off[0] != NULL)
            check->links_places = TRUE;
        }
      break;

    case FASCIA_BLOCK_QUESTION:
      /* Questions and their effects are shown away from this page (in the
       * safety check window and on technique pages), where a citation
       * number would point at the wrong list of sources. */
      if (inlines_cite (block->inlines))
        fascia_content_error_add (check->problems, FASCIA_CONTENT_ERROR_INVALID, path, block->line,
                                  _("no <cite> inside a question: cite its sources in the section around it"));
      for (guint i = 0; i < block->children->len; i++)
        {
          const FasciaBlock *child = g_ptr_array_index (block->children, i);

          if (inlines_cite (child->inlines))
            fascia_content_error_add (check->problems, FASCIA_CONTENT_ERROR_INVALID, path, child->line,
                                      _("no <cite> inside a question: cite its sources in the section around it"));
        }
      break;

    case FASCIA_BLOCK_TABLE:
      {
        const FasciaBlock *header = g_ptr_array_index (block->children, 0);

        for (guint i = 1; i < block->children->len; i++)
          {
            const FasciaBlock *row = g_ptr_array_index (block->children, i);

            if (row->children->len != header->children->len)
              fascia_content_error_add (check->problems, FASCIA_CONTENT_ERROR_INVALID, path, row->line,
                                        _("this row has %u cells but the table’s header has %u"),
                                        row->children->len, header->children->len);
          }
      }
      break;

    case FASCIA_BLOCK_PARAGRAPH:
    case FASCIA_BLOCK_LIST:
    case FASCIA_BLOCK_LIST_ITEM:
    case FASCIA_BLOCK_NOTE:
    case FASCIA_BLOCK_TABLE_ROW:
    case FASCIA_BLOCK_TABLE_CELL:
    case FASCIA_BLOCK_REFERRER:
    default:
      break;
    }
}

static void
require_role (Check             *check,
              FasciaSectionRole  role,
              const char        *role_name,
              const char        *what)
{
  if (fascia_page_find_section_by_role (check->page, role) == NULL)
    fascia_content_error_add (check->problems, FASCIA_CONTENT_ERROR_MISSING_PART,
                              fascia_page_get_path (check->page), fascia_page_get_line (check->page),
                              _("every page of type=\"%s\" needs a section with role=\"%s\" (%s)"),
                              fascia_page_type_to_string (fascia_page_get_page_type (check->page)),
                              role_name, what);
}

/* Within any section, warning signs go from the most urgent down, and
 * advice about warning signs is consensus, never "strong" evidence. */
static void
check_red_flag_order (Check *check)
{
  GPtrArray *sections = fascia_page_get_sections (check->page);
  const char *path = fascia_page_get_path (check->page);

  for (guint i = 0; i < sections->len; i++)
    {
      const FasciaSection *section = g_ptr_array_index (sections, i);
      int last = -1;
      gboolean has_flags = FALSE;

      for (guint j = 0; j < section->blocks->len; j++)
        {
          const FasciaBlock *block = g_ptr_array_index (section->blocks, j);

          if (block->kind == FASCIA_BLOCK_RED_FLAGS)
            {
              has_flags = TRUE;
              if ((int)block->urgency < last)
                fascia_content_error_add (check->problems, FASCIA_CONTENT_ERROR_INVALID, path, block->line,
                                          _("<red-flags urgency=\"%s\"> comes after a less urgent block: order them emergency, urgent, soon"),
                                          fascia_urgency_to_string (block->urgency));
              last = MAX (last, (int)block->urgency);
            }
        }

      for (guint j = 0; has_flags && j < section->blocks->len; j++)
        {
          const FasciaBlock *block = g_ptr_array_index (section->blocks, j);

          if (block->kind == FASCIA_BLOCK_EVIDENCE && block->evidence_level == FASCIA_EVIDENCE_STRONG)
            fascia_content_error_add (check->problems, FASCIA_CONTENT_ERROR_INVALID, path, block->line,
                                      _("warning signs are prompts agreed by guidelines, not tests: rate this advice \"opinion\" or \"limited\", not \"strong\""));
        }
    }
}

static void
check_red_flags (Check *check)
{
  const FasciaSection *section;
  gboolean has[FASCIA_N_URGENCIES] = { FALSE, };

  section = fascia_page_find_section_by_role (check->page, FASCIA_SECTION_ROLE_RED_FLAGS);
  if (section == NULL)
    {
      require_role (check, FASCIA_SECTION_ROLE_RED_FLAGS, "red-flags", _("its red flags"));
      return;
    }

  for (guint i = 0; i < section->blocks->len; i++)
    {
      const FasciaBlock *block = g_ptr_array_index (section->blocks, i);

      if (block->kind == FASCIA_BLOCK_RED_FLAGS)
        has[block->urgency] = TRUE;
    }

  if (!has[FASCIA_URGENCY_EMERGENCY])
    fascia_content_error_add (check->problems, FASCIA_CONTENT_ERROR_MISSING_PART,
                              fascia_page_get_path (check->page), section->line,
                              _("the red-flags section needs <red-flags urgency=\"emergency\"> saying what needs emergency care now"));
  if (!has[FASCIA_URGENCY_URGENT] && !has[FASCIA_URGENCY_SOON])
    fascia_content_error_add (check->problems, FASCIA_CONTENT_ERROR_MISSING_PART,
                              fascia_page_get_path (check->page), section->line,
                              _("the red-flags section needs <red-flags urgency=\"urgent\"> (medical advice today) or urgency=\"soon\" (a doctor in the next days) as well"));
}

/* Places never to press are sections of one page, each saying which region
 * pages lie next to it; steps elsewhere refer to them by id. */
static void
check_places (Check *check)
{
  GPtrArray *sections = fascia_page_get_sections (check->page);
  const char *path = fascia_page_get_path (check->page);
  gboolean is_places_page = g_strcmp0 (fascia_page_get_id (check->page), FASCIA_PLACES_PAGE) == 0;

  for (guint i = 0; i < sections->len; i++)
    {
      const FasciaSection *section = g_ptr_array_index (sections, i);
      gboolean has_near = section->near != NULL && section->near[0] != NULL;

      if (section->role == FASCIA_SECTION_ROLE_PLACE && !is_places_page)
        fascia_content_error_add (check->problems, FASCIA_CONTENT_ERROR_INVALID, path, section->line,
                                  _("a section with role=\"place\" belongs on the page “%s”"), FASCIA_PLACES_PAGE);
      else if (section->role == FASCIA_SECTION_ROLE_PLACE && !has_near)
        fascia_content_error_add (check->problems, FASCIA_CONTENT_ERROR_MISSING_PART, path, section->line,
                                  _("a place needs near=\"…\": the region pages whose area lies next to it"));
      else if (section->role != FASCIA_SECTION_ROLE_PLACE && section->near != NULL)
        fascia_content_error_add (check->problems, FASCIA_CONTENT_ERROR_INVALID, path, section->line,
                                  _("near=\"…\" only goes on a section with role=\"place\""));
    }
}

static gboolean
section_has_steps_with_area (const FasciaSection *section)
{
  for (guint i = 0; section != NULL && i < section->blocks->len; i++)
    {
      const FasciaBlock *block = g_ptr_array_index (section->blocks, i);

      if (block->kind == FASCIA_BLOCK_STEPS && block->areas != NULL && block->areas[0] != NULL)
        return TRUE;
    }

  return FALSE;
}

/* A year a reader can look up: four digits, or "n.d." for a web page that
 * carries none, which then needs its address. */
static void
check_source_fields (Check              *check,
                     const FasciaSource *source)
{
  const char *path = fascia_page_get_path (check->page);
  const char *year = source->year != NULL ? source->year : "";
  gboolean digits = strlen (year) == 4 &&
                    g_ascii_isdigit (year[0]) && g_ascii_isdigit (year[1]) &&
                    g_ascii_isdigit (year[2]) && g_ascii_isdigit (year[3]);

  if (!digits && strcmp (year, "n.d.") != 0)
    fascia_content_error_add (check->problems, FASCIA_CONTENT_ERROR_INVALID, path, source->line,
                              _("source “%s” has the year “%s”: write four digits, or “n.d.” for a web page without a date"),
                              source->id, year);
  else if (!digits && (source->url == NULL || source->url[0] == '\0'))
    fascia_content_error_add (check->problems, FASCIA_CONTENT_ERROR_MISSING_PART, path, source->line,
                              _("source “%s” has no year, so it must be a web page: give its address in <url>"),
                              source->id);
}

/* Safety-check questions only make sense in the one section that is the
 * safety check; a question elsewhere would never be asked. */
static void
check_questions (Check *check)
{
  GPtrArray *sections = fascia_page_get_sections (check->page);

  for (guint i = 0; i < sections->len; i++)
    {
      const FasciaSection *section = g_ptr_array_index (sections, i);

      if (section->role == FASCIA_SECTION_ROLE_SAFETY_CHECK)
        continue;

      for (guint j = 0; j < section->blocks->len; j++)
        {
          const FasciaBlock *block = g_ptr_array_index (section->blocks, j);

          if (block->kind == FASCIA_BLOCK_QUESTION)
            fascia_content_error_add (check->problems, FASCIA_CONTENT_ERROR_INVALID,
                                      fascia_page_get_path (check->page), block->line,
                                      _("a <question> belongs in a section with role=\"safety-check\""));
        }
    }
}

static void
check_unique_ids (FasciaPage *page,
                  GPtrArray  *problems)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  const char *path = fascia_page_get_path (page);
  GPtrArray *sections = fascia_page_get_sections (page);
  GPtrArray *sources = fascia_page_get_sources (page);

  for (guint i = 0; i < sections->len; i++)
    {
      const FasciaSection *section = g_ptr_array_index (sections, i);

      if (!g_hash_table_add (seen, section->id))
        fascia_content_error_add (problems, FASCIA_CONTENT_ERROR_DUPLICATE_ID, path, section->line,
                                  _("a section with id “%s” is already on this page"), section->id);
    }

  g_hash_table_remove_all (seen);

  for (guint i = 0; i < sources->len; i++)
    {
      const FasciaSource *source = g_ptr_array_index (sources, i);

      if (!g_hash_table_add (seen, source->id))
        fascia_content_error_add (problems, FASCIA_CONTENT_ERROR_DUPLICATE_ID, path, source->line,
                                  _("a source with id “%s” is already on this page"), source->id);
    }
}

/**
 * fascia_validate_page:
 * @page: a page
 * @problems: (element-type GError): where problems are added
 *
 * Checks everything about @page that needs no other page.
 */
void
fascia_validate_page (FasciaPage *page,
                      GPtrArray  *problems)
{
  Check check = { page, problems, NULL, NULL, 0, 0, 0, FALSE };
  const char *path = fascia_page_get_path (page);
  FasciaPageType type = fascia_page_get_page_type (page);
  GPtrArray *sources = fascia_page_get_sources (page);
  g_autofree char *basename = g_path_get_basename (path);
  g_autofree char *expected = g_strconcat (fascia_page_get_id (page), ".xml", NULL);

  g_return_if_fail (FASCIA_IS_PAGE (page));
  g_return_if_fail (problems != NULL);

  if (strcmp (basename, expected) != 0)
    fascia_content_error_add (problems, FASCIA_CONTENT_ERROR_INVALID, path, fascia_page_get_line (page),
                              _("the page id “%s” does not match the file name: name the file “%s”"),
                              fascia_page_get_id (page), expected);

  /* The window opens the body map under this name. */
  if (g_strcmp0 (fascia_page_get_id (page), "body-map") == 0)
    fascia_content_error_add (problems, FASCIA_CONTENT_ERROR_INVALID, path, fascia_page_get_line (page),
                              _("the id “body-map” is kept for the body map: choose another"));

  check_unique_ids (page, problems);
  check_questions (&check);
  check_places (&check);
  check_red_flag_order (&check);
  if (fascia_page_get_title (page) != NULL)
    check_reader_text (&check, fascia_page_get_title (page), fascia_page_get_line (page));
  for (guint i = 0; i < sources->len; i++)
    check_source_fields (&check, g_ptr_array_index (sources, i));

  check.cited = g_hash_table_new (g_str_hash, g_str_equal);
  fascia_page_foreach_inline (page, check_inline, &check);
  fascia_page_foreach_block (page, check_block, &check);

  /* A reference page lists sources for their own sake. */
  if (type != FASCIA_PAGE_REFERENCE)
    {
      for (guint i = 0; i < sources->len; i++)
        {
          const FasciaSource *source = g_ptr_array_index (sources, i);

          if (!g_hash_table_contains (check.cited, source->id))
            fascia_content_error_add (problems, FASCIA_CONTENT_ERROR_INVALID, path, source->line,
                                      _("source “%s” is never cited on this page: cite it with <cite ref=\"%s\"/> or remove it"),
                                      source->id, source->id);
        }
    }

  if ((type == FASCIA_PAGE_ARTICLE || type == FASCIA_PAGE_TECHNIQUE || type == FASCIA_PAGE_CONDITION ||
       type == FASCIA_PAGE_EXERCISE) &&
      check.n_evidence == 0)
    fascia_content_error_add (problems, FASCIA_CONTENT_ERROR_MISSING_PART, path, fascia_page_get_line (page),
                              _("every page of type=\"%s\" needs at least one <evidence> block saying how strong the evidence is"),
                              fascia_page_type_to_string (type));

  if (type == FASCIA_PAGE_TECHNIQUE)
    {
      require_role (&check, FASCIA_SECTION_ROLE_CONTRAINDICATIONS, "contraindications",
                    _("who should not try it"));
      require_role (&check, FASCIA_SECTION_ROLE_STOP, "stop", _("when to stop"));
      if (check.n_areas == 0)
        fascia_content_error_add (problems, FASCIA_CONTENT_ERROR_MISSING_PART, path, fascia_page_get_line (page),
                                  _("a technique page needs <steps area=\"…\"> naming the region pages it works on, so that the places never to press can be checked"));
      if (!check.links_places)
        fascia_content_error_add (problems, FASCIA_CONTENT_ERROR_MISSING_PART, path, fascia_page_get_line (page),
                                  _("a technique page must point to the places never to press: a keep-off=\"…\" on its steps or a <link to=\"%s\">"),
                                  FASCIA_PLACES_PAGE);
    }

  /* An exercise is done, not pressed: its steps need no area, but like a
   * technique it says who should not do it and when to stop. */
  if (type == FASCIA_PAGE_EXERCISE)
    {
      require_role (&check, FASCIA_SECTION_ROLE_CONTRAINDICATIONS, "contraindications",
                    _("who should not try it"));
      require_role (&check, FASCIA_SECTION_ROLE_STOP, "stop", _("when to stop"));
      if (check.n_steps == 0)
        fascia_content_error_add (problems, FASCIA_CONTENT_ERROR_MISSING_PART, path, fascia_page_get_line (page),
                                  _("an exercise page needs <steps> saying how to do it"));
    }

  if (type == FASCIA_PAGE_MUSCLE)
    {
      const FasciaSection *self_care = fascia_page_find_section_by_role (page, FASCIA_SECTION_ROLE_SELF_CARE);

      if (self_care == NULL)
        require_role (&check, FASCIA_SECTION_ROLE_SELF_CARE, "self-care", _("how to work on it safely"));
      else if (!section_has_steps_with_area (self_care))
        fascia_content_error_add (problems, FASCIA_CONTENT_ERROR_MISSING_PART, path, self_care->line,
                                  _("the self-care section needs <steps area=\"…\"> naming the region pages it works on, so that the places never to press can be checked"));
    }

  if (type == FASCIA_PAGE_REGION)
    {
      check_red_flags (&check);
      if (check.n_referrers == 0)
        fascia_content_error_add (problems, FASCIA_CONTENT_ERROR_MISSING_PART, path, fascia_page_get_line (page),
                                  _("a region page needs a <referrers> list of the muscles commonly described as referring pain there"));
    }

  g_hash_table_unref (check.cited);
}

/* What the checks across pages need of one page, gathered when the page is
 * read (on any thread, while its body is at hand), so that they can run
 * once every page is read and the bodies are let go of. */

/* A warning sign as consistency sees it: a digest of its plain text, its
 * urgency and line. Ten thousand pages' signs as digests take a tenth of
 * the memory their words do. */
typedef struct
{
  guint64        digest;
  FasciaUrgency  urgency;
  guint          line;
} FlagSeen;

/* A link to check once every page is known. */
typedef enum
{
  LINK_TO_PAGE,       /* <link to="page#section"> */
  LINK_REFERRER,      /* <referrer muscle="…">: a muscle page */
  LINK_EFFECT,        /* <effect techniques="…">: technique pages, or "all" */
  LINK_NEAR,          /* <section near="…">: region pages */
  LINK_STEPS,         /* <steps area="…" keep-off="…">: region pages, places */
} LinkKind;

typedef struct
{
  char  **ids;
  guint   line;
} KeepOff;

typedef struct
{
  LinkKind    kind;
  guint       line;
  const char *target;    /* LINK_TO_PAGE, LINK_REFERRER */
  char      **ids;       /* effect techniques, nearby regions, steps areas */
  GArray     *keep_off;  /* LINK_STEPS: KeepOff, the steps' own, then each step's */
} LinkCheck;

/* A source as consistency sees it: its id where it is given, and a digest
 * of what it says (authors, year, title, venue, address). */
typedef struct
{
  const char *id;
  guint       line;
  guint64     digest;
} SourceSeen;

/* Ten thousand pages' facts are held at once, until the last page is read:
 * each page's are packed into one allocation, the lists and then the ids
 * they name, which took their memory from 2.2 to about 1 KB a page. */
struct _FasciaPageFacts
{
  guint       n_flags;
  guint       n_links;
  guint       n_sources;
  FlagSeen   *flags;
  LinkCheck  *links;
  SourceSeen *sources;
};

/* Every part of the packed facts is a multiple of eight bytes, so each list
 * is aligned. */
G_STATIC_ASSERT (sizeof (FasciaPageFacts) % 8 == 0 && sizeof (FlagSeen) % 8 == 0 &&
                 sizeof (LinkCheck) % 8 == 0 && sizeof (SourceSeen) % 8 == 0);

/* The facts while they are gathered: ids are offsets into @strings, plus
 * one, until they are packed. */
typedef struct
{
  GArray  *flags;
  GArray  *links;
  GArray  *sources;
  GString *strings;
} Gathering;

static gpointer
gather_string (Gathering  *gathering,
               const char *text)
{
  gsize offset = gathering->strings->len;

  if (text == NULL)
    return NULL;
  g_string_append_len (gathering->strings, text, (gssize)strlen (text) + 1);
  return GSIZE_TO_POINTER (offset + 1);
}

static const char *
packed_string (const char *strings,
               const char *gathered)
{
  return gathered != NULL ? strings + GPOINTER_TO_SIZE (gathered) - 1 : NULL;
}

static void
clear_keep_off (gpointer data)
{
  g_strfreev (((KeepOff *)data)->ids);
}

/**
 * fascia_page_facts_free:
 * @facts: (nullable): from fascia_validate_dup_facts()
 */
void
fascia_page_facts_free (FasciaPageFacts *facts)
{
  if (facts == NULL)
    return;

  for (guint i = 0; i < facts->n_links; i++)
    {
      g_strfreev (facts->links[i].ids);
      g_clear_pointer (&facts->links[i].keep_off, g_array_unref);
    }
  g_free (facts);
}

static void
add_link_check (Gathering  *gathering,
                LinkKind    kind,
                guint       line,
                const char *target,
                char      **ids)
{
  LinkCheck link = { kind, line, gather_string (gathering, target), g_strdupv (ids), NULL };

  g_array_append_val (gathering->links, link);
}

#define DIGEST_START G_GUINT64_CONSTANT (0xcbf29ce484222325)

/* FNV-1a over a field, with a byte no text holds for a missing one. */
static guint64
digest_field (guint64     digest,
              const char *field)
{
  if (field == NULL)
    return (digest ^ 0x01) * G_GUINT64_CONSTANT (0x100000001b3);

  for (const guchar *p = (const guchar *)field; ; p++)
    {
      digest = (digest ^ *p) * G_GUINT64_CONSTANT (0x100000001b3);
      if (*p == '\0')
        return digest;
    }
}

static void
gather_inline (FasciaPage         *page,
               const FasciaInline *run,
               gpointer            user_data)
{
  Gathering *gathering = user_data;

  if (run->kind != FASCIA_INLINE_LINK)
    return;

  add_link_check (gathering, LINK_TO_PAGE, run->line, run->target, NULL);
}

static void
add_keep_off_of (GArray            *keep_off,
                 const FasciaBlock *block)
{
  KeepOff entry = { g_strdupv (block->keep_off), block->line };

  g_array_append_val (keep_off, entry);
}

static void
gather_block (FasciaPage        *page,
              const FasciaBlock *block,
              gpointer           user_data)
{
  Gathering *gathering = user_data;

  switch (block->kind)
    {
    case FASCIA_BLOCK_REFERRER:
      add_link_check (gathering, LINK_REFERRER, block->line, block->target, NULL);
      break;

    case FASCIA_BLOCK_EFFECT:
      add_link_check (gathering, LINK_EFFECT, block->line, NULL, block->targets);
      break;

    case FASCIA_BLOCK_STEPS:
      {
        LinkCheck link = { LINK_STEPS, block->line, NULL, g_strdupv (block->areas), NULL };

        link.keep_off = g_array_new (FALSE, FALSE, sizeof (KeepOff));
        g_array_set_clear_func (link.keep_off, clear_keep_off);
        add_keep_off_of (link.keep_off, block);
        for (guint i = 0; i < block->children->len; i++)
          add_keep_off_of (link.keep_off, g_ptr_array_index (block->children, i));
        g_array_append_val (gathering->links, link);
      }
      break;

    case FASCIA_BLOCK_RED_FLAGS:
      for (guint i = 0; i < block->children->len; i++)
        {
          const FasciaBlock *flag = g_ptr_array_index (block->children, i);
          g_autofree char *text = fascia_inlines_to_plain_text (flag->inlines);
          FlagSeen seen = { digest_field (DIGEST_START, text), block->urgency, flag->line };

          g_array_append_val (gathering->flags, seen);
        }
      break;

    default:
      break;
    }
}

/**
 * fascia_validate_dup_facts:
 * @page: a page, with its body
 *
 * What the checks across pages need of @page: where its links lead, its
 * warning signs and its sources. It reads @page alone, so pages can be read
 * on any thread, and the page's body can go once this has it.
 *
 * Returns: (transfer full): to pass to fascia_validate_links(),
 *   fascia_validate_reachable() and fascia_validate_consistency()
 */
FasciaPageFacts *
fascia_validate_dup_facts (FasciaPage *page)
{
  Gathering gathering;
  FasciaPageFacts *facts;
  GPtrArray *sections, *sources;
  gsize flags_size, links_size, sources_size;
  char *strings;

  g_return_val_if_fail (FASCIA_IS_PAGE (page), g_new0 (FasciaPageFacts, 1));

  gathering.flags = g_array_new (FALSE, FALSE, sizeof (FlagSeen));
  gathering.links = g_array_new (FALSE, FALSE, sizeof (LinkCheck));
  gathering.sources = g_array_new (FALSE, FALSE, sizeof (SourceSeen));
  gathering.strings = g_string_new (NULL);

  fascia_page_foreach_inline (page, gather_inline, &gathering);
  fascia_page_foreach_block (page, gather_block, &gathering);

  sections = fascia_page_get_sections (page);
  for (guint i = 0; i < sections->len; i++)
    {
      const FasciaSection *section = g_ptr_array_index (sections, i);

      if (section->near != NULL)
        add_link_check (&gathering, LINK_NEAR, section->line, NULL, section->near);
    }

  sources = fascia_page_get_sources (page);
  for (guint i = 0; i < sources->len; i++)
    {
      const FasciaSource *source = g_ptr_array_index (sources, i);
      SourceSeen seen = { gather_string (&gathering, source->id), source->line, DIGEST_START };

      seen.digest = digest_field (seen.digest, source->authors);
      seen.digest = digest_field (seen.digest, source->year);
      seen.digest = digest_field (seen.digest, source->title);
      seen.digest = digest_field (seen.digest, source->venue);
      seen.digest = digest_field (seen.digest, source->url);
      g_array_append_val (gathering.sources, seen);
    }

  flags_size = gathering.flags->len * sizeof (FlagSeen);
  links_size = gathering.links->len * sizeof (LinkCheck);
  sources_size = gathering.sources->len * sizeof (SourceSeen);
  facts = g_malloc (sizeof (FasciaPageFacts) + flags_size + links_size + sources_size + gathering.strings->len);
  facts->n_flags = gathering.flags->len;
  facts->n_links = gathering.links->len;
  facts->n_sources = gathering.sources->len;
  facts->flags = (FlagSeen *)(void *)(facts + 1);
  facts->links = (LinkCheck *)(void *)((char *)facts->flags + flags_size);
  facts->sources = (SourceSeen *)(void *)((char *)facts->links + links_size);
  strings = (char *)facts->sources + sources_size;

  if (flags_size > 0)
    memcpy (facts->flags, gathering.flags->data, flags_size);
  if (links_size > 0)
    memcpy (facts->links, gathering.links->data, links_size);
  if (sources_size > 0)
    memcpy (facts->sources, gathering.sources->data, sources_size);
  if (gathering.strings->len > 0)
    memcpy (strings, gathering.strings->str, gathering.strings->len);
  for (guint i = 0; i < facts->n_links; i++)
    facts->links[i].target = packed_string (strings, facts->links[i].target);
  for (guint i = 0; i < facts->n_sources; i++)
    facts->sources[i].id = packed_string (strings, facts->sources[i].id);

  g_array_unref (gathering.flags);
  g_array_unref (gathering.links);
  g_array_unref (gathering.sources);
  g_string_free (gathering.strings, TRUE);

  return facts;
}

/* The other pages are looked at through their outline only: their bodies
 * may have gone already. */
static void
check_link (Check              *check,
            const char         *element,
            const char         *target,
            guint               line)
{
  const char *path = fascia_page_get_path (check->page);
  const char *hash = strchr (target, '#');
  g_autofree char *page_id = hash ? g_strndup (target, hash - target) : g_strdup (target);
  FasciaPage *other = g_hash_table_lookup (check->pages_by_id, page_id);

  if (other == NULL)
    {
      fascia_content_error_add (check->problems, FASCIA_CONTENT_ERROR_DANGLING_LINK, path, line,
                                _("<%s> points to “%s”, which no page has"), element, page_id);
      return;
    }

  if (hash != NULL && fascia_page_peek_section (other, hash + 1) == NULL)
    fascia_content_error_add (check->problems, FASCIA_CONTENT_ERROR_DANGLING_LINK, path, line,
                              _("<%s> points to section “%s” of “%s”, which that page does not have"),
                              element, hash + 1, page_id);
}

static void
check_effect_targets (Check  *check,
                      char  **targets,
                      guint   line)
{
  const char *path = fascia_page_get_path (check->page);
  guint n = targets != NULL ? g_strv_length (targets) : 0;

  if (n == 0)
    fascia_content_error_add (check->problems, FASCIA_CONTENT_ERROR_INVALID, path, line,
                              _("<effect> names no technique: list technique page ids in techniques=\"…\", or write “all”"));

  for (guint i = 0; i < n; i++)
    {
      const char *id = targets[i];
      FasciaPage *technique;

      if (strcmp (id, "all") == 0)
        {
          if (n > 1)
            fascia_content_error_add (check->problems, FASCIA_CONTENT_ERROR_INVALID, path, line,
                                      _("<effect> says “all” and also names techniques: choose one"));
          continue;
        }

      technique = g_hash_table_lookup (check->pages_by_id, id);
      if (technique == NULL)
        fascia_content_error_add (check->problems, FASCIA_CONTENT_ERROR_DANGLING_LINK, path, line,
                                  _("<effect> names “%s”, which no page has"), id);
      else if (fascia_page_get_page_type (technique) != FASCIA_PAGE_TECHNIQUE)
        fascia_content_error_add (check->problems, FASCIA_CONTENT_ERROR_INVALID, path, line,
                                  _("<effect> names “%s”, a page of type=\"%s\", not a technique page"),
                                  id, fascia_page_type_to_string (fascia_page_get_page_type (technique)));
    }
}

static void
check_region_ids (Check       *check,
                  char       **ids,
                  const char  *attribute,
                  guint        line)
{
  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      FasciaPage *region = g_hash_table_lookup (check->pages_by_id, ids[i]);

      if (region == NULL)
        fascia_content_error_add (check->problems, FASCIA_CONTENT_ERROR_DANGLING_LINK,
                                  fascia_page_get_path (check->page), line,
                                  _("%s=\"…\" names “%s”, which no page has"), attribute, ids[i]);
      else if (fascia_page_get_page_type (region) != FASCIA_PAGE_REGION)
        fascia_content_error_add (check->problems, FASCIA_CONTENT_ERROR_INVALID,
                                  fascia_page_get_path (check->page), line,
                                  _("%s=\"…\" names “%s”, a page of type=\"%s\", not a region page"),
                                  attribute, ids[i], fascia_page_type_to_string (fascia_page_get_page_type (region)));
    }
}

static void
add_keep_off (Check         *check,
              GHashTable    *keep_off,
              const KeepOff *entry,
              FasciaPage    *places)
{
  for (guint i = 0; entry->ids != NULL && entry->ids[i] != NULL; i++)
    {
      const FasciaSection *place = places != NULL ? fascia_page_peek_section (places, entry->ids[i]) : NULL;

      if (place == NULL || place->role != FASCIA_SECTION_ROLE_PLACE)
        fascia_content_error_add (check->problems, FASCIA_CONTENT_ERROR_DANGLING_LINK,
                                  fascia_page_get_path (check->page), entry->line,
                                  _("keep-off=\"…\" names “%s”, which is not a place on the page “%s”"),
                                  entry->ids[i], FASCIA_PLACES_PAGE);
      g_hash_table_add (keep_off, entry->ids[i]);
    }
}

/* Steps that work next to a place never to press must say to keep off it:
 * the places page says which region pages each place lies next to. */
static void
check_steps_places (Check           *check,
                    const LinkCheck *steps)
{
  FasciaPage *places = g_hash_table_lookup (check->pages_by_id, FASCIA_PLACES_PAGE);
  g_autoptr(GHashTable) keep_off = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *sections;

  check_region_ids (check, steps->ids, "area", steps->line);
  for (guint i = 0; i < steps->keep_off->len; i++)
    add_keep_off (check, keep_off, &g_array_index (steps->keep_off, KeepOff, i), places);

  if (places == NULL || steps->ids == NULL)
    return;

  sections = fascia_page_peek_sections (places);
  for (guint i = 0; i < sections->len; i++)
    {
      const FasciaSection *place = g_ptr_array_index (sections, i);

      if (place->role != FASCIA_SECTION_ROLE_PLACE || place->near == NULL ||
          g_hash_table_contains (keep_off, place->id))
        continue;

      for (guint j = 0; steps->ids[j] != NULL; j++)
        {
          if (g_strv_contains ((const char * const *)place->near, steps->ids[j]))
            {
              fascia_content_error_add (check->problems, FASCIA_CONTENT_ERROR_MISSING_PART,
                                        fascia_page_get_path (check->page), steps->line,
                                        _("these steps work on “%s”, next to the place never to press “%s”: add keep-off=\"%s\" to the steps, or to the step where it matters"),
                                        steps->ids[j], place->id, place->id);
              break;
            }
        }
    }
}

static void
check_referrer_link (Check           *check,
                     const LinkCheck *link)
{
  FasciaPage *muscle;

  check_link (check, "referrer", link->target, link->line);

  muscle = g_hash_table_lookup (check->pages_by_id, link->target);
  if (muscle != NULL && fascia_page_get_page_type (muscle) != FASCIA_PAGE_MUSCLE)
    fascia_content_error_add (check->problems, FASCIA_CONTENT_ERROR_INVALID,
                              fascia_page_get_path (check->page), link->line,
                              _("<referrer> points to “%s”, a page of type=\"%s\", not a muscle page"),
                              link->target,
                              fascia_page_type_to_string (fascia_page_get_page_type (muscle)));
}

/**
 * fascia_validate_links:
 * @page: a page
 * @facts: (nullable): what fascia_validate_dup_facts() said of @page; %NULL
 *   to work it out here
 * @pages_by_id: (element-type utf8 FasciaPage): every page of the library
 * @problems: (element-type GError): where problems are added
 *
 * Checks that every link and referrer of @page leads to a page, and to a
 * section of it when it names one, and that the pages named for effects,
 * nearby regions and steps are of the right kind.
 */
void
fascia_validate_links (FasciaPage      *page,
                       FasciaPageFacts *facts,
                       GHashTable      *pages_by_id,
                       GPtrArray       *problems)
{
  Check check = { page, problems, NULL, pages_by_id, 0, 0, 0, FALSE };
  FasciaPageFacts *own = NULL;

  g_return_if_fail (FASCIA_IS_PAGE (page));
  g_return_if_fail (pages_by_id != NULL);
  g_return_if_fail (problems != NULL);

  if (facts == NULL)
    facts = own = fascia_validate_dup_facts (page);

  for (guint i = 0; i < facts->n_links; i++)
    {
      const LinkCheck *link = &facts->links[i];

      switch (link->kind)
        {
        case LINK_TO_PAGE:
          check_link (&check, "link", link->target, link->line);
          break;
        case LINK_REFERRER:
          check_referrer_link (&check, link);
          break;
        case LINK_EFFECT:
          check_effect_targets (&check, link->ids, link->line);
          break;
        case LINK_NEAR:
          check_region_ids (&check, link->ids, "near", link->line);
          break;
        case LINK_STEPS:
          check_steps_places (&check, link);
          break;
        default:
          g_assert_not_reached ();
        }
    }

  fascia_page_facts_free (own);
}

static void
note_target (GHashTable *reached,
             FasciaPage *from,
             const char *target)
{
  const char *hash = strchr (target, '#');
  gsize length = hash != NULL ? (gsize)(hash - target) : strlen (target);
  const char *from_id = fascia_page_get_id (from);

  /* A page linking to itself does not make it easier to find. */
  if (strlen (from_id) != length || strncmp (from_id, target, length) != 0)
    g_hash_table_add (reached, g_strndup (target, length));
}

/* The pages @link leads a reader to: a link's or referrer's page, and the
 * places never to press for steps that say to keep off one. */
static void
note_reached (GHashTable      *reached,
              FasciaPage      *from,
              const LinkCheck *link)
{
  if (link->kind == LINK_TO_PAGE || link->kind == LINK_REFERRER)
    {
      note_target (reached, from, link->target);
      return;
    }

  if (link->kind != LINK_STEPS)
    return;

  for (guint i = 0; i < link->keep_off->len; i++)
    {
      const KeepOff *entry = &g_array_index (link->keep_off, KeepOff, i);

      if (entry->ids != NULL && entry->ids[0] != NULL)
        {
          note_target (reached, from, FASCIA_PLACES_PAGE);
          return;
        }
    }
}

/**
 * fascia_validate_reachable:
 * @pages: (element-type FasciaPage): every page of a library
 * @facts: for each of @pages, in the same order, what
 *   fascia_validate_dup_facts() says of it
 * @body_map: (nullable): the library's body map
 * @problems: (element-type GError): where problems are added
 *
 * Readers find pages by following links as much as through the sidebar:
 * in a library of more than one page, every page must be linked from
 * another one, or opened by a region of @body_map.
 */
void
fascia_validate_reachable (GPtrArray     *pages,
                           GPtrArray     *facts,
                           FasciaBodyMap *body_map,
                           GPtrArray     *problems)
{
  g_autoptr(GHashTable) reached = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  g_return_if_fail (pages != NULL);
  g_return_if_fail (facts != NULL && facts->len == pages->len);
  g_return_if_fail (problems != NULL);

  if (pages->len < 2)
    return;

  for (guint i = 0; i < pages->len; i++)
    {
      FasciaPage *page = g_ptr_array_index (pages, i);
      const FasciaPageFacts *page_facts = g_ptr_array_index (facts, i);

      for (guint j = 0; j < page_facts->n_links; j++)
        note_reached (reached, page, &page_facts->links[j]);

      if (body_map != NULL && fascia_page_get_page_type (page) == FASCIA_PAGE_REGION)
        {
          g_autoptr(GPtrArray) regions = fascia_body_map_dup_regions_for_page (body_map, fascia_page_get_id (page));

          if (regions->len > 0)
            g_hash_table_add (reached, g_strdup (fascia_page_get_id (page)));
        }
    }

  for (guint i = 0; i < pages->len; i++)
    {
      FasciaPage *page = g_ptr_array_index (pages, i);

      if (!g_hash_table_contains (reached, fascia_page_get_id (page)))
        fascia_content_error_add (problems, FASCIA_CONTENT_ERROR_MISSING_PART,
                                  fascia_page_get_path (page), fascia_page_get_line (page),
                                  _("no other page links to “%s”: link it from a related page so readers can find it"),
                                  fascia_page_get_id (page));
    }
}

/* One urgency a sign everywhere: the first page giving it sets it. */
static void
check_flags (GPtrArray  *pages,
             GPtrArray  *facts,
             GPtrArray  *problems)
{
  g_autoptr(GHashTable) first_by_text = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GHashTable) page_of_first = g_hash_table_new (NULL, NULL);

  for (guint i = 0; i < pages->len; i++)
    {
      FasciaPage *page = g_ptr_array_index (pages, i);
      const FasciaPageFacts *page_facts = g_ptr_array_index (facts, i);

      for (guint j = 0; j < page_facts->n_flags; j++)
        {
          const FlagSeen *seen = &page_facts->flags[j];
          const FlagSeen *first = g_hash_table_lookup (first_by_text, &seen->digest);

          if (first == NULL)
            {
              g_hash_table_insert (first_by_text, (gpointer)&seen->digest, (gpointer)seen);
              g_hash_table_insert (page_of_first, (gpointer)seen, page);
            }
          else if (first->urgency != seen->urgency)
            {
              FasciaPage *first_page = g_hash_table_lookup (page_of_first, first);

              fascia_content_error_add (problems, FASCIA_CONTENT_ERROR_INVALID,
                                        fascia_page_get_path (page), seen->line,
                                        _("this warning sign is “%s” here but “%s” at %s:%u: one sign has one urgency everywhere"),
                                        fascia_urgency_to_string (seen->urgency),
                                        fascia_urgency_to_string (first->urgency),
                                        fascia_page_get_path (first_page), first->line);
            }
        }
    }
}

/* The reference page says it lists every source the library relies on:
 * each source some page gives is on a reference page too, reported once,
 * where it is first given. A library without a reference page has nothing
 * to keep complete. */
static void
check_reference_lists_all (GPtrArray *pages,
                           GPtrArray *facts,
                           GPtrArray *problems)
{
  g_autoptr(GHashTable) listed = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) reported = g_hash_table_new (g_str_hash, g_str_equal);
  FasciaPage *reference = NULL;

  for (guint i = 0; i < pages->len; i++)
    {
      FasciaPage *page = g_ptr_array_index (pages, i);
      const FasciaPageFacts *page_facts = g_ptr_array_index (facts, i);

      if (fascia_page_get_page_type (page) != FASCIA_PAGE_REFERENCE)
        continue;
      reference = reference != NULL ? reference : page;
      for (guint j = 0; j < page_facts->n_sources; j++)
        g_hash_table_add (listed, (char *)page_facts->sources[j].id);
    }

  if (reference == NULL)
    return;

  for (guint i = 0; i < pages->len; i++)
    {
      FasciaPage *page = g_ptr_array_index (pages, i);
      const FasciaPageFacts *page_facts = g_ptr_array_index (facts, i);

      for (guint j = 0; j < page_facts->n_sources; j++)
        {
          const SourceSeen *source = &page_facts->sources[j];

          if (g_hash_table_contains (listed, source->id) || !g_hash_table_add (reported, (char *)source->id))
            continue;
          fascia_content_error_add (problems, FASCIA_CONTENT_ERROR_MISSING_PART,
                                    fascia_page_get_path (page), source->line,
                                    _("source “%s” is not on the page “%s”, which lists every source: add it there "
                                      "with a line on what it is used for"),
                                    source->id, fascia_page_get_id (reference));
        }
    }
}

/**
 * fascia_validate_consistency:
 * @pages: (element-type FasciaPage): every page of a library
 * @facts: (nullable): for each of @pages, in the same order, what
 *   fascia_validate_dup_facts() says of it; %NULL to work it out here
 * @problems: (element-type GError): where problems are added
 *
 * What must agree between pages: a source id names one work, with the same
 * authors, year, title, venue and address on every page that cites it; and
 * a warning sign worded the same way has the same urgency everywhere.
 */
void
fascia_validate_consistency (GPtrArray *pages,
                             GPtrArray *facts,
                             GPtrArray *problems)
{
  g_autoptr(GHashTable) sources = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) source_pages = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) own_facts = NULL;

  g_return_if_fail (pages != NULL);
  g_return_if_fail (facts == NULL || facts->len == pages->len);
  g_return_if_fail (problems != NULL);

  if (facts == NULL)
    {
      own_facts = g_ptr_array_new_full (pages->len, (GDestroyNotify)fascia_page_facts_free);
      for (guint i = 0; i < pages->len; i++)
        g_ptr_array_add (own_facts, fascia_validate_dup_facts (g_ptr_array_index (pages, i)));
      facts = own_facts;
    }

  for (guint i = 0; i < pages->len; i++)
    {
      FasciaPage *page = g_ptr_array_index (pages, i);
      const FasciaPageFacts *page_facts = g_ptr_array_index (facts, i);

      for (guint j = 0; j < page_facts->n_sources; j++)
        {
          const SourceSeen *source = &page_facts->sources[j];
          const SourceSeen *first = g_hash_table_lookup (sources, source->id);

          if (first == NULL)
            {
              g_hash_table_insert (sources, (char *)source->id, (gpointer)source);
              g_hash_table_insert (source_pages, (char *)source->id, page);
              continue;
            }

          if (first->digest != source->digest)
            {
              FasciaPage *first_page = g_hash_table_lookup (source_pages, source->id);

              fascia_content_error_add (problems, FASCIA_CONTENT_ERROR_INVALID,
                                        fascia_page_get_path (page), source->line,
                                        _("source “%s” differs from the one at %s:%u: one id names one work, written the same way on every page"),
                                        source->id, fascia_page_get_path (first_page), first->line);
            }
        }
    }

  check_flags (pages, facts, problems);
  check_reference_lists_all (pages, facts, problems);
}
