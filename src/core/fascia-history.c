/* fascia-history.c - back and forward through what the reader has read
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * As in a browser: visiting a new place puts the current one on the back
 * list and forgets the forward list; going back moves the current place to
 * the forward list. Before the window moves on it tells the history where
 * the reader is in the current place (fascia_history_leave()), so that
 * coming back restores the scroll position rather than the link's section.
 * Both lists are capped; the oldest places fall off.
 */
#define G_LOG_DOMAIN "fascia-history"

#include "config.h"

#include "fascia-history.h"

struct _FasciaHistory
{
  GObject             parent_instance;

  GQueue              back;      /* newest first */
  GQueue              forward;   /* nearest first */
  FasciaHistoryEntry *current;
  guint               cap;
};

enum {
  PROP_0,
  PROP_CAN_GO_BACK,
  PROP_CAN_GO_FORWARD,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (FasciaHistory, fascia_history, G_TYPE_OBJECT)

static FasciaHistoryEntry *
entry_new (const char *page_id,
           const char *section_id,
           double      scroll)
{
  FasciaHistoryEntry *entry = g_new0 (FasciaHistoryEntry, 1);

  entry->page_id = g_strdup (page_id);
  entry->section_id = g_strdup (section_id);
  entry->scroll = scroll;

  return entry;
}

static void
entry_free (FasciaHistoryEntry *entry)
{
  if (entry == NULL)
    return;

  g_free (entry->page_id);
  g_free (entry->section_id);
  g_free (entry);
}

static void
push_capped (FasciaHistory      *self,
             GQueue             *queue,
             FasciaHistoryEntry *entry)
{
  g_queue_push_head (queue, entry);
  while (g_queue_get_length (queue) > self->cap)
    entry_free (g_queue_pop_tail (queue));
}

/* Notifies what changed between @could_back/@could_forward and now. */
static void
notify_changes (FasciaHistory *self,
                gboolean       could_back,
                gboolean       could_forward)
{
  if (could_back != fascia_history_can_go_back (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_GO_BACK]);
  if (could_forward != fascia_history_can_go_forward (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_GO_FORWARD]);
}

static void
fascia_history_finalize (GObject *object)
{
  FasciaHistory *self = (FasciaHistory *)object;

  g_queue_clear_full (&self->back, (GDestroyNotify)entry_free);
  g_queue_clear_full (&self->forward, (GDestroyNotify)entry_free);
  g_clear_pointer (&self->current, entry_free);

  G_OBJECT_CLASS (fascia_history_parent_class)->finalize (object);
}

static void
fascia_history_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  FasciaHistory *self = FASCIA_HISTORY (object);

  switch (prop_id)
    {
    case PROP_CAN_GO_BACK:
      g_value_set_boolean (value, fascia_history_can_go_back (self));
      break;

    case PROP_CAN_GO_FORWARD:
      g_value_set_boolean (value, fascia_history_can_go_forward (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fascia_history_class_init (FasciaHistoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = fascia_history_finalize;
  object_class->get_property = fascia_history_get_property;

  properties[PROP_CAN_GO_BACK] =
    g_param_spec_boolean ("can-go-back", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_CAN_GO_FORWARD] =
    g_param_spec_boolean ("can-go-forward", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fascia_history_init (FasciaHistory *self)
{
  g_queue_init (&self->back);
  g_queue_init (&self->forward);
  self->cap = FASCIA_HISTORY_DEFAULT_CAP;
}

/**
 * fascia_history_new:
 * @cap: how many places each of the back and forward lists keeps, at least 1
 *
 * Returns: (transfer full): an empty history
 */
FasciaHistory *
fascia_history_new (guint cap)
{
  FasciaHistory *self = g_object_new (FASCIA_TYPE_HISTORY, NULL);

  self->cap = MAX (cap, 1);

  return self;
}

/**
 * fascia_history_get_current:
 *
 * Returns: (transfer none) (nullable): the place shown now
 */
const FasciaHistoryEntry *
fascia_history_get_current (FasciaHistory *self)
{
  g_return_val_if_fail (FASCIA_IS_HISTORY (self), NULL);
  return self->current;
}

/**
 * fascia_history_visit:
 * @page_id: the page, or the body map's target
 * @section_id: (nullable): the section to show, or (on the body map) the
 *   region chosen
 *
 * Makes a new place current: the place shown until now goes on the back
 * list, and the forward list is forgotten.
 */
void
fascia_history_visit (FasciaHistory *self,
                      const char    *page_id,
                      const char    *section_id)
{
  gboolean could_back, could_forward;

  g_return_if_fail (FASCIA_IS_HISTORY (self));
  g_return_if_fail (page_id != NULL);

  could_back = fascia_history_can_go_back (self);
  could_forward = fascia_history_can_go_forward (self);

  if (self->current != NULL)
    push_capped (self, &self->back, g_steal_pointer (&self->current));
  g_queue_clear_full (&self->forward, (GDestroyNotify)entry_free);
  self->current = entry_new (page_id, section_id, 0.0);

  notify_changes (self, could_back, could_forward);
}

/**
 * fascia_history_leave:
 * @section_id: (nullable): what to come back to: %NULL on a page, where
 *   the scroll position says it all; the chosen region on the body map
 * @scroll: how far down the reader is, in pixels
 *
 * Records where the reader is in the current place, before they move on.
 */
void
fascia_history_leave (FasciaHistory *self,
                      const char    *section_id,
                      double         scroll)
{
  g_return_if_fail (FASCIA_IS_HISTORY (self));

  if (self->current == NULL)
    return;

  g_free (self->current->section_id);
  self->current->section_id = g_strdup (section_id);
  self->current->scroll = scroll;
}

static gboolean
step (FasciaHistory *self,
      GQueue        *from,
      GQueue        *to)
{
  gboolean could_back = fascia_history_can_go_back (self);
  gboolean could_forward = fascia_history_can_go_forward (self);
  FasciaHistoryEntry *entry = g_queue_pop_head (from);

  if (entry == NULL)
    return FALSE;

  if (self->current != NULL)
    push_capped (self, to, g_steal_pointer (&self->current));
  self->current = entry;

  notify_changes (self, could_back, could_forward);
  return TRUE;
}

/**
 * fascia_history_go_back:
 *
 * Returns: whether there was a place to go back to, now current
 */
gboolean
fascia_history_go_back (FasciaHistory *self)
{
  g_return_val_if_fail (FASCIA_IS_HISTORY (self), FALSE);
  return step (self, &self->back, &self->forward);
}

/**
 * fascia_history_go_forward:
 *
 * Returns: whether there was a place to go forward to, now current
 */
gboolean
fascia_history_go_forward (FasciaHistory *self)
{
  g_return_val_if_fail (FASCIA_IS_HISTORY (self), FALSE);
  return step (self, &self->forward, &self->back);
}

/**
 * fascia_history_can_go_back:
 * @self: a history
 *
 * Returns: whether fascia_history_go_back() has a place to go to; notified
 *   as #FasciaHistory:can-go-back
 */
gboolean
fascia_history_can_go_back (FasciaHistory *self)
{
  g_return_val_if_fail (FASCIA_IS_HISTORY (self), FALSE);
  return !g_queue_is_empty (&self->back);
}

/**
 * fascia_history_can_go_forward:
 * @self: a history
 *
 * Returns: whether fascia_history_go_forward() has a place to go to;
 *   notified as #FasciaHistory:can-go-forward
 */
gboolean
fascia_history_can_go_forward (FasciaHistory *self)
{
  g_return_val_if_fail (FASCIA_IS_HISTORY (self), FALSE);
  return !g_queue_is_empty (&self->forward);
}

/**
 * fascia_history_get_n_back:
 * @self: a history
 *
 * Returns: how many places the back list holds, never more than the cap
 *   the history was made with
 */
guint
fascia_history_get_n_back (FasciaHistory *self)
{
  g_return_val_if_fail (FASCIA_IS_HISTORY (self), 0);
  return g_queue_get_length (&self->back);
}

/**
 * fascia_history_get_n_forward:
 * @self: a history
 *
 * Returns: how many places the forward list holds, never more than the cap
 *   the history was made with
 */
guint
fascia_history_get_n_forward (FasciaHistory *self)
{
  g_return_val_if_fail (FASCIA_IS_HISTORY (self), 0);
  return g_queue_get_length (&self->forward);
}
