/* test-safety-view.c - the safety check questionnaire, its warnings on
 * technique pages and marks in lists, answers surviving a restart, and red
 * flags on region pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs under Xvfb with GTK's test accessibility backend. A "restart" is a new
 * window and a new set of answers read back from the same file.
 */
#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <glib/gstdio.h>

#include "fascia-a11y.h"
#include "fascia-hold-timer-view.h"
#include "fascia-library.h"
#include "fascia-page-view.h"
#include "fascia-safety-dialog.h"
#include "fascia-test-util.h"
#include "fascia-sidebar.h"
#include "fascia-sidebar-row.h"
#include "fascia-window.h"

#define GUN "technique-massage-gun"

static FasciaLibrary *library;
static char *state_dir;

/* Space or Enter on a button: GTK shows it pressed for a moment before it
 * counts as a click. */
static void
press (GtkToggleButton *button)
{
  g_assert_true (gtk_widget_activate (GTK_WIDGET (button)));
  fascia_test_iterate (18);
}

static char *
answers_path (void)
{
  return g_build_filename (state_dir, "fascia", "safety-check.ini", NULL);
}

static FasciaSafetyAnswers *
load_answers (void)
{
  g_autofree char *path = answers_path ();
  FasciaSafetyAnswers *answers = fascia_safety_answers_new (path);
  g_autoptr(GError) error = NULL;

  g_assert_true (fascia_safety_answers_load (answers, &error));
  g_assert_no_error (error);

  return answers;
}

static FasciaWindow *
new_window (FasciaSafetyAnswers *answers)
{
  FasciaWindow *window = fascia_window_new (NULL, library, NULL);

  fascia_window_set_safety_answers (window, answers, NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);
  gtk_window_present (GTK_WINDOW (window));
  fascia_test_iterate (3);

  return window;
}

/* The page view builds long pages in parts after the first frame. */
static GtkWidget *
open_page (FasciaWindow *window,
           const char   *id)
{
  GtkWidget *view = fascia_window_get_page_view (window);

  g_assert_true (fascia_window_open (window, id));
  fascia_test_wait_settled (view);
  return view;
}

/* Technique pages offer the check in place, as a card: never a dialog
 * that takes the keyboard from the page. */
static void
test_offered_inline (void)
{
  g_autoptr(FasciaSafetyAnswers) answers = load_answers ();
  FasciaWindow *window;
  GtkWidget *view;
  g_autoptr(GPtrArray) offers = NULL;
  g_autoptr(GPtrArray) buttons = NULL;

  g_assert_true (fascia_safety_answers_clear (answers, NULL));
  window = new_window (answers);

  open_page (window, "what-is-fascia");
  view = open_page (window, "technique-foam-roller");
  g_assert_null (fascia_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_null (fascia_test_find_toplevel (FASCIA_TYPE_SAFETY_DIALOG));

  /* Its card, with the button that opens the check. */
  offers = fascia_test_find_all (view, "safety-offer");
  g_assert_cmpuint (offers->len, ==, 1);
  buttons = fascia_test_find_all (g_ptr_array_index (offers, 0), "pill");
  g_assert_cmpuint (buttons->len, ==, 1);
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (g_ptr_array_index (buttons, 0))), ==,
                   "win.safety-check");
  g_signal_emit_by_name (g_ptr_array_index (buttons, 0), "clicked");
  fascia_test_iterate (3);
  g_assert_nonnull (fascia_test_find_toplevel (FASCIA_TYPE_SAFETY_DIALOG));

  fascia_test_finalize_window (window);
  g_assert_null (fascia_test_find_toplevel (FASCIA_TYPE_SAFETY_DIALOG));
}

static void
test_questionnaire (void)
{
  g_autoptr(FasciaSafetyAnswers) answers = load_answers ();
  FasciaWindow *window = new_window (answers);
  FasciaSafetyCheck *check = fascia_library_get_safety_check (library);
  GtkWidget *dialog;
  GtkToggleButton *yes, *no, *unsure;
  guint n_rows = 0;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.safety-check", NULL));
  fascia_test_iterate (3);
  dialog = GTK_WIDGET (fascia_test_find_toplevel (FASCIA_TYPE_SAFETY_DIALOG));
  g_assert_nonnull (dialog);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, "Safety Check");

  /* Every question of the content, each with Yes, No and Not sure, none
   * pressed: no answer is assumed. */
  for (guint i = 0; i < fascia_safety_check_get_n_questions (check); i++)
    {
      const FasciaBlock *question = fascia_safety_check_get_question (check, i);
      g_autofree char *ask = fascia_inlines_to_text (question->inlines);

      yes = fascia_safety_dialog_get_toggle (FASCIA_SAFETY_DIALOG (dialog), question->id, FASCIA_ANSWER_YES);
      no = fascia_safety_dialog_get_toggle (FASCIA_SAFETY_DIALOG (dialog), question->id, FASCIA_ANSWER_NO);
      unsure = fascia_safety_dialog_get_toggle (FASCIA_SAFETY_DIALOG (dialog), question->id, FASCIA_ANSWER_NOT_SURE);
      g_assert_nonnull (yes);
      g_assert_nonnull (no);
      g_assert_nonnull (unsure);
      g_assert_false (gtk_toggle_button_get_active (yes) || gtk_toggle_button_get_active (no) ||
                      gtk_toggle_button_get_active (unsure));
      /* A screen reader says which question a "Yes" answers. */
      gtk_test_accessible_assert_property (GTK_ACCESSIBLE (yes), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, ask);
      n_rows++;
    }
  g_assert_cmpuint (n_rows, >=, 8);

  /* Answering saves at once. */
  yes = fascia_safety_dialog_get_toggle (FASCIA_SAFETY_DIALOG (dialog), "blood-thinners", FASCIA_ANSWER_YES);
  no = fascia_safety_dialog_get_toggle (FASCIA_SAFETY_DIALOG (dialog), "blood-thinners", FASCIA_ANSWER_NO);
  press (yes);
  g_assert_cmpint (fascia_safety_answers_get (answers, "blood-thinners"), ==, FASCIA_ANSWER_YES);
  {
    g_autofree char *path = answers_path ();
    g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
  }

  /* The buttons are a group: No replaces Yes. */
  press (no);
  g_assert_false (gtk_toggle_button_get_active (yes));
  g_assert_cmpint (fascia_safety_answers_get (answers, "blood-thinners"), ==, FASCIA_ANSWER_NO);
  press (yes);

  /* Answers changed elsewhere show here. */
  fascia_safety_answers_set (answers, "pregnancy", FASCIA_ANSWER_NOT_SURE, NULL);
  g_assert_true (gtk_toggle_button_get_active (
    fascia_safety_dialog_get_toggle (FASCIA_SAFETY_DIALOG (dialog), "pregnancy", FASCIA_ANSWER_NOT_SURE)));

  gtk_window_close (GTK_WINDOW (dialog));
  fascia_test_iterate (2);
  fascia_test_finalize_window (window);
}

static void
test_warnings_survive_restart (void)
{
  g_autoptr(FasciaSafetyAnswers) answers = NULL;
  FasciaWindow *window;
  GtkWidget *view;
  FasciaSidebar *sidebar;
  g_autoptr(GPtrArray) avoid = NULL;
  g_autoptr(GPtrArray) marks = NULL;
  const FasciaBlock *question;
  g_autofree char *title = NULL;
  g_autofree char *description = NULL;
  GtkWidget *row = NULL;

  /* Answers given in an earlier run of the app... */
  {
    g_autoptr(FasciaSafetyAnswers) before = load_answers ();

    fascia_safety_answers_set (before, "blood-thinners", FASCIA_ANSWER_YES, NULL);
    fascia_safety_answers_set (before, "pregnancy", FASCIA_ANSWER_NOT_SURE, NULL);
  }

  /* ...are there in the next. */
  answers = load_answers ();
  g_assert_cmpint (fascia_safety_answers_get (answers, "blood-thinners"), ==, FASCIA_ANSWER_YES);
  g_assert_cmpint (fascia_safety_answers_get (answers, "pregnancy"), ==, FASCIA_ANSWER_NOT_SURE);

  window = new_window (answers);
  view = open_page (window, GUN);

  /* The massage gun is ruled out, and says why, in words a screen reader
   * reads: the card's name is its title. */
  question = fascia_safety_check_find_question (fascia_library_get_safety_check (library), "blood-thinners");
  title = g_strdup_printf ("Not advised for you: %s", question->title);
  avoid = fascia_test_find_all (view, "avoid");
  g_assert_cmpuint (avoid->len, >=, 1);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (g_ptr_array_index (avoid, 0)),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, title);

  /* The technique list marks it. */
  /* The page shown is scrolled into view in the sidebar: its row is made. */
  sidebar = FASCIA_SIDEBAR (fascia_window_get_sidebar (window));
  for (guint i = 0; i < 50 && row == NULL; i++)
    {
      fascia_test_iterate (1);
      row = (GtkWidget *)fascia_sidebar_find_row (sidebar, GUN);
    }
  g_assert_nonnull (row);
  g_assert_true (fascia_sidebar_row_is_current (FASCIA_SIDEBAR_ROW (row)));
  marks = fascia_test_find_all (row, "safety-mark");
  g_assert_cmpuint (marks->len, ==, 1);
  g_assert_true (gtk_widget_get_visible (g_ptr_array_index (marks, 0)));
  description = g_strdup_printf ("%s. %s", fascia_page_type_get_label (FASCIA_PAGE_TECHNIQUE), title);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description);

  /* Changing an answer changes the open page and the list at once. */
  fascia_safety_answers_set (answers, "blood-thinners", FASCIA_ANSWER_NO, NULL);
  fascia_test_iterate (4);
  {
    g_autoptr(GPtrArray) cards = fascia_test_find_all (view, "safety-warning");

    /* Pregnancy ("not sure") may still call for care; blood thinners no longer show. */
    g_assert_cmpuint (cards->len, >, 0);
    for (guint i = 0; i < cards->len; i++)
      {
        g_autofree char *mismatch = gtk_test_accessible_check_property (GTK_ACCESSIBLE (g_ptr_array_index (cards, i)),
                                                                        GTK_ACCESSIBLE_PROPERTY_LABEL, title);
        g_assert_nonnull (mismatch);
      }
  }

  fascia_test_finalize_window (window);
}

static void
test_clear (void)
{
  g_autoptr(FasciaSafetyAnswers) answers = load_answers ();
  g_autofree char *path = answers_path ();
  FasciaWindow *window = new_window (answers);
  GtkWidget *view;
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GPtrArray) offers = NULL;

  fascia_safety_answers_set (answers, "blood-thinners", FASCIA_ANSWER_YES, NULL);
  view = open_page (window, GUN);
  warnings = fascia_test_find_all (view, "safety-warning");
  g_assert_cmpuint (warnings->len, >, 0);

  g_assert_true (fascia_safety_answers_clear (answers, NULL));
  fascia_test_iterate (4);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  g_clear_pointer (&warnings, g_ptr_array_unref);
  warnings = fascia_test_find_all (view, "safety-warning");
  g_assert_cmpuint (warnings->len, ==, 0);
  offers = fascia_test_find_all (view, "safety-offer");
  g_assert_cmpuint (offers->len, ==, 1);

  fascia_test_finalize_window (window);
}

static void
test_red_flags_stand_out (void)
{
  g_autoptr(FasciaSafetyAnswers) answers = load_answers ();
  FasciaWindow *window = new_window (answers);
  GtkWidget *view = open_page (window, "region-lateral-hip");
  g_autoptr(GPtrArray) cards = fascia_test_find_all (view, "red-flags-card");
  g_autoptr(GPtrArray) pointer = fascia_test_find_all (view, "red-flags-pointer");
  gboolean seen[FASCIA_N_URGENCIES] = { FALSE, };

  /* One card per level the page has, each a level of its own, told apart
   * by its class and by what a screen reader hears. */
  g_assert_cmpuint (cards->len, >=, 2);
  g_assert_cmpuint (cards->len, <=, FASCIA_N_URGENCIES);
  for (guint i = 0; i < cards->len; i++)
    {
      GtkWidget *card = g_ptr_array_index (cards, i);
      gboolean found = FALSE;

      for (FasciaUrgency u = 0; u < FASCIA_N_URGENCIES; u++)
        {
          if (!gtk_widget_has_css_class (card, fascia_urgency_to_string (u)))
            continue;
          g_assert_false (seen[u]);
          seen[u] = found = TRUE;
          gtk_test_accessible_assert_property (GTK_ACCESSIBLE (card), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                               fascia_urgency_get_heading (u));
        }
      g_assert_true (found);
    }
  g_assert_true (seen[FASCIA_URGENCY_EMERGENCY]);

  /* Right under the summary, a way to them. */
  g_assert_cmpuint (pointer->len, ==, 1);

  fascia_test_finalize_window (window);
}

/* Lists of techniques to try, on other pages, mark them too, and follow
 * changes. */
static void
test_technique_lists_marked (void)
{
  g_autoptr(FasciaSafetyAnswers) answers = load_answers ();
  FasciaWindow *window;
  GtkWidget *view;
  g_autoptr(GPtrArray) none = NULL;
  g_autoptr(GPtrArray) marks = NULL;

  g_assert_true (fascia_safety_answers_clear (answers, NULL));
  window = new_window (answers);
  view = open_page (window, "region-lateral-hip");
  none = fascia_test_find_all (view, "safety-inline");
  g_assert_cmpuint (none->len, ==, 0);

  fascia_safety_answers_set (answers, "blood-thinners", FASCIA_ANSWER_YES, NULL);
  fascia_test_iterate (6);
  marks = fascia_test_find_all (view, "safety-inline");
  /* Ball, sustained pressure and roller are ruled out; pin and stretch and
   * a professional call for care. */
  g_assert_cmpuint (marks->len, >=, 3);
  g_assert_true (gtk_widget_has_css_class (g_ptr_array_index (marks, 0), "avoid"));

  fascia_safety_answers_clear (answers, NULL);
  fascia_test_finalize_window (window);
}

/* Answering changes a technique page in place: a running hold timer keeps
 * running, the page stays where it was, and the focus on "Change Answers"
 * stays on the button that replaces it. */
static void
test_changes_in_place (void)
{
  g_autoptr(FasciaSafetyAnswers) answers = load_answers ();
  FasciaWindow *window;
  GtkWidget *view;
  GtkWidget *timer_view;
  FasciaHoldTimer *timer;
  GtkWidget *box;
  GtkWidget *button;
  GtkWidget *focus;
  double scroll;

  g_assert_true (fascia_safety_answers_clear (answers, NULL));
  fascia_safety_answers_set (answers, "pregnancy", FASCIA_ANSWER_NO, NULL);
  window = new_window (answers);
  view = open_page (window, "technique-foam-roller");

  timer_view = fascia_test_find_type (view, FASCIA_TYPE_HOLD_TIMER_VIEW);
  g_assert_nonnull (timer_view);
  timer = fascia_hold_timer_view_get_timer (FASCIA_HOLD_TIMER_VIEW (timer_view));
  fascia_hold_timer_start (timer);
  fascia_page_view_set_scroll (FASCIA_PAGE_VIEW (view), 300);
  fascia_test_iterate (3);
  scroll = fascia_page_view_get_scroll (FASCIA_PAGE_VIEW (view));
  g_assert_cmpfloat (scroll, >, 0);

  fascia_safety_answers_set (answers, "osteoporosis", FASCIA_ANSWER_YES, NULL);
  fascia_test_iterate (4);

  /* The same timer, still running, in the page, which has not moved. */
  g_assert_true (gtk_widget_is_ancestor (timer_view, view));
  g_assert_cmpint (fascia_hold_timer_get_state (timer), ==, FASCIA_HOLD_TIMER_HOLDING);
  g_assert_cmpfloat (fascia_page_view_get_scroll (FASCIA_PAGE_VIEW (view)), ==, scroll);

  {
    g_autoptr(GPtrArray) boxes = fascia_test_find_all (view, "safety-box");
    g_assert_cmpuint (boxes->len, ==, 1);
    box = g_ptr_array_index (boxes, 0);
  }
  button = fascia_test_find_type (box, GTK_TYPE_BUTTON);
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_grab_focus (button));

  fascia_safety_answers_set (answers, "blood-thinners", FASCIA_ANSWER_YES, NULL);
  fascia_test_iterate (4);

  /* The warning is there, and the focus is on its button. */
  {
    g_autoptr(GPtrArray) warnings = fascia_test_find_all (view, "safety-warning");
    g_autoptr(GPtrArray) boxes = fascia_test_find_all (view, "safety-box");

    g_assert_cmpuint (warnings->len, >, 0);
    g_assert_cmpuint (boxes->len, ==, 1);
    focus = gtk_root_get_focus (GTK_ROOT (window));
    g_assert_nonnull (focus);
    g_assert_true (gtk_widget_is_ancestor (focus, g_ptr_array_index (boxes, 0)));
  }

  /* Find in page still finds the new words. */
  g_assert_cmpuint (fascia_page_view_find (FASCIA_PAGE_VIEW (view), "Not advised for you"), >, 0);

  fascia_safety_answers_clear (answers, NULL);
  fascia_test_finalize_window (window);
}

/* A link to a section of the first technique page lands on that section,
 * and no dialog comes up over it. */
static void
test_first_technique_keeps_anchor (void)
{
  g_autoptr(FasciaSafetyAnswers) answers = load_answers ();
  FasciaWindow *window;
  GtkWidget *view;

  g_assert_true (fascia_safety_answers_clear (answers, NULL));
  window = new_window (answers);
  view = open_page (window, "technique-massage-ball#stop");
  fascia_test_iterate (4);

  g_assert_cmpfloat (fascia_page_view_get_scroll (FASCIA_PAGE_VIEW (view)), >, 0);
  g_assert_null (fascia_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));

  fascia_test_finalize_window (window);
}

/* "Clear All Answers" in the questionnaire leaves no file behind, also
 * once the window is closed. */
static void
test_clear_button (void)
{
  g_autoptr(FasciaSafetyAnswers) answers = load_answers ();
  g_autofree char *path = answers_path ();
  FasciaWindow *window = new_window (answers);
  GtkWidget *dialog;
  g_autoptr(GPtrArray) clear = NULL;

  fascia_safety_answers_set (answers, "blood-thinners", FASCIA_ANSWER_YES, NULL);
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));

  dialog = fascia_window_show_safety_check (window);
  fascia_test_iterate (3);
  clear = fascia_test_find_all (dialog, "destructive-action");
  g_assert_cmpuint (clear->len, ==, 1);
  g_assert_true (gtk_widget_get_sensitive (g_ptr_array_index (clear, 0)));
  g_assert_true (gtk_widget_activate (g_ptr_array_index (clear, 0)));
  fascia_test_iterate (18);

  g_assert_cmpuint (fascia_safety_answers_get_n_answered (answers), ==, 0);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_false (gtk_toggle_button_get_active (
    fascia_safety_dialog_get_toggle (FASCIA_SAFETY_DIALOG (dialog), "blood-thinners", FASCIA_ANSWER_YES)));

  gtk_window_close (GTK_WINDOW (dialog));
  fascia_test_iterate (3);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  fascia_test_finalize_window (window);
}

/* GTK 4.8 would name these "_Done Done" and "C_lear__all Clear_all". */
static void
test_mnemonic_names (void)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *done = gtk_button_new_with_mnemonic ("_Done");
  GtkWidget *clear = gtk_toggle_button_new_with_mnemonic ("C_lear__all");
  GtkWidget *plain = gtk_button_new_with_label ("Plain_one");

  g_object_ref_sink (box);
  gtk_box_append (GTK_BOX (box), done);
  gtk_box_append (GTK_BOX (box), clear);
  gtk_box_append (GTK_BOX (box), plain);

  fascia_a11y_name_mnemonic_buttons (box);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (done), GTK_ACCESSIBLE_PROPERTY_LABEL, "Done");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (clear), GTK_ACCESSIBLE_PROPERTY_LABEL, "Clear_all");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (plain), GTK_ACCESSIBLE_PROPERTY_LABEL, "Plain_one");

  g_object_unref (box);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  fascia_test_init (&argc, &argv);

  state_dir = g_dir_make_tmp ("fascia-safety-view-XXXXXX", &error);
  g_assert_no_error (error);

  library = fascia_test_load_content ();

  g_test_add_func ("/safety-view/offered-inline", test_offered_inline);
  g_test_add_func ("/safety-view/questionnaire", test_questionnaire);
  g_test_add_func ("/safety-view/warnings-survive-restart", test_warnings_survive_restart);
  g_test_add_func ("/safety-view/clear", test_clear);
  g_test_add_func ("/safety-view/red-flags-stand-out", test_red_flags_stand_out);
  g_test_add_func ("/safety-view/mnemonic-names", test_mnemonic_names);
  g_test_add_func ("/safety-view/technique-lists-marked", test_technique_lists_marked);
  g_test_add_func ("/safety-view/changes-in-place", test_changes_in_place);
  g_test_add_func ("/safety-view/first-technique-keeps-anchor", test_first_technique_keeps_anchor);
  g_test_add_func ("/safety-view/clear-button", test_clear_button);

  status = g_test_run ();

  {
    g_autofree char *path = answers_path ();
    g_autofree char *sub = g_path_get_dirname (path);

    g_remove (path);
    g_rmdir (sub);
    g_rmdir (state_dir);
  }
  g_free (state_dir);
  g_clear_object (&library);

  return status;
}
