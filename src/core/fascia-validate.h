/* fascia-validate.h - the checks a schema cannot make
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "fascia-body-map.h"
#include "fascia-page.h"

G_BEGIN_DECLS

/* What the checks across pages need of one page: see fascia-validate.c. */
typedef struct _FasciaPageFacts FasciaPageFacts;

void fascia_validate_page  (FasciaPage *page,
                            GPtrArray  *problems);
FasciaPageFacts *fascia_validate_dup_facts (FasciaPage *page);
void fascia_page_facts_free (FasciaPageFacts *facts);
void fascia_validate_links (FasciaPage      *page,
                            FasciaPageFacts *facts,
                            GHashTable      *pages_by_id,
                            GPtrArray       *problems);
void fascia_validate_reachable (GPtrArray     *pages,
                                GPtrArray     *facts,
                                FasciaBodyMap *body_map,
                                GPtrArray     *problems);
void fascia_validate_consistency (GPtrArray   *pages,
                                  GPtrArray   *facts,
                                  GPtrArray   *problems);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FasciaPageFacts, fascia_page_facts_free)

G_END_DECLS
