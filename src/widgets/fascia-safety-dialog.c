/* fascia-safety-dialog.c - the safety check questionnaire
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One row per question of the content's safety check, each with Yes, No and
 * Not sure. Every answer is saved the moment it is given, so closing the
 * window in any way loses nothing; "Clear All Answers" forgets them all and
 * removes the file. The questions' text comes from content and is only ever
 * set as plain label text, never as markup.
 */
#define G_LOG_DOMAIN "fascia-safety-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "fascia-a11y.h"
#include "fascia-safety-dialog.h"

struct _FasciaSafetyDialog
{
  AdwWindow            parent_instance;

  FasciaSafetyCheck   *check;
  FasciaSafetyAnswers *answers;
  gulong               changed_id;

  AdwToastOverlay     *toasts;
  GtkWidget           *list;
  GtkWidget           *clear_button;
  GHashTable          *toggles;    /* question id → GtkToggleButton *[3] (yes, no, not sure) */
  gboolean             syncing;
};

G_DEFINE_FINAL_TYPE (FasciaSafetyDialog, fascia_safety_dialog, ADW_TYPE_WINDOW)

/* The order of the buttons in a row, and what each one answers. */
static const FasciaSafetyAnswer row_answers[] = {
  FASCIA_ANSWER_YES, FASCIA_ANSWER_NO, FASCIA_ANSWER_NOT_SURE,
};

static void
show_error (FasciaSafetyDialog *self,
            const GError       *error)
{
  g_autofree char *message = g_strdup_printf (_("Your answer could not be saved: %s"), error->message);
  /* Toast titles are markup; the message is not. */
  g_autofree char *escaped = g_markup_escape_text (message, -1);
  AdwToast *toast = adw_toast_new (escaped);

  adw_toast_set_timeout (toast, 0);
  adw_toast_overlay_add_toast (self->toasts, toast);
}

static void
sync_toggles (FasciaSafetyDialog *self)
{
  GHashTableIter iter;
  gpointer key, value;

  self->syncing = TRUE;

  g_hash_table_iter_init (&iter, self->toggles);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      GtkToggleButton **buttons = value;
      FasciaSafetyAnswer answer = fascia_safety_answers_get (self->answers, key);

      for (guint i = 0; i < G_N_ELEMENTS (row_answers); i++)
        gtk_toggle_button_set_active (buttons[i], row_answers[i] == answer);
    }

  gtk_widget_set_sensitive (self->clear_button, fascia_safety_answers_get_n_answered (self->answers) > 0);

  self->syncing = FALSE;
}

static void
answers_changed_cb (FasciaSafetyAnswers *answers,
                    FasciaSafetyDialog  *self)
{
  if (!self->syncing)
    sync_toggles (self);
}

static void
toggle_toggled_cb (GtkToggleButton    *button,
                   FasciaSafetyDialog *self)
{
  const char *question_id = g_object_get_data (G_OBJECT (button), "fascia-question-id");
  FasciaSafetyAnswer answer = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "fascia-answer"));
  g_autoptr(GError) error = NULL;

  if (self->syncing || !gtk_toggle_button_get_active (button))
    return;

  self->syncing = TRUE;
  if (!fascia_safety_answers_set (self->answers, question_id, answer, &error))
    show_error (self, error);
  self->syncing = FALSE;

  gtk_widget_set_sensitive (self->clear_button, TRUE);
}

static void
clear_clicked_cb (GtkButton          *button,
                  FasciaSafetyDialog *self)
{
  g_autoptr(GError) error = NULL;

  if (!fascia_safety_answers_clear (self->answers, &error))
    show_error (self, error);
  else
    adw_toast_overlay_add_toast (self->toasts, adw_toast_new (_("Your answers were cleared")));

  /* The button goes insensitive: keep the keyboard in the list. */
  gtk_widget_grab_focus (self->list);
}

static GtkWidget *
wrapped_label (const char *text,
               const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);

  return label;
}

static GtkWidget *
question_row (FasciaSafetyDialog *self,
              const FasciaBlock  *question)
{
  static const char *labels[] = { N_("Yes"), N_("No"), N_("Not sure") };
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  /* A named group, so that its name is read with the buttons. */
  GtkWidget *buttons = g_object_new (GTK_TYPE_BOX,
                                     "orientation", GTK_ORIENTATION_HORIZONTAL,
                                     "accessible-role", GTK_ACCESSIBLE_ROLE_GROUP,
                                     NULL);
  GtkToggleButton **toggles = g_new0 (GtkToggleButton *, G_N_ELEMENTS (row_answers));
  g_autofree char *ask = fascia_inlines_to_text (question->inlines);
  g_autofree char *help = NULL;

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_add_css_class (box, "safety-question");
  gtk_box_append (GTK_BOX (box), wrapped_label (ask, "heading"));

  for (guint i = 0; i < question->children->len; i++)
    {
      const FasciaBlock *child = g_ptr_array_index (question->children, i);

      if (child->kind == FASCIA_BLOCK_QUESTION_HELP)
        {
          help = fascia_inlines_to_text (child->inlines);
          gtk_box_append (GTK_BOX (box), wrapped_label (help, "dim-label"));
        }
    }

  /* Three buttons of which at most one is pressed: a radio group that
   * starts with none, because no answer is assumed. */
  gtk_widget_add_css_class (buttons, "linked");
  gtk_widget_set_halign (buttons, GTK_ALIGN_START);
  gtk_accessible_update_property (GTK_ACCESSIBLE (buttons),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, ask,
                                  -1);

  for (guint i = 0; i < G_N_ELEMENTS (row_answers); i++)
    {
      /* No mnemonics: every row would have the same ones. */
      GtkWidget *toggle = gtk_toggle_button_new_with_label (_(labels[i]));

      /* A screen reader says which question a "Yes" answers. */
      gtk_accessible_update_property (GTK_ACCESSIBLE (toggle),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, ask,
                                      -1);
      gtk_widget_set_size_request (toggle, 76, -1);
      if (i > 0)
        gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (toggle), toggles[0]);
      g_object_set_data_full (G_OBJECT (toggle), "fascia-question-id", g_strdup (question->id), g_free);
      g_object_set_data (G_OBJECT (toggle), "fascia-answer", GUINT_TO_POINTER (row_answers[i]));
      g_signal_connect (toggle, "toggled", G_CALLBACK (toggle_toggled_cb), self);
      gtk_box_append (GTK_BOX (buttons), toggle);
      toggles[i] = GTK_TOGGLE_BUTTON (toggle);
    }

  gtk_box_append (GTK_BOX (box), buttons);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, ask,
                                  -1);

  g_hash_table_insert (self->toggles, g_strdup (question->id), toggles);

  return row;
}

static void
fascia_safety_dialog_dispose (GObject *object)
{
  FasciaSafetyDialog *self = FASCIA_SAFETY_DIALOG (object);

  if (self->answers != NULL)
    g_clear_signal_handler (&self->changed_id, self->answers);
  g_clear_object (&self->answers);
  g_clear_object (&self->check);

  G_OBJECT_CLASS (fascia_safety_dialog_parent_class)->dispose (object);
}

static void
fascia_safety_dialog_finalize (GObject *object)
{
  FasciaSafetyDialog *self = FASCIA_SAFETY_DIALOG (object);

  g_hash_table_unref (self->toggles);

  G_OBJECT_CLASS (fascia_safety_dialog_parent_class)->finalize (object);
}

static void
fascia_safety_dialog_class_init (FasciaSafetyDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fascia_safety_dialog_dispose;
  object_class->finalize = fascia_safety_dialog_finalize;

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
fascia_safety_dialog_init (FasciaSafetyDialog *self)
{
  self->toggles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

/**
 * fascia_safety_dialog_new:
 * @parent: (nullable): the window it belongs to
 * @check: the questions
 * @answers: the answers, saved as they are given
 *
 * Returns: (transfer floating): a modal window; present it
 */
GtkWidget *
fascia_safety_dialog_new (GtkWindow           *parent,
                          FasciaSafetyCheck   *check,
                          FasciaSafetyAnswers *answers)
{
  FasciaSafetyDialog *self;
  GtkWidget *outer, *header, *done, *scroller, *clamp, *box, *title, *footer;

  g_return_val_if_fail (FASCIA_IS_SAFETY_CHECK (check), NULL);
  g_return_val_if_fail (FASCIA_IS_SAFETY_ANSWERS (answers), NULL);

  self = g_object_new (FASCIA_TYPE_SAFETY_DIALOG,
                       "title", _("Safety Check"),
                       "modal", TRUE,
                       "transient-for", parent,
                       "default-width", 560,
                       "default-height", 680,
                       "destroy-with-parent", TRUE,
                       NULL);
  gtk_widget_set_size_request (GTK_WIDGET (self), 360, 300);
  gtk_widget_add_css_class (GTK_WIDGET (self), "safety-dialog");

  self->check = g_object_ref (check);
  self->answers = g_object_ref (answers);

  outer = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  header = adw_header_bar_new ();
  title = adw_window_title_new (_("Safety Check"), _("Answers stay on this computer"));
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), title);
  done = gtk_button_new_with_mnemonic (_("_Done"));
  gtk_widget_add_css_class (done, "suggested-action");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (done), "window.close");
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), done);
  gtk_box_append (GTK_BOX (outer), header);

  self->toasts = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (self->toasts), TRUE);
  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  clamp = adw_clamp_new ();
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 640);
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  gtk_widget_set_margin_top (box, 18);
  gtk_widget_set_margin_bottom (box, 24);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);

  gtk_box_append (GTK_BOX (box),
                  wrapped_label (_("A few questions about your health. A “yes” or “not sure” marks the techniques "
                                   "that are not advised for you, or that need care first, and says why on each "
                                   "technique page."), NULL));
  gtk_box_append (GTK_BOX (box),
                  wrapped_label (_("This check does not replace your doctor’s advice. If you are unsure about "
                                   "anything here, ask them before you try a technique."), "dim-label"));

  self->list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (self->list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Questions"),
                                  -1);
  for (guint i = 0; i < fascia_safety_check_get_n_questions (check); i++)
    gtk_list_box_append (GTK_LIST_BOX (self->list),
                         question_row (self, fascia_safety_check_get_question (check, i)));
  gtk_box_append (GTK_BOX (box), self->list);

  footer = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  gtk_box_append (GTK_BOX (footer),
                  wrapped_label (_("Your answers are kept only in a file on this computer that only you can read. "
                                   "Nothing is ever sent anywhere. Change them here at any time, from the main "
                                   "menu’s “Safety Check”."), "dim-label"));
  self->clear_button = gtk_button_new_with_mnemonic (_("_Clear All Answers"));
  gtk_widget_add_css_class (self->clear_button, "destructive-action");
  gtk_widget_set_halign (self->clear_button, GTK_ALIGN_START);
  g_signal_connect (self->clear_button, "clicked", G_CALLBACK (clear_clicked_cb), self);
  gtk_box_append (GTK_BOX (footer), self->clear_button);
  gtk_box_append (GTK_BOX (box), footer);

  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), clamp);
  adw_toast_overlay_set_child (self->toasts, scroller);
  gtk_box_append (GTK_BOX (outer), GTK_WIDGET (self->toasts));
  adw_window_set_content (ADW_WINDOW (self), outer);

  self->changed_id = g_signal_connect_object (answers, "changed", G_CALLBACK (answers_changed_cb), self, 0);
  sync_toggles (self);
  fascia_a11y_name_mnemonic_buttons (GTK_WIDGET (self));

  return GTK_WIDGET (self);
}

/**
 * fascia_safety_dialog_get_toggle:
 *
 * Returns: (transfer none) (nullable): the button that gives @answer to
 *   @question_id
 */
GtkToggleButton *
fascia_safety_dialog_get_toggle (FasciaSafetyDialog *self,
                                 const char         *question_id,
                                 FasciaSafetyAnswer  answer)
{
  GtkToggleButton **buttons;

  g_return_val_if_fail (FASCIA_IS_SAFETY_DIALOG (self), NULL);

  buttons = g_hash_table_lookup (self->toggles, question_id);
  for (guint i = 0; buttons != NULL && i < G_N_ELEMENTS (row_answers); i++)
    if (row_answers[i] == answer)
      return buttons[i];

  return NULL;
}
