/* fascia-sidebar-row.c - one row of the sidebar
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A row is the body map, a group of pages of one kind (which opens and
 * closes when activated), or a page, with the safety check's mark beside a
 * technique that the reader's answers rule out or call for care with.
 */
#define G_LOG_DOMAIN "fascia-sidebar-row"

#include "config.h"

#include <glib/gi18n.h>

#include "fascia-sidebar-row.h"
#include "fascia-target.h"

struct _FasciaSidebarRow
{
  GtkWidget      parent_instance;

  GtkWidget     *box;
  GtkWidget     *icon;
  GtkWidget     *title;
  GtkWidget     *count;
  GtkWidget     *mark;

  FasciaPage    *page;
  char          *target;
  gboolean       group;
  gboolean       current;

  /* What screen readers are told, kept to tell the list's row as well. */
  char          *description;
  int            expanded;     /* -1 when it neither opens nor closes */
};

G_DEFINE_FINAL_TYPE (FasciaSidebarRow, fascia_sidebar_row, GTK_TYPE_WIDGET)

static void
fascia_sidebar_row_dispose (GObject *object)
{
  FasciaSidebarRow *self = (FasciaSidebarRow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), FASCIA_TYPE_SIDEBAR_ROW);
  g_clear_object (&self->page);

  G_OBJECT_CLASS (fascia_sidebar_row_parent_class)->dispose (object);
}

static void
fascia_sidebar_row_finalize (GObject *object)
{
  FasciaSidebarRow *self = (FasciaSidebarRow *)object;

  g_clear_pointer (&self->target, g_free);
  g_clear_pointer (&self->description, g_free);

  G_OBJECT_CLASS (fascia_sidebar_row_parent_class)->finalize (object);
}

static void
fascia_sidebar_row_class_init (FasciaSidebarRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fascia_sidebar_row_dispose;
  object_class->finalize = fascia_sidebar_row_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/fasciaapp/Fascia/fascia-sidebar-row.ui");
  gtk_widget_class_bind_template_child (widget_class, FasciaSidebarRow, box);
  gtk_widget_class_bind_template_child (widget_class, FasciaSidebarRow, icon);
  gtk_widget_class_bind_template_child (widget_class, FasciaSidebarRow, title);
  gtk_widget_class_bind_template_child (widget_class, FasciaSidebarRow, count);
  gtk_widget_class_bind_template_child (widget_class, FasciaSidebarRow, mark);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
fascia_sidebar_row_init (FasciaSidebarRow *self)
{
  self->expanded = -1;
  gtk_widget_init_template (GTK_WIDGET (self));
  /* The row's description says the mark in words. */
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->mark), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
}

/**
 * fascia_sidebar_row_new:
 *
 * Returns: (transfer floating): an empty row; one of the show functions
 *   makes it the body map's, a group's heading or a page's
 */
GtkWidget *
fascia_sidebar_row_new (void)
{
  return g_object_new (FASCIA_TYPE_SIDEBAR_ROW, NULL);
}

/* A row is used again for other items as the list scrolls: each show_*()
 * starts from a plain row. */
static void
reset (FasciaSidebarRow *self)
{
  g_clear_object (&self->page);
  g_clear_pointer (&self->target, g_free);
  self->group = FALSE;
  gtk_widget_remove_css_class (GTK_WIDGET (self), "sidebar-group");
  gtk_widget_remove_css_class (GTK_WIDGET (self), "sidebar-page");
  gtk_widget_remove_css_class (self->title, "heading");
  gtk_widget_set_visible (self->icon, FALSE);
  gtk_widget_set_visible (self->count, FALSE);
  gtk_widget_set_visible (self->mark, FALSE);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), NULL);
  gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
  gtk_accessible_reset_state (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_STATE_EXPANDED);
  g_clear_pointer (&self->description, g_free);
  self->expanded = -1;
}

/* A list view's row is what a screen reader lands on: it says what this
 * row says. */
static void
tell_list_row (FasciaSidebarRow *self)
{
  GtkWidget *list_row = gtk_widget_get_parent (GTK_WIDGET (self));

  if (list_row == NULL)
    return;

  gtk_accessible_update_property (GTK_ACCESSIBLE (list_row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, gtk_label_get_text (GTK_LABEL (self->title)),
                                  -1);
  if (self->description != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (list_row),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, self->description, -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (list_row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
  if (self->expanded >= 0)
    gtk_accessible_update_state (GTK_ACCESSIBLE (list_row), GTK_ACCESSIBLE_STATE_EXPANDED, self->expanded, -1);
  else
    gtk_accessible_reset_state (GTK_ACCESSIBLE (list_row), GTK_ACCESSIBLE_STATE_EXPANDED);
  gtk_accessible_update_state (GTK_ACCESSIBLE (list_row), GTK_ACCESSIBLE_STATE_SELECTED, self->current, -1);
}

static void
set_title (FasciaSidebarRow *self,
           const char       *title)
{
  gtk_label_set_text (GTK_LABEL (self->title), title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
}

/**
 * fascia_sidebar_row_show_body_map:
 *
 * Makes the row the body map's, at the head of the sidebar.
 */
void
fascia_sidebar_row_show_body_map (FasciaSidebarRow *self)
{
  g_return_if_fail (FASCIA_IS_SIDEBAR_ROW (self));

  reset (self);
  self->target = g_strdup (FASCIA_BODY_MAP_TARGET);
  set_title (self, _("Body Map"));
  gtk_widget_add_css_class (self->title, "heading");
  gtk_image_set_from_icon_name (GTK_IMAGE (self->icon), "find-location-symbolic");
  gtk_widget_set_visible (self->icon, TRUE);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), _("Where it hurts, and where it may come from (Ctrl+B)"));
  self->description = g_strdup (_("Where it hurts, and where it may come from"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, self->description,
                                  -1);
  tell_list_row (self);
}

/**
 * fascia_sidebar_row_show_group:
 * @title: the kind of pages, "Techniques"
 * @n_pages: how many there are
 * @expanded: whether they are shown below
 *
 * Makes the row the heading of a group of pages, which the reader opens
 * and closes by activating it.
 */
void
fascia_sidebar_row_show_group (FasciaSidebarRow *self,
                               const char       *title,
                               guint             n_pages,
                               gboolean          expanded)
{
  g_autofree char *count = g_strdup_printf ("%u", n_pages);

  g_return_if_fail (FASCIA_IS_SIDEBAR_ROW (self));

  reset (self);
  self->group = TRUE;
  set_title (self, title);
  gtk_widget_add_css_class (GTK_WIDGET (self), "sidebar-group");
  gtk_widget_add_css_class (self->title, "heading");
  gtk_label_set_text (GTK_LABEL (self->count), count);
  gtk_widget_set_visible (self->count, TRUE);
  gtk_image_set_from_icon_name (GTK_IMAGE (self->icon), expanded ? "pan-down-symbolic" : "pan-end-symbolic");
  gtk_widget_set_visible (self->icon, TRUE);

  {
    g_autofree char *description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u page", "%u pages", n_pages),
                                                    n_pages);

    gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description, -1);
    self->description = g_steal_pointer (&description);
  }
  gtk_accessible_update_state (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_STATE_EXPANDED, expanded, -1);
  self->expanded = expanded;
  tell_list_row (self);
}

/**
 * fascia_safety_mark_show:
 * @row: a row of a list of pages
 * @icon: the row's mark icon
 * @page: the page of the row
 * @mark: (nullable): what the safety check says of @page, or %NULL
 * @level: how serious @mark is
 * @extra: (nullable): more of the row's description, after the mark
 *
 * Shows @mark on @icon and says it, with the kind of @page, in @row's
 * description for screen readers.
 *
 * Returns: (transfer full): the description given to @row
 */
char *
fascia_safety_mark_show (GtkWidget         *row,
                         GtkWidget         *icon,
                         FasciaPage        *page,
                         const char        *mark,
                         FasciaSafetyLevel  level,
                         const char        *extra)
{
  const char *kind = fascia_page_type_get_label (fascia_page_get_page_type (page));
  g_autoptr(GString) description = g_string_new (kind);

  gtk_widget_remove_css_class (icon, "avoid");
  gtk_widget_remove_css_class (icon, "care");
  if (mark != NULL)
    {
      gboolean avoid = level == FASCIA_SAFETY_AVOID;

      gtk_image_set_from_icon_name (GTK_IMAGE (icon), avoid ? "dialog-error-symbolic" : "dialog-warning-symbolic");
      gtk_widget_add_css_class (icon, avoid ? "avoid" : "care");
      gtk_widget_set_tooltip_text (icon, mark);
      g_string_append_printf (description, ". %s", mark);
    }
  gtk_widget_set_visible (icon, mark != NULL);
  if (extra != NULL)
    g_string_append_printf (description, ". %s", extra);

  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description->str, -1);

  return g_string_free (g_steal_pointer (&description), FALSE);
}

/**
 * fascia_sidebar_row_show_page:
 * @page: the page
 * @mark: (nullable): what the safety check says of it
 * @level: how serious @mark is
 */
void
fascia_sidebar_row_show_page (FasciaSidebarRow  *self,
                              FasciaPage        *page,
                              const char        *mark,
                              FasciaSafetyLevel  level)
{
  g_return_if_fail (FASCIA_IS_SIDEBAR_ROW (self));
  g_return_if_fail (FASCIA_IS_PAGE (page));

  reset (self);
  self->page = g_object_ref (page);
  self->target = g_strdup (fascia_page_get_id (page));
  set_title (self, fascia_page_get_title (page));
  gtk_widget_add_css_class (GTK_WIDGET (self), "sidebar-page");
  self->description = fascia_safety_mark_show (GTK_WIDGET (self), self->mark, page, mark, level, NULL);
  tell_list_row (self);
}

/**
 * fascia_sidebar_row_get_page:
 *
 * Returns: (transfer none) (nullable): the row's page
 */
FasciaPage *
fascia_sidebar_row_get_page (FasciaSidebarRow *self)
{
  g_return_val_if_fail (FASCIA_IS_SIDEBAR_ROW (self), NULL);
  return self->page;
}

/**
 * fascia_sidebar_row_get_target:
 *
 * Returns: (nullable): what the row opens, or %NULL for a group's heading
 */
const char *
fascia_sidebar_row_get_target (FasciaSidebarRow *self)
{
  g_return_val_if_fail (FASCIA_IS_SIDEBAR_ROW (self), NULL);
  return self->target;
}

/**
 * fascia_sidebar_row_is_group:
 * @self: a sidebar row
 *
 * Returns: whether the row heads a group of pages, which opens and closes
 *   when activated rather than opening a page
 */
gboolean
fascia_sidebar_row_is_group (FasciaSidebarRow *self)
{
  g_return_val_if_fail (FASCIA_IS_SIDEBAR_ROW (self), FALSE);
  return self->group;
}

/**
 * fascia_sidebar_row_get_title:
 *
 * Returns: what the row says: a page's title, a group's name
 */
const char *
fascia_sidebar_row_get_title (FasciaSidebarRow *self)
{
  g_return_val_if_fail (FASCIA_IS_SIDEBAR_ROW (self), NULL);
  return gtk_label_get_text (GTK_LABEL (self->title));
}

/**
 * fascia_sidebar_row_set_current:
 * @self: a sidebar row
 * @current: whether the row stands for what the window shows
 *
 * Highlights the row of the page shown, and tells screen readers so.
 */
void
fascia_sidebar_row_set_current (FasciaSidebarRow *self,
                                gboolean          current)
{
  GtkWidget *list_row;

  g_return_if_fail (FASCIA_IS_SIDEBAR_ROW (self));

  list_row = gtk_widget_get_parent (GTK_WIDGET (self));
  self->current = current;
  /* The list's row around it is what the style sheet highlights, like a
   * selected row. */
  for (GtkWidget *widget = GTK_WIDGET (self); widget != NULL; widget = widget == list_row ? NULL : list_row)
    {
      if (current)
        gtk_widget_add_css_class (widget, "current");
      else
        gtk_widget_remove_css_class (widget, "current");
    }
  gtk_accessible_update_state (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_STATE_SELECTED, current, -1);
  tell_list_row (self);
}

/**
 * fascia_sidebar_row_is_current:
 *
 * Returns: whether the row stands for what the window shows
 */
gboolean
fascia_sidebar_row_is_current (FasciaSidebarRow *self)
{
  g_return_val_if_fail (FASCIA_IS_SIDEBAR_ROW (self), FALSE);
  return self->current;
}
