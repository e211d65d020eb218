/* fascia-mark-bar.c - under the body map while marking: how many regions hurt, Clear, Make a Sheet
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A small bar the body map shows in marking mode: "3 regions marked", a
 * Clear button and the primary "Make a Sheet for Your Clinician…" button,
 * which stays insensitive until a region is marked. The count is a status
 * label, so that a screen reader can tell the reader how many are marked.
 *
 * Signals: ::clear and ::make-sheet, from the two buttons. Both buttons go
 * insensitive when nothing is marked, so whoever handles ::clear moves the
 * focus elsewhere first when fascia_mark_bar_has_focus().
 *
 * CSS nodes: markbar, with a label.mark-count.
 */
#define G_LOG_DOMAIN "fascia-mark-bar"

#include "config.h"

#include <glib/gi18n.h>

#include "fascia-button-row.h"
#include "fascia-mark-bar.h"

struct _FasciaMarkBar
{
  GtkWidget  parent_instance;

  GtkWidget *box;
  GtkWidget *count;
  GtkWidget *clear;
  GtkWidget *make;
  guint      n_marked;
};

enum {
  CLEAR,
  MAKE_SHEET,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (FasciaMarkBar, fascia_mark_bar, GTK_TYPE_WIDGET)

static void
update (FasciaMarkBar *self)
{
  g_autofree char *text = NULL;

  if (self->n_marked == 0)
    text = g_strdup (_("No regions marked yet"));
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u region marked", "%u regions marked", self->n_marked),
                            self->n_marked);

  gtk_label_set_text (GTK_LABEL (self->count), text);
  gtk_widget_set_sensitive (self->clear, self->n_marked > 0);
  gtk_widget_set_sensitive (self->make, self->n_marked > 0);
}

static void
clear_clicked_cb (FasciaMarkBar *self)
{
  g_signal_emit (self, signals[CLEAR], 0);
}

static void
make_clicked_cb (FasciaMarkBar *self)
{
  g_signal_emit (self, signals[MAKE_SHEET], 0);
}

static void
fascia_mark_bar_dispose (GObject *object)
{
  FasciaMarkBar *self = FASCIA_MARK_BAR (object);

  g_clear_pointer (&self->box, gtk_widget_unparent);

  G_OBJECT_CLASS (fascia_mark_bar_parent_class)->dispose (object);
}

static void
fascia_mark_bar_class_init (FasciaMarkBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fascia_mark_bar_dispose;

  /**
   * FasciaMarkBar::clear:
   *
   * The reader wants every mark removed.
   */
  signals[CLEAR] =
    g_signal_new ("clear", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  /**
   * FasciaMarkBar::make-sheet:
   *
   * The reader wants the sheet for the marked regions.
   */
  signals[MAKE_SHEET] =
    g_signal_new ("make-sheet", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "markbar");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
fascia_mark_bar_init (FasciaMarkBar *self)
{
  GtkWidget *buttons;

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  gtk_widget_add_css_class (self->box, "body-map-legend");
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  self->count = g_object_new (GTK_TYPE_LABEL,
                              "accessible-role", GTK_ACCESSIBLE_ROLE_STATUS,
                              "xalign", 0.0f,
                              "wrap", TRUE,
                              NULL);
  gtk_widget_add_css_class (self->count, "mark-count");
  gtk_widget_add_css_class (self->count, "heading");
  gtk_box_append (GTK_BOX (self->box), self->count);

  buttons = fascia_button_row_new (8, FALSE);
  gtk_widget_set_halign (buttons, GTK_ALIGN_END);
  gtk_box_append (GTK_BOX (self->box), buttons);

  self->clear = gtk_button_new_with_mnemonic (_("C_lear Marks"));
  gtk_widget_set_valign (self->clear, GTK_ALIGN_CENTER);
  g_signal_connect_swapped (self->clear, "clicked", G_CALLBACK (clear_clicked_cb), self);
  fascia_button_row_append (FASCIA_BUTTON_ROW (buttons), self->clear);

  self->make = gtk_button_new_with_mnemonic (_("Make a _Sheet for Your Clinician…"));
  gtk_label_set_wrap (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (self->make))), TRUE);
  gtk_label_set_justify (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (self->make))), GTK_JUSTIFY_CENTER);
  gtk_widget_add_css_class (self->make, "suggested-action");
  gtk_widget_set_tooltip_text (self->make,
                               _("A one-page summary of where it hurts, the muscles that may be involved "
                                 "and your answers, to print or save as PDF"));
  g_signal_connect_swapped (self->make, "clicked", G_CALLBACK (make_clicked_cb), self);
  fascia_button_row_append (FASCIA_BUTTON_ROW (buttons), self->make);

  update (self);
}

/**
 * fascia_mark_bar_new:
 *
 * Returns: (transfer floating): a bar that counts no mark yet, its buttons
 *   insensitive
 */
GtkWidget *
fascia_mark_bar_new (void)
{
  return g_object_new (FASCIA_TYPE_MARK_BAR, NULL);
}

/**
 * fascia_mark_bar_set_n_marked:
 * @self: a mark bar
 * @n_marked: how many regions are marked
 *
 * Says how many regions are marked. The buttons are sensitive only when
 * at least one is, as there is nothing to clear or put on a sheet
 * otherwise. Nothing happens when the number is the same.
 */
void
fascia_mark_bar_set_n_marked (FasciaMarkBar *self,
                              guint          n_marked)
{
  g_return_if_fail (FASCIA_IS_MARK_BAR (self));

  if (self->n_marked == n_marked)
    return;

  self->n_marked = n_marked;
  update (self);
}

/**
 * fascia_mark_bar_get_n_marked:
 * @self: a mark bar
 *
 * Returns: how many regions the bar says are marked
 */
guint
fascia_mark_bar_get_n_marked (FasciaMarkBar *self)
{
  g_return_val_if_fail (FASCIA_IS_MARK_BAR (self), 0);
  return self->n_marked;
}

/**
 * fascia_mark_bar_get_text:
 *
 * Returns: what the bar says, "3 regions marked"
 */
const char *
fascia_mark_bar_get_text (FasciaMarkBar *self)
{
  g_return_val_if_fail (FASCIA_IS_MARK_BAR (self), NULL);
  return gtk_label_get_text (GTK_LABEL (self->count));
}

/**
 * fascia_mark_bar_get_clear_button:
 *
 * Returns: (transfer none): the "Clear Marks" button
 */
GtkWidget *
fascia_mark_bar_get_clear_button (FasciaMarkBar *self)
{
  g_return_val_if_fail (FASCIA_IS_MARK_BAR (self), NULL);
  return self->clear;
}

/**
 * fascia_mark_bar_has_focus:
 *
 * Returns: whether the keyboard focus is on one of the bar's controls,
 *   which go insensitive when no region is marked
 */
gboolean
fascia_mark_bar_has_focus (FasciaMarkBar *self)
{
  GtkRoot *root;
  GtkWidget *focus;

  g_return_val_if_fail (FASCIA_IS_MARK_BAR (self), FALSE);

  root = gtk_widget_get_root (GTK_WIDGET (self));
  focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  return focus != NULL && (focus == GTK_WIDGET (self) || gtk_widget_is_ancestor (focus, GTK_WIDGET (self)));
}

/**
 * fascia_mark_bar_get_make_button:
 *
 * Returns: (transfer none): the "Make a Sheet for Your Clinician…" button
 */
GtkWidget *
fascia_mark_bar_get_make_button (FasciaMarkBar *self)
{
  g_return_val_if_fail (FASCIA_IS_MARK_BAR (self), NULL);
  return self->make;
}
