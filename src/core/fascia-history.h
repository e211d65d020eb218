/* fascia-history.h - back and forward through what the reader has read
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* One place in the history: a page (or the body map), the section a link
 * pointed to, and how far down the reader had scrolled when they left. */
typedef struct
{
  char   *page_id;
  char   *section_id;
  double  scroll;
} FasciaHistoryEntry;

#define FASCIA_HISTORY_DEFAULT_CAP 50

#define FASCIA_TYPE_HISTORY (fascia_history_get_type ())

G_DECLARE_FINAL_TYPE (FasciaHistory, fascia_history, FASCIA, HISTORY, GObject)

FasciaHistory            *fascia_history_new            (guint          cap);
const FasciaHistoryEntry *fascia_history_get_current    (FasciaHistory *self);
void                      fascia_history_visit          (FasciaHistory *self,
                                                         const char    *page_id,
                                                         const char    *section_id);
void                      fascia_history_leave          (FasciaHistory *self,
                                                         const char    *section_id,
                                                         double         scroll);
gboolean                  fascia_history_go_back        (FasciaHistory *self);
gboolean                  fascia_history_go_forward     (FasciaHistory *self);
gboolean                  fascia_history_can_go_back    (FasciaHistory *self);
gboolean                  fascia_history_can_go_forward (FasciaHistory *self);
guint                     fascia_history_get_n_back     (FasciaHistory *self);
guint                     fascia_history_get_n_forward  (FasciaHistory *self);

G_END_DECLS
