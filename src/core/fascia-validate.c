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
} Check;

static void
check_inline (FasciaPage         *page,
              const FasciaInline *run,
              gpointer            user_data)
{
  Check *check = user_data;
  const char *path = fascia_page_get_path (page);

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
    case FASCIA_BLOCK_STEPS:
    case FASCIA_BLOCK_STEP:
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

static void
check_red_flags (Check *check)
{
  const FasciaSection *section;
  gboolean has[2] = { FALSE, FALSE };

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
  if (!has[FASCIA_URGENCY_SOON])
    fascia_content_error_add (check->problems, FASCIA_CONTENT_ERROR_MISSING_PART,
                              fascia_page_get_path (check->page), section->line,
                              _("the red-flags section needs <red-flags urgency=\"soon\"> saying what needs a doctor soon"));
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
  Check check = { page, problems, NULL, NULL, 0, 0 };
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

  if ((type == FASCIA_PAGE_ARTICLE || type == FASCIA_PAGE_TECHNIQUE || type == FASCIA_PAGE_CONDITION) &&
      check.n_evidence == 0)
    fascia_content_error_add (problems, FASCIA_CONTENT_ERROR_MISSING_PART, path, fascia_page_get_line (page),
                              _("a %s page needs at least one <evidence> block saying how strong the evidence is"),
                              fascia_page_type_to_string (type));

  if (type == FASCIA_PAGE_TECHNIQUE)
    {
      require_role (&check, FASCIA_SECTION_ROLE_CONTRAINDICATIONS, "contraindications",
                    _("who should not try it"));
      require_role (&check, FASCIA_SECTION_ROLE_STOP, "stop", _("when to stop"));
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
  Check check = { page, problems, NULL, pages_by_id, 0, 0 };

  g_return_if_fail (FASCIA_IS_PAGE (page));
  g_return_if_fail (pages_by_id != NULL);
  g_return_if_fail (problems != NULL);

  fascia_page_foreach_inline (page, check_link_inline, &check);
  fascia_page_foreach_block (page, check_link_block, &check);
}

typedef struct
{
  FasciaPage *page;
  GHashTable *linked;
} Reach;

static void
note_link_target (GHashTable *linked,
                  FasciaPage *from,
                  const char *target)
{
  const char *hash = strchr (target, '#');
  g_autofree char *page_id = hash ? g_strndup (target, hash - target) : g_strdup (target);

  /* A page linking to itself does not make it easier to find. */
  if (g_strcmp0 (page_id, fascia_page_get_id (from)) != 0)
    g_hash_table_add (linked, g_steal_pointer (&page_id));
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
}

/**
 * fascia_validate_reachable:
 * @pages: (element-type FasciaPage): every page of a library
 * @problems: (element-type GError): where problems are added
 *
 * Readers find pages by following links as much as through the sidebar:
 * in a library of more than one page, every page must be linked from
 * another one, or opened by a region of @body_map.
 */
void
fascia_validate_reachable (GPtrArray     *pages,
                           FasciaBodyMap *body_map,
                           GPtrArray     *problems)
{
  g_autoptr(GHashTable) linked = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  g_return_if_fail (pages != NULL);
  g_return_if_fail (problems != NULL);

  if (pages->len < 2)
    return;

  for (guint i = 0; i < pages->len; i++)
    {
      FasciaPage *page = g_ptr_array_index (pages, i);

      fascia_page_foreach_inline (page, reach_inline, linked);
      fascia_page_foreach_block (page, reach_block, linked);

      if (body_map != NULL && fascia_page_get_page_type (page) == FASCIA_PAGE_REGION)
        {
          g_autoptr(GPtrArray) regions = fascia_body_map_dup_regions_for_page (body_map, fascia_page_get_id (page));

          if (regions->len > 0)
            g_hash_table_add (linked, g_strdup (fascia_page_get_id (page)));
        }
    }

  for (guint i = 0; i < pages->len; i++)
    {
      FasciaPage *page = g_ptr_array_index (pages, i);

      if (!g_hash_table_contains (linked, fascia_page_get_id (page)))
        fascia_content_error_add (problems, FASCIA_CONTENT_ERROR_MISSING_PART,
                                  fascia_page_get_path (page), fascia_page_get_line (page),
                                  _("no other page links to “%s”: link it from a related page so readers can find it"),
                                  fascia_page_get_id (page));
    }
}
