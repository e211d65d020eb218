/* fascia-present.c - what a page says, worded once for the screen and for paper
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The page view and printing draw a page differently, but must say the same
 * things: a step's dose, a note's title, a muscle's zone, a source, where
 * the steps work and where never to press, where a region's pain may come
 * from. Each is worded here, once, as plain text or as escaped Pango markup;
 * FASCIA_MARKUP_PRINTABLE leaves out the links that paper cannot follow.
 */
#define G_LOG_DOMAIN "fascia-present"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "fascia-present.h"

static void
append_escaped (GString    *out,
                const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text != NULL ? text : "", -1);

  g_string_append (out, escaped);
}

/**
 * fascia_duration_dup_text:
 * @seconds: a duration
 *
 * Returns: (transfer full): "1 minute 30 seconds", as a person says it
 */
char *
fascia_duration_dup_text (guint seconds)
{
  guint minutes = seconds / 60;
  g_autofree char *minutes_text = NULL;
  g_autofree char *seconds_text = NULL;

  if (minutes > 0)
    minutes_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u minute", "%u minutes", minutes), minutes);
  if (seconds % 60 != 0 || minutes == 0)
    seconds_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u second", "%u seconds", seconds % 60),
                                    seconds % 60);

  if (minutes_text != NULL && seconds_text != NULL)
    return g_strdup_printf (/* Translators: a duration, "1 minute" then "30 seconds" */
                            C_("duration", "%s %s"), minutes_text, seconds_text);

  return g_strdup (minutes_text != NULL ? minutes_text : seconds_text);
}

/**
 * fascia_step_dup_dose:
 * @step: a STEP block
 *
 * Returns: (transfer full) (nullable): "Hold 90 seconds · 3 sets · Rest 1
 *   minute between sets", or %NULL for a step with neither a hold time nor
 *   sets
 */
char *
fascia_step_dup_dose (const FasciaBlock *step)
{
  GString *dose;

  g_return_val_if_fail (step != NULL, NULL);

  if (step->hold_seconds == 0 && step->sets == 0)
    return NULL;

  dose = g_string_new (NULL);
  if (step->hold_seconds > 0)
    {
      g_autofree char *duration = fascia_duration_dup_text (step->hold_seconds);

      /* Translators: how long to hold a position, "Hold 1 minute 30 seconds" */
      g_string_append_printf (dose, _("Hold %s"), duration);
    }
  if (step->sets > 0)
    {
      if (dose->len > 0)
        g_string_append (dose, " · ");
      g_string_append_printf (dose, g_dngettext (GETTEXT_PACKAGE, "%u set", "%u sets", step->sets), step->sets);
    }
  if (step->rest_seconds > 0 && step->sets > 1)
    {
      g_autofree char *rest = fascia_duration_dup_text (step->rest_seconds);

      g_string_append (dose, " · ");
      /* Translators: the pause between two sets, "Rest 1 minute between sets" */
      g_string_append_printf (dose, _("Rest %s between sets"), rest);
    }

  return g_string_free (dose, FALSE);
}

/**
 * fascia_table_cell_is_blank:
 * @cell: a table cell
 *
 * A cell with no text is a space for the reader to fill in, as in a plan
 * to print and complete by hand: screen and paper give it room to write.
 *
 * Returns: whether @cell holds no text but white space
 */
gboolean
fascia_table_cell_is_blank (const FasciaBlock *cell)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (cell != NULL, FALSE);

  if (cell->inlines == NULL || cell->inlines->len == 0)
    return TRUE;

  text = fascia_inlines_to_plain_text (cell->inlines);
  return text[0] == '\0';
}

/**
 * fascia_note_kind_get_title:
 *
 * Returns: the title of a note of @kind that has none of its own
 */
const char *
fascia_note_kind_get_title (FasciaNoteKind kind)
{
  switch (kind)
    {
    case FASCIA_NOTE_TIP:
      return _("Tip");
    case FASCIA_NOTE_INFO:
      return _("Good to Know");
    case FASCIA_NOTE_CAUTION:
      return _("Caution");
    case FASCIA_NOTE_DANGER:
      return _("Danger");
    default:
      g_return_val_if_reached ("");
    }
}

/**
 * fascia_referral_zone_get_label:
 *
 * Returns: what the trigger point manuals call a pattern's @zone
 */
const char *
fascia_referral_zone_get_label (FasciaReferralZone zone)
{
  switch (zone)
    {
    case FASCIA_ZONE_ESSENTIAL:
      return _("Main zone");
    case FASCIA_ZONE_SPILLOVER:
      return _("Spillover zone");
    default:
      g_return_val_if_reached ("");
    }
}

/**
 * fascia_evidence_dup_badge:
 *
 * Returns: (transfer full): "Evidence: Limited"
 */
char *
fascia_evidence_dup_badge (FasciaEvidenceLevel level)
{
  return g_strdup_printf (_("Evidence: %s"), fascia_evidence_level_get_label (level));
}

/**
 * fascia_referrer_to_markup:
 * @library: (nullable): the library, for the muscle page's title
 * @page: the region page, for numbering citations
 * @referrer: a REFERRER block
 * @flags: for the screen or for paper
 *
 * Returns: (transfer full): "<b>Gluteus minimus</b> — Main zone. …", the
 *   muscle's name in bold, linked to its page on screen
 */
char *
fascia_referrer_to_markup (FasciaLibrary     *library,
                           FasciaPage        *page,
                           const FasciaBlock *referrer,
                           FasciaMarkupFlags  flags)
{
  FasciaPage *muscle = library != NULL ? fascia_library_get_page (library, referrer->target) : NULL;
  const char *name = muscle != NULL ? fascia_page_get_title (muscle) : referrer->target;
  g_autofree char *link = fascia_markup_link (referrer->target, name, flags | FASCIA_MARKUP_BOLD);
  g_autofree char *zone = g_markup_escape_text (fascia_referral_zone_get_label (referrer->zone), -1);
  g_autofree char *detail = fascia_inlines_to_markup_full (referrer->inlines, page, flags);

  return g_strdup_printf ("%s — %s. %s", link, zone, detail);
}

static gboolean
is_web_address (const char *url)
{
  return url != NULL && (g_str_has_prefix (url, "https://") || g_str_has_prefix (url, "http://"));
}

/**
 * fascia_source_to_markup:
 * @source: one of a page's sources
 * @flags: for the screen (the address a link) or for paper
 *
 * Returns: (transfer full): "Authors (year). <i>Title</i>. Venue. address"
 */
char *
fascia_source_to_markup (const FasciaSource *source,
                         FasciaMarkupFlags   flags)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (source != NULL, g_string_free (out, FALSE));

  append_escaped (out, source->authors);
  g_string_append (out, " (");
  append_escaped (out, source->year);
  g_string_append (out, "). <i>");
  append_escaped (out, source->title);
  g_string_append (out, "</i>. ");
  append_escaped (out, source->venue);
  g_string_append (out, ".");

  if (is_web_address (source->url))
    {
      g_autofree char *url = g_markup_escape_text (source->url, -1);

      if ((flags & FASCIA_MARKUP_PRINTABLE) != 0)
        g_string_append_printf (out, " %s", url);
      else
        g_string_append_printf (out, " <a href=\"%s\">%s</a>", url, url);
    }

  return g_string_free (out, FALSE);
}

/* "Label A · B": each id's name, linked to @page's section of that id, or
 * to the page of that id when @page is NULL. */
static char *
named_list_markup (const char         *label,
                   char              **ids,
                   FasciaPage         *page,
                   FasciaLibrary      *library,
                   FasciaMarkupFlags   flags)
{
  GString *out;

  if (ids == NULL || ids[0] == NULL)
    return NULL;

  out = g_string_new (NULL);
  append_escaped (out, label);

  for (guint i = 0; ids[i] != NULL; i++)
    {
      const char *name = ids[i];
      g_autofree char *target = NULL;
      g_autofree char *link = NULL;

      if (page != NULL)
        {
          const FasciaSection *section = fascia_page_find_section (page, ids[i]);

          if (section != NULL && section->title != NULL)
            name = section->title;
          target = g_strconcat (fascia_page_get_id (page), "#", ids[i], NULL);
        }
      else
        {
          FasciaPage *other = library != NULL ? fascia_library_get_page (library, ids[i]) : NULL;

          if (other != NULL)
            name = fascia_page_get_title (other);
          target = g_strdup (ids[i]);
        }

      link = fascia_markup_link (target, name, flags);
      g_string_append (out, i > 0 ? " · " : " ");
      g_string_append (out, link);
    }

  return g_string_free (out, FALSE);
}

/**
 * fascia_steps_area_to_markup:
 * @library: (nullable): the library, for the region pages' titles
 * @areas: (nullable) (array zero-terminated=1): region page ids
 * @flags: for the screen or for paper
 *
 * Returns: (transfer full) (nullable): "Where: Outer hip and thigh · …",
 *   or %NULL without areas
 */
char *
fascia_steps_area_to_markup (FasciaLibrary      *library,
                             char              **areas,
                             FasciaMarkupFlags   flags)
{
  return named_list_markup (_("Where:"), areas, NULL, library, flags);
}

/**
 * fascia_steps_keep_off_to_markup:
 * @library: (nullable): the library, for the places' names
 * @keep_off: (nullable) (array zero-terminated=1): ids of places never to
 *   press
 * @flags: for the screen or for paper
 *
 * Returns: (transfer full) (nullable): "Keep off: The groin crease · …",
 *   each place linked to its section of the places never to press, or
 *   %NULL without places
 */
char *
fascia_steps_keep_off_to_markup (FasciaLibrary      *library,
                                 char              **keep_off,
                                 FasciaMarkupFlags   flags)
{
  FasciaPage *places = library != NULL ? fascia_library_get_page (library, FASCIA_PLACES_PAGE) : NULL;

  /* Without the page the ids are all there is to say, unlinked. */
  if (places == NULL)
    flags |= FASCIA_MARKUP_PRINTABLE;

  return named_list_markup (_("Keep off:"), keep_off, places, NULL, flags);
}

/**
 * fascia_region_page_dup_origins_markup:
 * @library: the library with its body map
 * @page: a region page
 * @flags: for the screen (each page linked) or for paper
 *
 * Returns: (transfer full) (nullable): "Pain here is commonly described as
 *   coming from: Outer hip and thigh, Low back. This is not a diagnosis.",
 *   or %NULL when the body map names no region it may come from
 */
char *
fascia_region_page_dup_origins_markup (FasciaLibrary     *library,
                                       FasciaPage        *page,
                                       FasciaMarkupFlags  flags)
{
  FasciaBodyMap *map = library != NULL ? fascia_library_get_body_map (library) : NULL;
  g_autoptr(GPtrArray) regions = NULL;
  g_autoptr(GHashTable) seen = NULL;
  g_autoptr(GString) names = NULL;

  g_return_val_if_fail (FASCIA_IS_PAGE (page), NULL);

  if (map == NULL || fascia_page_get_page_type (page) != FASCIA_PAGE_REGION)
    return NULL;

  regions = fascia_body_map_dup_regions_for_page (map, fascia_page_get_id (page));
  if (regions->len == 0)
    return NULL;

  seen = g_hash_table_new (g_str_hash, g_str_equal);
  names = g_string_new (NULL);

  /* The page's regions (a left and a right, a front and a back) together. */
  for (guint r = 0; r < regions->len; r++)
    {
      const FasciaBodyRegion *region = g_ptr_array_index (regions, r);

      for (guint i = 0; i < region->from->len; i++)
        {
          const FasciaBodyRegion *source = fascia_body_map_find_region (map, g_ptr_array_index (region->from, i));
          FasciaPage *other;
          g_autofree char *link = NULL;

          if (source == NULL || g_strcmp0 (source->page_id, fascia_page_get_id (page)) == 0 ||
              !g_hash_table_add (seen, source->page_id))
            continue;
          if ((other = fascia_library_get_page (library, source->page_id)) == NULL)
            continue;

          link = fascia_markup_link (source->page_id, fascia_page_get_title (other), flags);
          g_string_append_printf (names, "%s%s", names->len > 0 ? ", " : "", link);
        }
    }

  if (names->len == 0)
    return NULL;

  return g_strdup_printf (_("Pain here is commonly described as coming from: %s. This is not a diagnosis."),
                          names->str);
}

/* @text with the @ranges of it in bold, escaped. */
static char *
highlighted_markup (const char *text,
                    GArray     *ranges)
{
  GString *out = g_string_new (NULL);
  gsize length = strlen (text);
  guint done = 0;

  for (guint i = 0; ranges != NULL && i < ranges->len; i++)
    {
      const FasciaSearchRange *range = &g_array_index (ranges, FasciaSearchRange, i);
      g_autofree char *before = NULL, *match = NULL;

      if (range->start < done || range->end < range->start || range->end > length)
        continue;
      before = g_markup_escape_text (text + done, range->start - done);
      match = g_markup_escape_text (text + range->start, range->end - range->start);
      g_string_append_printf (out, "%s<b>%s</b>", before, match);
      done = range->end;
    }
  append_escaped (out, text + done);

  return g_string_free (out, FALSE);
}

/**
 * fascia_search_result_to_markup:
 * @result: a search result
 *
 * Returns: (transfer full): the result's snippet, every word that matched
 *   in bold
 */
char *
fascia_search_result_to_markup (const FasciaSearchResult *result)
{
  g_return_val_if_fail (result != NULL, NULL);
  return highlighted_markup (result->snippet, result->highlights);
}

/**
 * fascia_search_result_title_to_markup:
 * @result: a search result
 *
 * Returns: (transfer full): the title of the result's page, every word
 *   that matched in bold
 */
char *
fascia_search_result_title_to_markup (const FasciaSearchResult *result)
{
  g_return_val_if_fail (result != NULL, NULL);
  return highlighted_markup (fascia_page_get_title (result->page), result->title_highlights);
}

/**
 * fascia_text_scale_step:
 * @scale: the text size now
 * @direction: 1 for larger, -1 for smaller, 0 for the normal size
 *
 * Returns: the next text size, in whole steps from the normal size (so
 *   that ten presses and back land on 100 %), within the limits
 */
double
fascia_text_scale_step (double scale,
                        int    direction)
{
  double steps;

  if (direction == 0)
    return 1.0;

  steps = round ((scale - 1.0) / FASCIA_TEXT_SCALE_STEP) + (direction > 0 ? 1 : -1);

  return CLAMP (1.0 + steps * FASCIA_TEXT_SCALE_STEP, FASCIA_TEXT_SCALE_MIN, FASCIA_TEXT_SCALE_MAX);
}
