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
                              _("a %s page needs a section with role=\"%s\" (%s)"),
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
                              _("a %s page needs at least one <evidence> block saying how strong the evidence is"),
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

  if (hash != NULL && fascia_page_find_section (other, hash + 1) == NULL)
    fascia_content_error_add (check->problems, FASCIA_CONTENT_ERROR_DANGLING_LINK, path, line,
                              _("<%s> points to section “%s” of “%s”, which that page does not have"),
                              element, hash + 1, page_id);
}

static void
check_link_inline (FasciaPage         *page,
                   const FasciaInline *run,
                   gpointer            user_data)
{
  if (run->kind == FASCIA_INLINE_LINK)
    check_link (user_data, "link", run->target, run->line);
}

static void
check_effect_targets (Check             *check,
                      const FasciaBlock *block)
{
  const char *path = fascia_page_get_path (check->page);
  guint n = g_strv_length (block->targets);

  if (n == 0)
    fascia_content_error_add (check->problems, FASCIA_CONTENT_ERROR_INVALID, path, block->line,
                              _("<effect> names no technique: list technique page ids in techniques=\"…\", or write “all”"));

  for (guint i = 0; i < n; i++)
    {
      const char *id = block->targets[i];
      FasciaPage *technique;

      if (strcmp (id, "all") == 0)
        {
          if (n > 1)
            fascia_content_error_add (check->problems, FASCIA_CONTENT_ERROR_INVALID, path, block->line,
                                      _("<effect> says “all” and also names techniques: choose one"));
          continue;
        }

      technique = g_hash_table_lookup (check->pages_by_id, id);
      if (technique == NULL)
        fascia_content_error_add (check->problems, FASCIA_CONTENT_ERROR_DANGLING_LINK, path, block->line,
                                  _("<effect> names “%s”, which no page has"), id);
      else if (fascia_page_get_page_type (technique) != FASCIA_PAGE_TECHNIQUE)
        fascia_content_error_add (check->problems, FASCIA_CONTENT_ERROR_INVALID, path, block->line,
                                  _("<effect> names “%s”, which is a %s page, not a technique page"),
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
                                  _("%s=\"…\" names “%s”, which is a %s page, not a region page"),
                                  attribute, ids[i], fascia_page_type_to_string (fascia_page_get_page_type (region)));
    }
}

static void
add_keep_off (Check       *check,
              GHashTable  *keep_off,
              char       **ids,
              FasciaPage  *places,
              guint        line)
{
  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      const FasciaSection *place = places != NULL ? fascia_page_find_section (places, ids[i]) : NULL;

      if (place == NULL || place->role != FASCIA_SECTION_ROLE_PLACE)
        fascia_content_error_add (check->problems, FASCIA_CONTENT_ERROR_DANGLING_LINK,
                                  fascia_page_get_path (check->page), line,
                                  _("keep-off=\"…\" names “%s”, which is not a place on the page “%s”"),
                                  ids[i], FASCIA_PLACES_PAGE);
      g_hash_table_add (keep_off, ids[i]);
    }
}

/* Steps that work next to a place never to press must say to keep off it:
 * the places page says which region pages each place lies next to. */
static void
check_steps_places (Check             *check,
                    const FasciaBlock *block)
{
  FasciaPage *places = g_hash_table_lookup (check->pages_by_id, FASCIA_PLACES_PAGE);
  g_autoptr(GHashTable) keep_off = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *sections;

  check_region_ids (check, block->areas, "area", block->line);
  add_keep_off (check, keep_off, block->keep_off, places, block->line);
  for (guint i = 0; i < block->children->len; i++)
    {
      const FasciaBlock *step = g_ptr_array_index (block->children, i);

      add_keep_off (check, keep_off, step->keep_off, places, step->line);
    }

  if (places == NULL || block->areas == NULL)
    return;

  sections = fascia_page_get_sections (places);
  for (guint i = 0; i < sections->len; i++)
    {
      const FasciaSection *place = g_ptr_array_index (sections, i);

      if (place->role != FASCIA_SECTION_ROLE_PLACE || place->near == NULL ||
          g_hash_table_contains (keep_off, place->id))
        continue;

      for (guint j = 0; block->areas[j] != NULL; j++)
        {
          if (g_strv_contains ((const char * const *)place->near, block->areas[j]))
            {
              fascia_content_error_add (check->problems, FASCIA_CONTENT_ERROR_MISSING_PART,
                                        fascia_page_get_path (check->page), block->line,
                                        _("these steps work on “%s”, next to the place never to press “%s”: add keep-off=\"%s\" to the steps, or to the step where it matters"),
                                        block->areas[j], place->id, place->id);
              break;
            }
        }
    }
}

static void
check_link_block (FasciaPage        *page,
                  const FasciaBlock *block,
                  gpointer           user_data)
{
  Check *check = user_data;
  FasciaPage *muscle;

  if (block->kind == FASCIA_BLOCK_EFFECT)
    {
      check_effect_targets (check, block);
      return;
    }

  if (block->kind == FASCIA_BLOCK_STEPS)
    {
      check_steps_places (check, block);
      return;
    }

  if (block->kind != FASCIA_BLOCK_REFERRER)
    return;

  check_link (check, "referrer", block->target, block->line);

  muscle = g_hash_table_lookup (check->pages_by_id, block->target);
  if (muscle != NULL && fascia_page_get_page_type (muscle) != FASCIA_PAGE_MUSCLE)
    fascia_content_error_add (check->problems, FASCIA_CONTENT_ERROR_INVALID,
                              fascia_page_get_path (page), block->line,
                              _("<referrer> points to “%s”, which is a %s page, not a muscle page"),
                              block->target,
                              fascia_page_type_to_string (fascia_page_get_page_type (muscle)));
}

/**
 * fascia_validate_links:
 * @page: a page
 * @pages_by_id: (element-type utf8 FasciaPage): every page of the library
 * @problems: (element-type GError): where problems are added
 *
 * Checks that every link and referrer of @page leads to a page, and to a
 * section of it when it names one.
 */
void
fascia_validate_links (FasciaPage *page,
                       GHashTable *pages_by_id,
                       GPtrArray  *problems)
{
  Check check = { page, problems, NULL, pages_by_id, 0, 0, 0, FALSE };
  GPtrArray *sections;

  g_return_if_fail (FASCIA_IS_PAGE (page));
  g_return_if_fail (pages_by_id != NULL);
  g_return_if_fail (problems != NULL);

  fascia_page_foreach_inline (page, check_link_inline, &check);
  fascia_page_foreach_block (page, check_link_block, &check);

  sections = fascia_page_get_sections (page);
  for (guint i = 0; i < sections->len; i++)
    {
      const FasciaSection *section = g_ptr_array_index (sections, i);

      check_region_ids (&check, section->near, "near", section->line);
    }
}

static void
note_link_target (GPtrArray  *linked,
                  FasciaPage *from,
                  const char *target)
{
  const char *hash = strchr (target, '#');
  gsize length = hash != NULL ? (gsize)(hash - target) : strlen (target);
  const char *from_id = fascia_page_get_id (from);

  /* A page linking to itself does not make it easier to find. */
  if (strlen (from_id) != length || strncmp (from_id, target, length) != 0)
    g_ptr_array_add (linked, g_strndup (target, length));
}

static void
reach_inline (FasciaPage         *page,
              const FasciaInline *run,
              gpointer            user_data)
{
  if (run->kind == FASCIA_INLINE_LINK)
    note_link_target (user_data, page, run->target);
}

static void
reach_block (FasciaPage        *page,
             const FasciaBlock *block,
             gpointer           user_data)
{
  if (block->kind == FASCIA_BLOCK_REFERRER)
    note_link_target (user_data, page, block->target);

  /* A step's keep-off is shown as a link to its place. */
  if ((block->kind == FASCIA_BLOCK_STEPS || block->kind == FASCIA_BLOCK_STEP) &&
      block->keep_off != NULL && block->keep_off[0] != NULL)
    note_link_target (user_data, page, FASCIA_PLACES_PAGE);
}

/**
 * fascia_validate_dup_linked:
 * @page: a page
 *
 * What fascia_validate_reachable() needs of @page: the pages it leads a
 * reader to. It reads @page alone, so pages can be read on any thread.
 *
 * Returns: (transfer full) (element-type utf8): the ids of the other pages
 *   @page links to, a step's keep-off counting as a link to the places page
 */
GPtrArray *
fascia_validate_dup_linked (FasciaPage *page)
{
  GPtrArray *linked = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (FASCIA_IS_PAGE (page), linked);

  fascia_page_foreach_inline (page, reach_inline, linked);
  fascia_page_foreach_block (page, reach_block, linked);
  return linked;
}

/**
 * fascia_validate_reachable:
 * @pages: (element-type FasciaPage): every page of a library
 * @linked: (element-type GPtrArray): for each of @pages, in the same
 *   order, what fascia_validate_dup_linked() says of it
 * @body_map: (nullable): the library's body map
 * @problems: (element-type GError): where problems are added
 *
 * Readers find pages by following links as much as through the sidebar:
 * in a library of more than one page, every page must be linked from
 * another one, or opened by a region of @body_map.
 */
void
fascia_validate_reachable (GPtrArray     *pages,
                           GPtrArray     *linked,
                           FasciaBodyMap *body_map,
                           GPtrArray     *problems)
{
  g_autoptr(GHashTable) reached = g_hash_table_new (g_str_hash, g_str_equal);

  g_return_if_fail (pages != NULL);
  g_return_if_fail (linked != NULL && linked->len == pages->len);
  g_return_if_fail (problems != NULL);

  if (pages->len < 2)
    return;

  for (guint i = 0; i < pages->len; i++)
    {
      FasciaPage *page = g_ptr_array_index (pages, i);
      GPtrArray *targets = g_ptr_array_index (linked, i);

      for (guint j = 0; j < targets->len; j++)
        g_hash_table_add (reached, g_ptr_array_index (targets, j));

      if (body_map != NULL && fascia_page_get_page_type (page) == FASCIA_PAGE_REGION)
        {
          g_autoptr(GPtrArray) regions = fascia_body_map_dup_regions_for_page (body_map, fascia_page_get_id (page));

          if (regions->len > 0)
            g_hash_table_add (reached, (char *)fascia_page_get_id (page));
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

static gboolean
same_field (const char *a,
            const char *b)
{
  return g_strcmp0 (a, b) == 0;
}

/* A warning sign as consistency sees it: its plain text, urgency and line. */
typedef struct
{
  char          *text;
  FasciaUrgency  urgency;
  guint          line;
} FlagSeen;

static void
flag_seen_free (FlagSeen *seen)
{
  g_free (seen->text);
  g_free (seen);
}

static void
collect_flag_block (FasciaPage        *page,
                    const FasciaBlock *block,
                    gpointer           user_data)
{
  GPtrArray *flags = user_data;

  if (block->kind != FASCIA_BLOCK_RED_FLAGS)
    return;

  for (guint i = 0; i < block->children->len; i++)
    {
      const FasciaBlock *flag = g_ptr_array_index (block->children, i);
      FlagSeen *seen = g_new (FlagSeen, 1);

      seen->text = fascia_inlines_to_plain_text (flag->inlines);
      seen->urgency = block->urgency;
      seen->line = flag->line;
      g_ptr_array_add (flags, seen);
    }
}

/**
 * fascia_validate_dup_flags:
 * @page: a page
 *
 * What fascia_validate_consistency() needs of @page's warning signs. It
 * reads @page alone, so pages can be read on any thread.
 *
 * Returns: (transfer full): @page's warning signs, to pass on to
 *   fascia_validate_consistency()
 */
GPtrArray *
fascia_validate_dup_flags (FasciaPage *page)
{
  GPtrArray *flags = g_ptr_array_new_with_free_func ((GDestroyNotify)flag_seen_free);

  g_return_val_if_fail (FASCIA_IS_PAGE (page), flags);

  fascia_page_foreach_block (page, collect_flag_block, flags);
  return flags;
}

/* One urgency a sign everywhere: the first page giving it sets it. */
static void
check_flags (GPtrArray  *pages,
             GPtrArray  *flags,
             GPtrArray  *problems)
{
  g_autoptr(GHashTable) first_by_text = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) page_of_first = g_hash_table_new (NULL, NULL);

  for (guint i = 0; i < pages->len; i++)
    {
      FasciaPage *page = g_ptr_array_index (pages, i);
      GPtrArray *page_flags = g_ptr_array_index (flags, i);

      for (guint j = 0; j < page_flags->len; j++)
        {
          const FlagSeen *seen = g_ptr_array_index (page_flags, j);
          const FlagSeen *first = g_hash_table_lookup (first_by_text, seen->text);

          if (first == NULL)
            {
              g_hash_table_insert (first_by_text, seen->text, (gpointer)seen);
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
                           GPtrArray *problems)
{
  g_autoptr(GHashTable) listed = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) reported = g_hash_table_new (g_str_hash, g_str_equal);
  FasciaPage *reference = NULL;

  for (guint i = 0; i < pages->len; i++)
    {
      FasciaPage *page = g_ptr_array_index (pages, i);
      GPtrArray *page_sources = fascia_page_get_sources (page);

      if (fascia_page_get_page_type (page) != FASCIA_PAGE_REFERENCE)
        continue;
      reference = reference != NULL ? reference : page;
      for (guint j = 0; j < page_sources->len; j++)
        g_hash_table_add (listed, ((const FasciaSource *)g_ptr_array_index (page_sources, j))->id);
    }

  if (reference == NULL)
    return;

  for (guint i = 0; i < pages->len; i++)
    {
      FasciaPage *page = g_ptr_array_index (pages, i);
      GPtrArray *page_sources = fascia_page_get_sources (page);

      for (guint j = 0; j < page_sources->len; j++)
        {
          const FasciaSource *source = g_ptr_array_index (page_sources, j);

          if (g_hash_table_contains (listed, source->id) || !g_hash_table_add (reported, source->id))
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
 * @flags: (nullable) (element-type GPtrArray): for each of @pages, in the
 *   same order, what fascia_validate_dup_flags() says of it; %NULL to work
 *   it out here
 * @problems: (element-type GError): where problems are added
 *
 * What must agree between pages: a source id names one work, with the same
 * authors, year, title, venue and address on every page that cites it; and
 * a warning sign worded the same way has the same urgency everywhere.
 */
void
fascia_validate_consistency (GPtrArray *pages,
                             GPtrArray *flags,
                             GPtrArray *problems)
{
  g_autoptr(GHashTable) sources = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) source_pages = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) own_flags = NULL;

  g_return_if_fail (pages != NULL);
  g_return_if_fail (flags == NULL || flags->len == pages->len);
  g_return_if_fail (problems != NULL);

  if (flags == NULL)
    {
      own_flags = g_ptr_array_new_full (pages->len, (GDestroyNotify)g_ptr_array_unref);
      for (guint i = 0; i < pages->len; i++)
        g_ptr_array_add (own_flags, fascia_validate_dup_flags (g_ptr_array_index (pages, i)));
      flags = own_flags;
    }

  for (guint i = 0; i < pages->len; i++)
    {
      FasciaPage *page = g_ptr_array_index (pages, i);
      GPtrArray *page_sources = fascia_page_get_sources (page);

      for (guint j = 0; j < page_sources->len; j++)
        {
          const FasciaSource *source = g_ptr_array_index (page_sources, j);
          const FasciaSource *first = g_hash_table_lookup (sources, source->id);

          if (first == NULL)
            {
              g_hash_table_insert (sources, source->id, (gpointer)source);
              g_hash_table_insert (source_pages, source->id, page);
              continue;
            }

          if (!same_field (first->authors, source->authors) || !same_field (first->year, source->year) ||
              !same_field (first->title, source->title) || !same_field (first->venue, source->venue) ||
              !same_field (first->url, source->url))
            {
              FasciaPage *first_page = g_hash_table_lookup (source_pages, source->id);

              fascia_content_error_add (problems, FASCIA_CONTENT_ERROR_INVALID,
                                        fascia_page_get_path (page), source->line,
                                        _("source “%s” differs from the one at %s:%u: one id names one work, written the same way on every page"),
                                        source->id, fascia_page_get_path (first_page), first->line);
            }
        }
    }

  check_flags (pages, flags, problems);
  check_reference_lists_all (pages, problems);
}
