/* fascia-result-row.c - one search result in the sidebar
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The page's title on one line, its kind, and a snippet with the match in
 * context. Activating the row opens the section of the match.
 */
#define G_LOG_DOMAIN "fascia-result-row"

#include "config.h"

#include <glib/gi18n.h>

#include "fascia-present.h"
#include "fascia-result-row.h"
#include "fascia-sidebar-row.h"
#include "fascia-target.h"

struct _FasciaResultRow
{
  GtkListBoxRow  parent_instance;

  GtkWidget     *title;
  GtkWidget     *mark;
  GtkWidget     *mark_text;
  GtkWidget     *kind;
  GtkWidget     *snippet;

  FasciaPage    *page;
  char          *target;
};

G_DEFINE_FINAL_TYPE (FasciaResultRow, fascia_result_row, GTK_TYPE_LIST_BOX_ROW)

static void
fascia_result_row_dispose (GObject *object)
{
  FasciaResultRow *self = (FasciaResultRow *)object;

  /* The row itself lets go of its child, the template's box. */
  g_clear_object (&self->page);

  G_OBJECT_CLASS (fascia_result_row_parent_class)->dispose (object);
}

static void
fascia_result_row_finalize (GObject *object)
{
  FasciaResultRow *self = (FasciaResultRow *)object;

  g_clear_pointer (&self->target, g_free);

  G_OBJECT_CLASS (fascia_result_row_parent_class)->finalize (object);
}

static void
fascia_result_row_class_init (FasciaResultRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fascia_result_row_dispose;
  object_class->finalize = fascia_result_row_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/fasciaapp/Fascia/fascia-result-row.ui");
  gtk_widget_class_bind_template_child (widget_class, FasciaResultRow, title);
  gtk_widget_class_bind_template_child (widget_class, FasciaResultRow, mark);
  gtk_widget_class_bind_template_child (widget_class, FasciaResultRow, mark_text);
  gtk_widget_class_bind_template_child (widget_class, FasciaResultRow, kind);
  gtk_widget_class_bind_template_child (widget_class, FasciaResultRow, snippet);
}

static void
fascia_result_row_init (FasciaResultRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->mark), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
}

/**
 * fascia_result_row_new:
 * @result: a search result
 * @mark: (nullable): what the safety check says of its page
 * @level: how serious @mark is
 *
 * Returns: (transfer floating): the row
 */
GtkWidget *
fascia_result_row_new (const FasciaSearchResult *result,
                       const char               *mark,
                       FasciaSafetyLevel         level)
{
  FasciaResultRow *self = g_object_new (FASCIA_TYPE_RESULT_ROW, NULL);
  g_autofree char *markup = fascia_search_result_to_markup (result);
  g_autofree char *title_markup = fascia_search_result_title_to_markup (result);
  const char *title = fascia_page_get_title (result->page);

  self->page = g_object_ref (result->page);
  self->target = fascia_target_build (fascia_page_get_id (result->page), result->section_id);

  gtk_label_set_markup (GTK_LABEL (self->title), title_markup);
  gtk_label_set_text (GTK_LABEL (self->kind), fascia_page_type_get_label (fascia_page_get_page_type (result->page)));
  gtk_label_set_markup (GTK_LABEL (self->snippet), markup);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  g_free (fascia_safety_mark_show (GTK_WIDGET (self), self->mark, result->page, mark, level, result->snippet));

  /* The mark in words too, not only an icon's colour; the row's
   * description already says it to screen readers. */
  if (mark != NULL)
    {
      gtk_label_set_text (GTK_LABEL (self->mark_text),
                          level == FASCIA_SAFETY_AVOID ? _("Not advised for you") : _("Take care"));
      gtk_widget_add_css_class (self->mark_text, level == FASCIA_SAFETY_AVOID ? "avoid" : "care");
      gtk_accessible_update_state (GTK_ACCESSIBLE (self->mark_text), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
      gtk_widget_set_visible (self->mark_text, TRUE);
    }

  return GTK_WIDGET (self);
}

/**
 * fascia_result_row_get_target:
 *
 * Returns: "page" or "page#section", where the match is
 */
const char *
fascia_result_row_get_target (FasciaResultRow *self)
{
  g_return_val_if_fail (FASCIA_IS_RESULT_ROW (self), NULL);
  return self->target;
}

/**
 * fascia_result_row_get_page:
 *
 * Returns: (transfer none): the page of the result
 */
FasciaPage *
fascia_result_row_get_page (FasciaResultRow *self)
{
  g_return_val_if_fail (FASCIA_IS_RESULT_ROW (self), NULL);
  return self->page;
}
