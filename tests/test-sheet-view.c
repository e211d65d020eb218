/* test-sheet-view.c - marking where it hurts on the body map, and the sheet dialog (Xvfb in CI)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <glib/gstdio.h>

#include "fascia-body-map-view.h"
#include "fascia-library.h"
#include "fascia-mark-bar.h"
#include "fascia-sheet-dialog.h"
#include "fascia-test-util.h"
#include "fascia-window.h"

#define HIP     "front-outer-hip-left"
#define BUTTOCK "back-buttock-left"

static FasciaLibrary *library;

/* What Enter or Space does to a focused button: GtkButton shows itself
 * pressed for a moment and only then emits ::clicked. */
static void
press (GtkWidget *button)
{
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_activate (button));
  fascia_test_iterate (16);
}

static FasciaWindow *
open_map_window (int width,
                 int height)
{
  FasciaWindow *window = fascia_window_new (NULL, library, NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (fascia_window_open (window, FASCIA_BODY_MAP_TARGET));
  fascia_test_iterate (8);
  g_assert_true (fascia_window_is_showing_body_map (window));

  return window;
}

static FasciaBodyMapView *
map_view (FasciaWindow *window)
{
  return FASCIA_BODY_MAP_VIEW (fascia_window_get_body_map_view (window));
}

static GtkWidget *
find_button (GtkWidget  *widget,
             const char *label)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child, label);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static GtkLabel *
find_label (GtkWidget  *widget,
            const char *text)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0)
    return GTK_LABEL (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkLabel *found = find_label (child, text);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static FasciaSheetDialog *
find_sheet_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  FasciaSheetDialog *found = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (toplevels, i);

      if (FASCIA_IS_SHEET_DIALOG (item))
        {
          g_assert_null (found);
          found = FASCIA_SHEET_DIALOG (item);
        }
    }

  return found;
}

static AdwMessageDialog *
find_message_dialog (GtkWindow *parent)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  AdwMessageDialog *found = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (item) && gtk_window_get_transient_for (GTK_WINDOW (item)) == parent)
        {
          g_assert_null (found);
          found = ADW_MESSAGE_DIALOG (item);
        }
    }

  return found;
}

/* The shortcut that a key press with @keyval and @modifiers triggers on
 * @widget itself, from its class's bindings or its own controllers. GTK 4
 * cannot make a key event in a test, so the test presses the key by
 * running the action the shortcut is bound to. */
static GtkShortcut *
find_key_shortcut (GtkWidget       *widget,
                   guint            keyval,
                   GdkModifierType  modifiers)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;

      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);

          if (GTK_IS_KEYVAL_TRIGGER (trigger) &&
              gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == keyval &&
              gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == modifiers)
            return g_steal_pointer (&shortcut);
        }
    }

  return NULL;
}

/* Escape on the sheet dialog: it is bound to window.close. */
static void
press_escape (FasciaSheetDialog *dialog)
{
  g_autoptr(GtkShortcut) shortcut = find_key_shortcut (GTK_WIDGET (dialog), GDK_KEY_Escape, 0);
  GtkShortcutAction *action;

  g_assert_nonnull (shortcut);
  action = gtk_shortcut_get_action (shortcut);
  g_assert_true (GTK_IS_NAMED_ACTION (action));
  g_assert_cmpstr (gtk_named_action_get_action_name (GTK_NAMED_ACTION (action)), ==, "window.close");
  g_assert_true (gtk_shortcut_action_activate (action, GTK_SHORTCUT_ACTION_EXCLUSIVE, GTK_WIDGET (dialog),
                                               gtk_shortcut_get_arguments (shortcut)));
  fascia_test_iterate (4);
}

static FasciaSheetDialog *
open_sheet_dialog (GtkWindow *parent)
{
  const char * const chosen[] = { HIP, BUTTOCK, NULL };
  g_autoptr(FasciaClinicianSheet) sheet = fascia_clinician_sheet_new (library, chosen);
  FasciaSheetDialog *dialog = FASCIA_SHEET_DIALOG (fascia_sheet_dialog_new (parent, sheet));

  gtk_window_present (GTK_WINDOW (dialog));
  fascia_test_iterate (4);

  return dialog;
}

static const FasciaSheetFlag *
first_flag (FasciaClinicianSheet *sheet,
            FasciaUrgency         urgency)
{
  GPtrArray *flags = fascia_clinician_sheet_get_red_flags (sheet);

  for (guint i = 0; i < flags->len; i++)
    if (((FasciaSheetFlag *)g_ptr_array_index (flags, i))->urgency == urgency)
      return g_ptr_array_index (flags, i);

  return NULL;
}

static GtkWidget *
mark_toggle (FasciaWindow *window)
{
  GtkWidget *toggle = find_button (GTK_WIDGET (map_view (window)), "_Mark Where It Hurts");

  g_assert_nonnull (toggle);
  g_assert_true (GTK_IS_TOGGLE_BUTTON (toggle));

  return toggle;
}

static void
assert_count_label (FasciaWindow *window,
                    const char   *text)
{
  GtkLabel *label;

  fascia_test_iterate (4);
  label = find_label (GTK_WIDGET (map_view (window)), text);
  if (label == NULL)
    g_error ("the map does not say “%s”", text);
  g_assert_true (gtk_widget_is_drawable (GTK_WIDGET (label)));
}

/* Marking mode: activating a region (what a click, Enter or Space does)
 * toggles its mark; its name stays, its pressed state says it. */
static void
test_marking (void)
{
  FasciaWindow *window = open_map_window (1200, 900);
  FasciaBodyMapView *view = map_view (window);
  FasciaRegionButton *hip = fascia_body_map_view_find_button (view, HIP);
  FasciaRegionButton *buttock = fascia_body_map_view_find_button (view, BUTTOCK);
  FasciaRegionButton *knee = fascia_body_map_view_find_button (view, "front-knee-left");
  GtkWidget *toggle = mark_toggle (window);
  g_auto(GStrv) marked = NULL;

  g_assert_false (fascia_body_map_view_get_marking (view));
  press (toggle);
  g_assert_true (fascia_body_map_view_get_marking (view));
  assert_count_label (window, "No regions marked yet");
  gtk_test_accessible_assert_state (knee, GTK_ACCESSIBLE_STATE_PRESSED, GTK_ACCESSIBLE_TRISTATE_FALSE);

  g_assert_true (gtk_widget_activate (GTK_WIDGET (hip)));
  g_assert_true (gtk_widget_activate (GTK_WIDGET (buttock)));
  fascia_test_iterate (2);

  /* Still on the map: nothing opened. */
  g_assert_true (fascia_window_is_showing_body_map (window));
  g_assert_cmpint (fascia_region_button_get_mark (hip), ==, FASCIA_REGION_CHOSEN);
  g_assert_cmpint (fascia_region_button_get_mark (buttock), ==, FASCIA_REGION_CHOSEN);
  g_assert_cmpint (fascia_region_button_get_mark (knee), ==, FASCIA_REGION_NORMAL);
  gtk_test_accessible_assert_state (hip, GTK_ACCESSIBLE_STATE_PRESSED, GTK_ACCESSIBLE_TRISTATE_TRUE);
  gtk_test_accessible_assert_state (buttock, GTK_ACCESSIBLE_STATE_PRESSED, GTK_ACCESSIBLE_TRISTATE_TRUE);
  gtk_test_accessible_assert_state (knee, GTK_ACCESSIBLE_STATE_PRESSED, GTK_ACCESSIBLE_TRISTATE_FALSE);
  gtk_test_accessible_assert_property (hip, GTK_ACCESSIBLE_PROPERTY_LABEL, "Outer hip, your left, front");
  gtk_test_accessible_assert_role (hip, GTK_ACCESSIBLE_ROLE_BUTTON);
  assert_count_label (window, "2 regions marked");

  marked = fascia_body_map_view_dup_marked (view);
  g_assert_cmpuint (g_strv_length (marked), ==, 2);
  g_assert_cmpstr (marked[0], ==, HIP);
  g_assert_cmpstr (marked[1], ==, BUTTOCK);

  /* Again: unmarked. */
  g_assert_true (gtk_widget_activate (GTK_WIDGET (buttock)));
  gtk_test_accessible_assert_state (buttock, GTK_ACCESSIBLE_STATE_PRESSED, GTK_ACCESSIBLE_TRISTATE_FALSE);
  g_assert_cmpint (fascia_region_button_get_mark (buttock), ==, FASCIA_REGION_NORMAL);
  assert_count_label (window, "1 region marked");

  /* The secondary action does nothing while marking. */
  g_signal_emit_by_name (knee, "show-sources");
  g_assert_null (fascia_body_map_view_get_chosen (view));

  /* Off: the marks are kept but not shown, and a region opens its page. */
  press (toggle);
  g_assert_false (fascia_body_map_view_get_marking (view));
  g_assert_cmpint (fascia_region_button_get_mark (hip), ==, FASCIA_REGION_NORMAL);
  g_assert_false (gtk_test_accessible_has_state (GTK_ACCESSIBLE (hip), GTK_ACCESSIBLE_STATE_PRESSED));
  g_assert_true (gtk_widget_activate (GTK_WIDGET (knee)));
  fascia_test_iterate (2);
  g_assert_cmpstr (fascia_page_get_id (fascia_window_get_page (window)), ==, "region-front-knee");

  g_assert_true (fascia_window_go_back (window));
  fascia_body_map_view_set_marking (view, TRUE);
  g_assert_cmpint (fascia_region_button_get_mark (hip), ==, FASCIA_REGION_CHOSEN);
  assert_count_label (window, "1 region marked");

  /* "Where may it come from?" and marking exclude each other. */
  g_assert_true (fascia_body_map_view_show_sources (view, "front-knee-left"));
  g_assert_false (fascia_body_map_view_get_marking (view));
  fascia_body_map_view_set_marking (view, TRUE);
  g_assert_null (fascia_body_map_view_get_chosen (view));

  /* Clear. */
  press (find_button (GTK_WIDGET (view), "C_lear Marks"));
  assert_count_label (window, "No regions marked yet");
  g_assert_cmpint (fascia_region_button_get_mark (hip), ==, FASCIA_REGION_NORMAL);
  g_assert_false (gtk_widget_get_sensitive (find_button (GTK_WIDGET (view), "Make a _Sheet for Your Clinician…")));

  fascia_test_finalize_window (window);
}

static void
test_sheet_dialog (void)
{
  FasciaWindow *window = open_map_window (1200, 900);
  FasciaBodyMapView *view = map_view (window);
  FasciaSheetDialog *dialog;
  FasciaClinicianSheet *sheet;
  GtkWidget *make, *row, *yes, *no;
  const FasciaSheetFlag *emergency;
  AdwMessageDialog *question;
  int min_width;

  press (mark_toggle (window));
  g_assert_true (gtk_widget_activate (GTK_WIDGET (fascia_body_map_view_find_button (view, HIP))));
  g_assert_true (gtk_widget_activate (GTK_WIDGET (fascia_body_map_view_find_button (view, BUTTOCK))));
  make = find_button (GTK_WIDGET (view), "Make a _Sheet for Your Clinician…");
  g_assert_nonnull (make);
  g_assert_true (gtk_widget_get_sensitive (make));

  g_assert_null (find_sheet_dialog ());
  press (make);
  dialog = find_sheet_dialog ();
  g_assert_nonnull (dialog);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *)&dialog);
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (dialog)));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));

  sheet = fascia_sheet_dialog_get_sheet (dialog);
  g_assert_cmpuint (fascia_clinician_sheet_get_regions (sheet)->len, ==, 2);

  /* Outer hip and buttock: the first muscle, said as core describes it. */
  row = fascia_sheet_dialog_get_muscle_row (dialog, 0);
  g_assert_nonnull (row);
  {
    const FasciaSheetMuscle *first = g_ptr_array_index (fascia_clinician_sheet_get_muscles (sheet), 0);
    g_autofree char *described = fascia_sheet_muscle_describe (first, 2);

    g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, first->title);
    g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, described);
    g_assert_true (g_str_has_prefix (described, "explains 2 of 2 regions"));
  }
  g_assert_nonnull (find_label (GTK_WIDGET (dialog),
                                "This sheet is for education and for talking with a professional. "
                                "It is not a diagnosis."));
  g_assert_nonnull (find_button (GTK_WIDGET (dialog), "_Print…"));
  g_assert_nonnull (find_button (GTK_WIDGET (dialog), "_Save as PDF…"));

  /* Notes go straight to the sheet. */
  gtk_editable_set_text (GTK_EDITABLE (fascia_sheet_dialog_get_note_row (dialog, FASCIA_SHEET_NOTE_SINCE)),
                         "Since May");
  g_assert_cmpstr (fascia_clinician_sheet_get_note (sheet, FASCIA_SHEET_NOTE_SINCE), ==, "Since May");

  /* A red flag: Yes to an emergency sign brings up the alert. The shipped
   * region pages list emergency signs. */
  emergency = first_flag (sheet, FASCIA_URGENCY_EMERGENCY);
  g_assert_nonnull (emergency);

  g_assert_false (fascia_sheet_dialog_get_showing_emergency (dialog));
  yes = fascia_sheet_dialog_get_answer_button (dialog, emergency->key, FASCIA_FLAG_YES);
  no = fascia_sheet_dialog_get_answer_button (dialog, emergency->key, FASCIA_FLAG_NO);
  g_assert_nonnull (yes);
  g_assert_nonnull (no);
  gtk_test_accessible_assert_property (gtk_widget_get_parent (yes), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       emergency->text);
  gtk_test_accessible_assert_role (gtk_widget_get_parent (yes), GTK_ACCESSIBLE_ROLE_GROUP);

  press (yes);
  g_assert_cmpint (fascia_clinician_sheet_get_answer (sheet, emergency->key), ==, FASCIA_FLAG_YES);
  g_assert_true (fascia_sheet_dialog_get_showing_emergency (dialog));
  gtk_test_accessible_assert_state (yes, GTK_ACCESSIBLE_STATE_PRESSED, GTK_ACCESSIBLE_TRISTATE_TRUE);

  press (no);
  g_assert_cmpint (fascia_clinician_sheet_get_answer (sheet, emergency->key), ==, FASCIA_FLAG_NO);
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (yes)));
  g_assert_false (fascia_sheet_dialog_get_showing_emergency (dialog));

  /* Usable in a phone-sized window. */
  gtk_widget_measure (adw_window_get_content (ADW_WINDOW (dialog)), GTK_ORIENTATION_HORIZONTAL, -1,
                      &min_width, NULL, NULL, NULL);
  g_assert_cmpint (min_width, <=, 360);

  /* A note and an answer would be lost: Escape asks first. */
  g_assert_null (find_message_dialog (GTK_WINDOW (dialog)));
  press_escape (dialog);
  g_assert_nonnull (dialog);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  question = find_message_dialog (GTK_WINDOW (dialog));
  g_assert_nonnull (question);
  g_object_add_weak_pointer (G_OBJECT (question), (gpointer *)&question);
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (question)));
  g_assert_cmpstr (adw_message_dialog_get_heading (question), ==, "Discard This Sheet?");
  g_assert_cmpstr (adw_message_dialog_get_body (question), ==,
                   "Your notes and answers are not kept anywhere once this window closes.");
  /* A stray Enter answers nothing. */
  g_assert_null (adw_message_dialog_get_default_response (question));
  g_assert_cmpstr (adw_message_dialog_get_close_response (question), ==, "keep");
  g_assert_cmpstr (adw_message_dialog_get_response_label (question, "keep"), ==, "_Keep Editing");
  g_assert_cmpstr (adw_message_dialog_get_response_label (question, "discard"), ==, "_Discard");
  g_assert_cmpint (adw_message_dialog_get_response_appearance (question, "discard"), ==, ADW_RESPONSE_DESTRUCTIVE);
  /* Named once, as shown, for screen readers. */
  gtk_test_accessible_assert_property (find_button (GTK_WIDGET (question), "_Keep Editing"),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Keep Editing");
  gtk_test_accessible_assert_property (find_button (GTK_WIDGET (question), "_Discard"),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Discard");

  /* Keep Editing: back to the sheet, all of it still there. */
  press (find_button (GTK_WIDGET (question), "_Keep Editing"));
  fascia_test_iterate (4);
  g_assert_null (question);
  g_assert_nonnull (dialog);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_cmpstr (fascia_clinician_sheet_get_note (sheet, FASCIA_SHEET_NOTE_SINCE), ==, "Since May");

  /* Escape on the question is Keep Editing too. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "window.close", NULL));
  fascia_test_iterate (4);
  question = find_message_dialog (GTK_WINDOW (dialog));
  g_assert_nonnull (question);
  g_object_add_weak_pointer (G_OBJECT (question), (gpointer *)&question);
  gtk_window_close (GTK_WINDOW (question));
  fascia_test_iterate (4);
  g_assert_null (question);
  g_assert_nonnull (dialog);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));

  /* Discard: the sheet goes; nothing keeps it alive. */
  press_escape (dialog);
  question = find_message_dialog (GTK_WINDOW (dialog));
  g_assert_nonnull (question);
  g_object_add_weak_pointer (G_OBJECT (question), (gpointer *)&question);
  press (find_button (GTK_WIDGET (question), "_Discard"));
  fascia_test_iterate (4);
  g_assert_null (question);
  g_assert_null (dialog);
  g_assert_null (find_sheet_dialog ());

  fascia_test_finalize_window (window);
}

/* With nothing written and nothing answered there is nothing to lose:
 * Escape closes at once. */
static void
test_close_without_input (void)
{
  FasciaSheetDialog *dialog = open_sheet_dialog (NULL);
  FasciaClinicianSheet *sheet = fascia_sheet_dialog_get_sheet (dialog);
  const FasciaSheetFlag *soon = first_flag (sheet, FASCIA_URGENCY_SOON);
  GtkWidget *note = fascia_sheet_dialog_get_note_row (dialog, FASCIA_SHEET_NOTE_WORSE);

  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *)&dialog);
  g_assert_nonnull (soon);

  /* Written, then rubbed out; answered, then taken back. */
  gtk_editable_set_text (GTK_EDITABLE (note), "Stairs");
  gtk_editable_set_text (GTK_EDITABLE (note), "");
  g_assert_true (fascia_clinician_sheet_set_answer (sheet, soon->key, FASCIA_FLAG_YES));
  g_assert_true (fascia_clinician_sheet_set_answer (sheet, soon->key, FASCIA_FLAG_UNANSWERED));
  g_assert_false (fascia_clinician_sheet_has_input (sheet));

  press_escape (dialog);
  g_assert_null (dialog);
  g_assert_null (find_sheet_dialog ());
}

/* The close button of the header bar (gtk_window_close()) asks too, for an
 * answer alone. */
static void
test_close_with_answer (void)
{
  FasciaSheetDialog *dialog = open_sheet_dialog (NULL);
  FasciaClinicianSheet *sheet = fascia_sheet_dialog_get_sheet (dialog);
  const FasciaSheetFlag *soon = first_flag (sheet, FASCIA_URGENCY_SOON);
  AdwMessageDialog *question;

  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *)&dialog);
  g_assert_nonnull (soon);
  press (fascia_sheet_dialog_get_answer_button (dialog, soon->key, FASCIA_FLAG_NO));
  g_assert_cmpint (fascia_clinician_sheet_get_answer (sheet, soon->key), ==, FASCIA_FLAG_NO);

  gtk_window_close (GTK_WINDOW (dialog));
  fascia_test_iterate (4);
  g_assert_nonnull (dialog);
  question = find_message_dialog (GTK_WINDOW (dialog));
  g_assert_nonnull (question);

  /* Asking again while it asks brings up the same question. */
  gtk_window_close (GTK_WINDOW (dialog));
  fascia_test_iterate (4);
  g_assert_true (find_message_dialog (GTK_WINDOW (dialog)) == question);

  g_object_add_weak_pointer (G_OBJECT (question), (gpointer *)&question);
  press (find_button (GTK_WIDGET (question), "_Discard"));
  fascia_test_iterate (4);
  g_assert_null (question);
  g_assert_null (dialog);
}

typedef struct
{
  FasciaSheetDialog *dialog;      /* weak */
  gboolean           destroy;     /* or only ask to close */
  gboolean           ran;
  gboolean           insensitive;
  gboolean           still_open;
} SaveProbe;

/* Runs in the main loop GTK iterates while it writes the PDF. */
static gboolean
during_save_cb (gpointer data)
{
  SaveProbe *probe = data;
  GtkWidget *content = adw_window_get_content (ADW_WINDOW (probe->dialog));
  guint n_windows;

  probe->ran = TRUE;
  probe->insensitive = !gtk_widget_get_sensitive (content);
  /* Ctrl+S meanwhile opens no second file chooser. */
  n_windows = g_list_model_get_n_items (gtk_window_get_toplevels ());
  gtk_widget_activate_action (GTK_WIDGET (probe->dialog), "sheet.save-pdf", NULL);
  gtk_widget_activate_action (GTK_WIDGET (probe->dialog), "sheet.print", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (gtk_window_get_toplevels ()), ==, n_windows);

  if (probe->destroy)
    {
      gtk_window_destroy (GTK_WINDOW (probe->dialog));
    }
  else
    {
      gtk_window_close (GTK_WINDOW (probe->dialog));
      probe->still_open = probe->dialog != NULL && gtk_widget_get_visible (GTK_WIDGET (probe->dialog));
    }

  return G_SOURCE_REMOVE;
}

static void
save_while_closing (gboolean destroy)
{
  SaveProbe probe = { NULL, destroy, FALSE, FALSE, FALSE };
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *save;

  dir = g_dir_make_tmp ("fascia-sheet-view-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "sheet.pdf", NULL);
  file = g_file_new_for_path (path);

  probe.dialog = open_sheet_dialog (NULL);
  g_object_add_weak_pointer (G_OBJECT (probe.dialog), (gpointer *)&probe.dialog);
  save = find_button (GTK_WIDGET (probe.dialog), "_Save as PDF…");
  g_assert_true (gtk_widget_grab_focus (save));

  g_idle_add_full (G_PRIORITY_HIGH, during_save_cb, &probe, NULL);
  g_assert_true (fascia_sheet_dialog_save_pdf (probe.dialog, file));

  /* The close waited for the file; so did the window's memory. */
  g_assert_true (probe.ran);
  g_assert_true (probe.insensitive);
  if (!destroy)
    g_assert_true (probe.still_open);
  fascia_test_iterate (4);
  g_assert_null (probe.dialog);
  g_assert_null (find_sheet_dialog ());

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF"));
  g_unlink (path);
  g_rmdir (dir);
}

/* Saving runs a main loop in which the window can be closed (Escape) or
 * destroyed (with its parent). */
static void
test_save_while_closing (void)
{
  save_while_closing (FALSE);
}

static void
test_save_while_destroyed (void)
{
  save_while_closing (TRUE);
}

/* Saved: the window says so, is sensitive again and the focus is back. */
static void
test_save (void)
{
  FasciaSheetDialog *dialog = open_sheet_dialog (NULL);
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *save;

  dir = g_dir_make_tmp ("fascia-sheet-view-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "sheet.pdf", NULL);
  file = g_file_new_for_path (path);

  save = find_button (GTK_WIDGET (dialog), "_Save as PDF…");
  g_assert_true (gtk_widget_grab_focus (save));
  g_assert_true (fascia_sheet_dialog_save_pdf (dialog, file));
  fascia_test_iterate (4);
  g_assert_true (gtk_widget_get_sensitive (adw_window_get_content (ADW_WINDOW (dialog))));
  g_assert_true (gtk_root_get_focus (GTK_ROOT (dialog)) == save);
  g_assert_nonnull (find_label (GTK_WIDGET (dialog), "Saved “sheet.pdf”"));
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));

  fascia_test_finalize_window (dialog);
  g_unlink (path);
  g_rmdir (dir);
}

static void
assert_focus_kept (FasciaWindow *window)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_is_ancestor (focus, GTK_WIDGET (map_view (window))));
  g_assert_true (gtk_widget_is_sensitive (focus));
  g_assert_true (gtk_widget_get_focusable (focus));
  g_assert_true (gtk_widget_is_drawable (focus));
  g_assert_true (focus == mark_toggle (window));
}

/* Clear Marks leaves its own button insensitive: the keyboard focus goes
 * to the toggle that started marking, not nowhere. */
static void
test_clear_keeps_focus (void)
{
  FasciaWindow *window = open_map_window (1200, 900);
  FasciaBodyMapView *view = map_view (window);
  FasciaMarkBar *bar = (FasciaMarkBar *)fascia_test_find_type (GTK_WIDGET (view), FASCIA_TYPE_MARK_BAR);
  GtkWidget *clear;

  g_assert_nonnull (bar);
  clear = fascia_mark_bar_get_clear_button (bar);
  press (mark_toggle (window));
  g_assert_true (fascia_body_map_view_toggle_mark (view, HIP));
  fascia_test_iterate (8);

  g_assert_true (gtk_widget_get_sensitive (clear));
  g_assert_true (gtk_widget_grab_focus (clear));
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == clear);
  g_assert_true (fascia_mark_bar_has_focus (bar));

  press (clear);
  assert_count_label (window, "No regions marked yet");
  g_assert_false (gtk_widget_get_sensitive (clear));
  assert_focus_kept (window);

  /* Marking turned off (by its mnemonic, say) while on Make a Sheet: the
   * bar hides, the focus stays. */
  g_assert_true (fascia_body_map_view_toggle_mark (view, BUTTOCK));
  fascia_test_iterate (4);
  g_assert_true (gtk_widget_grab_focus (fascia_mark_bar_get_make_button (bar)));
  fascia_body_map_view_set_marking (view, FALSE);
  fascia_test_iterate (16);
  assert_focus_kept (window);

  /* Focus elsewhere is left alone. */
  fascia_body_map_view_set_marking (view, TRUE);
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (fascia_body_map_view_find_button (view, HIP))));
  fascia_body_map_view_clear_marks (view);
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) ==
                 GTK_WIDGET (fascia_body_map_view_find_button (view, HIP)));

  fascia_test_finalize_window (window);
}

/* The marking controls fit a phone-sized window. */
static void
test_narrow (void)
{
  FasciaWindow *window = open_map_window (360, 700);
  FasciaBodyMapView *view = map_view (window);
  int min_width;

  fascia_body_map_view_set_marking (view, TRUE);
  g_assert_true (fascia_body_map_view_toggle_mark (view, HIP));
  fascia_test_iterate (4);
  /* The map, marking bar and all, fits a 360 pixel window: the window
   * needs no more than that (measured with the app's stylesheet). */
  gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL, NULL, NULL);
  g_assert_cmpint (min_width, <=, 360);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 360);
  g_assert_true (fascia_body_map_view_get_narrow (view));
  assert_count_label (window, "1 region marked");
  g_assert_false (fascia_body_map_view_toggle_mark (view, "nowhere"));

  fascia_test_finalize_window (window);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  fascia_test_init (&argc, &argv);

  library = fascia_test_load_content ();

  g_test_add_func ("/sheet-view/marking", test_marking);
  g_test_add_func ("/sheet-view/dialog", test_sheet_dialog);
  g_test_add_func ("/sheet-view/close-without-input", test_close_without_input);
  g_test_add_func ("/sheet-view/close-with-answer", test_close_with_answer);
  g_test_add_func ("/sheet-view/save", test_save);
  g_test_add_func ("/sheet-view/save-while-closing", test_save_while_closing);
  g_test_add_func ("/sheet-view/save-while-destroyed", test_save_while_destroyed);
  g_test_add_func ("/sheet-view/clear-keeps-focus", test_clear_keeps_focus);
  g_test_add_func ("/sheet-view/narrow", test_narrow);

  status = g_test_run ();
  g_clear_object (&library);

  return status;
}
