/* fascia-target.c - the names of everything a reader can go to
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A target is "page" or "page#section", each part an id: lower-case words
 * of letters and digits joined by single hyphens. Links, the sidebar, the
 * command line, bookmarks and history all name what they open this way, and
 * the body map is the one target that is not a page.
 */
#define G_LOG_DOMAIN "fascia-target"

#include "config.h"

#include <string.h>

#include "fascia-parser-private.h"
#include "fascia-target.h"

/**
 * fascia_target_parse:
 * @target: a target from a link, the command line or settings
 * @page_id: (out) (optional): the page part
 * @section_id: (out) (optional) (nullable): the section part, or %NULL
 *
 * Splits @target into its parts, which must both be ids.
 *
 * Returns: whether @target is of the form "page" or "page#section"
 */
gboolean
fascia_target_parse (const char  *target,
                     char       **page_id,
                     char       **section_id)
{
  const char *hash;
  gsize page_length;

  if (page_id != NULL)
    *page_id = NULL;
  if (section_id != NULL)
    *section_id = NULL;

  if (target == NULL)
    return FALSE;

  hash = strchr (target, '#');
  page_length = hash != NULL ? (gsize)(hash - target) : strlen (target);

  if (!fascia_parser_is_ident (target, page_length))
    return FALSE;
  if (hash != NULL && !fascia_parser_is_ident (hash + 1, strlen (hash + 1)))
    return FALSE;

  if (page_id != NULL)
    *page_id = g_strndup (target, page_length);
  if (section_id != NULL && hash != NULL)
    *section_id = g_strdup (hash + 1);

  return TRUE;
}

/**
 * fascia_target_build:
 * @page_id: a page id
 * @section_id: (nullable): one of its sections
 *
 * Returns: (transfer full): "page" or "page#section"
 */
char *
fascia_target_build (const char *page_id,
                     const char *section_id)
{
  g_return_val_if_fail (page_id != NULL, NULL);

  if (section_id == NULL || section_id[0] == '\0')
    return g_strdup (page_id);

  return g_strconcat (page_id, "#", section_id, NULL);
}

/**
 * fascia_target_is_body_map:
 * @target: (nullable): a target
 *
 * Returns: whether @target opens the body map
 */
gboolean
fascia_target_is_body_map (const char *target)
{
  g_autofree char *page_id = NULL;

  return fascia_target_parse (target, &page_id, NULL) && strcmp (page_id, FASCIA_BODY_MAP_TARGET) == 0;
}
