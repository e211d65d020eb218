/* fascia-find-bar.c - find in the page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The bar only asks: it emits ::find with the text while the reader types
 * (NULL when the bar closes, so that highlights go), and ::step for the
 * next or previous match. The page view finds and says how many matches
 * there are with fascia_find_bar_set_matches().
 */
#define G_LOG_DOMAIN "fascia-find-bar"

#include "config.h"

#include <glib/gi18n.h>

#include "fascia-find-bar.h"

struct _FasciaFindBar
{
  GtkWidget     parent_instance;

  GtkSearchBar *search_bar;
  GtkWidget    *entry;
  GtkLabel     *matches;
};

enum {
  FIND,
  STEP,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (FasciaFindBar, fascia_find_bar, GTK_TYPE_WIDGET)

static void
changed_cb (FasciaFindBar *self)
{
  g_signal_emit (self, signals[FIND], 0, fascia_find_bar_get_text (self));
}

static void
next_cb (FasciaFindBar *self)
{
  g_signal_emit (self, signals[STEP], 0, 1);
}

static void
previous_cb (FasciaFindBar *self)
{
  g_signal_emit (self, signals[STEP], 0, -1);
}

static void
stop_cb (FasciaFindBar *self)
{
  fascia_find_bar_close (self);
}

static void
mode_changed_cb (FasciaFindBar *self)
{
  if (gtk_search_bar_get_search_mode (self->search_bar))
    gtk_widget_grab_focus (self->entry);
  /* Closed: nothing is to be found, and no highlight stays behind. */
  changed_cb (self);
}

static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                FasciaFindBar         *self)
{
  /* Shift+Enter steps back, as in browsers and GNOME Text Editor. */
  if ((keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter) && (state & GDK_SHIFT_MASK))
    {
      previous_cb (self);
      return TRUE;
    }

  return FALSE;
}

static void
fascia_find_bar_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), FASCIA_TYPE_FIND_BAR);

  G_OBJECT_CLASS (fascia_find_bar_parent_class)->dispose (object);
}

static void
fascia_find_bar_class_init (FasciaFindBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fascia_find_bar_dispose;

  /**
   * FasciaFindBar::find:
   * @text: (nullable): what to find, or %NULL when the bar closed
   */
  signals[FIND] =
    g_signal_new ("find",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  /**
   * FasciaFindBar::step:
   * @direction: 1 for the next match, -1 for the previous one
   */
  signals[STEP] =
    g_signal_new ("step",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/fasciaapp/Fascia/fascia-find-bar.ui");
  gtk_widget_class_bind_template_child (widget_class, FasciaFindBar, search_bar);
  gtk_widget_class_bind_template_child (widget_class, FasciaFindBar, entry);
  gtk_widget_class_bind_template_child (widget_class, FasciaFindBar, matches);
  gtk_widget_class_bind_template_callback (widget_class, changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, next_cb);
  gtk_widget_class_bind_template_callback (widget_class, previous_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_cb);
  gtk_widget_class_bind_template_callback (widget_class, mode_changed_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "findbar");
}

static void
fascia_find_bar_init (FasciaFindBar *self)
{
  GtkEventController *keys;

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->entry));

  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self, 0);
  gtk_widget_add_controller (self->entry, keys);
}

/**
 * fascia_find_bar_new:
 *
 * Returns: (transfer floating): a closed find bar
 */
GtkWidget *
fascia_find_bar_new (void)
{
  return g_object_new (FASCIA_TYPE_FIND_BAR, NULL);
}

/**
 * fascia_find_bar_open:
 *
 * Shows the bar and puts the keyboard in its entry.
 */
void
fascia_find_bar_open (FasciaFindBar *self)
{
  g_return_if_fail (FASCIA_IS_FIND_BAR (self));

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (self->entry);
}

/**
 * fascia_find_bar_close:
 * @self: a find bar
 *
 * Hides the bar. It then emits ::find with %NULL, so that the page's
 * highlights go.
 */
void
fascia_find_bar_close (FasciaFindBar *self)
{
  g_return_if_fail (FASCIA_IS_FIND_BAR (self));
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
}

/**
 * fascia_find_bar_is_open:
 * @self: a find bar
 *
 * Returns: whether the bar is shown, and so whether there is anything to
 *   find
 */
gboolean
fascia_find_bar_is_open (FasciaFindBar *self)
{
  g_return_val_if_fail (FASCIA_IS_FIND_BAR (self), FALSE);
  return gtk_search_bar_get_search_mode (self->search_bar);
}

/**
 * fascia_find_bar_get_text:
 *
 * Returns: (nullable): what to find: %NULL while the bar is closed
 */
const char *
fascia_find_bar_get_text (FasciaFindBar *self)
{
  g_return_val_if_fail (FASCIA_IS_FIND_BAR (self), NULL);

  if (!gtk_search_bar_get_search_mode (self->search_bar))
    return NULL;

  return gtk_editable_get_text (GTK_EDITABLE (self->entry));
}

/**
 * fascia_find_bar_set_text:
 * @self: a find bar
 * @text: (nullable): what to find; %NULL empties the entry
 *
 * Puts @text in the entry. ::find follows as it does for typing, with
 * %NULL while the bar is closed.
 */
void
fascia_find_bar_set_text (FasciaFindBar *self,
                          const char    *text)
{
  g_return_if_fail (FASCIA_IS_FIND_BAR (self));
  gtk_editable_set_text (GTK_EDITABLE (self->entry), text != NULL ? text : "");
}

/**
 * fascia_find_bar_set_matches:
 * @current: the current match, from 1, or 0
 * @count: how many there are
 *
 * Says "3 of 7", "No matches", or nothing while there is nothing to find.
 */
void
fascia_find_bar_set_matches (FasciaFindBar *self,
                             guint          current,
                             guint          count)
{
  const char *text;
  g_autofree char *label = NULL;

  g_return_if_fail (FASCIA_IS_FIND_BAR (self));

  text = fascia_find_bar_get_text (self);
  if (text == NULL || text[0] == '\0')
    label = g_strdup ("");
  else if (count == 0)
    label = g_strdup (_("No matches"));
  else
    /* Translators: the current match and the number of matches, as in "3 of 7". */
    label = g_strdup_printf (_("%u of %u"), current, count);

  gtk_label_set_text (self->matches, label);
}

/**
 * fascia_find_bar_get_entry:
 *
 * Returns: (transfer none): the entry the reader types in
 */
GtkEditable *
fascia_find_bar_get_entry (FasciaFindBar *self)
{
  g_return_val_if_fail (FASCIA_IS_FIND_BAR (self), NULL);
  return GTK_EDITABLE (self->entry);
}

/**
 * fascia_find_bar_get_matches_text:
 *
 * Returns: what the bar says of the matches: "3 of 7", "No matches" or ""
 */
const char *
fascia_find_bar_get_matches_text (FasciaFindBar *self)
{
  g_return_val_if_fail (FASCIA_IS_FIND_BAR (self), NULL);
  return gtk_label_get_text (self->matches);
}
