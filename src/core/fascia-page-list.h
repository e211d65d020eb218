/* fascia-page-list.h - bookmarks and recently read pages, kept in settings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "fascia-library.h"

G_BEGIN_DECLS

typedef enum
{
  FASCIA_PAGE_LIST_IN_ORDER_ADDED,   /* bookmarks: a new one goes last */
  FASCIA_PAGE_LIST_NEWEST_FIRST,     /* recently read: the last one read goes first */
} FasciaPageListOrder;

#define FASCIA_TYPE_PAGE_LIST (fascia_page_list_get_type ())

G_DECLARE_FINAL_TYPE (FasciaPageList, fascia_page_list, FASCIA, PAGE_LIST, GObject)

FasciaPageList *fascia_page_list_new      (GSettings           *settings,
                                           const char          *key,
                                           FasciaLibrary       *library,
                                           FasciaPageListOrder  order,
                                           guint                max_items);
gboolean        fascia_page_list_contains (FasciaPageList      *self,
                                           const char          *page_id);
gboolean        fascia_page_list_add      (FasciaPageList      *self,
                                           const char          *page_id,
                                           GError             **error);
gboolean        fascia_page_list_remove   (FasciaPageList      *self,
                                           const char          *page_id,
                                           GError             **error);
char          **fascia_page_list_dup_ids  (FasciaPageList      *self);

G_END_DECLS
