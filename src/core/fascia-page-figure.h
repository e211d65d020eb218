/* fascia-page-figure.h - what a page's picture of the body shows, and says
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "fascia-body-map.h"
#include "fascia-library.h"

G_BEGIN_DECLS

/* What the picture on a page shows: a muscle page its muscle (drawn on the
 * right side) and its pain pattern; a region page its regions; a technique
 * page where it works and the places never to press that its steps keep
 * off. Everything belongs to the library's map. */
typedef struct
{
  const FasciaBodyMuscle *muscle;     /* muscle pages */
  GPtrArray              *subject;    /* region pages: const FasciaBodyRegion * */
  GPtrArray              *areas;      /* technique pages: const FasciaBodyRegion * */
  GPtrArray              *places;     /* technique pages: const FasciaBodyPlace * */
} FasciaPageFigure;

FasciaPageFigure *fascia_page_figure_new             (FasciaLibrary          *library,
                                                      FasciaPage             *page);
void              fascia_page_figure_free            (FasciaPageFigure       *figure);
char             *fascia_page_figure_dup_description (FasciaPageFigure       *figure,
                                                      FasciaLibrary          *library);
gboolean          fascia_page_figure_is_home         (FasciaPage             *page,
                                                      const FasciaSection    *section);

char             *fascia_dup_and_list                (GPtrArray              *items);
char             *fascia_dup_name_in_sentence        (const char             *name);
char             *fascia_body_region_dup_place_text  (const FasciaBodyRegion *region);
char             *fascia_body_region_dup_sources_text (FasciaLibrary         *library,
                                                      const FasciaBodyRegion *region);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FasciaPageFigure, fascia_page_figure_free)

G_END_DECLS
