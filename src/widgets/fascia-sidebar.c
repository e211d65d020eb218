/* fascia-sidebar.c - the pages by kind, bookmarks, recently read and search
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The sidebar is a list view of a tree of groups: the body map, then
 * one group per kind of page in reading order, then bookmarks and recently
 * read, which change as the reader reads and so come last, where they move
 * nothing above them. A group opens and closes when activated; a library
 * bigger than a screenful starts with its groups closed but the one of the
 * page shown. Only the rows on screen are made
 * (and made again for other items as the list scrolls), so a long list
 * costs the first frame no more than a short one. The row of the page shown
 * is highlighted as current, not selected: hovering or moving the focus
 * never moves the highlight. Typing searches: the results, with their
 * snippets, take the list's place until the search is cleared.
 */
#define G_LOG_DOMAIN "fascia-sidebar"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "fascia-result-row.h"
#include "fascia-sidebar.h"
#include "fascia-sidebar-row.h"
#include "fascia-target.h"

/* Up to about a screenful of pages, every group starts open; a bigger
 * library starts as a table of contents, its groups closed but the one of
 * the page shown (a row each costs the first frame its measuring). */
#define OPEN_GROUPS_UP_TO 24
#define MAX_RESULTS       50

/* ------------------------------------------------------------ the groups */

typedef enum
{
  GROUP_BODY_MAP,
  GROUP_KIND,
  GROUP_BOOKMARKS,
  GROUP_RECENT,
} GroupKind;

#define FASCIA_TYPE_SIDEBAR_GROUP (fascia_sidebar_group_get_type ())
G_DECLARE_FINAL_TYPE (FasciaSidebarGroup, fascia_sidebar_group, FASCIA, SIDEBAR_GROUP, GObject)

struct _FasciaSidebarGroup
{
  GObject         parent_instance;
  GroupKind       kind;
  FasciaPageType  page_type;
  char           *title;
  GListModel     *pages;      /* nullable for the body map */
};

G_DEFINE_FINAL_TYPE (FasciaSidebarGroup, fascia_sidebar_group, G_TYPE_OBJECT)

static void
fascia_sidebar_group_finalize (GObject *object)
{
  FasciaSidebarGroup *self = (FasciaSidebarGroup *)object;

  g_clear_pointer (&self->title, g_free);
  g_clear_object (&self->pages);

  G_OBJECT_CLASS (fascia_sidebar_group_parent_class)->finalize (object);
}

static void
fascia_sidebar_group_class_init (FasciaSidebarGroupClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = fascia_sidebar_group_finalize;
}

static void
fascia_sidebar_group_init (FasciaSidebarGroup *self)
{
}

static FasciaSidebarGroup *
group_new (GroupKind   kind,
           const char *title,
           GListModel *pages)
{
  FasciaSidebarGroup *group = g_object_new (FASCIA_TYPE_SIDEBAR_GROUP, NULL);

  group->kind = kind;
  group->title = g_strdup (title);
  group->pages = pages ? g_object_ref (pages) : NULL;

  return group;
}

/* ----------------------------------------------------------- the sidebar */

struct _FasciaSidebar
{
  GtkWidget            parent_instance;

  GtkSearchEntry      *search_entry;
  GtkStack            *stack;
  GtkScrolledWindow   *pages_scroller;
  GtkListView         *pages_list;
  GtkListBox          *results_list;

  FasciaLibrary       *library;
  FasciaSafetyAnswers *answers;
  GListStore          *groups;
  GtkTreeListModel    *tree;
  GtkFilter           *filter;
  GtkFilterListModel  *shown;              /* the tree without empty groups: the list's model */
  GHashTable          *bound;              /* FasciaSidebarRow → GtkListItem, the rows on screen */
  GHashTable          *position_in_kind;   /* page id → its index in its kind's group */
  guint                kind_group[FASCIA_N_PAGE_TYPES];   /* group index + 1; 0 for none */
  char                *selected;
  int                  current;             /* the position of the current row, or -1 */
  guint                scroll_tick;
  guint                scroll_frames;       /* frames the tick has run on */
  gboolean             follow_later;        /* the row is found a frame after the page shows */
  gboolean             scroll_twice;        /* the list has just changed: scroll again */
};

enum {
  OPEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (FasciaSidebar, fascia_sidebar, GTK_TYPE_WIDGET)

static GListModel *
create_child_model (gpointer item,
                    gpointer user_data)
{
  FasciaSidebarGroup *group = FASCIA_IS_SIDEBAR_GROUP (item) ? item : NULL;

  return group != NULL && group->pages != NULL ? g_object_ref (group->pages) : NULL;
}

/* What the safety check says of @page now, for lists of pages. */
static char *
dup_mark (FasciaSidebar     *self,
          FasciaPage        *page,
          FasciaSafetyLevel *level)
{
  FasciaSafetyCheck *check = self->library ? fascia_library_get_safety_check (self->library) : NULL;

  *level = FASCIA_SAFETY_CARE;
  if (check == NULL || self->answers == NULL || fascia_page_get_page_type (page) != FASCIA_PAGE_TECHNIQUE)
    return NULL;

  return fascia_safety_check_dup_mark (check, self->answers, fascia_page_get_id (page), level);
}

static void
show_row (FasciaSidebar    *self,
          FasciaSidebarRow *row,
          GtkTreeListRow   *tree_row)
{
  g_autoptr(GObject) item = tree_row != NULL ? gtk_tree_list_row_get_item (tree_row) : NULL;

  /* A row whose group has just been emptied holds nothing any more. */
  if (item == NULL)
    return;

  if (FASCIA_IS_PAGE (item))
    {
      FasciaSafetyLevel level;
      g_autofree char *mark = dup_mark (self, FASCIA_PAGE (item), &level);

      fascia_sidebar_row_show_page (row, FASCIA_PAGE (item), mark, level);
    }
  else if (FASCIA_SIDEBAR_GROUP (item)->kind == GROUP_BODY_MAP)
    {
      fascia_sidebar_row_show_body_map (row);
    }
  else
    {
      FasciaSidebarGroup *group = FASCIA_SIDEBAR_GROUP (item);
      guint n = g_list_model_get_n_items (group->pages);

      fascia_sidebar_row_show_group (row, group->title, n, gtk_tree_list_row_get_expanded (tree_row));
    }
}

/* Whether @row stands for what the window shows. */
static gboolean
is_current (FasciaSidebar    *self,
            FasciaSidebarRow *row)
{
  const char *target = fascia_sidebar_row_get_target (row);
  g_autofree char *page_id = NULL;

  if (target == NULL || self->selected == NULL || !fascia_target_parse (self->selected, &page_id, NULL))
    return FALSE;

  return g_str_equal (target, page_id);
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              FasciaSidebar            *self)
{
  /* Selectable, though nothing is ever selected (the model selects
   * nothing): GTK 4.8 gives the keyboard focus only to selectable rows. */
  gtk_list_item_set_child (item, fascia_sidebar_row_new ());
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             FasciaSidebar            *self)
{
  FasciaSidebarRow *row = FASCIA_SIDEBAR_ROW (gtk_list_item_get_child (item));

  show_row (self, row, gtk_list_item_get_item (item));
  fascia_sidebar_row_set_current (row, is_current (self, row));
  g_hash_table_insert (self->bound, row, item);
}

static void
unbind_row_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               FasciaSidebar            *self)
{
  g_hash_table_remove (self->bound, gtk_list_item_get_child (item));
}

/* The row at @position of the list, or NULL past its end. */
static GtkTreeListRow *
dup_tree_row (FasciaSidebar *self,
              guint          position)
{
  if (self->shown == NULL)
    return NULL;

  return g_list_model_get_item (G_LIST_MODEL (self->shown), position);
}

/* Bookmarks and recently read show only when they hold something. */
static gboolean
filter_row (gpointer item,
            gpointer user_data)
{
  g_autoptr(GObject) row_item = gtk_tree_list_row_get_item (item);
  FasciaSidebarGroup *group = FASCIA_IS_SIDEBAR_GROUP (row_item) ? FASCIA_SIDEBAR_GROUP (row_item) : NULL;

  return group == NULL || (group->kind != GROUP_BOOKMARKS && group->kind != GROUP_RECENT) ||
         g_list_model_get_n_items (group->pages) > 0;
}

/* Shows the heading of group @index as it is now: open or closed, and how
 * many pages it holds. */
static void
refresh_group (FasciaSidebar *self,
               guint          index)
{
  g_autoptr(GtkTreeListRow) tree_row = gtk_tree_list_model_get_child_row (self->tree, index);
  GHashTableIter iter;
  gpointer key, value;

  if (tree_row == NULL)
    return;

  /* Its row, if it is on screen. */
  g_hash_table_iter_init (&iter, self->bound);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (gtk_list_item_get_item (value) == (gpointer)tree_row)
      show_row (self, key, tree_row);
}

static void
group_items_changed_cb (GListModel    *pages,
                        guint          position,
                        guint          removed,
                        guint          added,
                        FasciaSidebar *self)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->groups)); i++)
    {
      g_autoptr(FasciaSidebarGroup) group = g_list_model_get_item (G_LIST_MODEL (self->groups), i);

      if (group->pages == pages)
        refresh_group (self, i);
    }
  gtk_filter_changed (self->filter, GTK_FILTER_CHANGE_DIFFERENT);

  /* A page read again moves to the top of recently read: keep its kind
   * highlighted all the same. */
  if (self->selected != NULL)
    fascia_sidebar_select (self, self->selected);
}

static void
set_group_expanded (FasciaSidebar *self,
                    guint          index,
                    gboolean       expanded)
{
  g_autoptr(GtkTreeListRow) tree_row = gtk_tree_list_model_get_child_row (self->tree, index);

  if (tree_row == NULL || gtk_tree_list_row_get_expanded (tree_row) == expanded)
    return;

  gtk_tree_list_row_set_expanded (tree_row, expanded);
  refresh_group (self, index);
}

/* What activating the row at @position does: open its page or the body
 * map, or open or close its group. */
static void
activate_position (FasciaSidebar *self,
                   guint          position)
{
  g_autoptr(GtkTreeListRow) tree_row = dup_tree_row (self, position);
  g_autoptr(GObject) item = tree_row != NULL ? gtk_tree_list_row_get_item (tree_row) : NULL;

  if (item == NULL)
    return;

  if (FASCIA_IS_PAGE (item))
    {
      g_signal_emit (self, signals[OPEN], 0, fascia_page_get_id (FASCIA_PAGE (item)));
      return;
    }

  if (FASCIA_SIDEBAR_GROUP (item)->kind == GROUP_BODY_MAP)
    {
      g_signal_emit (self, signals[OPEN], 0, FASCIA_BODY_MAP_TARGET);
      return;
    }

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->groups)); i++)
    {
      g_autoptr(GtkTreeListRow) group_row = gtk_tree_list_model_get_child_row (self->tree, i);

      if (group_row == tree_row)
        set_group_expanded (self, i, !gtk_tree_list_row_get_expanded (group_row));
    }
}

static void
page_row_activated_cb (FasciaSidebar *self,
                       guint          position)
{
  activate_position (self, position);
}

/* ------------------------------------------------------------- searching */

static void
clear_results (FasciaSidebar *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->results_list))) != NULL)
    gtk_list_box_remove (self->results_list, child);
}

/* What a search that finds nothing shows, made the first time one does:
 * waiting in the stack, the status page was built and measured for the
 * window's first frame, a few milliseconds of it. */
static void
ensure_no_results (FasciaSidebar *self)
{
  GtkWidget *status;

  if (gtk_stack_get_child_by_name (self->stack, "no-results") != NULL)
    return;

  status = adw_status_page_new ();
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (status), "edit-find-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (status), _("No Results"));
  adw_status_page_set_description (ADW_STATUS_PAGE (status),
                                   _("Nothing matches that yet. Try a shorter word, or the name of a body "
                                     "part or muscle."));
  gtk_widget_add_css_class (status, "compact");
  gtk_stack_add_named (self->stack, status, "no-results");
}

static void
search_changed_cb (FasciaSidebar  *self,
                   GtkSearchEntry *entry)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
  FasciaSearchIndex *index = self->library ? fascia_library_get_search_index (self->library) : NULL;
  g_autoptr(GPtrArray) results = NULL;

  clear_results (self);

  if (text[0] == '\0' || index == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "pages");
      return;
    }

  results = fascia_search_index_query (index, text, MAX_RESULTS);
  for (guint i = 0; i < results->len; i++)
    {
      const FasciaSearchResult *result = g_ptr_array_index (results, i);
      FasciaSafetyLevel level;
      g_autofree char *mark = dup_mark (self, result->page, &level);

      gtk_list_box_append (self->results_list, fascia_result_row_new (result, mark, level));
    }

  if (results->len == 0)
    ensure_no_results (self);
  gtk_stack_set_visible_child_name (self->stack, results->len > 0 ? "results" : "no-results");
}

static void
search_activate_cb (FasciaSidebar  *self,
                    GtkSearchEntry *entry)
{
  GtkListBoxRow *first = gtk_list_box_get_row_at_index (self->results_list, 0);

  if (first != NULL && gtk_widget_get_visible (GTK_WIDGET (self->results_list)))
    g_signal_emit (self, signals[OPEN], 0, fascia_result_row_get_target (FASCIA_RESULT_ROW (first)));
}

static void
search_stop_cb (FasciaSidebar  *self,
                GtkSearchEntry *entry)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
}

static gboolean
search_key_pressed_cb (GtkEventControllerKey *controller,
                       guint                  keyval,
                       guint                  keycode,
                       GdkModifierType        state,
                       FasciaSidebar         *self)
{
  GtkListBoxRow *first;

  if (keyval != GDK_KEY_Down && keyval != GDK_KEY_KP_Down)
    return FALSE;

  /* Down moves from the entry into the results. */
  first = gtk_list_box_get_row_at_index (self->results_list, 0);
  if (first == NULL || g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "results") != 0)
    return FALSE;

  gtk_list_box_select_row (self->results_list, first);
  return gtk_widget_grab_focus (GTK_WIDGET (first));
}

static void
result_row_activated_cb (FasciaSidebar *self,
                         GtkListBoxRow *row)
{
  g_signal_emit (self, signals[OPEN], 0, fascia_result_row_get_target (FASCIA_RESULT_ROW (row)));
}

/* ----------------------------------------------------------- safety marks */

static void
answers_changed_cb (FasciaSafetyAnswers *answers,
                    FasciaSidebar       *self)
{
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, self->bound);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      FasciaPage *page = fascia_sidebar_row_get_page (key);

      if (page != NULL && fascia_page_get_page_type (page) == FASCIA_PAGE_TECHNIQUE)
        show_row (self, key, gtk_list_item_get_item (value));
    }

  /* Search results carry marks too: ask again. */
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "results") == 0)
    search_changed_cb (self, self->search_entry);
}

/* --------------------------------------------------------------- widget */

static void
fascia_sidebar_dispose (GObject *object)
{
  FasciaSidebar *self = (FasciaSidebar *)object;

  if (self->scroll_tick != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->scroll_tick);
      self->scroll_tick = 0;
    }
  if (self->pages_list != NULL)
    gtk_list_view_set_model (self->pages_list, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), FASCIA_TYPE_SIDEBAR);
  g_clear_object (&self->shown);
  g_clear_object (&self->filter);
  g_clear_object (&self->tree);
  g_clear_object (&self->groups);
  g_clear_object (&self->library);
  g_clear_object (&self->answers);

  G_OBJECT_CLASS (fascia_sidebar_parent_class)->dispose (object);
}

static void
fascia_sidebar_finalize (GObject *object)
{
  FasciaSidebar *self = (FasciaSidebar *)object;

  g_clear_pointer (&self->position_in_kind, g_hash_table_unref);
  g_clear_pointer (&self->bound, g_hash_table_unref);
  g_clear_pointer (&self->selected, g_free);

  G_OBJECT_CLASS (fascia_sidebar_parent_class)->finalize (object);
}

static void
fascia_sidebar_class_init (FasciaSidebarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fascia_sidebar_dispose;
  object_class->finalize = fascia_sidebar_finalize;

  /**
   * FasciaSidebar::open:
   * @target: "page", "page#section" or the body map's target
   *
   * Emitted when the reader activates a page, the body map or a result.
   */
  signals[OPEN] =
    g_signal_new ("open",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/fasciaapp/Fascia/fascia-sidebar.ui");
  gtk_widget_class_bind_template_child (widget_class, FasciaSidebar, search_entry);
  gtk_widget_class_bind_template_child (widget_class, FasciaSidebar, stack);
  gtk_widget_class_bind_template_child (widget_class, FasciaSidebar, pages_scroller);
  gtk_widget_class_bind_template_child (widget_class, FasciaSidebar, pages_list);
  gtk_widget_class_bind_template_child (widget_class, FasciaSidebar, results_list);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_stop_cb);
  gtk_widget_class_bind_template_callback (widget_class, page_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, result_row_activated_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "sidebar");
}

static void
fascia_sidebar_init (FasciaSidebar *self)
{
  GtkEventController *keys;

  gtk_orientable_set_orientation (GTK_ORIENTABLE (gtk_widget_get_layout_manager (GTK_WIDGET (self))),
                                  GTK_ORIENTATION_VERTICAL);
  gtk_widget_init_template (GTK_WIDGET (self));

  keys = gtk_event_controller_key_new ();
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (search_key_pressed_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self->search_entry), keys);

  /* Typing while the list has the focus searches. */
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self->stack));

  self->groups = g_list_store_new (FASCIA_TYPE_SIDEBAR_GROUP);
  self->position_in_kind = g_hash_table_new (g_str_hash, g_str_equal);
  self->bound = g_hash_table_new (NULL, NULL);
  self->current = -1;

  {
    g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

    g_signal_connect_object (factory, "setup", G_CALLBACK (setup_row_cb), self, 0);
    g_signal_connect_object (factory, "bind", G_CALLBACK (bind_row_cb), self, 0);
    g_signal_connect_object (factory, "unbind", G_CALLBACK (unbind_row_cb), self, 0);
    gtk_list_view_set_factory (self->pages_list, factory);
  }
}

/**
 * fascia_sidebar_new:
 *
 * Returns: (transfer floating): an empty sidebar; fascia_sidebar_set_library()
 *   fills it
 */
GtkWidget *
fascia_sidebar_new (void)
{
  return g_object_new (FASCIA_TYPE_SIDEBAR, NULL);
}

/**
 * fascia_sidebar_set_library:
 * @library: (nullable): the library
 * @bookmarks: (nullable): the bookmarked pages
 * @recent: (nullable): the pages read most recently
 *
 * Fills the sidebar: once, when the window is made.
 */
void
fascia_sidebar_set_library (FasciaSidebar *self,
                            FasciaLibrary *library,
                            GListModel    *bookmarks,
                            GListModel    *recent)
{
  guint n_pages;
  gboolean open;

  g_return_if_fail (FASCIA_IS_SIDEBAR (self));
  g_return_if_fail (self->library == NULL);

  if (library == NULL)
    return;

  self->library = g_object_ref (library);
  n_pages = fascia_library_get_n_pages (library);
  open = n_pages <= OPEN_GROUPS_UP_TO;

  if (fascia_library_get_body_map (library) != NULL)
    {
      g_autoptr(FasciaSidebarGroup) map = group_new (GROUP_BODY_MAP, _("Body Map"), NULL);

      g_list_store_append (self->groups, map);
    }

  for (FasciaPageType type = 0; type < FASCIA_N_PAGE_TYPES; type++)
    {
      g_autoptr(GPtrArray) pages = fascia_library_dup_pages_of_type (library, type);
      g_autoptr(GListStore) store = NULL;
      g_autoptr(FasciaSidebarGroup) group = NULL;

      if (pages->len == 0)
        continue;

      store = g_list_store_new (FASCIA_TYPE_PAGE);
      g_list_store_splice (store, 0, 0, pages->pdata, pages->len);
      for (guint i = 0; i < pages->len; i++)
        g_hash_table_insert (self->position_in_kind, (char *)fascia_page_get_id (g_ptr_array_index (pages, i)),
                             GUINT_TO_POINTER (i));

      group = group_new (GROUP_KIND, fascia_page_type_get_label (type), G_LIST_MODEL (store));
      group->page_type = type;
      g_list_store_append (self->groups, group);
      self->kind_group[type] = g_list_model_get_n_items (G_LIST_MODEL (self->groups));
    }

  if (bookmarks != NULL)
    {
      g_autoptr(FasciaSidebarGroup) group = group_new (GROUP_BOOKMARKS, _("Bookmarks"), bookmarks);

      g_list_store_append (self->groups, group);
      g_signal_connect_object (bookmarks, "items-changed", G_CALLBACK (group_items_changed_cb), self, 0);
    }
  if (recent != NULL)
    {
      g_autoptr(FasciaSidebarGroup) group = group_new (GROUP_RECENT, _("Recently Read"), recent);

      g_list_store_append (self->groups, group);
      g_signal_connect_object (recent, "items-changed", G_CALLBACK (group_items_changed_cb), self, 0);
    }

  self->tree = gtk_tree_list_model_new (G_LIST_MODEL (g_object_ref (self->groups)), FALSE, FALSE,
                                        create_child_model, NULL, NULL);

  /* Open the groups of kinds before the list gets its model: no row is
   * bound twice. Bookmarks and recently read start closed. */
  for (guint i = 0; open && i < g_list_model_get_n_items (G_LIST_MODEL (self->groups)); i++)
    {
      g_autoptr(FasciaSidebarGroup) group = g_list_model_get_item (G_LIST_MODEL (self->groups), i);
      g_autoptr(GtkTreeListRow) row = gtk_tree_list_model_get_child_row (self->tree, i);

      if (group->kind == GROUP_KIND)
        gtk_tree_list_row_set_expanded (row, TRUE);
    }

  self->filter = GTK_FILTER (gtk_custom_filter_new (filter_row, NULL, NULL));
  self->shown = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (self->tree)), g_object_ref (self->filter));
  {
    g_autoptr(GtkNoSelection) selection = gtk_no_selection_new (G_LIST_MODEL (g_object_ref (self->shown)));

    gtk_list_view_set_model (self->pages_list, GTK_SELECTION_MODEL (selection));
  }
}

/**
 * fascia_sidebar_set_safety_answers:
 * @answers: (nullable): the reader's answers
 *
 * Techniques the answers rule out, or call for care with, are marked, and
 * follow every change.
 */
void
fascia_sidebar_set_safety_answers (FasciaSidebar       *self,
                                   FasciaSafetyAnswers *answers)
{
  g_return_if_fail (FASCIA_IS_SIDEBAR (self));
  g_return_if_fail (answers == NULL || FASCIA_IS_SAFETY_ANSWERS (answers));

  if (self->answers == answers)
    return;

  if (self->answers != NULL)
    g_signal_handlers_disconnect_by_func (self->answers, answers_changed_cb, self);
  g_set_object (&self->answers, answers);
  if (answers != NULL)
    g_signal_connect_object (answers, "changed", G_CALLBACK (answers_changed_cb), self, 0);

  answers_changed_cb (answers, self);
}

static int selected_position (FasciaSidebar *self,
                              gboolean      *opened);

static gboolean
scroll_to_selected_cb (GtkWidget     *widget,
                       GdkFrameClock *clock,
                       gpointer       user_data)
{
  FasciaSidebar *self = FASCIA_SIDEBAR (widget);

  /* The list scrolls only once it has a size: wait for it. */
  if (gtk_widget_get_height (GTK_WIDGET (self->pages_list)) == 0 || !gtk_widget_get_mapped (widget))
    return G_SOURCE_CONTINUE;

  /* In a window already showing, the frame with the newly opened page
   * goes first. Opening a group of thousands of pages, or scrolling far
   * down a long list, took longer than the page itself (bench-page-open,
   * 10,000 pages); the sidebar can follow a frame later. */
  if (self->follow_later)
    {
      gboolean opened = FALSE;

      if (self->scroll_frames++ == 0)
        return G_SOURCE_CONTINUE;

      self->follow_later = FALSE;
      self->current = selected_position (self, &opened);
      self->scroll_twice |= opened;
    }

  if (self->current >= 0)
    gtk_widget_activate_action (GTK_WIDGET (self->pages_list), "list.scroll-to-item", "u", (guint)self->current);

  /* Once more on the next frame when the list has just been filled or a
   * group opened: the list knows the new rows' sizes only after one
   * layout, and may land short of the row the first time. */
  if (self->scroll_twice)
    {
      self->scroll_twice = FALSE;
      return G_SOURCE_CONTINUE;
    }

  self->scroll_tick = 0;
  self->scroll_frames = 0;
  return G_SOURCE_REMOVE;
}

/* The position in the list of @page_id's row in its kind's group,
 * opening the group if need be; -1 when the page is not listed. */
static int
page_position (FasciaSidebar *self,
               const char    *page_id,
               gboolean      *opened)
{
  FasciaPage *page = self->library ? fascia_library_get_page (self->library, page_id) : NULL;
  gpointer index;
  guint group;
  g_autoptr(GtkTreeListRow) group_row = NULL;

  if (page == NULL || !g_hash_table_lookup_extended (self->position_in_kind, page_id, NULL, &index))
    return -1;

  group = self->kind_group[fascia_page_get_page_type (page)];
  if (group == 0)
    return -1;

  group_row = gtk_tree_list_model_get_child_row (self->tree, group - 1);
  if (group_row == NULL)
    return -1;
  if (!gtk_tree_list_row_get_expanded (group_row))
    {
      set_group_expanded (self, group - 1, TRUE);
      *opened = TRUE;
    }

  return (int)(gtk_tree_list_row_get_position (group_row) + 1 + GPOINTER_TO_UINT (index));
}

/**
 * fascia_sidebar_select:
 * @target: (nullable): what is shown: a target, or %NULL for nothing
 *
 * Highlights the row of what is shown, in its kind's group (opened if need
 * be), and scrolls it into view: in a sidebar already on screen, on the
 * frame after the one that shows the page.
 */
void
fascia_sidebar_select (FasciaSidebar *self,
                       const char    *target)
{
  g_return_if_fail (FASCIA_IS_SIDEBAR (self));

  if (target != self->selected)
    {
      g_free (self->selected);
      self->selected = g_strdup (target);
    }

  /* The row of what is shown is highlighted at once, if it is on screen. */
  {
    GHashTableIter iter;
    gpointer key;

    g_hash_table_iter_init (&iter, self->bound);
    while (g_hash_table_iter_next (&iter, &key, NULL))
      fascia_sidebar_row_set_current (key, is_current (self, key));
  }

  /* Before the sidebar is first shown, its group opens now, so that the
   * first frame shows it; later, a frame after the page (see
   * scroll_to_selected_cb()). */
  if (gtk_widget_get_mapped (GTK_WIDGET (self->pages_list)) &&
      gtk_widget_get_height (GTK_WIDGET (self->pages_list)) > 0)
    {
      self->follow_later = TRUE;
      self->scroll_frames = 0;
    }
  else
    {
      gboolean opened = FALSE;

      self->follow_later = FALSE;
      self->current = selected_position (self, &opened);
      self->scroll_twice = TRUE;
    }

  if ((self->follow_later || self->current >= 0) && self->scroll_tick == 0)
    self->scroll_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), scroll_to_selected_cb, NULL, NULL);
}

/* The position of the row of what is shown, its group opened if need be
 * (then *@opened is set); -1 when it is not listed. */
static int
selected_position (FasciaSidebar *self,
                   gboolean      *opened)
{
  g_autofree char *page_id = NULL;

  if (self->tree == NULL || self->selected == NULL || !fascia_target_parse (self->selected, &page_id, NULL))
    return -1;

  if (g_str_equal (page_id, FASCIA_BODY_MAP_TARGET))
    {
      g_autoptr(GtkTreeListRow) first = dup_tree_row (self, 0);
      g_autoptr(GObject) item = first != NULL ? gtk_tree_list_row_get_item (first) : NULL;

      return FASCIA_IS_SIDEBAR_GROUP (item) && FASCIA_SIDEBAR_GROUP (item)->kind == GROUP_BODY_MAP ? 0 : -1;
    }

  return page_position (self, page_id, opened);
}

/**
 * fascia_sidebar_get_selected:
 *
 * Returns: (nullable): the target of the highlighted row
 */
const char *
fascia_sidebar_get_selected (FasciaSidebar *self)
{
  g_autoptr(GtkTreeListRow) tree_row = NULL;
  g_autoptr(GObject) item = NULL;

  g_return_val_if_fail (FASCIA_IS_SIDEBAR (self), NULL);

  if (self->current < 0 || (tree_row = dup_tree_row (self, (guint)self->current)) == NULL)
    return NULL;

  item = gtk_tree_list_row_get_item (tree_row);
  if (FASCIA_IS_PAGE (item))
    return fascia_page_get_id (FASCIA_PAGE (item));

  return FASCIA_IS_SIDEBAR_GROUP (item) && FASCIA_SIDEBAR_GROUP (item)->kind == GROUP_BODY_MAP
    ? FASCIA_BODY_MAP_TARGET : NULL;
}

/**
 * fascia_sidebar_focus_search:
 * @self: a sidebar
 *
 * Puts the keyboard focus in the search entry, so that typing searches.
 */
void
fascia_sidebar_focus_search (FasciaSidebar *self)
{
  g_return_if_fail (FASCIA_IS_SIDEBAR (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/**
 * fascia_sidebar_get_search_entry:
 *
 * Returns: (transfer none): the search entry
 */
GtkSearchEntry *
fascia_sidebar_get_search_entry (FasciaSidebar *self)
{
  g_return_val_if_fail (FASCIA_IS_SIDEBAR (self), NULL);
  return self->search_entry;
}

/**
 * fascia_sidebar_get_pages_list:
 *
 * Returns: (transfer none): the list of pages
 */
GtkListView *
fascia_sidebar_get_pages_list (FasciaSidebar *self)
{
  g_return_val_if_fail (FASCIA_IS_SIDEBAR (self), NULL);
  return self->pages_list;
}

/**
 * fascia_sidebar_get_n_rows:
 *
 * Returns: how many rows the list of pages holds now: headings, the body
 *   map and the pages of open groups, on screen or not
 */
guint
fascia_sidebar_get_n_rows (FasciaSidebar *self)
{
  g_return_val_if_fail (FASCIA_IS_SIDEBAR (self), 0);
  return self->shown != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->shown)) : 0;
}

/**
 * fascia_sidebar_describe_row:
 * @position: a row of the list of pages
 * @title: (out) (optional) (transfer none): what it says
 * @target: (out) (optional) (transfer none): what it opens; %NULL for a
 *   group's heading
 *
 * Returns: whether there is such a row
 */
gboolean
fascia_sidebar_describe_row (FasciaSidebar  *self,
                             guint           position,
                             const char    **title,
                             const char    **target)
{
  g_autoptr(GtkTreeListRow) tree_row = NULL;
  g_autoptr(GObject) item = NULL;
  const char *row_title = NULL, *row_target = NULL;

  g_return_val_if_fail (FASCIA_IS_SIDEBAR (self), FALSE);

  if ((tree_row = dup_tree_row (self, position)) == NULL)
    return FALSE;

  item = gtk_tree_list_row_get_item (tree_row);
  if (FASCIA_IS_PAGE (item))
    {
      row_title = fascia_page_get_title (FASCIA_PAGE (item));
      row_target = fascia_page_get_id (FASCIA_PAGE (item));
    }
  else
    {
      row_title = FASCIA_SIDEBAR_GROUP (item)->title;
      if (FASCIA_SIDEBAR_GROUP (item)->kind == GROUP_BODY_MAP)
        row_target = FASCIA_BODY_MAP_TARGET;
    }

  if (title != NULL)
    *title = row_title;
  if (target != NULL)
    *target = row_target;
  return TRUE;
}

/**
 * fascia_sidebar_activate_row:
 * @position: a row of the list of pages
 *
 * Does what clicking the row does: opens its page or the body map, or
 * opens or closes its group.
 */
void
fascia_sidebar_activate_row (FasciaSidebar *self,
                             guint          position)
{
  g_return_if_fail (FASCIA_IS_SIDEBAR (self));
  activate_position (self, position);
}

/**
 * fascia_sidebar_find_row:
 * @target: what a row opens
 *
 * Returns: (transfer none) (nullable): the row widget that opens @target,
 *   if it is on screen
 */
FasciaSidebarRow *
fascia_sidebar_find_row (FasciaSidebar *self,
                         const char    *target)
{
  GHashTableIter iter;
  gpointer key;

  g_return_val_if_fail (FASCIA_IS_SIDEBAR (self), NULL);

  g_hash_table_iter_init (&iter, self->bound);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (g_strcmp0 (fascia_sidebar_row_get_target (key), target) == 0)
      return key;

  return NULL;
}

/**
 * fascia_sidebar_get_results_list:
 *
 * Returns: (transfer none): the list of search results
 */
GtkListBox *
fascia_sidebar_get_results_list (FasciaSidebar *self)
{
  g_return_val_if_fail (FASCIA_IS_SIDEBAR (self), NULL);
  return self->results_list;
}

/**
 * fascia_sidebar_is_expanded:
 * @self: a sidebar
 * @type: a kind of page
 *
 * Returns: whether the group of @type's pages is open; %FALSE when the
 *   sidebar has no such group, with no library yet or no page of @type
 */
gboolean
fascia_sidebar_is_expanded (FasciaSidebar  *self,
                            FasciaPageType  type)
{
  g_autoptr(GtkTreeListRow) row = NULL;

  g_return_val_if_fail (FASCIA_IS_SIDEBAR (self), FALSE);
  g_return_val_if_fail (type < FASCIA_N_PAGE_TYPES, FALSE);

  if (self->tree == NULL || self->kind_group[type] == 0)
    return FALSE;

  row = gtk_tree_list_model_get_child_row (self->tree, self->kind_group[type] - 1);
  return gtk_tree_list_row_get_expanded (row);
}

/**
 * fascia_sidebar_set_expanded:
 * @self: a sidebar
 * @type: a kind of page
 * @expanded: whether the group is to be open
 *
 * Opens or closes the group of @type's pages. Does nothing when the
 * sidebar has no such group, with no library yet or no page of @type.
 */
void
fascia_sidebar_set_expanded (FasciaSidebar  *self,
                             FasciaPageType  type,
                             gboolean        expanded)
{
  g_return_if_fail (FASCIA_IS_SIDEBAR (self));
  g_return_if_fail (type < FASCIA_N_PAGE_TYPES);

  if (self->tree != NULL && self->kind_group[type] != 0)
    set_group_expanded (self, self->kind_group[type] - 1, expanded);
}
