/* fascia-window.c - the main window: a sidebar of pages, the page, history
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Everything the reader can go to is named by a target, "page" or
 * "page#section": links, the sidebar, the command line and history all go
 * through fascia_window_open(), so they behave the same.
 */
#define G_LOG_DOMAIN "fascia-window"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "fascia-a11y.h"
#include "fascia-body-map-view.h"
#include "fascia-page-view.h"
#include "fascia-print.h"
#include "fascia-safety-dialog.h"
#include "fascia-search.h"
#include "fascia-sheet-dialog.h"
#include "fascia-window.h"

typedef struct
{
  char   *page_id;
  char   *section_id;
  double  scroll;
} HistoryEntry;

struct _FasciaWindow
{
  AdwApplicationWindow  parent_instance;

  AdwLeaflet           *leaflet;
  GtkListBox           *sidebar_list;
  AdwWindowTitle       *window_title;
  GtkRevealer          *problems_revealer;
  GtkLabel             *problems_label;
  AdwToastOverlay      *toast_overlay;
  GtkStack             *stack;
  AdwStatusPage        *empty_page;
  FasciaPageView       *page_view;
  FasciaBodyMapView    *body_map_view;
  GtkSearchEntry       *search_entry;
  GtkStack             *sidebar_stack;
  GtkListBox           *results_list;
  GtkWidget            *bookmarks_heading;
  GtkListBox           *bookmarks_list;
  GtkWidget            *recent_heading;
  GtkListBox           *recent_list;
  GtkToggleButton      *bookmark_button;
  GtkSearchBar         *find_bar;
  GtkSearchEntry       *find_entry;
  GtkLabel             *find_label;

  FasciaLibrary        *library;
  GSettings            *settings;
  GHashTable           *rows_by_id;
  GQueue                back;
  GQueue                forward;
  HistoryEntry         *current;
  gboolean              syncing_sidebar;

  FasciaSafetyAnswers  *answers;
  gulong                answers_changed_id;
  GtkWidget            *safety_dialog;
  guint                 offer_idle;
  GtkWindow            *shortcuts;
  GtkWidget            *offer_dialog;   /* weak */
};

G_DEFINE_FINAL_TYPE (FasciaWindow, fascia_window, ADW_TYPE_APPLICATION_WINDOW)

static void maybe_offer_safety_check (FasciaWindow *self,
                                      FasciaPage   *page);

/* The body map's 38 region controls are made the first time the map is
 * shown, not before the window's first frame. */
static void
ensure_body_map (FasciaWindow *self)
{
  FasciaBodyMap *map = self->library ? fascia_library_get_body_map (self->library) : NULL;

  if (map != NULL && fascia_body_map_view_get_map (self->body_map_view) == NULL)
    {
      fascia_body_map_view_set_map (self->body_map_view, map);
      fascia_a11y_name_mnemonic_buttons (GTK_WIDGET (self->body_map_view));
    }
}

static HistoryEntry *
history_entry_new (const char *page_id,
                   const char *section_id,
                   double      scroll)
{
  HistoryEntry *entry = g_new0 (HistoryEntry, 1);

  entry->page_id = g_strdup (page_id);
  entry->section_id = g_strdup (section_id);
  entry->scroll = scroll;

  return entry;
}

static void
history_entry_free (HistoryEntry *entry)
{
  if (entry == NULL)
    return;

  g_free (entry->page_id);
  g_free (entry->section_id);
  g_free (entry);
}

static void
update_actions (FasciaWindow *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.back", !g_queue_is_empty (&self->back));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.forward", !g_queue_is_empty (&self->forward));
}

static void
select_sidebar_row (FasciaWindow *self,
                    const char   *page_id)
{
  GtkListBoxRow *row = g_hash_table_lookup (self->rows_by_id, page_id);

  self->syncing_sidebar = TRUE;
  if (row != NULL)
    gtk_list_box_select_row (self->sidebar_list, row);
  else
    gtk_list_box_unselect_all (self->sidebar_list);
  self->syncing_sidebar = FALSE;
}

/* Shows what @entry names and makes it the current entry. @entry is taken. */
#define MAX_RECENT 8
#define TEXT_SCALE_STEP 0.1

static char **
get_strv (FasciaWindow *self,
          const char   *key)
{
  return self->settings != NULL ? g_settings_get_strv (self->settings, key) : g_new0 (char *, 1);
}

static GtkWidget *
shortcut_row_new (FasciaPage *page)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *label = gtk_label_new (fascia_page_get_title (page));

  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
  gtk_widget_set_tooltip_text (row, fascia_page_get_title (page));
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, fascia_page_get_title (page),
                                  -1);
  g_object_set_data_full (G_OBJECT (row), "fascia-page-id", g_strdup (fascia_page_get_id (page)), g_free);

  return row;
}

/* Fills @list with the pages named by the settings key, skipping ids the
 * library no longer has, and hides it with its heading when it is empty. */
static void
fill_shortcut_list (FasciaWindow *self,
                    GtkListBox   *list,
                    GtkWidget    *heading,
                    const char   *key)
{
  g_auto(GStrv) ids = get_strv (self, key);
  GtkWidget *child;
  guint n = 0;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);

  for (guint i = 0; self->library != NULL && ids[i] != NULL; i++)
    {
      FasciaPage *page = fascia_library_get_page (self->library, ids[i]);

      if (page == NULL)
        continue;
      gtk_list_box_append (list, shortcut_row_new (page));
      n++;
    }

  gtk_widget_set_visible (GTK_WIDGET (list), n > 0);
  gtk_widget_set_visible (heading, n > 0);
}

static void
update_bookmark_button (FasciaWindow *self)
{
  FasciaPage *page = fascia_page_view_get_page (self->page_view);
  gboolean on_page = self->current != NULL && page != NULL &&
                     g_strcmp0 (self->current->page_id, fascia_page_get_id (page)) == 0;
  g_auto(GStrv) ids = get_strv (self, "bookmarks");
  gboolean marked = on_page && g_strv_contains ((const char * const *)ids, fascia_page_get_id (page));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.bookmark", on_page);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.print", on_page);
  gtk_button_set_icon_name (GTK_BUTTON (self->bookmark_button), marked ? "starred-symbolic" : "non-starred-symbolic");
  gtk_toggle_button_set_active (self->bookmark_button, marked);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->bookmark_button),
                               marked ? _("Remove Bookmark (Ctrl+D)") : _("Bookmark This Page (Ctrl+D)"));
}

static void
note_recent (FasciaWindow *self,
             const char   *page_id)
{
  g_auto(GStrv) old = get_strv (self, "recent");
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) ids = NULL;
  guint n = 1;

  if (self->settings == NULL)
    return;

  g_strv_builder_add (builder, page_id);
  for (guint i = 0; old[i] != NULL && n < MAX_RECENT; i++)
    {
      if (g_strcmp0 (old[i], page_id) != 0)
        {
          g_strv_builder_add (builder, old[i]);
          n++;
        }
    }

  ids = g_strv_builder_end (builder);
  g_settings_set_strv (self->settings, "recent", (const char * const *)ids);
  fill_shortcut_list (self, self->recent_list, self->recent_heading, "recent");
}

static void
refind (FasciaWindow *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->find_entry));
  guint n;
  g_autofree char *label = NULL;

  if (!gtk_search_bar_get_search_mode (self->find_bar))
    text = NULL;

  n = fascia_page_view_find (self->page_view, text);
  if (text == NULL || text[0] == '\0')
    label = g_strdup ("");
  else if (n == 0)
    label = g_strdup (_("No matches"));
  else
    /* Translators: the current match and the number of matches, as in "3 of 7". */
    label = g_strdup_printf (_("%u of %u"), fascia_page_view_get_find_current (self->page_view), n);

  gtk_label_set_text (self->find_label, label);
}

static void
show_body_map (FasciaWindow *self,
               HistoryEntry *entry)
{
  ensure_body_map (self);
  history_entry_free (self->current);
  self->current = entry;

  if (entry->section_id != NULL)
    fascia_body_map_view_show_sources (self->body_map_view, entry->section_id);
  else
    fascia_body_map_view_clear (self->body_map_view);

  gtk_stack_set_visible_child_name (self->stack, "map");
  adw_window_title_set_title (self->window_title, _("Body Map"));
  adw_window_title_set_subtitle (self->window_title, _("Where it hurts, and where it may come from"));
  select_sidebar_row (self, FASCIA_BODY_MAP_TARGET);
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
  gtk_search_bar_set_search_mode (self->find_bar, FALSE);
  if (self->settings != NULL)
    g_settings_set_string (self->settings, "last-page", FASCIA_BODY_MAP_TARGET);
  update_actions (self);
  update_bookmark_button (self);
}

static void
show_entry (FasciaWindow *self,
            HistoryEntry *entry,
            gboolean      restore_scroll)
{
  FasciaPage *page;

  if (g_strcmp0 (entry->page_id, FASCIA_BODY_MAP_TARGET) == 0)
    {
      show_body_map (self, entry);
      return;
    }

  page = fascia_library_get_page (self->library, entry->page_id);
  g_assert (page != NULL);

  history_entry_free (self->current);
  self->current = entry;

  fascia_page_view_show_page (self->page_view, page,
                              restore_scroll ? NULL : entry->section_id,
                              restore_scroll ? entry->scroll : 0.0);
  gtk_stack_set_visible_child_name (self->stack, "page");
  adw_window_title_set_title (self->window_title, fascia_page_get_title (page));
  adw_window_title_set_subtitle (self->window_title,
                                 fascia_page_type_get_label (fascia_page_get_page_type (page)));
  select_sidebar_row (self, entry->page_id);
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);

  if (self->settings != NULL)
    g_settings_set_string (self->settings, "last-page", entry->page_id);

  note_recent (self, entry->page_id);
  update_actions (self);
  update_bookmark_button (self);
  refind (self);
  maybe_offer_safety_check (self, page);
}

static HistoryEntry *
snapshot_current (FasciaWindow *self)
{
  HistoryEntry *entry = self->current;

  self->current = NULL;
  if (entry != NULL && g_strcmp0 (entry->page_id, FASCIA_BODY_MAP_TARGET) == 0)
    {
      /* The map comes back as it was left, with its highlight. */
      g_free (entry->section_id);
      entry->section_id = g_strdup (fascia_body_map_view_get_chosen (self->body_map_view));
    }
  else if (entry != NULL)
    {
      /* Remember where the reader was, not where the link pointed. */
      g_clear_pointer (&entry->section_id, g_free);
      entry->scroll = fascia_page_view_get_scroll (self->page_view);
    }

  return entry;
}

/**
 * fascia_window_open:
 * @target: "page" or "page#section"
 *
 * Opens @target, adding the page shown now to the back history.
 *
 * Returns: whether @target names a page of the library
 */
gboolean
fascia_window_open (FasciaWindow *self,
                    const char   *target)
{
  FasciaPage *page = NULL;
  g_autofree char *section_id = NULL;
  HistoryEntry *previous;

  g_return_val_if_fail (FASCIA_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (target != NULL, FALSE);

  if (self->library != NULL && fascia_library_get_body_map (self->library) != NULL &&
      (g_strcmp0 (target, FASCIA_BODY_MAP_TARGET) == 0 ||
       g_str_has_prefix (target, FASCIA_BODY_MAP_TARGET "#")))
    {
      const char *region_id = strchr (target, '#');

      if (region_id != NULL &&
          fascia_body_map_find_region (fascia_library_get_body_map (self->library), region_id + 1) == NULL)
        region_id = NULL;

      previous = snapshot_current (self);
      if (previous != NULL)
        g_queue_push_head (&self->back, previous);
      g_queue_clear_full (&self->forward, (GDestroyNotify)history_entry_free);
      show_entry (self, history_entry_new (FASCIA_BODY_MAP_TARGET, region_id ? region_id + 1 : NULL, 0.0), FALSE);
      return TRUE;
    }

  if (self->library == NULL || !fascia_library_resolve (self->library, target, &page, &section_id))
    {
      g_autofree char *message = g_strdup_printf (_("There is no page “%s”"), target);

      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
      return FALSE;
    }

  /* Following a link to a section of the page already shown only scrolls. */
  previous = snapshot_current (self);
  if (previous != NULL)
    g_queue_push_head (&self->back, previous);
  g_queue_clear_full (&self->forward, (GDestroyNotify)history_entry_free);

  show_entry (self, history_entry_new (fascia_page_get_id (page), section_id, 0.0), FALSE);

  return TRUE;
}

gboolean
fascia_window_go_back (FasciaWindow *self)
{
  HistoryEntry *entry;

  g_return_val_if_fail (FASCIA_IS_WINDOW (self), FALSE);

  entry = g_queue_pop_head (&self->back);
  if (entry == NULL)
    return FALSE;

  g_queue_push_head (&self->forward, snapshot_current (self));
  show_entry (self, entry, TRUE);

  return TRUE;
}

gboolean
fascia_window_go_forward (FasciaWindow *self)
{
  HistoryEntry *entry;

  g_return_val_if_fail (FASCIA_IS_WINDOW (self), FALSE);

  entry = g_queue_pop_head (&self->forward);
  if (entry == NULL)
    return FALSE;

  g_queue_push_head (&self->back, snapshot_current (self));
  show_entry (self, entry, TRUE);

  return TRUE;
}

/**
 * fascia_window_open_start_page:
 *
 * Opens the page the reader had open last time, or else the first page in
 * reading order.
 */
void
fascia_window_open_start_page (FasciaWindow *self)
{
  g_autofree char *last = NULL;

  g_return_if_fail (FASCIA_IS_WINDOW (self));

  if (self->library == NULL || fascia_library_get_n_pages (self->library) == 0)
    return;

  if (self->settings != NULL)
    last = g_settings_get_string (self->settings, "last-page");

  if (last != NULL && last[0] != '\0' &&
      (fascia_library_get_page (self->library, last) != NULL ||
       (g_strcmp0 (last, FASCIA_BODY_MAP_TARGET) == 0 && fascia_library_get_body_map (self->library) != NULL)))
    {
      double scroll = g_settings_get_double (self->settings, "last-scroll");

      fascia_window_open (self, last);
      /* Reopen where the reader left off, down to the paragraph. */
      if (scroll > 0 && !fascia_window_is_showing_body_map (self))
        fascia_page_view_set_scroll (self->page_view, scroll);
    }
  else
    fascia_window_open (self, fascia_page_get_id (fascia_library_get_page_at (self->library, 0)));
}

/**
 * fascia_window_get_page:
 *
 * Returns: (transfer none) (nullable): the page shown
 */
FasciaPage *
fascia_window_get_page (FasciaWindow *self)
{
  g_return_val_if_fail (FASCIA_IS_WINDOW (self), NULL);
  return fascia_page_view_get_page (self->page_view);
}

/**
 * fascia_window_get_page_view:
 *
 * Returns: (transfer none): the page view
 */
GtkWidget *
fascia_window_get_page_view (FasciaWindow *self)
{
  g_return_val_if_fail (FASCIA_IS_WINDOW (self), NULL);
  return GTK_WIDGET (self->page_view);
}

/**
 * fascia_window_get_body_map_view:
 *
 * Returns: (transfer none): the body map view
 */
GtkWidget *
fascia_window_get_body_map_view (FasciaWindow *self)
{
  g_return_val_if_fail (FASCIA_IS_WINDOW (self), NULL);
  ensure_body_map (self);
  return GTK_WIDGET (self->body_map_view);
}

/**
 * fascia_window_is_showing_body_map:
 */
gboolean
fascia_window_is_showing_body_map (FasciaWindow *self)
{
  g_return_val_if_fail (FASCIA_IS_WINDOW (self), FALSE);
  return g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "map") == 0;
}

static void
sidebar_row_activated_cb (GtkListBox    *list,
                          GtkListBoxRow *row,
                          FasciaWindow  *self)
{
  const char *page_id = g_object_get_data (G_OBJECT (row), "fascia-page-id");

  if (self->syncing_sidebar || page_id == NULL)
    return;

  if (self->current != NULL && g_strcmp0 (self->current->page_id, page_id) == 0)
    adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
  else
    fascia_window_open (self, page_id);
}

static void
page_view_navigate_cb (FasciaPageView *view,
                       const char     *target,
                       FasciaWindow   *self)
{
  fascia_window_open (self, target);
}

static char *
result_markup (const FasciaSearchResult *result)
{
  g_autofree char *before = g_markup_escape_text (result->snippet, result->match_start);
  g_autofree char *match = g_markup_escape_text (result->snippet + result->match_start,
                                                 result->match_end - result->match_start);
  g_autofree char *after = g_markup_escape_text (result->snippet + result->match_end, -1);

  return g_strdup_printf ("%s<b><u>%s</u></b>%s", before, match, after);
}

/* What the safety check says of a technique, for lists of pages: the most
 * serious warning's icon and a sentence, or FALSE when it says nothing. */
static gboolean
technique_mark (FasciaWindow  *self,
                FasciaPage    *page,
                const char   **icon_name,
                char         **text)
{
  FasciaSafetyCheck *check = self->library ? fascia_library_get_safety_check (self->library) : NULL;
  FasciaSafetyLevel level;

  if (check == NULL || self->answers == NULL || fascia_page_get_page_type (page) != FASCIA_PAGE_TECHNIQUE)
    return FALSE;

  *text = fascia_safety_check_dup_mark (check, self->answers, fascia_page_get_id (page), &level);
  if (*text == NULL)
    return FALSE;

  *icon_name = level == FASCIA_SAFETY_AVOID ? "dialog-error-symbolic" : "dialog-warning-symbolic";
  return TRUE;
}

static GtkWidget *
mark_icon_new (void)
{
  GtkWidget *icon = gtk_image_new ();

  gtk_widget_add_css_class (icon, "safety-mark");
  gtk_widget_set_valign (icon, GTK_ALIGN_CENTER);
  gtk_widget_set_visible (icon, FALSE);
  /* The row's description says it in words. */
  gtk_accessible_update_state (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);

  return icon;
}

/* Shows @page's safety mark on @icon and says it in @row's description. */
static void
apply_mark (FasciaWindow *self,
            GtkWidget    *row,
            GtkWidget    *icon,
            FasciaPage   *page,
            const char   *extra_description)
{
  const char *icon_name = NULL;
  g_autofree char *text = NULL;
  g_autofree char *description = NULL;
  const char *kind = fascia_page_type_get_label (fascia_page_get_page_type (page));

  if (technique_mark (self, page, &icon_name, &text))
    {
      gtk_image_set_from_icon_name (GTK_IMAGE (icon), icon_name);
      gtk_widget_set_tooltip_text (icon, text);
      gtk_widget_remove_css_class (icon, "avoid");
      gtk_widget_remove_css_class (icon, "care");
      gtk_widget_add_css_class (icon, g_str_equal (icon_name, "dialog-error-symbolic") ? "avoid" : "care");
      gtk_widget_set_visible (icon, TRUE);
      description = extra_description ? g_strdup_printf ("%s. %s. %s", kind, text, extra_description)
                                      : g_strdup_printf ("%s. %s", kind, text);
    }
  else
    {
      gtk_widget_set_visible (icon, FALSE);
      description = extra_description ? g_strdup_printf ("%s. %s", kind, extra_description) : g_strdup (kind);
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

static void
update_technique_marks (FasciaWindow *self)
{
  GHashTableIter iter;
  gpointer key, value;

  if (self->library == NULL)
    return;

  g_hash_table_iter_init (&iter, self->rows_by_id);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      FasciaPage *page = fascia_library_get_page (self->library, key);
      GtkWidget *icon = g_object_get_data (value, "fascia-safety-icon");

      if (page != NULL && icon != NULL && fascia_page_get_page_type (page) == FASCIA_PAGE_TECHNIQUE)
        apply_mark (self, value, icon, page, NULL);
    }
}

static GtkWidget *
result_row_new (FasciaWindow             *self,
                const FasciaSearchResult *result)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (fascia_page_get_title (result->page));
  GtkWidget *kind = gtk_label_new (fascia_page_type_get_label (fascia_page_get_page_type (result->page)));
  GtkWidget *snippet = gtk_label_new (NULL);
  g_autofree char *markup = result_markup (result);
  g_autofree char *target = result->section_id != NULL
    ? g_strdup_printf ("%s#%s", fascia_page_get_id (result->page), result->section_id)
    : g_strdup (fascia_page_get_id (result->page));
  GtkWidget *icon;

  gtk_label_set_xalign (GTK_LABEL (title), 0.0f);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_widget_add_css_class (title, "heading");
  gtk_label_set_xalign (GTK_LABEL (kind), 0.0f);
  gtk_widget_add_css_class (kind, "caption");
  gtk_widget_add_css_class (kind, "dim-label");
  gtk_label_set_markup (GTK_LABEL (snippet), markup);
  gtk_label_set_xalign (GTK_LABEL (snippet), 0.0f);
  gtk_label_set_wrap (GTK_LABEL (snippet), TRUE);
  gtk_label_set_lines (GTK_LABEL (snippet), 3);
  gtk_label_set_ellipsize (GTK_LABEL (snippet), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (snippet, "caption");

  {
    GtkWidget *title_row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

    icon = mark_icon_new ();
    gtk_widget_set_hexpand (title, TRUE);
    gtk_box_append (GTK_BOX (title_row), title);
    gtk_box_append (GTK_BOX (title_row), icon);
    gtk_box_append (GTK_BOX (box), title_row);
  }
  gtk_box_append (GTK_BOX (box), kind);
  gtk_box_append (GTK_BOX (box), snippet);
  gtk_widget_set_margin_top (box, 4);
  gtk_widget_set_margin_bottom (box, 4);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, fascia_page_get_title (result->page),
                                  -1);
  apply_mark (self, row, icon, result->page, result->snippet);
  g_object_set_data_full (G_OBJECT (row), "fascia-target", g_steal_pointer (&target), g_free);

  return row;
}

static void
search_changed_cb (GtkSearchEntry *entry,
                   FasciaWindow   *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
  FasciaSearchIndex *index = self->library ? fascia_library_get_search_index (self->library) : NULL;
  g_autoptr(GPtrArray) results = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->results_list))) != NULL)
    gtk_list_box_remove (self->results_list, child);

  if (text[0] == '\0' || index == NULL)
    {
      gtk_stack_set_visible_child_name (self->sidebar_stack, "pages");
  fill_shortcut_list (self, self->bookmarks_list, self->bookmarks_heading, "bookmarks");
  fill_shortcut_list (self, self->recent_list, self->recent_heading, "recent");
      return;
    }

  results = fascia_search_index_query (index, text, 50);
  for (guint i = 0; i < results->len; i++)
    gtk_list_box_append (self->results_list, result_row_new (self, g_ptr_array_index (results, i)));

  gtk_stack_set_visible_child_name (self->sidebar_stack, results->len > 0 ? "results" : "no-results");
}

static void
open_row_target (FasciaWindow  *self,
                 GtkListBoxRow *row)
{
  const char *target = g_object_get_data (G_OBJECT (row), "fascia-target");

  if (target == NULL)
    target = g_object_get_data (G_OBJECT (row), "fascia-page-id");
  if (target != NULL)
    fascia_window_open (self, target);
}

static void
search_activate_cb (GtkSearchEntry *entry,
                    FasciaWindow   *self)
{
  GtkListBoxRow *first = gtk_list_box_get_row_at_index (self->results_list, 0);

  if (first != NULL)
    open_row_target (self, first);
}

static void
search_stop_cb (GtkSearchEntry *entry,
                FasciaWindow   *self)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
}

static gboolean
search_key_pressed_cb (GtkEventControllerKey *controller,
                       guint                  keyval,
                       guint                  keycode,
                       GdkModifierType        state,
                       FasciaWindow          *self)
{
  GtkListBoxRow *first;

  if (keyval != GDK_KEY_Down && keyval != GDK_KEY_KP_Down)
    return FALSE;

  /* Down moves from the entry into the results. */
  first = gtk_list_box_get_row_at_index (self->results_list, 0);
  if (first == NULL)
    return FALSE;

  gtk_list_box_select_row (self->results_list, first);
  return gtk_widget_grab_focus (GTK_WIDGET (first));
}

static void
result_row_activated_cb (GtkListBox    *list,
                         GtkListBoxRow *row,
                         FasciaWindow  *self)
{
  open_row_target (self, row);
}

static void
shortcut_row_activated_cb (GtkListBox    *list,
                           GtkListBoxRow *row,
                           FasciaWindow  *self)
{
  open_row_target (self, row);
}

static void
find_changed_cb (GtkSearchEntry *entry,
                 FasciaWindow   *self)
{
  refind (self);
}

static void
find_step (FasciaWindow *self,
           int           direction)
{
  fascia_page_view_find_step (self->page_view, direction);
  if (fascia_page_view_get_find_count (self->page_view) > 0)
    {
      g_autofree char *label = g_strdup_printf (_("%u of %u"),
                                                fascia_page_view_get_find_current (self->page_view),
                                                fascia_page_view_get_find_count (self->page_view));

      gtk_label_set_text (self->find_label, label);
    }
}

static void
find_next_cb (GtkWidget    *widget,
              FasciaWindow *self)
{
  find_step (self, 1);
}

static void
find_previous_cb (GtkWidget    *widget,
                  FasciaWindow *self)
{
  find_step (self, -1);
}

static void
find_stop_cb (GtkSearchEntry *entry,
              FasciaWindow   *self)
{
  gtk_search_bar_set_search_mode (self->find_bar, FALSE);
}

static gboolean
find_key_pressed_cb (GtkEventControllerKey *controller,
                     guint                  keyval,
                     guint                  keycode,
                     GdkModifierType        state,
                     FasciaWindow          *self)
{
  /* Shift+Enter steps back, as in browsers and GNOME Text Editor. */
  if ((keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter) && (state & GDK_SHIFT_MASK))
    {
      find_step (self, -1);
      return TRUE;
    }

  return FALSE;
}

static void
find_mode_changed_cb (FasciaWindow *self)
{
  if (gtk_search_bar_get_search_mode (self->find_bar))
    gtk_widget_grab_focus (GTK_WIDGET (self->find_entry));
  refind (self);
}

static void
find_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  FasciaWindow *self = FASCIA_WINDOW (widget);

  if (fascia_page_view_get_page (self->page_view) == NULL ||
      g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "page") != 0)
    return;

  gtk_search_bar_set_search_mode (self->find_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->find_entry));
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  FasciaWindow *self = FASCIA_WINDOW (widget);

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
bookmark_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  FasciaWindow *self = FASCIA_WINDOW (widget);
  FasciaPage *page = fascia_page_view_get_page (self->page_view);
  g_auto(GStrv) old = get_strv (self, "bookmarks");
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) ids = NULL;
  gboolean removed = FALSE;

  if (page == NULL || self->settings == NULL)
    return;

  for (guint i = 0; old[i] != NULL; i++)
    {
      if (g_strcmp0 (old[i], fascia_page_get_id (page)) == 0)
        removed = TRUE;
      else
        g_strv_builder_add (builder, old[i]);
    }
  if (!removed)
    g_strv_builder_add (builder, fascia_page_get_id (page));

  ids = g_strv_builder_end (builder);
  g_settings_set_strv (self->settings, "bookmarks", (const char * const *)ids);
  fill_shortcut_list (self, self->bookmarks_list, self->bookmarks_heading, "bookmarks");
  update_bookmark_button (self);
  adw_toast_overlay_add_toast (self->toast_overlay,
                               adw_toast_new (removed ? _("Bookmark removed") : _("Page bookmarked")));
}

static void
set_text_scale (FasciaWindow *self,
                double        scale)
{
  scale = CLAMP (scale, 0.6, 2.5);
  fascia_page_view_set_text_scale (self->page_view, scale);
  if (self->settings != NULL &&
      ABS (g_settings_get_double (self->settings, "text-scale") - scale) > 0.001)
    g_settings_set_double (self->settings, "text-scale", scale);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.zoom-in", scale < 2.45);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.zoom-out", scale > 0.65);
}

static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  FasciaWindow *self = FASCIA_WINDOW (widget);
  double scale = fascia_page_view_get_text_scale (self->page_view);

  if (g_str_equal (action_name, "win.zoom-in"))
    scale += TEXT_SCALE_STEP;
  else if (g_str_equal (action_name, "win.zoom-out"))
    scale -= TEXT_SCALE_STEP;
  else
    scale = 1.0;

  /* Whole steps, so that ten presses and back land on 100 %. */
  set_text_scale (self, round (scale * 10) / 10);
}

static void
text_scale_changed_cb (GSettings    *settings,
                       const char   *key,
                       FasciaWindow *self)
{
  double scale = g_settings_get_double (settings, key);

  if (ABS (scale - fascia_page_view_get_text_scale (self->page_view)) > 0.001)
    set_text_scale (self, scale);
}

/* The shortcuts window is built the first time it is asked for, not with
 * every window: building it costs the first frame tens of milliseconds. */
static void
show_help_overlay_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  FasciaWindow *self = FASCIA_WINDOW (widget);

  if (self->shortcuts == NULL)
    {
      g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource ("/org/fasciaapp/Fascia/help-overlay.ui");

      self->shortcuts = GTK_WINDOW (g_object_ref_sink (gtk_builder_get_object (builder, "help_overlay")));
      gtk_window_set_transient_for (self->shortcuts, GTK_WINDOW (self));
      gtk_window_set_modal (self->shortcuts, TRUE);
      gtk_window_set_hide_on_close (self->shortcuts, TRUE);
      gtk_window_set_destroy_with_parent (self->shortcuts, TRUE);
    }

  gtk_window_present (self->shortcuts);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  FasciaWindow *self = FASCIA_WINDOW (widget);
  FasciaPage *page = fascia_page_view_get_page (self->page_view);

  if (page != NULL)
    fascia_print_page (GTK_WINDOW (self), page, self->library);
}

static void
safety_dialog_destroy_cb (GtkWidget    *dialog,
                          FasciaWindow *self)
{
  if (self->safety_dialog == dialog)
    self->safety_dialog = NULL;
}

/**
 * fascia_window_show_safety_check:
 * @self: the window
 *
 * Opens the safety check questionnaire, or brings it forward.
 *
 * Returns: (transfer none) (nullable): the questionnaire window, or %NULL
 *   when the content has no safety check or no answers are kept
 */
GtkWidget *
fascia_window_show_safety_check (FasciaWindow *self)
{
  FasciaSafetyCheck *check;

  g_return_val_if_fail (FASCIA_IS_WINDOW (self), NULL);

  check = self->library ? fascia_library_get_safety_check (self->library) : NULL;
  if (check == NULL || self->answers == NULL || fascia_safety_check_get_n_questions (check) == 0)
    return NULL;

  /* Taken from the menu while it was being offered: the offer is answered. */
  if (self->offer_dialog != NULL)
    gtk_window_close (GTK_WINDOW (self->offer_dialog));

  if (self->safety_dialog == NULL)
    {
      self->safety_dialog = fascia_safety_dialog_new (GTK_WINDOW (self), check, self->answers);
      g_signal_connect (self->safety_dialog, "destroy", G_CALLBACK (safety_dialog_destroy_cb), self);
    }

  gtk_window_present (GTK_WINDOW (self->safety_dialog));

  return self->safety_dialog;
}

static void
safety_check_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  fascia_window_show_safety_check (FASCIA_WINDOW (widget));
}

static void
offer_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   FasciaWindow     *self)
{
  /* The dialog closes itself after this: leave that to it. */
  if (self->offer_dialog != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->offer_dialog), (gpointer *)&self->offer_dialog);
  self->offer_dialog = NULL;

  if (g_strcmp0 (response, "check") == 0)
    fascia_window_show_safety_check (self);
}

static gboolean
offer_idle_cb (gpointer user_data)
{
  FasciaWindow *self = user_data;
  GtkWidget *dialog;

  self->offer_idle = 0;

  /* A technique page opened from the command line is shown before the
   * window is: wait for it, so the question is not hidden behind it. */
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->offer_idle = g_timeout_add (100, offer_idle_cb, self);
      return G_SOURCE_REMOVE;
    }

  if (self->answers == NULL || self->safety_dialog != NULL)
    return G_SOURCE_REMOVE;

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Before You Try a Technique"),
                                   _("Some health conditions make a technique unwise, such as taking blood "
                                     "thinners, a past clot or a recent fracture. A short safety check asks about "
                                     "them and marks the techniques to avoid. Your answers stay on this computer."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "later", _("Not Now"),
                                    "check", _("Take the Safety Check"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "check", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "check");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "later");
  g_signal_connect (dialog, "response", G_CALLBACK (offer_response_cb), self);
  fascia_a11y_name_mnemonic_buttons (dialog);
  self->offer_dialog = dialog;
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *)&self->offer_dialog);
  gtk_window_present (GTK_WINDOW (dialog));

  return G_SOURCE_REMOVE;
}

/* Before the first technique page the reader opens, once: the check is
 * offered, never forced. Technique pages keep offering it in place. */
static void
maybe_offer_safety_check (FasciaWindow *self,
                          FasciaPage   *page)
{
  FasciaSafetyCheck *check = self->library ? fascia_library_get_safety_check (self->library) : NULL;

  if (self->answers == NULL || check == NULL || fascia_safety_check_get_n_questions (check) == 0 ||
      fascia_page_get_page_type (page) != FASCIA_PAGE_TECHNIQUE ||
      fascia_safety_answers_get_offered (self->answers) ||
      fascia_safety_answers_get_n_answered (self->answers) > 0 ||
      self->safety_dialog != NULL || self->offer_idle != 0)
    return;

  fascia_safety_answers_set_offered (self->answers, TRUE, NULL);
  self->offer_idle = g_idle_add (offer_idle_cb, self);
}

static void
answers_changed_cb (FasciaSafetyAnswers *answers,
                    FasciaWindow        *self)
{
  update_technique_marks (self);

  /* Search results carry marks too: ask again. */
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->sidebar_stack), "results") == 0)
    search_changed_cb (self->search_entry, self);
}

/**
 * fascia_window_set_safety_answers:
 * @self: the window
 * @answers: (nullable): the reader's safety check answers
 * @load_error: (nullable): why the saved answers could not be read
 *
 * Technique pages and lists then say what the answers mean; the safety
 * check can be opened from the main menu.
 */
void
fascia_window_set_safety_answers (FasciaWindow        *self,
                                  FasciaSafetyAnswers *answers,
                                  const GError        *load_error)
{
  FasciaSafetyCheck *check;

  g_return_if_fail (FASCIA_IS_WINDOW (self));
  g_return_if_fail (answers == NULL || FASCIA_IS_SAFETY_ANSWERS (answers));

  if (self->answers != NULL)
    g_clear_signal_handler (&self->answers_changed_id, self->answers);
  g_set_object (&self->answers, answers);
  if (answers != NULL)
    self->answers_changed_id = g_signal_connect (answers, "changed", G_CALLBACK (answers_changed_cb), self);

  fascia_page_view_set_safety_answers (self->page_view, answers);
  update_technique_marks (self);

  check = self->library ? fascia_library_get_safety_check (self->library) : NULL;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.safety-check",
                                 answers != NULL && check != NULL && fascia_safety_check_get_n_questions (check) > 0);

  if (load_error != NULL)
    {
      /* Toast titles are markup; the message is not. */
      g_autofree char *escaped = g_markup_escape_text (load_error->message, -1);
      AdwToast *toast = adw_toast_new (escaped);

      adw_toast_set_timeout (toast, 0);
      adw_toast_overlay_add_toast (self->toast_overlay, toast);
    }
}

static void
body_map_open_page_cb (FasciaBodyMapView *view,
                       const char        *page_id,
                       FasciaWindow      *self)
{
  fascia_window_open (self, page_id);
}

/* The sheet lives as long as its dialog: nothing of it is kept. */
static void
body_map_make_sheet_cb (FasciaBodyMapView  *view,
                        char              **region_ids,
                        FasciaWindow       *self)
{
  g_autoptr(FasciaClinicianSheet) sheet = NULL;

  if (self->library == NULL)
    return;

  sheet = fascia_clinician_sheet_new (self->library, (const char * const *)region_ids);
  gtk_window_present (GTK_WINDOW (fascia_sheet_dialog_new (GTK_WINDOW (self), sheet)));
}

static void
body_map_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  fascia_window_open (FASCIA_WINDOW (widget), FASCIA_BODY_MAP_TARGET);
}

static void
sidebar_header_func (GtkListBoxRow *row,
                     GtkListBoxRow *before,
                     gpointer       user_data)
{
  FasciaPageType type = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "fascia-page-type"));
  GtkWidget *header;

  if (type == FASCIA_N_PAGE_TYPES)
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }

  if (before != NULL &&
      GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (before), "fascia-page-type")) == type)
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }

  header = gtk_label_new (fascia_page_type_get_label (type));
  gtk_label_set_xalign (GTK_LABEL (header), 0.0f);
  gtk_widget_add_css_class (header, "heading");
  gtk_widget_add_css_class (header, "dim-label");
  gtk_widget_set_margin_start (header, 12);
  gtk_widget_set_margin_top (header, before != NULL ? 18 : 6);
  gtk_widget_set_margin_bottom (header, 6);
  gtk_list_box_row_set_header (row, header);
}

static void
add_body_map_row (FasciaWindow *self)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);
  GtkWidget *icon = gtk_image_new_from_icon_name ("find-location-symbolic");
  GtkWidget *label = gtk_label_new (_("Body Map"));

  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_widget_add_css_class (label, "heading");
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), label);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_widget_set_tooltip_text (row, _("Where it hurts, and where it may come from (Ctrl+B)"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Body Map"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, _("Where it hurts, and where it may come from"),
                                  -1);
  g_object_set_data_full (G_OBJECT (row), "fascia-page-id", g_strdup (FASCIA_BODY_MAP_TARGET), g_free);
  g_object_set_data (G_OBJECT (row), "fascia-page-type", GUINT_TO_POINTER (FASCIA_N_PAGE_TYPES));
  gtk_list_box_append (self->sidebar_list, row);
  g_hash_table_insert (self->rows_by_id, (char *)FASCIA_BODY_MAP_TARGET, row);
}

static void
build_sidebar (FasciaWindow *self)
{
  guint n = fascia_library_get_n_pages (self->library);

  if (fascia_library_get_body_map (self->library) != NULL)
    add_body_map_row (self);

  for (guint i = 0; i < n; i++)
    {
      FasciaPage *page = fascia_library_get_page_at (self->library, i);
      GtkWidget *row = gtk_list_box_row_new ();
      GtkWidget *label = gtk_label_new (fascia_page_get_title (page));
      GtkWidget *row_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *icon = mark_icon_new ();

      gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_widget_set_hexpand (label, TRUE);
      gtk_box_append (GTK_BOX (row_box), label);
      gtk_box_append (GTK_BOX (row_box), icon);
      g_object_set_data (G_OBJECT (row), "fascia-safety-icon", icon);
      gtk_widget_set_tooltip_text (row, fascia_page_get_title (page));
      gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, fascia_page_get_title (page),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                      fascia_page_type_get_label (fascia_page_get_page_type (page)),
                                      -1);
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), row_box);
      g_object_set_data_full (G_OBJECT (row), "fascia-page-id",
                              g_strdup (fascia_page_get_id (page)), g_free);
      g_object_set_data (G_OBJECT (row), "fascia-page-type",
                         GUINT_TO_POINTER (fascia_page_get_page_type (page)));
      gtk_list_box_append (self->sidebar_list, row);
      g_hash_table_insert (self->rows_by_id, (char *)fascia_page_get_id (page), row);
    }

  gtk_list_box_set_header_func (self->sidebar_list, sidebar_header_func, NULL, NULL);
}

static void
show_problems (FasciaWindow *self)
{
  GPtrArray *problems = fascia_library_get_problems (self->library);
  guint n_skipped = fascia_library_get_n_skipped (self->library);
  g_autofree char *text = NULL;

  gtk_revealer_set_reveal_child (self->problems_revealer, problems->len > 0);
  if (problems->len == 0)
    return;

  if (n_skipped > 0)
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%u content file could not be loaded. The other pages work as usual.",
                                         "%u content files could not be loaded. The other pages work as usual.",
                                         n_skipped),
                            n_skipped);
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "The content has %u problem, such as a broken link.",
                                         "The content has %u problems, such as broken links.",
                                         problems->len),
                            problems->len);

  gtk_label_set_text (self->problems_label, text);
}

static void
show_problems_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  FasciaWindow *self = FASCIA_WINDOW (widget);
  GPtrArray *problems;
  g_autoptr(GString) text = g_string_new (NULL);
  GtkWidget *dialog, *scroller, *label;

  if (self->library == NULL)
    return;

  problems = fascia_library_get_problems (self->library);
  for (guint i = 0; i < problems->len; i++)
    {
      const GError *problem = g_ptr_array_index (problems, i);

      if (i > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, problem->message);
    }

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Content Problems"),
                                   _("These problems were found in the content folder. "
                                     "Files that could not be read were skipped; every other page works as usual."));
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));

  /* Plain text, not markup: the messages quote content. */
  label = gtk_label_new (text->str);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_label_set_yalign (GTK_LABEL (label), 0.0f);
  gtk_widget_add_css_class (label, "monospace");

  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scroller), 160);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 320);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), label);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), scroller);

  gtk_window_present (GTK_WINDOW (dialog));
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  fascia_window_go_back (FASCIA_WINDOW (widget));
}

static void
forward_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  fascia_window_go_forward (FASCIA_WINDOW (widget));
}

static void
show_sidebar_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  FasciaWindow *self = FASCIA_WINDOW (widget);

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
mouse_button_pressed_cb (GtkGestureClick *gesture,
                         int              n_press,
                         double           x,
                         double           y,
                         FasciaWindow    *self)
{
  /* The extra buttons of a mouse, as in browsers and Yelp. */
  switch (gtk_gesture_single_get_current_button (GTK_GESTURE_SINGLE (gesture)))
    {
    case 8:
      fascia_window_go_back (self);
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
      break;
    case 9:
      fascia_window_go_forward (self);
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
      break;
    default:
      break;
    }
}

static gboolean
fascia_window_close_request (GtkWindow *window)
{
  FasciaWindow *self = FASCIA_WINDOW (window);

  if (self->settings != NULL)
    {
      int width, height;

      gtk_window_get_default_size (window, &width, &height);
      g_settings_delay (self->settings);
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
      g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));
      g_settings_set_double (self->settings, "last-scroll",
                             fascia_window_is_showing_body_map (self) ? 0.0
                                                                      : fascia_page_view_get_scroll (self->page_view));
      g_settings_apply (self->settings);
    }

  return GTK_WINDOW_CLASS (fascia_window_parent_class)->close_request (window);
}

static void
fascia_window_dispose (GObject *object)
{
  FasciaWindow *self = (FasciaWindow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), FASCIA_TYPE_WINDOW);

  g_queue_clear_full (&self->back, (GDestroyNotify)history_entry_free);
  g_queue_clear_full (&self->forward, (GDestroyNotify)history_entry_free);
  g_clear_pointer (&self->current, history_entry_free);
  g_clear_pointer (&self->rows_by_id, g_hash_table_unref);
  g_clear_object (&self->settings);
  g_clear_object (&self->library);
  if (self->answers != NULL)
    g_clear_signal_handler (&self->answers_changed_id, self->answers);
  g_clear_object (&self->answers);
  g_clear_handle_id (&self->offer_idle, g_source_remove);
  if (self->offer_dialog != NULL)
    {
      g_object_remove_weak_pointer (G_OBJECT (self->offer_dialog), (gpointer *)&self->offer_dialog);
      gtk_window_destroy (GTK_WINDOW (g_steal_pointer (&self->offer_dialog)));
    }
  if (self->shortcuts != NULL)
    gtk_window_destroy (self->shortcuts);
  g_clear_object (&self->shortcuts);
  if (self->safety_dialog != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->safety_dialog, safety_dialog_destroy_cb, self);
      gtk_window_destroy (GTK_WINDOW (g_steal_pointer (&self->safety_dialog)));
    }

  G_OBJECT_CLASS (fascia_window_parent_class)->dispose (object);
}

static void
fascia_window_class_init (FasciaWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = fascia_window_dispose;
  window_class->close_request = fascia_window_close_request;

  g_type_ensure (FASCIA_TYPE_PAGE_VIEW);
  g_type_ensure (FASCIA_TYPE_BODY_MAP_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/fasciaapp/Fascia/fascia-window.ui");
  gtk_widget_class_bind_template_child (widget_class, FasciaWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, FasciaWindow, sidebar_list);
  gtk_widget_class_bind_template_child (widget_class, FasciaWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, FasciaWindow, problems_revealer);
  gtk_widget_class_bind_template_child (widget_class, FasciaWindow, problems_label);
  gtk_widget_class_bind_template_child (widget_class, FasciaWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, FasciaWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, FasciaWindow, empty_page);
  gtk_widget_class_bind_template_child (widget_class, FasciaWindow, page_view);
  gtk_widget_class_bind_template_child (widget_class, FasciaWindow, body_map_view);
  gtk_widget_class_bind_template_child (widget_class, FasciaWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, FasciaWindow, sidebar_stack);
  gtk_widget_class_bind_template_child (widget_class, FasciaWindow, results_list);
  gtk_widget_class_bind_template_child (widget_class, FasciaWindow, bookmarks_heading);
  gtk_widget_class_bind_template_child (widget_class, FasciaWindow, bookmarks_list);
  gtk_widget_class_bind_template_child (widget_class, FasciaWindow, recent_heading);
  gtk_widget_class_bind_template_child (widget_class, FasciaWindow, recent_list);
  gtk_widget_class_bind_template_child (widget_class, FasciaWindow, bookmark_button);
  gtk_widget_class_bind_template_child (widget_class, FasciaWindow, find_bar);
  gtk_widget_class_bind_template_child (widget_class, FasciaWindow, find_entry);
  gtk_widget_class_bind_template_child (widget_class, FasciaWindow, find_label);
  gtk_widget_class_bind_template_callback (widget_class, sidebar_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, page_view_navigate_cb);
  gtk_widget_class_bind_template_callback (widget_class, body_map_open_page_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_stop_cb);
  gtk_widget_class_bind_template_callback (widget_class, result_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, shortcut_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, find_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, find_next_cb);
  gtk_widget_class_bind_template_callback (widget_class, find_previous_cb);
  gtk_widget_class_bind_template_callback (widget_class, find_stop_cb);

  gtk_widget_class_install_action (widget_class, "win.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "win.forward", NULL, forward_action);
  gtk_widget_class_install_action (widget_class, "win.show-sidebar", NULL, show_sidebar_action);
  gtk_widget_class_install_action (widget_class, "win.show-problems", NULL, show_problems_action);
  gtk_widget_class_install_action (widget_class, "win.body-map", NULL, body_map_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.find", NULL, find_action);
  gtk_widget_class_install_action (widget_class, "win.bookmark", NULL, bookmark_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-in", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-out", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-reset", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "win.safety-check", NULL, safety_check_action);
  gtk_widget_class_install_action (widget_class, "win.show-help-overlay", NULL, show_help_overlay_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "win.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_ALT_MASK, "win.forward", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_b, GDK_CONTROL_MASK, "win.body-map", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_k, GDK_CONTROL_MASK, "win.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.find", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_d, GDK_CONTROL_MASK, "win.bookmark", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "win.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_question, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.show-help-overlay", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK, "win.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK, "win.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, GDK_CONTROL_MASK, "win.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK, "win.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, GDK_CONTROL_MASK, "win.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, "win.zoom-reset", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_0, GDK_CONTROL_MASK, "win.zoom-reset", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Back, 0, "win.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Forward, 0, "win.forward", NULL);
}

static void
fascia_window_init (FasciaWindow *self)
{
  GtkGesture *click;
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect (self->body_map_view, "make-sheet", G_CALLBACK (body_map_make_sheet_cb), self);

  self->rows_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  g_queue_init (&self->back);
  g_queue_init (&self->forward);

  /* Without an installed schema (a test, a build tree without devenv) the
   * window works and simply remembers nothing. */
  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  /* A size to start from when nothing is remembered. */
  gtk_window_set_default_size (GTK_WINDOW (self), 1100, 760);

  if (schema != NULL)
    {
      self->settings = g_settings_new (APP_ID);
      gtk_window_set_default_size (GTK_WINDOW (self),
                                   g_settings_get_int (self->settings, "window-width"),
                                   g_settings_get_int (self->settings, "window-height"));
      if (g_settings_get_boolean (self->settings, "window-maximized"))
        gtk_window_maximize (GTK_WINDOW (self));
    }

  {
    GtkEventController *keys = gtk_event_controller_key_new ();

    g_signal_connect (keys, "key-pressed", G_CALLBACK (search_key_pressed_cb), self);
    gtk_widget_add_controller (GTK_WIDGET (self->search_entry), keys);

    keys = gtk_event_controller_key_new ();
    gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
    g_signal_connect (keys, "key-pressed", G_CALLBACK (find_key_pressed_cb), self);
    gtk_widget_add_controller (GTK_WIDGET (self->find_entry), keys);
  }

  /* Typing while the page list has the focus searches. */
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self->sidebar_stack));
  gtk_search_bar_connect_entry (self->find_bar, GTK_EDITABLE (self->find_entry));
  g_signal_connect_swapped (self->find_bar, "notify::search-mode-enabled", G_CALLBACK (find_mode_changed_cb), self);
  gtk_stack_set_visible_child_name (self->sidebar_stack, "pages");

  if (self->settings != NULL)
    {
      set_text_scale (self, g_settings_get_double (self->settings, "text-scale"));
      g_signal_connect_object (self->settings, "changed::text-scale", G_CALLBACK (text_scale_changed_cb), self, 0);
    }

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), 0);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_CAPTURE);
  g_signal_connect (click, "pressed", G_CALLBACK (mouse_button_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  update_actions (self);
  update_bookmark_button (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.safety-check", FALSE);
  fascia_a11y_name_mnemonic_buttons (GTK_WIDGET (self));
}

/**
 * fascia_window_new:
 * @application: (nullable): the application
 * @library: (nullable): the loaded library, or %NULL when none could be loaded
 * @load_error: (nullable): why no library could be loaded
 */
FasciaWindow *
fascia_window_new (GtkApplication *application,
                   FasciaLibrary  *library,
                   const GError   *load_error)
{
  FasciaWindow *self = g_object_new (FASCIA_TYPE_WINDOW, "application", application, NULL);

  self->library = library ? g_object_ref (library) : NULL;
  fascia_page_view_set_library (self->page_view, library);

  if (library != NULL)
    {
      build_sidebar (self);
      fill_shortcut_list (self, self->bookmarks_list, self->bookmarks_heading, "bookmarks");
      fill_shortcut_list (self, self->recent_list, self->recent_heading, "recent");
      show_problems (self);
    }

  if (library == NULL || fascia_library_get_n_pages (library) == 0)
    {
      g_autofree char *description = NULL;

      if (load_error != NULL)
        description = g_strdup_printf (_("The content folder could not be read: %s"), load_error->message);
      else
        description = g_strdup (_("The content folder holds no pages that could be loaded."));

      adw_status_page_set_description (self->empty_page, NULL);
      /* The description is markup; the error message is not. */
      {
        g_autofree char *escaped = g_markup_escape_text (description, -1);
        adw_status_page_set_description (self->empty_page, escaped);
      }
      gtk_stack_set_visible_child_name (self->stack, "empty");
    }

  return self;
}
