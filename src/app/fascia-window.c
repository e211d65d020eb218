/* fascia-window.c - the main window: the sidebar, the page or the body map
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Everything the reader can go to is named by a target (fascia-target.h):
 * links, the sidebar, search results, the body map, the command line and
 * history all go through fascia_window_open(), so they behave the same.
 * The window only composes: history, bookmarks and recently read live in
 * core, the sidebar and the page view are widgets of their own, and the
 * actions are in fascia-window-actions.c.
 */
#define G_LOG_DOMAIN "fascia-window"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "fascia-a11y.h"
#include "fascia-present.h"
#include "fascia-target.h"
#include "fascia-window-private.h"

G_DEFINE_FINAL_TYPE (FasciaWindow, fascia_window, ADW_TYPE_APPLICATION_WINDOW)

/**
 * _fascia_window_toast:
 * @text: plain text, which may quote content or the reader's input
 *
 * Shows @text in a toast. Toast titles are markup: @text is escaped.
 */
void
_fascia_window_toast (FasciaWindow *self,
                      const char   *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (escaped));
}

/**
 * _fascia_window_report_error:
 *
 * Tells the reader that something could not be saved or read, in a toast
 * that stays until dismissed.
 */
void
_fascia_window_report_error (FasciaWindow *self,
                             const GError *error)
{
  g_autofree char *escaped = g_markup_escape_text (error->message, -1);
  AdwToast *toast = adw_toast_new (escaped);

  adw_toast_set_timeout (toast, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void navigate_cb (FasciaWindow *self,
                         const char   *target);

/**
 * _fascia_window_ensure_page_view:
 *
 * The page view, made the first time a page is shown (or something asks
 * for it), not for the window's first frame: it is a third of the time
 * building the window takes.
 *
 * Returns: (transfer none): the page view
 */
FasciaPageView *
_fascia_window_ensure_page_view (FasciaWindow *self)
{
  if (self->page_view != NULL)
    return self->page_view;

  self->page_view = FASCIA_PAGE_VIEW (fascia_page_view_new ());
  g_signal_connect_object (self->page_view, "navigate", G_CALLBACK (navigate_cb), self, G_CONNECT_SWAPPED);
  if (self->settings != NULL)
    g_settings_bind (self->settings, "text-scale", self->page_view, "text-scale", G_SETTINGS_BIND_DEFAULT);
  g_signal_connect_object (self->page_view, "notify::text-scale", G_CALLBACK (_fascia_window_update_actions),
                           self, G_CONNECT_SWAPPED);
  fascia_page_view_set_library (self->page_view, self->library);
  if (self->answers != NULL)
    fascia_page_view_set_safety_answers (self->page_view, self->answers);
  gtk_stack_add_named (self->stack, GTK_WIDGET (self->page_view), "page");
  fascia_a11y_name_mnemonic_buttons (GTK_WIDGET (self->page_view));

  return self->page_view;
}

/* The text scale pages are shown at: the page view's, or, before it is
 * made, the one it will be made with. */
double
_fascia_window_get_text_scale (FasciaWindow *self)
{
  if (self->page_view != NULL)
    return fascia_page_view_get_text_scale (self->page_view);
  if (self->settings != NULL)
    return g_settings_get_double (self->settings, "text-scale");
  return 1.0;
}

/* The body map view is made, and its region controls, the first time the
 * map is shown, not before the window's first frame. */
static void
ensure_body_map (FasciaWindow *self)
{
  FasciaBodyMap *map = self->library ? fascia_library_get_body_map (self->library) : NULL;

  if (self->body_map_view == NULL)
    {
      GtkWidget *scroller = gtk_scrolled_window_new ();

      gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
      self->body_map_view = FASCIA_BODY_MAP_VIEW (fascia_body_map_view_new ());
      g_signal_connect_object (self->body_map_view, "open-page", G_CALLBACK (navigate_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->body_map_view, "make-sheet", G_CALLBACK (_fascia_window_make_sheet), self,
                               G_CONNECT_SWAPPED);
      gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (self->body_map_view));
      gtk_stack_add_named (self->stack, scroller, "map");
    }

  if (map != NULL && fascia_body_map_view_get_map (self->body_map_view) == NULL)
    {
      fascia_body_map_view_set_library (self->body_map_view, self->library);
      fascia_a11y_name_mnemonic_buttons (GTK_WIDGET (self->body_map_view));
    }
}

/* Shows what the history says is current: a page, scrolled to its section
 * (or, coming back, to where the reader was), or the body map. */
static void
show_current (FasciaWindow *self,
              gboolean      restore_scroll)
{
  const FasciaHistoryEntry *entry = fascia_history_get_current (self->history);
  g_autofree char *target = NULL;

  if (entry == NULL)
    return;

  if (g_str_equal (entry->page_id, FASCIA_BODY_MAP_TARGET))
    {
      ensure_body_map (self);
      if (g_strcmp0 (entry->section_id, FASCIA_BODY_MAP_PLACES) == 0)
        fascia_body_map_view_set_show_places (self->body_map_view, TRUE);
      else if (entry->section_id != NULL)
        fascia_body_map_view_show_sources (self->body_map_view, entry->section_id);
      else
        fascia_body_map_view_clear (self->body_map_view);

      gtk_stack_set_visible_child_name (self->stack, "map");
      adw_window_title_set_title (self->window_title, _("Body Map"));
      adw_window_title_set_subtitle (self->window_title, _("Where it hurts, and where it may come from"));
      if (self->page_view != NULL)
        fascia_page_view_stop_find (self->page_view);
    }
  else
    {
      FasciaPage *page = fascia_library_get_page (self->library, entry->page_id);
      g_autoptr(GError) error = NULL;

      g_return_if_fail (page != NULL);

      fascia_page_view_show_page (_fascia_window_ensure_page_view (self), page,
                                  restore_scroll ? NULL : entry->section_id,
                                  restore_scroll ? entry->scroll : 0.0);
      gtk_stack_set_visible_child_name (self->stack, "page");
      adw_window_title_set_title (self->window_title, fascia_page_get_title (page));
      adw_window_title_set_subtitle (self->window_title,
                                     fascia_page_type_get_label (fascia_page_get_page_type (page)));

      /* Said once: every page opened would fail the same way. */
      if (self->recent != NULL && !fascia_page_list_add (self->recent, entry->page_id, &error) &&
          !self->recent_error_shown)
        {
          self->recent_error_shown = TRUE;
          _fascia_window_report_error (self, error);
        }
    }

  target = fascia_target_build (entry->page_id, NULL);
  fascia_sidebar_select (self->sidebar, target);
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
  if (self->settings != NULL)
    g_settings_set_string (self->settings, "last-page", entry->page_id);

  _fascia_window_update_actions (self);
}

/* Records where the reader is before moving on: the scroll position of a
 * page (not the section a link pointed to), the region chosen on the map. */
static void
leave_current (FasciaWindow *self)
{
  const FasciaHistoryEntry *entry = fascia_history_get_current (self->history);

  if (entry == NULL)
    return;

  if (g_str_equal (entry->page_id, FASCIA_BODY_MAP_TARGET))
    {
      const char *chosen = fascia_body_map_view_get_chosen (self->body_map_view);

      /* Back comes to the map as it was left: a region's sources, or the
       * places never to press. */
      if (chosen == NULL && fascia_body_map_view_get_show_places (self->body_map_view))
        chosen = FASCIA_BODY_MAP_PLACES;
      fascia_history_leave (self->history, chosen, 0.0);
    }
  else
    fascia_history_leave (self->history, NULL,
                          self->page_view != NULL ? fascia_page_view_get_scroll (self->page_view) : 0.0);
}

/**
 * fascia_window_open:
 * @target: "page", "page#section", or the body map's target (with a
 *   region after "#" to show where pain there may come from)
 *
 * Opens @target, adding what is shown now to the back history. A target
 * that names nothing in the library is said in a toast.
 *
 * Returns: whether @target names a page of the library, or the map
 */
gboolean
fascia_window_open (FasciaWindow *self,
                    const char   *target)
{
  g_autofree char *page_id = NULL;
  g_autofree char *section_id = NULL;
  FasciaPage *page = NULL;

  g_return_val_if_fail (FASCIA_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (target != NULL, FALSE);

  if (self->library != NULL && fascia_library_get_body_map (self->library) != NULL &&
      fascia_target_is_body_map (target))
    {
      fascia_target_parse (target, &page_id, &section_id);
      if (section_id != NULL && g_strcmp0 (section_id, FASCIA_BODY_MAP_PLACES) != 0 &&
          fascia_body_map_find_region (fascia_library_get_body_map (self->library), section_id) == NULL)
        g_clear_pointer (&section_id, g_free);
    }
  else if (self->library == NULL || !fascia_library_resolve (self->library, target, &page, &section_id))
    {
      g_autofree char *message = g_strdup_printf (_("There is no page “%s”"), target);

      _fascia_window_toast (self, message);
      return FALSE;
    }
  else
    page_id = g_strdup (fascia_page_get_id (page));

  leave_current (self);
  fascia_history_visit (self->history, page_id, section_id);
  show_current (self, FALSE);

  return TRUE;
}

/**
 * fascia_window_go_back:
 *
 * Returns: whether there was somewhere to go back to
 */
gboolean
fascia_window_go_back (FasciaWindow *self)
{
  g_return_val_if_fail (FASCIA_IS_WINDOW (self), FALSE);

  if (!fascia_history_can_go_back (self->history))
    return FALSE;

  leave_current (self);
  fascia_history_go_back (self->history);
  show_current (self, TRUE);
  return TRUE;
}

/**
 * fascia_window_go_forward:
 *
 * Returns: whether there was somewhere to go forward to
 */
gboolean
fascia_window_go_forward (FasciaWindow *self)
{
  g_return_val_if_fail (FASCIA_IS_WINDOW (self), FALSE);

  if (!fascia_history_can_go_forward (self->history))
    return FALSE;

  leave_current (self);
  fascia_history_go_forward (self->history);
  show_current (self, TRUE);
  return TRUE;
}

/**
 * fascia_window_open_start_page:
 *
 * Opens what the reader had open last time, where they left it, or else
 * the first page in reading order.
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
       (fascia_target_is_body_map (last) && fascia_library_get_body_map (self->library) != NULL)))
    {
      double scroll = g_settings_get_double (self->settings, "last-scroll");

      fascia_window_open (self, last);
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
  return self->page_view != NULL ? fascia_page_view_get_page (self->page_view) : NULL;
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
  return GTK_WIDGET (_fascia_window_ensure_page_view (self));
}

/**
 * fascia_window_get_sidebar:
 *
 * Returns: (transfer none): the sidebar
 */
GtkWidget *
fascia_window_get_sidebar (FasciaWindow *self)
{
  g_return_val_if_fail (FASCIA_IS_WINDOW (self), NULL);
  return GTK_WIDGET (self->sidebar);
}

/**
 * fascia_window_get_body_map_view:
 *
 * Returns: (transfer none): the body map view, with its map
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
 *
 * Returns: whether the body map is shown rather than a page
 */
gboolean
fascia_window_is_showing_body_map (FasciaWindow *self)
{
  g_return_val_if_fail (FASCIA_IS_WINDOW (self), FALSE);
  return g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "map") == 0;
}

static void
navigate_cb (FasciaWindow *self,
             const char   *target)
{
  fascia_window_open (self, target);
}

static void
sidebar_open_cb (FasciaWindow *self,
                 const char   *target)
{
  const FasciaHistoryEntry *entry = fascia_history_get_current (self->history);

  /* The page shown, chosen again in a folded window: just show it. */
  if (entry != NULL && g_strcmp0 (entry->page_id, target) == 0)
    adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
  else
    fascia_window_open (self, target);
}



/* The banner over the page when some content could not be loaded. */
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

  /* Where the reader is on the page, down to the paragraph, for next time;
   * a window closed before it showed a page leaves the last one alone. */
  if (self->settings != NULL && fascia_window_is_showing_body_map (self))
    g_settings_set_double (self->settings, "last-scroll", 0.0);
  else if (self->settings != NULL && fascia_window_get_page (self) != NULL)
    g_settings_set_double (self->settings, "last-scroll", fascia_page_view_get_scroll (self->page_view));

  return GTK_WINDOW_CLASS (fascia_window_parent_class)->close_request (window);
}

static void
fascia_window_dispose (GObject *object)
{
  FasciaWindow *self = (FasciaWindow *)object;

  g_clear_handle_id (&self->loading_notice_id, g_source_remove);
  if (self->shortcuts != NULL)
    gtk_window_destroy (self->shortcuts);
  g_clear_object (&self->shortcuts);
  if (self->safety_dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (g_steal_pointer (&self->safety_dialog)));

  gtk_widget_dispose_template (GTK_WIDGET (self), FASCIA_TYPE_WINDOW);
  /* Children of the stack, gone with it. */
  self->page_view = NULL;
  self->body_map_view = NULL;
  self->empty_page = NULL;

  g_clear_object (&self->history);
  g_clear_object (&self->bookmarks);
  g_clear_object (&self->recent);
  g_clear_object (&self->settings);
  g_clear_object (&self->library);
  g_clear_object (&self->answers);

  G_OBJECT_CLASS (fascia_window_parent_class)->dispose (object);
}

/* Nothing in the window is wider for being shorter: the page, the map and
 * the sidebar scroll down. GTK asks anyway when it works out the window's
 * size for a given height, and each wrapped label answers that by laying
 * its text out at width after width. The width at any height is the
 * answer, and GTK keeps it. */
static void
fascia_window_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  GTK_WIDGET_CLASS (fascia_window_parent_class)->measure (widget, orientation,
                                                          orientation == GTK_ORIENTATION_HORIZONTAL ? -1 : for_size,
                                                          minimum, natural, minimum_baseline, natural_baseline);
}

/* The main menu's popover is made the first time it opens: made with the
 * window, it cost the first frame a tenth of building the window. */
static void
create_main_menu_cb (GtkMenuButton *button,
                     gpointer       user_data)
{
  FasciaWindow *self = user_data;

  gtk_menu_button_set_menu_model (button, self->primary_menu);
}

static void
fascia_window_class_init (FasciaWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = fascia_window_dispose;
  widget_class->measure = fascia_window_measure;
  window_class->close_request = fascia_window_close_request;

  g_type_ensure (FASCIA_TYPE_SIDEBAR);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/fasciaapp/Fascia/fascia-window.ui");
  gtk_widget_class_bind_template_child (widget_class, FasciaWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, FasciaWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, FasciaWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, FasciaWindow, problems_revealer);
  gtk_widget_class_bind_template_child (widget_class, FasciaWindow, problems_label);
  gtk_widget_class_bind_template_child (widget_class, FasciaWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, FasciaWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, FasciaWindow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, FasciaWindow, primary_menu);
  gtk_widget_class_bind_template_child (widget_class, FasciaWindow, bookmark_button);
  gtk_widget_class_bind_template_child (widget_class, FasciaWindow, forward_button);
  gtk_widget_class_bind_template_callback (widget_class, sidebar_open_cb);

  _fascia_window_class_init_actions (klass);
}

static void
fascia_window_init (FasciaWindow *self)
{
  GtkGesture *click;

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_menu_button_set_create_popup_func (self->menu_button, create_main_menu_cb, self, NULL);

  /* A narrow window keeps its header for the title: Forward and the
   * bookmark star go, both are in the main menu and on their keys. */
  g_object_bind_property (self->leaflet, "folded", self->forward_button, "visible",
                          G_BINDING_SYNC_CREATE | G_BINDING_INVERT_BOOLEAN);
  g_object_bind_property (self->leaflet, "folded", self->bookmark_button, "visible",
                          G_BINDING_SYNC_CREATE | G_BINDING_INVERT_BOOLEAN);

  self->history = fascia_history_new (FASCIA_HISTORY_DEFAULT_CAP);
  g_signal_connect_object (self->history, "notify::can-go-back", G_CALLBACK (_fascia_window_update_actions),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->history, "notify::can-go-forward", G_CALLBACK (_fascia_window_update_actions),
                           self, G_CONNECT_SWAPPED);

  /* A size to start from when nothing is remembered. */
  gtk_window_set_default_size (GTK_WINDOW (self), 1100, 760);

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), 0);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_CAPTURE);
  g_signal_connect_object (click, "pressed", G_CALLBACK (mouse_button_pressed_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  _fascia_window_update_actions (self);
  fascia_a11y_name_mnemonic_buttons (GTK_WIDGET (self));
}

/* The app's settings, or NULL when their schema is not installed. */
static GSettings *
app_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);

  return schema != NULL ? g_settings_new (APP_ID) : NULL;
}

/**
 * fascia_window_new:
 * @application: (nullable): the application
 * @library: (nullable): the loaded library, or %NULL when none could be loaded
 * @load_error: (nullable): why no library could be loaded
 *
 * A window that remembers its size, bookmarks and recently read pages in
 * the app's settings, when their schema is installed. Without it (a build
 * tree outside `meson devenv`) the window works and remembers nothing.
 *
 * Returns: (transfer none): a new window
 */
FasciaWindow *
fascia_window_new (GtkApplication *application,
                   FasciaLibrary  *library,
                   const GError   *load_error)
{
  g_autoptr(GSettings) settings = app_settings ();

  return fascia_window_new_with_settings (application, settings, library, load_error);
}

/* A window still waiting for its library says so only after this long: the
 * shipped pages are read well before, and a notice shown for a blink would
 * only flicker. Until then the page area is blank. */
#define LOADING_NOTICE_MS 400

static gboolean
show_loading_notice_cb (gpointer user_data)
{
  FasciaWindow *self = user_data;
  GtkWidget *status = adw_status_page_new ();
  GtkWidget *spinner = gtk_spinner_new ();

  self->loading_notice_id = 0;

  gtk_spinner_set_spinning (GTK_SPINNER (spinner), TRUE);
  gtk_widget_set_size_request (spinner, 32, 32);
  gtk_widget_set_halign (spinner, GTK_ALIGN_CENTER);
  adw_status_page_set_title (ADW_STATUS_PAGE (status), _("Opening the Library"));
  adw_status_page_set_description (ADW_STATUS_PAGE (status), _("A large content folder takes a moment to read."));
  adw_status_page_set_child (ADW_STATUS_PAGE (status), spinner);
  gtk_stack_add_named (self->stack, status, "loading");
  gtk_stack_set_visible_child (self->stack, status);

  return G_SOURCE_REMOVE;
}

static FasciaWindow *
window_new (GtkApplication *application,
            GSettings      *settings,
            FasciaLibrary  *library,
            const GError   *load_error,
            gboolean        loading)
{
  FasciaWindow *self = g_object_new (FASCIA_TYPE_WINDOW, "application", application, NULL);

  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);

  if (settings != NULL)
    {
      self->settings = g_object_ref (settings);
      g_settings_bind (settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
      g_settings_bind (settings, "window-height", self, "default-height", G_SETTINGS_BIND_DEFAULT);
      g_settings_bind (settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);
    }

  if (library != NULL || load_error != NULL || !loading)
    fascia_window_set_library (self, library, load_error);
  else
    {
      gtk_stack_set_visible_child_name (self->stack, "blank");
      self->loading_notice_id = g_timeout_add (LOADING_NOTICE_MS, show_loading_notice_cb, self);
    }

  _fascia_window_update_actions (self);

  return self;
}

/**
 * fascia_window_new_with_settings:
 * @application: (nullable): the application
 * @settings: (nullable): the app's settings, or %NULL to remember nothing
 * @library: (nullable): the loaded library, or %NULL when none could be loaded
 * @load_error: (nullable): why no library could be loaded
 *
 * Like fascia_window_new(), with the settings given: tests use a backend
 * of their own, one that cannot be written for instance.
 *
 * Returns: (transfer none): a new window
 */
FasciaWindow *
fascia_window_new_with_settings (GtkApplication *application,
                                 GSettings      *settings,
                                 FasciaLibrary  *library,
                                 const GError   *load_error)
{
  return window_new (application, settings, library, load_error, FALSE);
}

/**
 * fascia_window_set_library:
 * @library: (nullable): the loaded library, or %NULL when none could be loaded
 * @load_error: (nullable): why no library could be loaded
 *
 * Gives a window made while the content was still being read (see
 * fascia_window_new_loading()) what was read: the sidebar fills, and the
 * window says so when there is nothing to show. Once only.
 */
void
fascia_window_set_library (FasciaWindow  *self,
                           FasciaLibrary *library,
                           const GError  *load_error)
{
  g_return_if_fail (FASCIA_IS_WINDOW (self));
  g_return_if_fail (self->library == NULL);

  g_clear_handle_id (&self->loading_notice_id, g_source_remove);
  self->library = library ? g_object_ref (library) : NULL;
  if (self->page_view != NULL)
    fascia_page_view_set_library (self->page_view, library);

  if (library != NULL)
    {
      self->bookmarks = fascia_page_list_new (self->settings, "bookmarks", library,
                                              FASCIA_PAGE_LIST_IN_ORDER_ADDED, 0);
      self->recent = fascia_page_list_new (self->settings, "recent", library,
                                           FASCIA_PAGE_LIST_NEWEST_FIRST, FASCIA_RECENT_MAX);
      fascia_sidebar_set_library (self->sidebar, library, G_LIST_MODEL (self->bookmarks),
                                  G_LIST_MODEL (self->recent));
      show_problems (self);
    }

  if (library == NULL || fascia_library_get_n_pages (library) == 0)
    {
      g_autofree char *description = NULL;
      g_autofree char *escaped = NULL;

      if (load_error != NULL)
        description = g_strdup_printf (_("The content folder could not be read: %s"), load_error->message);
      else
        description = g_strdup (_("The content folder holds no pages that could be loaded."));

      /* The description is markup; the error message is not. */
      escaped = g_markup_escape_text (description, -1);
      self->empty_page = ADW_STATUS_PAGE (adw_status_page_new ());
      adw_status_page_set_icon_name (self->empty_page, "dialog-warning-symbolic");
      adw_status_page_set_title (self->empty_page, _("No Pages to Show"));
      adw_status_page_set_description (self->empty_page, escaped);
      gtk_stack_add_named (self->stack, GTK_WIDGET (self->empty_page), "empty");
      gtk_stack_set_visible_child (self->stack, GTK_WIDGET (self->empty_page));
    }
  else if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "loading") == 0 ||
           g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "blank") == 0)
    gtk_stack_set_visible_child (self->stack, GTK_WIDGET (_fascia_window_ensure_page_view (self)));

  _fascia_window_update_actions (self);
}

/**
 * fascia_window_new_loading:
 * @application: (nullable): the application
 *
 * A window to show while the content folder is still being read: blank
 * at first, then, if reading takes a while, saying so, until
 * fascia_window_set_library() gives it the library.
 *
 * Returns: (transfer none): a new window
 */
FasciaWindow *
fascia_window_new_loading (GtkApplication *application)
{
  g_autoptr(GSettings) settings = app_settings ();

  return window_new (application, settings, NULL, NULL, TRUE);
}
