/* fascia-library.h - every page of a content folder, loaded once
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "fascia-body-map.h"
#include "fascia-page.h"
#include "fascia-safety.h"
#include "fascia-search.h"

G_BEGIN_DECLS

#define FASCIA_TYPE_LIBRARY (fascia_library_get_type ())

G_DECLARE_FINAL_TYPE (FasciaLibrary, fascia_library, FASCIA, LIBRARY, GObject)

typedef enum
{
  FASCIA_LIBRARY_LOAD_DEFAULT    = 0,
  FASCIA_LIBRARY_LOAD_CHECK_ONLY = 1 << 0,
} FasciaLibraryLoadFlags;

FasciaLibrary *fascia_library_load             (const char      *directory,
                                                GError         **error);
FasciaLibrary *fascia_library_load_full        (const char      *directory,
                                                FasciaLibraryLoadFlags flags,
                                                GError         **error);
char          *fascia_library_dup_enclosing_folder (const char  *directory);
char          *fascia_library_dup_translation  (const char      *translations_dir,
                                                const char * const *languages);
const char    *fascia_library_get_directory    (FasciaLibrary   *self);
guint          fascia_library_get_n_pages      (FasciaLibrary   *self);
FasciaPage    *fascia_library_get_page_at      (FasciaLibrary   *self,
                                                guint            position);
FasciaPage    *fascia_library_get_page         (FasciaLibrary   *self,
                                                const char      *id);
GPtrArray     *fascia_library_dup_pages_of_type (FasciaLibrary  *self,
                                                FasciaPageType   type);
GPtrArray     *fascia_library_get_problems     (FasciaLibrary   *self);
guint          fascia_library_get_n_skipped    (FasciaLibrary   *self);
FasciaBodyMap *fascia_library_get_body_map     (FasciaLibrary   *self);
FasciaSearchIndex *fascia_library_get_search_index (FasciaLibrary *self);
FasciaSafetyCheck *fascia_library_get_safety_check (FasciaLibrary *self);
gboolean       fascia_library_resolve          (FasciaLibrary   *self,
                                                const char      *target,
                                                FasciaPage     **page,
                                                char           **section_id);

G_END_DECLS
