/* fascia-window-actions.c - what the reader can do in the main window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each action is a "win." action of the window class, with its keys bound
 * here, once; menus and buttons name the actions.
 */
#define G_LOG_DOMAIN "fascia-window"

#include "config.h"

#include <glib/gi18n.h>

#include "fascia-present.h"
#include "fascia-print.h"
#include "fascia-safety-dialog.h"
#include "fascia-sheet-dialog.h"
#include "fascia-target.h"
#include "fascia-window-private.h"

/* The page the how-to-use action (F1) opens. */
#define HELP_PAGE "how-to-use-fascia"

static gboolean
showing_page (FasciaWindow *self)
{
  return self->page_view != NULL && fascia_page_view_get_page (self->page_view) != NULL &&
         g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "page") == 0;
}

/**
 * _fascia_window_update_actions:
 *
 * Enables what can be done now, and shows whether the page shown is
 * bookmarked.
 */
void
_fascia_window_update_actions (FasciaWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  FasciaPage *page = showing_page (self) ? fascia_page_view_get_page (self->page_view) : NULL;
  gboolean marked = page != NULL && self->bookmarks != NULL &&
                    fascia_page_list_contains (self->bookmarks, fascia_page_get_id (page));
  double scale = _fascia_window_get_text_scale (self);
  FasciaSafetyCheck *check = self->library ? fascia_library_get_safety_check (self->library) : NULL;

  gtk_widget_action_set_enabled (widget, "win.back", self->history && fascia_history_can_go_back (self->history));
  gtk_widget_action_set_enabled (widget, "win.forward",
                                 self->history && fascia_history_can_go_forward (self->history));
  gtk_widget_action_set_enabled (widget, "win.bookmark", page != NULL && self->bookmarks != NULL);
  gtk_widget_action_set_enabled (widget, "win.print", page != NULL);
  gtk_widget_action_set_enabled (widget, "win.find", page != NULL);
  gtk_widget_action_set_enabled (widget, "win.zoom-in", scale < FASCIA_TEXT_SCALE_MAX - 0.001);
  gtk_widget_action_set_enabled (widget, "win.zoom-out", scale > FASCIA_TEXT_SCALE_MIN + 0.001);
  gtk_widget_action_set_enabled (widget, "win.safety-check",
                                 self->answers != NULL && check != NULL &&
                                 fascia_safety_check_get_n_questions (check) > 0);
  gtk_widget_action_set_enabled (widget, "win.help",
                                 self->library != NULL && fascia_library_get_page (self->library, HELP_PAGE) != NULL);

  gtk_button_set_icon_name (GTK_BUTTON (self->bookmark_button), marked ? "starred-symbolic" : "non-starred-symbolic");
  gtk_toggle_button_set_active (self->bookmark_button, marked);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->bookmark_button),
                               marked ? _("Remove Bookmark (Ctrl+D)") : _("Bookmark This Page (Ctrl+D)"));
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
  adw_leaflet_navigate (FASCIA_WINDOW (widget)->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
body_map_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  fascia_window_open (FASCIA_WINDOW (widget), FASCIA_BODY_MAP_TARGET);
}

static void
help_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  fascia_window_open (FASCIA_WINDOW (widget), HELP_PAGE);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  FasciaWindow *self = FASCIA_WINDOW (widget);

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
  fascia_sidebar_focus_search (self->sidebar);
}

static void
find_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  FasciaWindow *self = FASCIA_WINDOW (widget);

  if (showing_page (self))
    fascia_page_view_start_find (self->page_view);
}

/* Ctrl+C that no focused widget took: the text selected on the page, which
 * a paragraph keeps without taking the keyboard focus. */
static void
copy_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  FasciaWindow *self = FASCIA_WINDOW (widget);

  if (showing_page (self))
    fascia_page_view_copy_selection (self->page_view);
}

/* Adds or removes the bookmark of @page_id, and says so; "Undo" does the
 * opposite. */
static void
toggle_bookmark (FasciaWindow *self,
                 const char   *page_id,
                 gboolean      with_undo)
{
  g_autoptr(GError) error = NULL;
  gboolean removed = fascia_page_list_contains (self->bookmarks, page_id);
  gboolean saved = removed ? fascia_page_list_remove (self->bookmarks, page_id, &error)
                           : fascia_page_list_add (self->bookmarks, page_id, &error);
  AdwToast *toast;

  if (!saved)
    {
      _fascia_window_report_error (self, error);
      return;
    }

  _fascia_window_update_actions (self);
  toast = adw_toast_new (removed ? _("Bookmark removed") : _("Page bookmarked"));
  if (with_undo)
    {
      adw_toast_set_button_label (toast, _("_Undo"));
      adw_toast_set_action_name (toast, "win.toggle-bookmark");
      adw_toast_set_action_target_value (toast, g_variant_new_string (page_id));
    }
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
bookmark_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  FasciaWindow *self = FASCIA_WINDOW (widget);

  if (showing_page (self) && self->bookmarks != NULL)
    toggle_bookmark (self, fascia_page_get_id (fascia_page_view_get_page (self->page_view)), TRUE);
}

/* The toast's Undo: the same page, whatever is shown now. */
static void
toggle_bookmark_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  FasciaWindow *self = FASCIA_WINDOW (widget);

  if (self->bookmarks != NULL)
    toggle_bookmark (self, g_variant_get_string (parameter, NULL), FALSE);
}

static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  FasciaWindow *self = FASCIA_WINDOW (widget);
  int direction = g_str_equal (action_name, "win.zoom-in") ? 1 : g_str_equal (action_name, "win.zoom-out") ? -1 : 0;
  double scale = fascia_text_scale_step (_fascia_window_get_text_scale (self), direction);

  /* The setting is bound to the page view: either way, both follow. */
  if (self->settings != NULL)
    g_settings_set_double (self->settings, "text-scale", scale);
  else
    fascia_page_view_set_text_scale (_fascia_window_ensure_page_view (self), scale);
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

  if (showing_page (self))
    fascia_print_page (GTK_WINDOW (self), fascia_page_view_get_page (self->page_view), self->library);
}

static void
safety_check_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  fascia_window_show_safety_check (FASCIA_WINDOW (widget));
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

/**
 * _fascia_window_class_init_actions:
 *
 * Installs the window's actions and binds their keys: once, here.
 */
static void
safety_dialog_destroy_cb (FasciaWindow *self,
                          GtkWidget    *dialog)
{
  if (self->safety_dialog == dialog)
    self->safety_dialog = NULL;
}

/**
 * fascia_window_show_safety_check:
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

  if (self->safety_dialog == NULL)
    {
      self->safety_dialog = fascia_safety_dialog_new (GTK_WINDOW (self), check, self->answers);
      g_signal_connect_object (self->safety_dialog, "destroy", G_CALLBACK (safety_dialog_destroy_cb), self,
                               G_CONNECT_SWAPPED);
    }

  gtk_window_present (GTK_WINDOW (self->safety_dialog));

  return self->safety_dialog;
}

/* The body map's "Make a sheet for a clinician". The sheet lives as long
 * as its dialog: nothing of it is kept. */
void
_fascia_window_make_sheet (FasciaWindow  *self,
                           char         **region_ids)
{
  g_autoptr(FasciaClinicianSheet) sheet = NULL;

  if (self->library == NULL)
    return;

  sheet = fascia_clinician_sheet_new (self->library, (const char * const *)region_ids);
  gtk_window_present (GTK_WINDOW (fascia_sheet_dialog_new (GTK_WINDOW (self), sheet)));
}

/**
 * fascia_window_set_safety_answers:
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
  g_return_if_fail (FASCIA_IS_WINDOW (self));
  g_return_if_fail (answers == NULL || FASCIA_IS_SAFETY_ANSWERS (answers));

  g_set_object (&self->answers, answers);
  if (self->page_view != NULL)
    fascia_page_view_set_safety_answers (self->page_view, answers);
  fascia_sidebar_set_safety_answers (self->sidebar, answers);
  _fascia_window_update_actions (self);

  if (load_error != NULL)
    _fascia_window_report_error (self, load_error);
}

void
_fascia_window_class_init_actions (FasciaWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "win.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "win.forward", NULL, forward_action);
  gtk_widget_class_install_action (widget_class, "win.show-sidebar", NULL, show_sidebar_action);
  gtk_widget_class_install_action (widget_class, "win.show-problems", NULL, show_problems_action);
  gtk_widget_class_install_action (widget_class, "win.body-map", NULL, body_map_action);
  gtk_widget_class_install_action (widget_class, "win.help", NULL, help_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.find", NULL, find_action);
  gtk_widget_class_install_action (widget_class, "win.copy", NULL, copy_action);
  gtk_widget_class_install_action (widget_class, "win.bookmark", NULL, bookmark_action);
  gtk_widget_class_install_action (widget_class, "win.toggle-bookmark", "s", toggle_bookmark_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-in", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-out", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-reset", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "win.safety-check", NULL, safety_check_action);
  gtk_widget_class_install_action (widget_class, "win.show-help-overlay", NULL, show_help_overlay_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "win.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_ALT_MASK, "win.forward", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Back, 0, "win.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Forward, 0, "win.forward", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_b, GDK_CONTROL_MASK, "win.body-map", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F1, 0, "win.help", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_k, GDK_CONTROL_MASK, "win.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.find", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_CONTROL_MASK, "win.copy", NULL);
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
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
}
