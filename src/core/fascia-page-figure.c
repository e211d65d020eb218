/* fascia-page-figure.c - what a page's picture of the body shows, and says
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A muscle page shows its muscle where it lies and its commonly described
 * pain pattern, as the trigger point manuals draw them; a region page its
 * own region; a technique page where its steps work and the places never
 * to press they keep off. Which is decided here, from the page and the
 * body map, once for the screen and for paper, and so are the words: a
 * picture's text alternative for screen readers, and the body map's
 * sentence saying where a region's pain may come from.
 *
 * Region and place names are written capitalised ("Outer hip"); in running
 * text their first letter is lowered ("the outer hip"), unless the
 * translation says its language keeps nouns capitalised.
 */
#define G_LOG_DOMAIN "fascia-page-figure"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "fascia-page-figure.h"

/**
 * fascia_dup_name_in_sentence:
 * @name: (nullable): a name as a title writes it, "Outer hip"
 *
 * Returns: (transfer full): @name as it reads inside a sentence, "outer
 *   hip"; an abbreviation ("SI joints") and languages that keep nouns
 *   capitalised keep the capital
 */
char *
fascia_dup_name_in_sentence (const char *name)
{
  /* Translators: answer "no" if your language keeps the names of body
   * parts and muscles capitalised inside a sentence (as German does);
   * anything else lowers their first letter there. */
  const char *lower = C_("body map", "lowercase-names-in-sentences");
  gunichar first;
  char buffer[8];
  int len;

  if (name == NULL || *name == '\0' || strcmp (lower, "no") == 0)
    return g_strdup (name != NULL ? name : "");

  /* An abbreviation ("SI joints") keeps its capitals. */
  first = g_utf8_get_char (name);
  if (g_unichar_isupper (g_utf8_get_char (g_utf8_next_char (name))))
    return g_strdup (name);

  len = g_unichar_to_utf8 (g_unichar_tolower (first), buffer);
  buffer[len] = '\0';

  return g_strconcat (buffer, g_utf8_next_char (name), NULL);
}

/**
 * fascia_dup_and_list:
 * @items: (element-type utf8): words or phrases, at least one
 *
 * Returns: (transfer full): @items as a list in running text: "a", "a and
 *   b", "a, b and c"
 */
char *
fascia_dup_and_list (GPtrArray *items)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (items != NULL, NULL);

  if (items->len == 0)
    return g_strdup ("");

  text = g_strdup (g_ptr_array_index (items, 0));
  for (guint i = 1; i < items->len; i++)
    {
      char *longer;

      if (i + 1 < items->len)
        /* Translators: joins the items of a list but the last: "a, b". */
        longer = g_strdup_printf (_("%s, %s"), text, (const char *)g_ptr_array_index (items, i));
      else
        /* Translators: joins the last item of a list: "a, b and c". */
        longer = g_strdup_printf (_("%s and %s"), text, (const char *)g_ptr_array_index (items, i));

      g_free (text);
      text = longer;
    }

  return g_steal_pointer (&text);
}

/**
 * fascia_body_region_dup_place_text:
 * @region: a region of the map
 *
 * Returns: (transfer full): the region as a sentence names it: "the outer
 *   hip on your right", "the back of the neck"
 */
char *
fascia_body_region_dup_place_text (const FasciaBodyRegion *region)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (region != NULL, NULL);

  name = fascia_dup_name_in_sentence (region->name);
  switch (region->side)
    {
    case FASCIA_SIDE_LEFT:
      /* Translators: a place on the body map in a sentence, "the outer hip on your left". */
      return g_strdup_printf (_("the %s on your left"), name);
    case FASCIA_SIDE_RIGHT:
      /* Translators: a place on the body map in a sentence, "the outer hip on your right". */
      return g_strdup_printf (_("the %s on your right"), name);
    case FASCIA_SIDE_CENTRE:
    default:
      /* Translators: a place on the body map in a sentence, "the back of the neck". */
      return g_strdup_printf (_("the %s"), name);
    }
}

/* The muscles' names, as in a sentence, from their pages' titles. */
static char *
muscles_text (FasciaLibrary *library,
              GPtrArray     *muscles)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < muscles->len; i++)
    {
      const FasciaBodyMuscle *muscle = g_ptr_array_index (muscles, i);
      FasciaPage *page = library != NULL ? fascia_library_get_page (library, muscle->page_id) : NULL;

      g_ptr_array_add (names, fascia_dup_name_in_sentence (page != NULL ? fascia_page_get_title (page) : muscle->page_id));
    }

  return fascia_dup_and_list (names);
}

/**
 * fascia_body_region_dup_sources_text:
 * @library: (nullable): the library, for the muscles' names
 * @region: a region of the map
 *
 * Returns: (transfer full): where pain in @region is commonly described as
 *   coming from, as a sentence: "Pain in the outer hip on your right is
 *   commonly described as coming from gluteus minimus and tensor fasciae
 *   latae, and less often from quadratus lumborum. This is not a diagnosis."
 */
char *
fascia_body_region_dup_sources_text (FasciaLibrary          *library,
                                     const FasciaBodyRegion *region)
{
  g_autoptr(GPtrArray) essential = g_ptr_array_new ();
  g_autoptr(GPtrArray) spillover = g_ptr_array_new ();
  g_autofree char *place = NULL;
  g_autofree char *main_text = NULL;
  g_autofree char *less_text = NULL;

  g_return_val_if_fail (region != NULL, NULL);

  for (guint i = 0; i < region->sources->len; i++)
    {
      const FasciaBodySource *source = g_ptr_array_index (region->sources, i);

      g_ptr_array_add (source->zone == FASCIA_ZONE_ESSENTIAL ? essential : spillover, (gpointer)source->muscle);
    }

  place = fascia_body_region_dup_place_text (region);

  if (essential->len == 0 && spillover->len == 0)
    return g_strdup_printf (_("No muscle on the map is commonly described as sending pain to %s."), place);

  if (essential->len > 0)
    main_text = muscles_text (library, essential);
  if (spillover->len > 0)
    less_text = muscles_text (library, spillover);

  if (main_text != NULL && less_text != NULL)
    return g_strdup_printf (_("Pain in %s is commonly described as coming from %s, and less often from %s. "
                              "This is not a diagnosis."), place, main_text, less_text);
  if (main_text != NULL)
    return g_strdup_printf (_("Pain in %s is commonly described as coming from %s. This is not a diagnosis."),
                            place, main_text);

  return g_strdup_printf (_("Pain in %s is sometimes described as coming from %s. This is not a diagnosis."),
                          place, less_text);
}

static void
add_regions_for_page (FasciaBodyMap *map,
                      const char    *page_id,
                      GPtrArray     *regions)
{
  g_autoptr(GPtrArray) found = fascia_body_map_dup_regions_for_page (map, page_id);

  for (guint i = 0; i < found->len; i++)
    if (!g_ptr_array_find (regions, g_ptr_array_index (found, i), NULL))
      g_ptr_array_add (regions, g_ptr_array_index (found, i));
}

static void
add_places (FasciaBodyMap  *map,
            char          **ids,
            GPtrArray      *places)
{
  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      const FasciaBodyPlace *place = fascia_body_map_find_place (map, ids[i]);

      if (place != NULL && !g_ptr_array_find (places, place, NULL))
        g_ptr_array_add (places, (gpointer)place);
    }
}

/* Where a technique's steps work, and what they keep off. */
static void
collect_steps (FasciaBodyMap    *map,
               GPtrArray        *blocks,
               FasciaPageFigure *figure)
{
  for (guint i = 0; blocks != NULL && i < blocks->len; i++)
    {
      const FasciaBlock *block = g_ptr_array_index (blocks, i);

      if (block->kind == FASCIA_BLOCK_STEPS)
        {
          for (guint a = 0; block->areas != NULL && block->areas[a] != NULL; a++)
            add_regions_for_page (map, block->areas[a], figure->areas);
          add_places (map, block->keep_off, figure->places);
          collect_steps (map, block->children, figure);
        }
      else if (block->kind == FASCIA_BLOCK_STEP)
        {
          add_places (map, block->keep_off, figure->places);
        }
    }
}

/**
 * fascia_page_figure_new:
 * @library: the library, with its body map
 * @page: a page
 *
 * Returns: (transfer full) (nullable): what @page's picture shows, or
 *   %NULL when the page has none: it is not a muscle, region or technique
 *   page, or the map has nothing of it
 */
FasciaPageFigure *
fascia_page_figure_new (FasciaLibrary *library,
                        FasciaPage    *page)
{
  g_autoptr(FasciaPageFigure) figure = NULL;
  FasciaBodyMap *map;
  GPtrArray *sections;

  g_return_val_if_fail (FASCIA_IS_LIBRARY (library), NULL);
  g_return_val_if_fail (FASCIA_IS_PAGE (page), NULL);

  if ((map = fascia_library_get_body_map (library)) == NULL)
    return NULL;

  figure = g_new0 (FasciaPageFigure, 1);
  figure->subject = g_ptr_array_new ();
  figure->areas = g_ptr_array_new ();
  figure->places = g_ptr_array_new ();

  switch (fascia_page_get_page_type (page))
    {
    case FASCIA_PAGE_MUSCLE:
      /* The manuals draw one side; the person's right is the custom. */
      figure->muscle = fascia_body_map_find_muscle (map, fascia_page_get_id (page), FASCIA_SIDE_RIGHT);
      if (figure->muscle == NULL)
        figure->muscle = fascia_body_map_find_muscle (map, fascia_page_get_id (page), FASCIA_SIDE_CENTRE);
      if (figure->muscle == NULL)
        figure->muscle = fascia_body_map_find_muscle (map, fascia_page_get_id (page), FASCIA_SIDE_LEFT);
      if (figure->muscle == NULL)
        return NULL;
      break;

    case FASCIA_PAGE_REGION:
      add_regions_for_page (map, fascia_page_get_id (page), figure->subject);
      if (figure->subject->len == 0)
        return NULL;
      break;

    case FASCIA_PAGE_TECHNIQUE:
      sections = fascia_page_get_sections (page);
      for (guint s = 0; s < sections->len; s++)
        collect_steps (map, ((FasciaSection *)g_ptr_array_index (sections, s))->blocks, figure);
      if (figure->areas->len == 0 && figure->places->len == 0)
        return NULL;
      break;

    default:
      return NULL;
    }

  return g_steal_pointer (&figure);
}

/**
 * fascia_page_figure_free:
 * @figure: (nullable): what a page's picture shows
 */
void
fascia_page_figure_free (FasciaPageFigure *figure)
{
  if (figure == NULL)
    return;

  g_clear_pointer (&figure->subject, g_ptr_array_unref);
  g_clear_pointer (&figure->areas, g_ptr_array_unref);
  g_clear_pointer (&figure->places, g_ptr_array_unref);
  g_free (figure);
}

/* The regions' names in a sentence, each once ("the buttock and the back
 * of the thigh"); whether they lie on both sides is told apart. */
static char *
regions_text (GPtrArray *regions,
              gboolean  *both_sides)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  gboolean left = FALSE, right = FALSE;

  for (guint i = 0; i < regions->len; i++)
    {
      const FasciaBodyRegion *region = g_ptr_array_index (regions, i);
      g_autofree char *name = fascia_dup_name_in_sentence (region->name);
      g_autofree char *phrase = NULL;
      gboolean seen = FALSE;

      left |= region->side == FASCIA_SIDE_LEFT;
      right |= region->side == FASCIA_SIDE_RIGHT;

      /* Translators: a body part in a list, "the buttock". */
      phrase = g_strdup_printf (_("the %s"), name);
      for (guint j = 0; j < names->len && !seen; j++)
        seen = strcmp (g_ptr_array_index (names, j), phrase) == 0;
      if (!seen)
        g_ptr_array_add (names, g_steal_pointer (&phrase));
    }

  if (both_sides != NULL)
    *both_sides = left && right;

  return fascia_dup_and_list (names);
}

static const char *
place_title (FasciaLibrary         *library,
             const FasciaBodyPlace *place)
{
  FasciaPage *page = library != NULL ? fascia_library_get_page (library, FASCIA_PLACES_PAGE) : NULL;
  const FasciaSection *section = page != NULL ? fascia_page_find_section (page, place->id) : NULL;

  return section != NULL && section->title != NULL ? section->title : place->id;
}

/**
 * fascia_page_figure_dup_description:
 * @figure: what a page's picture shows
 * @library: (nullable): the library, for the names of muscles and places
 *
 * Returns: (transfer full): the picture said in words, for screen readers
 *   and for anyone who cannot make out the colours
 */
char *
fascia_page_figure_dup_description (FasciaPageFigure *figure,
                                    FasciaLibrary    *library)
{
  g_autoptr(GString) text = g_string_new (NULL);

  g_return_val_if_fail (figure != NULL, NULL);

  if (figure->muscle != NULL)
    {
      g_autoptr(GPtrArray) one = g_ptr_array_new ();
      g_autofree char *name = NULL;
      g_autofree char *where = NULL;

      g_ptr_array_add (one, (gpointer)figure->muscle);
      name = muscles_text (library, one);
      where = regions_text (figure->muscle->regions, NULL);
      g_string_append_printf (text, _("The figure shows %s where it lies, in %s."), name, where);

      if (figure->muscle->zones[FASCIA_ZONE_ESSENTIAL]->len > 0)
        {
          g_autofree char *zone = regions_text (figure->muscle->zones[FASCIA_ZONE_ESSENTIAL], NULL);

          g_string_append_c (text, ' ');
          g_string_append_printf (text, _("Its pain is commonly described in %s (solid red: the main zone)."), zone);
        }
      if (figure->muscle->zones[FASCIA_ZONE_SPILLOVER]->len > 0)
        {
          g_autofree char *zone = regions_text (figure->muscle->zones[FASCIA_ZONE_SPILLOVER], NULL);

          g_string_append_c (text, ' ');
          g_string_append_printf (text, _("It sometimes reaches %s (red dots: the spillover zone)."), zone);
        }
    }

  if (figure->subject->len > 0)
    {
      gboolean both = FALSE;
      g_autofree char *regions = regions_text (figure->subject, &both);

      if (both)
        g_string_append_printf (text, _("The figure highlights %s, on both sides."), regions);
      else
        g_string_append_printf (text, _("The figure highlights %s."), regions);
    }

  if (figure->areas->len > 0)
    {
      g_autofree char *regions = regions_text (figure->areas, NULL);

      if (text->len > 0)
        g_string_append_c (text, ' ');
      g_string_append_printf (text, _("Where to work, in blue: %s."), regions);
    }

  if (figure->places->len > 0)
    {
      g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
      g_autofree char *list = NULL;

      for (guint i = 0; i < figure->places->len; i++)
        g_ptr_array_add (names, fascia_dup_name_in_sentence (place_title (library, g_ptr_array_index (figure->places, i))));
      list = fascia_dup_and_list (names);

      if (text->len > 0)
        g_string_append_c (text, ' ');
      g_string_append_printf (text, _("Never press, hatched in red: %s."), list);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static gboolean
has_steps (const FasciaSection *section)
{
  for (guint i = 0; i < section->blocks->len; i++)
    if (((FasciaBlock *)g_ptr_array_index (section->blocks, i))->kind == FASCIA_BLOCK_STEPS)
      return TRUE;

  return FALSE;
}

/**
 * fascia_page_figure_is_home:
 * @page: a page
 * @section: one of its sections
 *
 * Returns: whether the page's picture goes at the head of @section: a
 *   muscle's in the section on its pain pattern (id "referral", or the
 *   first section when there is none), a technique's in the first section
 *   with steps. A region page's goes with its body map section instead.
 */
gboolean
fascia_page_figure_is_home (FasciaPage          *page,
                            const FasciaSection *section)
{
  GPtrArray *sections;

  g_return_val_if_fail (FASCIA_IS_PAGE (page), FALSE);
  g_return_val_if_fail (section != NULL, FALSE);

  sections = fascia_page_get_sections (page);
  switch (fascia_page_get_page_type (page))
    {
    case FASCIA_PAGE_MUSCLE:
      if (fascia_page_find_section (page, "referral") != NULL)
        return g_strcmp0 (section->id, "referral") == 0;
      return sections->len > 0 && g_ptr_array_index (sections, 0) == section;

    case FASCIA_PAGE_TECHNIQUE:
      for (guint i = 0; i < sections->len; i++)
        if (has_steps (g_ptr_array_index (sections, i)))
          return g_ptr_array_index (sections, i) == section;
      return FALSE;

    default:
      return FALSE;
    }
}
