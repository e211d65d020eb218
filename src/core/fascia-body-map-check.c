/* fascia-body-map-check.c - the body map against the pages it opens and draws
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The map is read on its own (fascia-body-map.c); what it says about pages
 * is checked once the pages are read: every region opens a page, a region
 * page unless the region says its page only stands in; every region page
 * is opened by some region; every muscle page has its muscle drawn, and
 * every muscle drawn has a page; every place never to press is drawn, and
 * nothing else is; and a region page's muscles reach it with the zone the
 * map draws for them.
 */
#define G_LOG_DOMAIN "fascia-body-map"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "fascia-body-map.h"
#include "fascia-page-figure.h"
#include "fascia-content-error.h"
#include "fascia-page-private.h"

static void
check_regions (FasciaBodyMap *self,
               GHashTable    *pages_by_id,
               GHashTable    *opened,
               GPtrArray     *problems)
{
  const char *path = fascia_body_map_get_path (self);
  GPtrArray *views = fascia_body_map_get_views (self);

  for (guint v = 0; v < views->len; v++)
    {
      FasciaBodyView *view = g_ptr_array_index (views, v);

      for (guint r = 0; r < view->regions->len; r++)
        {
          FasciaBodyRegion *region = g_ptr_array_index (view->regions, r);
          FasciaPage *page = g_hash_table_lookup (pages_by_id, region->page_id);

          g_hash_table_add (opened, region->page_id);

          if (page == NULL)
            fascia_content_error_add (problems, FASCIA_CONTENT_ERROR_DANGLING_LINK, path, region->line,
                                      _("region “%s” opens “%s”, which no page has"),
                                      region->id, region->page_id);
          else if (!region->stand_in && fascia_page_get_page_type (page) != FASCIA_PAGE_REGION)
            fascia_content_error_add (problems, FASCIA_CONTENT_ERROR_INVALID, path, region->line,
                                      _("region “%s” opens “%s”, a page of type=\"%s\", not a region page "
                                        "(say stand-in=\"true\" if it only stands in for one)"),
                                      region->id, region->page_id,
                                      fascia_page_type_to_string (fascia_page_get_page_type (page)));
        }
    }
}

static void
check_muscles (FasciaBodyMap *self,
               GHashTable    *pages_by_id,
               GHashTable    *drawn,
               GPtrArray     *problems)
{
  const char *path = fascia_body_map_get_path (self);
  GPtrArray *muscles = fascia_body_map_get_muscles (self);

  for (guint m = 0; m < muscles->len; m++)
    {
      const FasciaBodyMuscle *muscle = g_ptr_array_index (muscles, m);
      FasciaPage *page = g_hash_table_lookup (pages_by_id, muscle->page_id);

      g_hash_table_add (drawn, muscle->page_id);

      if (page == NULL)
        fascia_content_error_add (problems, FASCIA_CONTENT_ERROR_DANGLING_LINK, path, muscle->line,
                                  _("the muscle “%s” is drawn, but no page has that id"), muscle->page_id);
      else if (fascia_page_get_page_type (page) != FASCIA_PAGE_MUSCLE)
        fascia_content_error_add (problems, FASCIA_CONTENT_ERROR_INVALID, path, muscle->line,
                                  _("the muscle “%s” is drawn, but its page is of type=\"%s\", not a muscle page"),
                                  muscle->page_id, fascia_page_type_to_string (fascia_page_get_page_type (page)));
      else if (muscle->zones[FASCIA_ZONE_ESSENTIAL]->len == 0)
        fascia_content_error_add (problems, FASCIA_CONTENT_ERROR_MISSING_PART, path, muscle->line,
                                  _("the muscle “%s” has no region in its essential zone"), muscle->page_id);
    }
}

static void
check_places (FasciaBodyMap *self,
              GHashTable    *pages_by_id,
              GPtrArray     *problems)
{
  const char *path = fascia_body_map_get_path (self);
  GPtrArray *places = fascia_body_map_get_places (self);
  FasciaPage *page = g_hash_table_lookup (pages_by_id, FASCIA_PLACES_PAGE);
  GPtrArray *sections;

  for (guint p = 0; p < places->len; p++)
    {
      const FasciaBodyPlace *place = g_ptr_array_index (places, p);
      const FasciaSection *section = page != NULL ? fascia_page_peek_section (page, place->id) : NULL;

      if (section == NULL || section->role != FASCIA_SECTION_ROLE_PLACE)
        fascia_content_error_add (problems, FASCIA_CONTENT_ERROR_DANGLING_LINK, path, place->line,
                                  _("the place “%s” is drawn, but the page “%s” has no place by that id"),
                                  place->id, FASCIA_PLACES_PAGE);
    }

  if (page == NULL)
    return;

  sections = fascia_page_peek_sections (page);
  for (guint s = 0; s < sections->len; s++)
    {
      const FasciaSection *section = g_ptr_array_index (sections, s);

      if (section->role == FASCIA_SECTION_ROLE_PLACE && fascia_body_map_find_place (self, section->id) == NULL)
        fascia_content_error_add (problems, FASCIA_CONTENT_ERROR_MISSING_PART,
                                  fascia_page_get_path (page), section->line,
                                  _("the place “%s” is not drawn on the body map"), section->id);
    }
}

/* Whether @muscle's @zone holds one of @regions on the muscle's side. */
static gboolean
zone_reaches (const FasciaBodyMuscle *muscle,
              FasciaReferralZone      zone,
              GPtrArray              *regions)
{
  for (guint i = 0; i < regions->len; i++)
    if (g_ptr_array_find (muscle->zones[zone], g_ptr_array_index (regions, i), NULL))
      return TRUE;

  return FALSE;
}

static void
check_referrer (FasciaBodyMap     *self,
                FasciaPage        *page,
                GPtrArray         *regions,
                const FasciaBlock *referrer,
                GPtrArray         *problems)
{
  const FasciaBodyMuscle *muscle = NULL;
  FasciaReferralZone other;

  for (FasciaSide side = FASCIA_SIDE_LEFT; side <= FASCIA_SIDE_CENTRE && muscle == NULL; side++)
    muscle = fascia_body_map_find_muscle (self, referrer->target, side);

  /* A muscle not drawn is reported once, as a muscle page; here only
   * patterns that disagree. */
  if (muscle == NULL || zone_reaches (muscle, referrer->zone, regions))
    return;

  other = referrer->zone == FASCIA_ZONE_ESSENTIAL ? FASCIA_ZONE_SPILLOVER : FASCIA_ZONE_ESSENTIAL;
  if (zone_reaches (muscle, other, regions))
    fascia_content_error_add (problems, FASCIA_CONTENT_ERROR_INVALID, fascia_page_get_path (page), referrer->line,
                              _("“%s” is listed here in its %s zone, but the body map draws this area in its %s zone"),
                              referrer->target,
                              referrer->zone == FASCIA_ZONE_ESSENTIAL ? "essential" : "spillover",
                              other == FASCIA_ZONE_ESSENTIAL ? "essential" : "spillover");
  else
    fascia_content_error_add (problems, FASCIA_CONTENT_ERROR_INVALID, fascia_page_get_path (page), referrer->line,
                              _("“%s” is listed here, but the pain pattern the body map draws for it does not reach "
                                "this area"), referrer->target);
}

/* A region page's muscles, and the zone each reaches it with, say what the
 * body map draws: the same claim in both places. Only the regions on the
 * side the muscles are drawn on count, and the centre. */
static void
check_referrers (FasciaBodyMap *self,
                 FasciaPage    *page,
                 GPtrArray     *problems)
{
  g_autoptr(GPtrArray) all = fascia_body_map_dup_regions_for_page (self, fascia_page_get_id (page));
  GPtrArray *sections;

  g_autoptr(GHashTable) listed = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) missing = g_hash_table_new (g_str_hash, g_str_equal);
  guint line = fascia_page_get_line (page);

  if (all->len == 0)
    return;

  /* Only the pages the map draws have their body read again. */
  sections = fascia_page_get_sections (page);
  for (guint s = 0; s < sections->len; s++)
    {
      const FasciaSection *section = g_ptr_array_index (sections, s);

      for (guint b = 0; b < section->blocks->len; b++)
        {
          const FasciaBlock *block = g_ptr_array_index (section->blocks, b);

          if (block->kind != FASCIA_BLOCK_REFERRERS)
            continue;

          line = block->line;
          for (guint r = 0; r < block->children->len; r++)
            {
              const FasciaBlock *referrer = g_ptr_array_index (block->children, r);

              g_hash_table_add (listed, referrer->target);
              check_referrer (self, page, all, referrer, problems);
            }
        }
    }

  /* And the other way: every muscle the map sends here is listed, so that
   * the page and the map give the reader the same muscles. */
  for (guint i = 0; i < all->len; i++)
    {
      const FasciaBodyRegion *region = g_ptr_array_index (all, i);

      for (guint j = 0; region->sources != NULL && j < region->sources->len; j++)
        {
          const FasciaBodySource *source = g_ptr_array_index (region->sources, j);
          const char *muscle = source->muscle->page_id;
          g_autofree char *name = NULL;

          if (g_hash_table_contains (listed, muscle) || !g_hash_table_add (missing, (char *)muscle))
            continue;
          name = fascia_dup_name_in_sentence (region->name);
          fascia_content_error_add (problems, FASCIA_CONTENT_ERROR_MISSING_PART, fascia_page_get_path (page), line,
                                    _("the body map draws “%s” sending pain to the %s (its %s zone), but this "
                                      "page’s <referrers> do not list it"),
                                    muscle, name,
                                    source->zone == FASCIA_ZONE_ESSENTIAL ? "essential" : "spillover");
        }
    }
}

/**
 * fascia_body_map_check_pages:
 * @self: a body map
 * @pages: (element-type FasciaPage): every page, in reading order
 * @problems: (element-type GError): where problems are added
 *
 * Checks the map against the pages: the page each region opens exists
 * and, unless the region's page only stands in, is a region page; every
 * region page is opened by a region; every muscle drawn has a muscle page
 * and every muscle page is drawn; every place drawn is a place of the page
 * FASCIA_PLACES_PAGE, and every place there is drawn.
 */
void
fascia_body_map_check_pages (FasciaBodyMap *self,
                             GPtrArray     *pages,
                             GPtrArray     *problems)
{
  g_autoptr(GHashTable) pages_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) opened = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) drawn = g_hash_table_new (g_str_hash, g_str_equal);

  g_return_if_fail (FASCIA_IS_BODY_MAP (self));
  g_return_if_fail (pages != NULL);
  g_return_if_fail (problems != NULL);

  for (guint i = 0; i < pages->len; i++)
    {
      FasciaPage *page = g_ptr_array_index (pages, i);

      g_hash_table_insert (pages_by_id, (gpointer)fascia_page_get_id (page), page);
    }

  check_regions (self, pages_by_id, opened, problems);
  check_muscles (self, pages_by_id, drawn, problems);
  check_places (self, pages_by_id, problems);

  for (guint i = 0; i < pages->len; i++)
    {
      FasciaPage *page = g_ptr_array_index (pages, i);
      FasciaPageType type = fascia_page_get_page_type (page);
      const char *id = fascia_page_get_id (page);

      if (type == FASCIA_PAGE_REGION && !g_hash_table_contains (opened, id))
        fascia_content_error_add (problems, FASCIA_CONTENT_ERROR_MISSING_PART,
                                  fascia_page_get_path (page), fascia_page_get_line (page),
                                  _("no region of the body map opens the region page “%s”"), id);
      else if (type == FASCIA_PAGE_REGION)
        check_referrers (self, page, problems);
      else if (type == FASCIA_PAGE_MUSCLE && !g_hash_table_contains (drawn, id))
        fascia_content_error_add (problems, FASCIA_CONTENT_ERROR_MISSING_PART,
                                  fascia_page_get_path (page), fascia_page_get_line (page),
                                  _("the muscle page “%s” has no muscle drawn on the body map"), id);
    }
}
