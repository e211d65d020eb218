/* fascia-sheet-dialog.c - the sheet for the clinician on screen: notes, red flags, print and save
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A modal window over the main one, opened from the body map's marking
 * mode. It shows what the printed sheet will hold and lets the reader add
 * to it: the marked regions; the muscles commonly described as referring
 * pain there, ranked by how many of the regions each explains; three notes;
 * the warning signs of those regions, each with Yes and No. A "yes" to an
 * emergency sign brings up, above everything and whatever the scroll
 * position, a message to get emergency help now rather than print a sheet.
 * "Print…" and "Save as PDF…" hand the sheet to fascia-sheet-print.c.
 * Nothing is stored or sent anywhere: the sheet lives as long as the
 * window. So once the reader has written a note or answered a warning
 * sign, closing the window asks first whether to discard them.
 *
 * Saving runs a main loop of GTK's own while the PDF is written: the
 * window keeps itself alive and its content insensitive meanwhile, and a
 * request to close it waits until the file is written.
 *
 * Keyboard: Tab through everything; Ctrl+P prints, Ctrl+S saves, Escape
 * closes (asking first when there is something to lose).
 *
 * Accessibility: every Yes/No pair is a group named after its warning sign;
 * the emergency message has the alert role.
 */
#define G_LOG_DOMAIN "fascia-sheet-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "fascia-a11y.h"
#include "fascia-sheet-dialog.h"
#include "fascia-sheet-print.h"

typedef struct
{
  const char *key;       /* the sheet's flag keeps it */
  GtkWidget  *yes;
  GtkWidget  *no;
} AnswerControls;

struct _FasciaSheetDialog
{
  AdwWindow             parent_instance;

  FasciaClinicianSheet *sheet;
  GtkWidget            *toast_overlay;
  GtkWidget            *emergency;
  GPtrArray            *muscle_rows;   /* GtkWidget, not owned */
  GPtrArray            *answers;       /* AnswerControls */
  GtkWidget            *note_rows[FASCIA_SHEET_N_NOTES];
  GtkFileChooserNative *chooser;
  GtkWidget            *discard_dialog;  /* (nullable): weak; asking before closing */
  gboolean              discard_confirmed;
  gboolean              saving;
  gboolean              close_after_save;
};

G_DEFINE_FINAL_TYPE (FasciaSheetDialog, fascia_sheet_dialog, ADW_TYPE_WINDOW)

static void
update_emergency (FasciaSheetDialog *self)
{
  gtk_widget_set_visible (self->emergency, fascia_clinician_sheet_needs_emergency_help (self->sheet));
}

static void
answer_toggled_cb (GtkToggleButton   *button,
                   FasciaSheetDialog *self)
{
  AnswerControls *controls = g_object_get_data (G_OBJECT (button), "fascia-answer-controls");
  FasciaFlagAnswer answer = FASCIA_FLAG_UNANSWERED;

  /* Choosing one of the pair turns the other off first, so the answer
   * passes through "unanswered" within the same main loop iteration:
   * nothing is drawn, and nothing is announced, in between. */
  if (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (controls->yes)))
    answer = FASCIA_FLAG_YES;
  else if (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (controls->no)))
    answer = FASCIA_FLAG_NO;

  fascia_clinician_sheet_set_answer (self->sheet, controls->key, answer);
  update_emergency (self);
}

static void
note_changed_cb (GtkEditable       *editable,
                 FasciaSheetDialog *self)
{
  FasciaSheetNote note = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (editable), "fascia-note"));

  fascia_clinician_sheet_set_note (self->sheet, note, gtk_editable_get_text (editable));
}

/* ------------------------------------------------------- print and save */

/* Whether the window is still one of the application's: gtk_window_destroy()
 * takes it out of the list (and hides it) even while a reference keeps the
 * object alive. */
static gboolean
is_toplevel (FasciaSheetDialog *self)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (toplevels, i);

      if (item == G_OBJECT (self))
        return TRUE;
    }

  return FALSE;
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  FasciaSheetDialog *self = FASCIA_SHEET_DIALOG (widget);
  /* Where the print dialog cannot run asynchronously it runs a main loop
   * of its own, in which the window may be closed. */
  g_autoptr(FasciaSheetDialog) alive = g_object_ref (self);

  if (self->saving)
    return;

  fascia_sheet_print (GTK_WINDOW (self), self->sheet);
}

static void
show_error (FasciaSheetDialog *self,
            const char        *message)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Could Not Save the Sheet"), message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  fascia_a11y_name_mnemonic_buttons (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
set_saving (FasciaSheetDialog *self,
            gboolean           saving)
{
  self->saving = saving;
  gtk_widget_set_sensitive (self->toast_overlay, !saving);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "sheet.print", !saving);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "sheet.save-pdf", !saving);
}

/**
 * fascia_sheet_dialog_save_pdf:
 * @file: where to write the sheet; a local file
 *
 * Saves the sheet as a PDF in @file, as "Save as PDF…" does once a file is
 * chosen, and says in the window how it went.
 *
 * Returns: whether the file was written
 */
gboolean
fascia_sheet_dialog_save_pdf (FasciaSheetDialog *self,
                              GFile             *file)
{
  /* Writing the PDF iterates the main loop, in which the window may be
   * closed or destroyed (with its parent, say): it must outlive the call. */
  g_autoptr(FasciaSheetDialog) alive = NULL;
  g_autoptr(GtkWidget) focus = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  gboolean saved;

  g_return_val_if_fail (FASCIA_IS_SHEET_DIALOG (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (!self->saving, FALSE);

  /* The sheet is written here and nowhere else. */
  path = g_file_get_path (file);
  if (path == NULL)
    {
      show_error (self, _("The sheet can only be saved in a folder on this computer."));
      return FALSE;
    }

  alive = g_object_ref (self);
  /* Going insensitive drops the focus: it is given back afterwards. */
  if (gtk_root_get_focus (GTK_ROOT (self)) != NULL)
    focus = g_object_ref (gtk_root_get_focus (GTK_ROOT (self)));

  set_saving (self, TRUE);
  saved = fascia_sheet_print_to_pdf (self->sheet, path, &error);
  set_saving (self, FALSE);

  /* Destroyed meanwhile: there is nothing left to say it in. */
  if (!is_toplevel (self))
    return saved;

  if (focus != NULL && gtk_widget_get_root (focus) == GTK_ROOT (self) && gtk_widget_is_sensitive (focus))
    gtk_widget_grab_focus (focus);

  if (!saved)
    {
      /* A close asked for while saving waits for the reader to see this. */
      self->close_after_save = FALSE;
      show_error (self, error->message);
      return FALSE;
    }
  else
    {
      g_autofree char *name = g_file_get_basename (file);
      g_autofree char *escaped = g_markup_escape_text (name, -1);
      g_autofree char *title = g_strdup_printf (_("Saved “%s”"), escaped);

      adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (self->toast_overlay), adw_toast_new (title));
    }

  if (self->close_after_save)
    {
      self->close_after_save = FALSE;
      gtk_window_close (GTK_WINDOW (self));
    }

  return TRUE;
}

static void
save_response_cb (GtkNativeDialog   *chooser,
                  int                response,
                  FasciaSheetDialog *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

  gtk_native_dialog_destroy (chooser);
  g_clear_object (&self->chooser);

  if (file != NULL)
    fascia_sheet_dialog_save_pdf (self, file);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  FasciaSheetDialog *self = FASCIA_SHEET_DIALOG (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  if (self->chooser != NULL || self->saving)
    return;

  self->chooser = gtk_file_chooser_native_new (_("Save Sheet as PDF"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  /* Translators: the file name offered when saving the sheet. */
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), _("Sheet for my clinician.pdf"));
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_filter_add_suffix (filter, "pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  g_signal_connect (self->chooser, "response", G_CALLBACK (save_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* ---------------------------------------------------------------- closing */

static void
discard_response_cb (AdwMessageDialog  *dialog,
                     const char        *response,
                     FasciaSheetDialog *self)
{
  g_signal_handlers_disconnect_by_data (dialog, self);
  g_clear_weak_pointer (&self->discard_dialog);

  if (g_strcmp0 (response, "discard") == 0)
    {
      /* The dialog is closed but kept alive until this signal is over: it
       * must not point at this window, gone by then. */
      gtk_window_set_transient_for (GTK_WINDOW (dialog), NULL);
      self->discard_confirmed = TRUE;
      gtk_window_close (GTK_WINDOW (self));
    }
}

static void
ask_before_closing (FasciaSheetDialog *self)
{
  GtkWidget *dialog;

  if (self->discard_dialog != NULL)
    {
      gtk_window_present (GTK_WINDOW (self->discard_dialog));
      return;
    }

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Discard This Sheet?"),
                                   _("Your notes and answers are not kept anywhere once this window closes."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "keep", _("_Keep Editing"),
                                    "discard", _("_Discard"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard", ADW_RESPONSE_DESTRUCTIVE);
  /* No default response: a stray Enter must not answer a question the
   * reader has not read. Escape keeps editing. */
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  gtk_window_set_modal (GTK_WINDOW (dialog), TRUE);
  g_signal_connect_object (dialog, "response", G_CALLBACK (discard_response_cb), self, 0);
  g_set_weak_pointer (&self->discard_dialog, dialog);
  fascia_a11y_name_mnemonic_buttons (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Escape, the close button and window.close all come here. */
static gboolean
fascia_sheet_dialog_close_request (GtkWindow *window)
{
  FasciaSheetDialog *self = FASCIA_SHEET_DIALOG (window);

  if (self->saving)
    {
      self->close_after_save = TRUE;
      return TRUE;
    }

  if (!self->discard_confirmed && self->sheet != NULL && fascia_clinician_sheet_has_input (self->sheet))
    {
      ask_before_closing (self);
      return TRUE;
    }

  return GTK_WINDOW_CLASS (fascia_sheet_dialog_parent_class)->close_request (window);
}

/* --------------------------------------------------------------- building */

static GtkWidget *
new_row (const char *title,
         const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  /* Content and the reader's words are text, never markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  return row;
}

static GtkWidget *
new_group (const char *title,
           const char *description)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  if (description != NULL)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);

  return group;
}

static GtkWidget *
new_note (const char *kind,
          const char *title,
          const char *body)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *label;

  gtk_widget_add_css_class (box, "note");
  gtk_widget_add_css_class (box, kind);

  if (title != NULL)
    {
      label = gtk_label_new (title);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
      gtk_widget_add_css_class (label, "note-title");
      gtk_box_append (GTK_BOX (box), label);
    }

  label = gtk_label_new (body);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_box_append (GTK_BOX (box), label);

  return box;
}

static GtkWidget *
build_regions (FasciaSheetDialog *self)
{
  GPtrArray *regions = fascia_clinician_sheet_get_regions (self->sheet);
  GtkWidget *group = new_group (_("Where It Hurts"), NULL);

  for (guint i = 0; i < regions->len; i++)
    {
      const FasciaBodyRegion *region = g_ptr_array_index (regions, i);

      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), new_row (region->label, NULL));
    }

  if (regions->len == 0)
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), new_row (_("No region was marked."), NULL));

  return group;
}

static GtkWidget *
build_muscles (FasciaSheetDialog *self)
{
  GPtrArray *muscles = fascia_clinician_sheet_get_muscles (self->sheet);
  guint n_regions = fascia_clinician_sheet_get_regions (self->sheet)->len;
  GtkWidget *group = new_group (_("Muscles That May Send Pain There"),
                                _("Most likely first: ranked by how many of the marked regions each one is "
                                  "commonly described as explaining. Common patterns, not a diagnosis."));

  for (guint i = 0; i < muscles->len; i++)
    {
      const FasciaSheetMuscle *muscle = g_ptr_array_index (muscles, i);
      g_autofree char *details = fascia_sheet_muscle_describe (muscle, n_regions);
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      GtkWidget *row = new_row (muscle->title, details);
      GtkWidget *rank = gtk_label_new (number);

      gtk_widget_add_css_class (rank, "dim-label");
      gtk_widget_add_css_class (rank, "numeric");
      gtk_widget_set_size_request (rank, 20, -1);
      /* The row's position in the list already says this to a screen reader. */
      gtk_accessible_update_state (GTK_ACCESSIBLE (rank), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), rank);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
      g_ptr_array_add (self->muscle_rows, row);
    }

  if (muscles->len == 0)
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                               new_row (_("The pages of these regions name no muscles."), NULL));

  return group;
}

static GtkWidget *
build_notes (FasciaSheetDialog *self)
{
  GtkWidget *group = new_group (_("Notes for Your Clinician"),
                                _("Optional. What you write goes on the sheet and nowhere else."));

  for (guint i = 0; i < FASCIA_SHEET_N_NOTES; i++)
    {
      GtkWidget *row = adw_entry_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), fascia_sheet_note_get_label (i));
      gtk_editable_set_text (GTK_EDITABLE (row), fascia_clinician_sheet_get_note (self->sheet, i));
      g_object_set_data (G_OBJECT (row), "fascia-note", GUINT_TO_POINTER (i));
      g_signal_connect (row, "changed", G_CALLBACK (note_changed_cb), self);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
      self->note_rows[i] = row;
    }

  return group;
}

static GtkWidget *
answer_button (FasciaSheetDialog *self,
               AnswerControls    *controls,
               FasciaFlagAnswer   answer)
{
  GtkWidget *button = gtk_toggle_button_new_with_label (fascia_flag_answer_get_label (answer));

  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button),
                                fascia_clinician_sheet_get_answer (self->sheet, controls->key) == answer);
  g_object_set_data (G_OBJECT (button), "fascia-answer-controls", controls);
  g_signal_connect (button, "toggled", G_CALLBACK (answer_toggled_cb), self);

  return button;
}

static GtkWidget *
build_flag_row (FasciaSheetDialog     *self,
                const FasciaSheetFlag *flag,
                gboolean               name_page)
{
  AnswerControls *controls = g_new0 (AnswerControls, 1);
  GtkWidget *row = new_row (flag->text, name_page ? flag->page_title : NULL);
  GtkWidget *pair;

  controls->key = flag->key;
  g_ptr_array_add (self->answers, controls);

  /* A group named after the sign, so that "Yes" is never heard alone. */
  pair = g_object_new (GTK_TYPE_BOX,
                       "orientation", GTK_ORIENTATION_HORIZONTAL,
                       "accessible-role", GTK_ACCESSIBLE_ROLE_GROUP,
                       "valign", GTK_ALIGN_CENTER,
                       NULL);
  gtk_widget_add_css_class (pair, "linked");
  gtk_accessible_update_property (GTK_ACCESSIBLE (pair), GTK_ACCESSIBLE_PROPERTY_LABEL, flag->text, -1);

  controls->yes = answer_button (self, controls, FASCIA_FLAG_YES);
  controls->no = answer_button (self, controls, FASCIA_FLAG_NO);
  gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (controls->no), GTK_TOGGLE_BUTTON (controls->yes));
  gtk_box_append (GTK_BOX (pair), controls->yes);
  gtk_box_append (GTK_BOX (pair), controls->no);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), pair);

  return row;
}

static void
build_flags (FasciaSheetDialog *self,
             GtkBox            *content)
{
  GPtrArray *flags = fascia_clinician_sheet_get_red_flags (self->sheet);
  gboolean several_pages = FALSE;

  for (guint i = 1; i < flags->len; i++)
    several_pages |= g_strcmp0 (((FasciaSheetFlag *)g_ptr_array_index (flags, i))->page_id,
                                ((FasciaSheetFlag *)g_ptr_array_index (flags, 0))->page_id) != 0;

  if (flags->len == 0)
    {
      GtkWidget *group = new_group (_("Warning Signs"), NULL);

      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                                 new_row (_("The pages of these regions list no warning signs."), NULL));
      gtk_box_append (content, group);
      return;
    }

  for (FasciaUrgency u = 0; u < FASCIA_N_URGENCIES; u++)
    {
      GtkWidget *group = NULL;

      for (guint i = 0; i < flags->len; i++)
        {
          const FasciaSheetFlag *flag = g_ptr_array_index (flags, i);

          if (flag->urgency != u)
            continue;

          if (group == NULL)
            {
              /* Title case on screen; the paper uses fascia_urgency_get_heading(). */
              if (u == FASCIA_URGENCY_EMERGENCY)
                group = new_group (_("Get Emergency Help Now"),
                                   _("Do you have any of these now? Answer each one."));
              else if (u == FASCIA_URGENCY_URGENT)
                group = new_group (_("Get Medical Advice Today"),
                                   _("Do you have any of these now? Answer each one."));
              else
                group = new_group (_("See a Doctor Soon"),
                                   _("Have you noticed any of these? Answer each one."));
              gtk_box_append (content, group);
            }

          adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), build_flag_row (self, flag, several_pages));
        }
    }
}

static void
build (FasciaSheetDialog *self)
{
  GtkWidget *toolbar, *header, *title, *scroller, *clamp, *content, *buttons, *button;
  guint n_regions = fascia_clinician_sheet_get_regions (self->sheet)->len;
  g_autofree char *subtitle = NULL;

  toolbar = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  header = adw_header_bar_new ();
  subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u region", "%u regions", n_regions), n_regions);
  title = adw_window_title_new (_("Sheet for Your Clinician"), subtitle);
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), title);
  gtk_box_append (GTK_BOX (toolbar), header);

  /* Outside the scrolled part: it stays in sight wherever the reader is. */
  self->emergency = g_object_new (GTK_TYPE_BOX,
                                  "orientation", GTK_ORIENTATION_VERTICAL,
                                  "accessible-role", GTK_ACCESSIBLE_ROLE_ALERT,
                                  "spacing", 4,
                                  NULL);
  {
    GtkWidget *note = new_note ("danger", _("Get Emergency Help Now"),
                                _("You answered “Yes” to a sign that needs emergency care. Call your local "
                                  "emergency number or go to an emergency department now, rather than "
                                  "printing a sheet."));

    gtk_widget_set_margin_start (note, 12);
    gtk_widget_set_margin_end (note, 12);
    gtk_widget_set_margin_top (note, 6);
    gtk_widget_set_margin_bottom (note, 6);
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->emergency),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, _("Get Emergency Help Now"),
                                    -1);
    gtk_box_append (GTK_BOX (self->emergency), note);
  }
  gtk_box_append (GTK_BOX (toolbar), self->emergency);

  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scroller, TRUE);
  gtk_box_append (GTK_BOX (toolbar), scroller);

  clamp = adw_clamp_new ();
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 640);
  adw_clamp_set_tightening_threshold (ADW_CLAMP (clamp), 480);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), clamp);

  content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  gtk_widget_set_margin_start (content, 12);
  gtk_widget_set_margin_end (content, 12);
  gtk_widget_set_margin_top (content, 18);
  gtk_widget_set_margin_bottom (content, 24);
  adw_clamp_set_child (ADW_CLAMP (clamp), content);

  gtk_box_append (GTK_BOX (content),
                  new_note ("info", NULL,
                            _("This sheet is for education and for talking with a professional. "
                              "It is not a diagnosis.")));
  gtk_box_append (GTK_BOX (content), build_regions (self));
  gtk_box_append (GTK_BOX (content), build_muscles (self));
  gtk_box_append (GTK_BOX (content), build_notes (self));
  build_flags (self, GTK_BOX (content));

  buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_set_halign (buttons, GTK_ALIGN_CENTER);

  button = gtk_button_new_with_mnemonic (_("_Print…"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "sheet.print");
  gtk_widget_add_css_class (button, "pill");
  gtk_box_append (GTK_BOX (buttons), button);

  button = gtk_button_new_with_mnemonic (_("_Save as PDF…"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "sheet.save-pdf");
  gtk_widget_add_css_class (button, "pill");
  gtk_widget_add_css_class (button, "suggested-action");
  gtk_box_append (GTK_BOX (buttons), button);
  gtk_box_append (GTK_BOX (content), buttons);

  self->toast_overlay = adw_toast_overlay_new ();
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (self->toast_overlay), toolbar);
  adw_window_set_content (ADW_WINDOW (self), self->toast_overlay);

  update_emergency (self);
}

static void
fascia_sheet_dialog_dispose (GObject *object)
{
  FasciaSheetDialog *self = FASCIA_SHEET_DIALOG (object);

  if (self->discard_dialog != NULL)
    {
      GtkWidget *dialog = self->discard_dialog;

      g_signal_handlers_disconnect_by_data (dialog, self);
      g_clear_weak_pointer (&self->discard_dialog);
      gtk_window_set_transient_for (GTK_WINDOW (dialog), NULL);
      gtk_window_destroy (GTK_WINDOW (dialog));
    }

  if (self->chooser != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->chooser, self);
      gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
      g_clear_object (&self->chooser);
    }

  G_OBJECT_CLASS (fascia_sheet_dialog_parent_class)->dispose (object);
}

static void
fascia_sheet_dialog_finalize (GObject *object)
{
  FasciaSheetDialog *self = FASCIA_SHEET_DIALOG (object);

  g_clear_pointer (&self->muscle_rows, g_ptr_array_unref);
  g_clear_pointer (&self->answers, g_ptr_array_unref);
  g_clear_object (&self->sheet);

  G_OBJECT_CLASS (fascia_sheet_dialog_parent_class)->finalize (object);
}

static void
fascia_sheet_dialog_class_init (FasciaSheetDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = fascia_sheet_dialog_dispose;
  object_class->finalize = fascia_sheet_dialog_finalize;
  window_class->close_request = fascia_sheet_dialog_close_request;

  gtk_widget_class_install_action (widget_class, "sheet.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "sheet.save-pdf", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "sheet.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "sheet.save-pdf", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
fascia_sheet_dialog_init (FasciaSheetDialog *self)
{
  self->muscle_rows = g_ptr_array_new ();
  self->answers = g_ptr_array_new_with_free_func (g_free);

  gtk_window_set_title (GTK_WINDOW (self), _("Sheet for Your Clinician"));
  gtk_window_set_default_size (GTK_WINDOW (self), 600, 760);
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (self), TRUE);
}

/**
 * fascia_sheet_dialog_new:
 * @parent: (nullable): the window the dialog is modal for
 * @sheet: the sheet to show and fill in
 */
GtkWidget *
fascia_sheet_dialog_new (GtkWindow            *parent,
                         FasciaClinicianSheet *sheet)
{
  FasciaSheetDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (FASCIA_IS_CLINICIAN_SHEET (sheet), NULL);

  self = g_object_new (FASCIA_TYPE_SHEET_DIALOG, NULL);
  self->sheet = g_object_ref (sheet);
  if (parent != NULL)
    gtk_window_set_transient_for (GTK_WINDOW (self), parent);
  build (self);

  fascia_a11y_name_mnemonic_buttons (GTK_WIDGET (self));

  return GTK_WIDGET (self);
}

/**
 * fascia_sheet_dialog_get_sheet:
 * @self: a sheet dialog
 *
 * Returns: (transfer none): the sheet the dialog shows and fills in
 */
FasciaClinicianSheet *
fascia_sheet_dialog_get_sheet (FasciaSheetDialog *self)
{
  g_return_val_if_fail (FASCIA_IS_SHEET_DIALOG (self), NULL);
  return self->sheet;
}

/**
 * fascia_sheet_dialog_get_muscle_row:
 *
 * Returns: (transfer none) (nullable): the row of the muscle ranked @position
 */
GtkWidget *
fascia_sheet_dialog_get_muscle_row (FasciaSheetDialog *self,
                                    guint              position)
{
  g_return_val_if_fail (FASCIA_IS_SHEET_DIALOG (self), NULL);

  return position < self->muscle_rows->len ? g_ptr_array_index (self->muscle_rows, position) : NULL;
}

/**
 * fascia_sheet_dialog_get_answer_button:
 * @answer: %FASCIA_FLAG_YES or %FASCIA_FLAG_NO
 *
 * Returns: (transfer none) (nullable): the toggle that answers @flag_key
 */
GtkWidget *
fascia_sheet_dialog_get_answer_button (FasciaSheetDialog *self,
                                       const char        *flag_key,
                                       FasciaFlagAnswer   answer)
{
  g_return_val_if_fail (FASCIA_IS_SHEET_DIALOG (self), NULL);

  for (guint i = 0; i < self->answers->len; i++)
    {
      AnswerControls *controls = g_ptr_array_index (self->answers, i);

      if (g_strcmp0 (controls->key, flag_key) == 0)
        return answer == FASCIA_FLAG_YES ? controls->yes : answer == FASCIA_FLAG_NO ? controls->no : NULL;
    }

  return NULL;
}

/**
 * fascia_sheet_dialog_get_note_row:
 *
 * Returns: (transfer none): the entry row of @note
 */
GtkWidget *
fascia_sheet_dialog_get_note_row (FasciaSheetDialog *self,
                                  FasciaSheetNote    note)
{
  g_return_val_if_fail (FASCIA_IS_SHEET_DIALOG (self), NULL);
  g_return_val_if_fail (note < FASCIA_SHEET_N_NOTES, NULL);

  return self->note_rows[note];
}

/**
 * fascia_sheet_dialog_get_showing_emergency:
 * @self: a sheet dialog
 *
 * Returns: whether the message to get emergency help now is shown, as it
 *   is while the reader has answered "Yes" to an emergency sign
 */
gboolean
fascia_sheet_dialog_get_showing_emergency (FasciaSheetDialog *self)
{
  g_return_val_if_fail (FASCIA_IS_SHEET_DIALOG (self), FALSE);
  return gtk_widget_get_visible (self->emergency);
}
