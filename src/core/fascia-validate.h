/* fascia-validate.h - the checks a schema cannot make
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "fascia-body-map.h"
#include "fascia-page.h"

G_BEGIN_DECLS

void fascia_validate_page  (FasciaPage *page,
                            GPtrArray  *problems);
void fascia_validate_links (FasciaPage *page,
                            GHashTable *pages_by_id,
                            GPtrArray  *problems);
GPtrArray *fascia_validate_dup_linked (FasciaPage *page);
void fascia_validate_reachable (GPtrArray     *pages,
                                GPtrArray     *linked,
                                FasciaBodyMap *body_map,
                                GPtrArray     *problems);
GPtrArray *fascia_validate_dup_flags (FasciaPage *page);
void fascia_validate_consistency (GPtrArray   *pages,
                                  GPtrArray   *flags,
                                  GPtrArray   *problems);

G_END_DECLS
