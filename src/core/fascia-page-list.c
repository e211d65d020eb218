/* fascia-page-list.c - bookmarks and recently read pages, kept in settings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A list of page ids in a string-array key of GSettings, shown as a list
 * model of the library's pages. Ids the library does not have (a page
 * removed from the content, another content folder) stay in the setting,
 * so that nothing is lost, but are not shown. A change made elsewhere (a
 * second window) reaches every list through the settings' change signal.
 */
#define G_LOG_DOMAIN "fascia-page-list"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "fascia-page-list.h"

struct _FasciaPageList
{
  GObject              parent_instance;

  GSettings           *settings;   /* nullable: then kept in memory only */
  char                *key;
  FasciaLibrary       *library;
  FasciaPageListOrder  order;
  guint                max_items;

  GPtrArray           *ids;        /* every id kept, in order */
  GPtrArray           *pages;      /* those the library has: the model */
};

static void fascia_page_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (FasciaPageList, fascia_page_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, fascia_page_list_model_init))

static GType
get_item_type (GListModel *model)
{
  return FASCIA_TYPE_PAGE;
}

static guint
get_n_items (GListModel *model)
{
  return FASCIA_PAGE_LIST (model)->pages->len;
}

static gpointer
get_item (GListModel *model,
          guint       position)
{
  FasciaPageList *self = FASCIA_PAGE_LIST (model);

  if (position >= self->pages->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->pages, position));
}

static void
fascia_page_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

/* Rebuilds the shown pages from the ids, telling the model's users. */
static void
update_pages (FasciaPageList *self)
{
  guint removed = self->pages->len;

  g_ptr_array_set_size (self->pages, 0);
  for (guint i = 0; i < self->ids->len; i++)
    {
      FasciaPage *page = self->library ? fascia_library_get_page (self->library, g_ptr_array_index (self->ids, i))
                                       : NULL;

      if (page != NULL)
        g_ptr_array_add (self->pages, g_object_ref (page));
    }

  if (removed > 0 || self->pages->len > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, removed, self->pages->len);
}

static gboolean
has_id (GPtrArray  *ids,
        const char *id)
{
  for (guint i = 0; i < ids->len; i++)
    if (g_str_equal (g_ptr_array_index (ids, i), id))
      return TRUE;

  return FALSE;
}

/* Takes the ids from the setting, each once, at most max_items. */
static void
load_ids (FasciaPageList *self)
{
  g_auto(GStrv) ids = NULL;

  g_ptr_array_set_size (self->ids, 0);
  if (self->settings == NULL)
    return;

  ids = g_settings_get_strv (self->settings, self->key);
  for (guint i = 0; ids[i] != NULL; i++)
    {
      if (self->max_items > 0 && self->ids->len >= self->max_items)
        break;
      if (!has_id (self->ids, ids[i]))
        g_ptr_array_add (self->ids, g_strdup (ids[i]));
    }
}

static void
settings_changed_cb (GSettings      *settings,
                     const char     *key,
                     FasciaPageList *self)
{
  load_ids (self);
  update_pages (self);
}

/* Writes @ids to the setting and, when that worked, makes them the list. */
static gboolean
save_ids (FasciaPageList  *self,
          GPtrArray       *ids,
          GError         **error)
{
  if (self->settings != NULL)
    {
      g_autoptr(GPtrArray) strv = g_ptr_array_new ();
      gboolean saved;

      for (guint i = 0; i < ids->len; i++)
        g_ptr_array_add (strv, g_ptr_array_index (ids, i));
      g_ptr_array_add (strv, NULL);

      g_signal_handlers_block_by_func (self->settings, settings_changed_cb, self);
      saved = g_settings_set_strv (self->settings, self->key, (const char * const *)strv->pdata);
      g_signal_handlers_unblock_by_func (self->settings, settings_changed_cb, self);

      if (!saved)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_READ_ONLY,
                       _("The list could not be saved: the setting “%s” cannot be changed"), self->key);
          return FALSE;
        }
    }

  /* @ids borrows the strings of self->ids: copy before letting them go. */
  {
    GPtrArray *copy = g_ptr_array_new_full (ids->len, g_free);

    for (guint i = 0; i < ids->len; i++)
      g_ptr_array_add (copy, g_strdup (g_ptr_array_index (ids, i)));
    g_ptr_array_unref (self->ids);
    self->ids = copy;
  }

  update_pages (self);
  return TRUE;
}

static void
fascia_page_list_dispose (GObject *object)
{
  FasciaPageList *self = (FasciaPageList *)object;

  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_func (self->settings, settings_changed_cb, self);
  g_clear_object (&self->settings);
  g_clear_object (&self->library);
  if (self->pages != NULL)
    g_ptr_array_set_size (self->pages, 0);

  G_OBJECT_CLASS (fascia_page_list_parent_class)->dispose (object);
}

static void
fascia_page_list_finalize (GObject *object)
{
  FasciaPageList *self = (FasciaPageList *)object;

  g_clear_pointer (&self->key, g_free);
  g_clear_pointer (&self->ids, g_ptr_array_unref);
  g_clear_pointer (&self->pages, g_ptr_array_unref);

  G_OBJECT_CLASS (fascia_page_list_parent_class)->finalize (object);
}

static void
fascia_page_list_class_init (FasciaPageListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = fascia_page_list_dispose;
  object_class->finalize = fascia_page_list_finalize;
}

static void
fascia_page_list_init (FasciaPageList *self)
{
  self->ids = g_ptr_array_new_with_free_func (g_free);
  self->pages = g_ptr_array_new_with_free_func (g_object_unref);
}

/**
 * fascia_page_list_new:
 * @settings: (nullable): where the list is kept; %NULL keeps it in memory
 * @key: the string-array key of @settings
 * @library: (nullable): the library whose pages are shown
 * @order: where a page added goes
 * @max_items: how many ids are kept, 0 for no limit
 *
 * Returns: (transfer full): the list, with the pages the setting names
 */
FasciaPageList *
fascia_page_list_new (GSettings           *settings,
                      const char          *key,
                      FasciaLibrary       *library,
                      FasciaPageListOrder  order,
                      guint                max_items)
{
  FasciaPageList *self;

  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);
  g_return_val_if_fail (key != NULL, NULL);
  g_return_val_if_fail (library == NULL || FASCIA_IS_LIBRARY (library), NULL);

  self = g_object_new (FASCIA_TYPE_PAGE_LIST, NULL);
  self->settings = settings ? g_object_ref (settings) : NULL;
  self->key = g_strdup (key);
  self->library = library ? g_object_ref (library) : NULL;
  self->order = order;
  self->max_items = max_items;

  if (self->settings != NULL)
    {
      g_autofree char *signal = g_strconcat ("changed::", key, NULL);

      g_signal_connect (self->settings, signal, G_CALLBACK (settings_changed_cb), self);
    }

  load_ids (self);
  update_pages (self);

  return self;
}

/**
 * fascia_page_list_contains:
 *
 * Returns: whether @page_id is in the list
 */
gboolean
fascia_page_list_contains (FasciaPageList *self,
                           const char     *page_id)
{
  g_return_val_if_fail (FASCIA_IS_PAGE_LIST (self), FALSE);
  g_return_val_if_fail (page_id != NULL, FALSE);

  return has_id (self->ids, page_id);
}

/**
 * fascia_page_list_add:
 * @page_id: a page id
 * @error: why the list could not be saved
 *
 * Adds @page_id: last in a list in the order added (nothing happens when it
 * is there already), first in a newest-first list (moving it when it is
 * there already), dropping the oldest ids past the limit.
 *
 * Returns: whether the list was saved
 */
gboolean
fascia_page_list_add (FasciaPageList  *self,
                      const char      *page_id,
                      GError         **error)
{
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();

  g_return_val_if_fail (FASCIA_IS_PAGE_LIST (self), FALSE);
  g_return_val_if_fail (page_id != NULL, FALSE);

  if (self->order == FASCIA_PAGE_LIST_IN_ORDER_ADDED && has_id (self->ids, page_id))
    return TRUE;
  if (self->order == FASCIA_PAGE_LIST_NEWEST_FIRST && self->ids->len > 0 &&
      g_str_equal (g_ptr_array_index (self->ids, 0), page_id))
    return TRUE;

  if (self->order == FASCIA_PAGE_LIST_NEWEST_FIRST)
    g_ptr_array_add (ids, (char *)page_id);
  for (guint i = 0; i < self->ids->len; i++)
    {
      char *id = g_ptr_array_index (self->ids, i);

      if (!g_str_equal (id, page_id))
        g_ptr_array_add (ids, id);
    }
  if (self->order == FASCIA_PAGE_LIST_IN_ORDER_ADDED)
    g_ptr_array_add (ids, (char *)page_id);

  if (self->max_items > 0 && ids->len > self->max_items)
    {
      /* The newest stay: at the front of a newest-first list, at the end
       * of a list in the order added. */
      if (self->order == FASCIA_PAGE_LIST_NEWEST_FIRST)
        g_ptr_array_set_size (ids, self->max_items);
      else
        g_ptr_array_remove_range (ids, 0, ids->len - self->max_items);
    }

  return save_ids (self, ids, error);
}

/**
 * fascia_page_list_remove:
 * @page_id: a page id
 * @error: why the list could not be saved
 *
 * Returns: whether the list was saved (also when @page_id was not in it)
 */
gboolean
fascia_page_list_remove (FasciaPageList  *self,
                         const char      *page_id,
                         GError         **error)
{
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();

  g_return_val_if_fail (FASCIA_IS_PAGE_LIST (self), FALSE);
  g_return_val_if_fail (page_id != NULL, FALSE);

  if (!has_id (self->ids, page_id))
    return TRUE;

  for (guint i = 0; i < self->ids->len; i++)
    {
      char *id = g_ptr_array_index (self->ids, i);

      if (!g_str_equal (id, page_id))
        g_ptr_array_add (ids, id);
    }

  return save_ids (self, ids, error);
}

/**
 * fascia_page_list_dup_ids:
 *
 * Returns: (transfer full): every id kept, shown or not, in order
 */
char **
fascia_page_list_dup_ids (FasciaPageList *self)
{
  GStrvBuilder *builder;
  char **ids;

  g_return_val_if_fail (FASCIA_IS_PAGE_LIST (self), NULL);

  builder = g_strv_builder_new ();
  for (guint i = 0; i < self->ids->len; i++)
    g_strv_builder_add (builder, g_ptr_array_index (self->ids, i));
  ids = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);

  return ids;
}
