/* fascia-hold-timer-view.c - a guided countdown for one held technique step
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shows a FasciaHoldTimer: a large countdown, what is happening ("Hold · set
 * 1 of 3", "Rest · next: set 2 of 3", "Done"), a Start/Pause/Resume button,
 * a Reset button and a reminder to ease off.
 *
 * The countdown is refreshed from a plain timeout rather than the frame
 * clock, which stops while the window is hidden: the timer keeps going (and
 * keeps the right time, as it reads a clock) when the reader looks away.
 * The timeout runs only while the timer does.
 *
 * The end of each hold is marked gently: the countdown pulses once and the
 * line below it changes. No sound: the error bell means something is wrong.
 *
 * CSS nodes: holdtimer, holding box.countdown (with .pulse for a moment
 * when a hold ends) around label.countdown-digits, label.hold-status,
 * button.hold-toggle, button.hold-reset and label.hold-reminder.
 *
 * Accessibility: the group is labelled "Hold timer, step N". The countdown
 * (a label to screen readers) and the Start/Pause button's description say
 * where the timer is ("45 seconds left, set 1 of 3"), and change only at
 * the moments fascia_hold_timer_should_announce() picks, never every second.
 * A GtkLabel hands its text to screen readers whenever it changes, so the
 * digits themselves are hidden from them.
 */
#define G_LOG_DOMAIN "fascia-hold-timer-view"

#include "config.h"

#include <glib/gi18n.h>

#include "fascia-button-row.h"
#include "fascia-hold-timer-view.h"

/* Often enough that a whole second never shows late by more than a fifth. */
#define TICK_MS  200
#define PULSE_MS 1200

struct _FasciaHoldTimerView
{
  GtkWidget        parent_instance;

  FasciaHoldTimer *timer;
  guint            step;

  GtkWidget       *countdown;
  GtkWidget       *digits;
  GtkWidget       *status;
  GtkWidget       *buttons;
  GtkWidget       *toggle;
  GtkWidget       *reset;
  GtkWidget       *reminder;

  guint            tick_id;
  guint            pulse_id;
};

G_DEFINE_FINAL_TYPE (FasciaHoldTimerView, fascia_hold_timer_view, GTK_TYPE_WIDGET)

static char *
format_clock (guint seconds)
{
  if (seconds >= 3600)
    return g_strdup_printf ("%u:%02u:%02u", seconds / 3600, seconds / 60 % 60, seconds % 60);

  return g_strdup_printf ("%u:%02u", seconds / 60, seconds % 60);
}

static void
announce (FasciaHoldTimerView *self)
{
  g_autofree char *spoken = fascia_hold_timer_dup_spoken (self->timer);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->countdown),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, spoken,
                                  -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->toggle),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, spoken,
                                  -1);
}

static void
update_countdown (FasciaHoldTimerView *self)
{
  g_autofree char *text = format_clock (fascia_hold_timer_get_remaining (self->timer));

  gtk_label_set_text (GTK_LABEL (self->digits), text);
}

static gboolean
tick_cb (gpointer user_data)
{
  FasciaHoldTimerView *self = user_data;

  /* May finish the timer, which removes this source; GLib allows that. */
  fascia_hold_timer_update (self->timer);

  return G_SOURCE_CONTINUE;
}

static gboolean
unpulse_cb (gpointer user_data)
{
  FasciaHoldTimerView *self = user_data;

  self->pulse_id = 0;
  gtk_widget_remove_css_class (self->countdown, "pulse");

  return G_SOURCE_REMOVE;
}

static void
hold_finished_cb (FasciaHoldTimer     *timer,
                  guint                set,
                  FasciaHoldTimerView *self)
{
  g_clear_handle_id (&self->pulse_id, g_source_remove);
  gtk_widget_add_css_class (self->countdown, "pulse");
  self->pulse_id = g_timeout_add (PULSE_MS, unpulse_cb, self);
  g_source_set_name_by_id (self->pulse_id, "[fascia] hold timer pulse");
}

static void
state_changed_cb (FasciaHoldTimerView *self)
{
  FasciaHoldTimerState state = fascia_hold_timer_get_state (self->timer);
  g_autofree char *status = fascia_hold_timer_dup_status (self->timer);
  const char *label;

  if (fascia_hold_timer_is_running (self->timer))
    {
      label = _("Pause");
      if (self->tick_id == 0)
        {
          self->tick_id = g_timeout_add (TICK_MS, tick_cb, self);
          g_source_set_name_by_id (self->tick_id, "[fascia] hold timer tick");
        }
    }
  else
    {
      label = state == FASCIA_HOLD_TIMER_PAUSED ? _("Resume") : _("Start");
      g_clear_handle_id (&self->tick_id, g_source_remove);
    }

  gtk_button_set_label (GTK_BUTTON (self->toggle), label);
  gtk_label_set_text (GTK_LABEL (self->status), status);
  gtk_widget_set_sensitive (self->reset, state != FASCIA_HOLD_TIMER_IDLE);
  update_countdown (self);
}

static void
toggle_clicked_cb (FasciaHoldTimerView *self)
{
  fascia_hold_timer_toggle (self->timer);
}

static void
reset_clicked_cb (FasciaHoldTimerView *self)
{
  gboolean had_focus = gtk_widget_is_focus (self->reset);

  fascia_hold_timer_reset (self->timer);

  /* Reset turns insensitive when idle; keep keyboard focus in the timer. */
  if (had_focus)
    gtk_widget_grab_focus (self->toggle);
}

static void
fascia_hold_timer_view_dispose (GObject *object)
{
  FasciaHoldTimerView *self = FASCIA_HOLD_TIMER_VIEW (object);

  g_clear_handle_id (&self->tick_id, g_source_remove);
  g_clear_handle_id (&self->pulse_id, g_source_remove);

  if (self->timer != NULL)
    g_signal_handlers_disconnect_by_data (self->timer, self);
  g_clear_object (&self->timer);

  g_clear_pointer (&self->countdown, gtk_widget_unparent);
  g_clear_pointer (&self->status, gtk_widget_unparent);
  g_clear_pointer (&self->buttons, gtk_widget_unparent);
  g_clear_pointer (&self->reminder, gtk_widget_unparent);
  self->digits = self->toggle = self->reset = NULL;

  G_OBJECT_CLASS (fascia_hold_timer_view_parent_class)->dispose (object);
}

static void
fascia_hold_timer_view_class_init (FasciaHoldTimerViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fascia_hold_timer_view_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "holdtimer");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static GtkWidget *
wrapped_label (const char *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_widget_add_css_class (label, css_class);

  return label;
}

static void
fascia_hold_timer_view_init (FasciaHoldTimerView *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));

  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 6);

  self->countdown = g_object_new (GTK_TYPE_BOX,
                                  "accessible-role", GTK_ACCESSIBLE_ROLE_LABEL,
                                  "halign", GTK_ALIGN_START,
                                  NULL);
  gtk_widget_add_css_class (self->countdown, "countdown");
  gtk_widget_set_parent (self->countdown, GTK_WIDGET (self));

  self->digits = gtk_label_new (NULL);
  gtk_widget_add_css_class (self->digits, "countdown-digits");
  gtk_widget_add_css_class (self->digits, "large-title");
  gtk_widget_add_css_class (self->digits, "numeric");
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->digits),
                               GTK_ACCESSIBLE_STATE_HIDDEN, TRUE,
                               -1);
  gtk_box_append (GTK_BOX (self->countdown), self->digits);

  self->status = wrapped_label ("hold-status");
  gtk_widget_set_parent (self->status, GTK_WIDGET (self));

  self->buttons = fascia_button_row_new (6, FALSE);
  gtk_widget_set_halign (self->buttons, GTK_ALIGN_START);
  gtk_widget_set_parent (self->buttons, GTK_WIDGET (self));

  self->toggle = gtk_button_new_with_label (_("Start"));
  gtk_widget_add_css_class (self->toggle, "hold-toggle");
  gtk_widget_add_css_class (self->toggle, "suggested-action");
  gtk_widget_add_css_class (self->toggle, "pill");
  g_signal_connect_swapped (self->toggle, "clicked", G_CALLBACK (toggle_clicked_cb), self);
  fascia_button_row_append (FASCIA_BUTTON_ROW (self->buttons), self->toggle);

  self->reset = gtk_button_new_with_label (_("Reset"));
  gtk_widget_add_css_class (self->reset, "hold-reset");
  gtk_widget_add_css_class (self->reset, "pill");
  g_signal_connect_swapped (self->reset, "clicked", G_CALLBACK (reset_clicked_cb), self);
  fascia_button_row_append (FASCIA_BUTTON_ROW (self->buttons), self->reset);

  /* A caution, at full contrast: not dimmed like a hint. */
  self->reminder = wrapped_label ("hold-reminder");
  gtk_label_set_text (GTK_LABEL (self->reminder), _("Ease off if it hurts more than moderate discomfort."));
  gtk_widget_set_parent (self->reminder, GTK_WIDGET (self));
}

/**
 * fascia_hold_timer_view_new:
 * @hold_seconds: how long each hold lasts
 * @sets: how many holds (0 is taken as 1)
 * @rest_seconds: the rest between two holds; 0 for the timer's default
 * @step: the number of the step it belongs to, for its accessible label;
 *   0 when it has none
 */
GtkWidget *
fascia_hold_timer_view_new (guint hold_seconds,
                            guint sets,
                            guint rest_seconds,
                            guint step)
{
  FasciaHoldTimerView *self = g_object_new (FASCIA_TYPE_HOLD_TIMER_VIEW, NULL);
  g_autofree char *label = NULL;

  self->step = step;
  self->timer = fascia_hold_timer_new (hold_seconds, sets);
  if (rest_seconds > 0)
    fascia_hold_timer_set_rest_seconds (self->timer, rest_seconds);
  g_signal_connect_swapped (self->timer, "notify::state", G_CALLBACK (state_changed_cb), self);
  g_signal_connect_swapped (self->timer, "notify::current-set", G_CALLBACK (state_changed_cb), self);
  g_signal_connect_swapped (self->timer, "notify::remaining", G_CALLBACK (update_countdown), self);
  g_signal_connect_swapped (self->timer, "announce", G_CALLBACK (announce), self);
  g_signal_connect (self->timer, "hold-finished", G_CALLBACK (hold_finished_cb), self);

  if (step > 0)
    label = g_strdup_printf (_("Hold timer, step %u"), step);
  else
    label = g_strdup (_("Hold timer"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);

  state_changed_cb (self);
  announce (self);

  return GTK_WIDGET (self);
}

/**
 * fascia_hold_timer_view_get_timer:
 *
 * Returns: (transfer none): the timer shown; tests replace its clock
 */
FasciaHoldTimer *
fascia_hold_timer_view_get_timer (FasciaHoldTimerView *self)
{
  g_return_val_if_fail (FASCIA_IS_HOLD_TIMER_VIEW (self), NULL);
  return self->timer;
}

/**
 * fascia_hold_timer_view_get_step:
 * @self: a hold timer view
 *
 * Returns: the number of the technique step the timer belongs to, as its
 *   accessible label says it, or 0 when it has none
 */
guint
fascia_hold_timer_view_get_step (FasciaHoldTimerView *self)
{
  g_return_val_if_fail (FASCIA_IS_HOLD_TIMER_VIEW (self), 0);
  return self->step;
}

/**
 * fascia_hold_timer_view_run_timeouts:
 * @pulse: whether the end-of-hold pulse should end now too
 *
 * Runs now what the view's timeouts would run when they come: the display
 * tick (while the timer runs) and, with @pulse, the end of the pulse. For
 * tests, which drive the clock themselves and must not wait for the wall
 * clock.
 *
 * Returns: whether the display tick is scheduled, as while the timer runs
 */
gboolean
fascia_hold_timer_view_run_timeouts (FasciaHoldTimerView *self,
                                     gboolean             pulse)
{
  g_return_val_if_fail (FASCIA_IS_HOLD_TIMER_VIEW (self), FALSE);

  if (self->tick_id != 0 && tick_cb (self) == G_SOURCE_REMOVE)
    self->tick_id = 0;
  if (pulse && self->pulse_id != 0)
    {
      g_source_remove (self->pulse_id);
      unpulse_cb (self);
    }

  return self->tick_id != 0;
}

/**
 * fascia_hold_timer_view_is_pulsing:
 *
 * Returns: whether the countdown shows the end of a hold
 */
gboolean
fascia_hold_timer_view_is_pulsing (FasciaHoldTimerView *self)
{
  g_return_val_if_fail (FASCIA_IS_HOLD_TIMER_VIEW (self), FALSE);
  return self->pulse_id != 0;
}
