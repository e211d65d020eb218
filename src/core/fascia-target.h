/* fascia-target.h - the names of everything a reader can go to
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The target that opens the body map; "body-map#REGION" opens it with
 * REGION chosen, showing where pain there may come from. No page may use
 * this id. */
#define FASCIA_BODY_MAP_TARGET "body-map"

gboolean  fascia_target_parse       (const char  *target,
                                     char       **page_id,
                                     char       **section_id);
char     *fascia_target_build       (const char  *page_id,
                                     const char  *section_id);
gboolean  fascia_target_is_body_map (const char  *target);

G_END_DECLS
