/* fascia-target.h - the names of everything a reader can go to
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The target that opens the body map; "body-map#REGION" opens it with
 * REGION chosen, showing where pain there may come from, and
 * "body-map#places" with the places never to press shown. No page may use
 * this id, and no region the id "places". */
#define FASCIA_BODY_MAP_TARGET "body-map"
#define FASCIA_BODY_MAP_PLACES "places"

gboolean  fascia_target_parse       (const char  *target,
                                     char       **page_id,
                                     char       **section_id);
char     *fascia_target_build       (const char  *page_id,
                                     const char  *section_id);
gboolean  fascia_target_is_body_map (const char  *target);

G_END_DECLS
