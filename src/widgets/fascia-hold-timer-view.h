/* fascia-hold-timer-view.h - a guided countdown for one held technique step
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "fascia-hold-timer.h"

G_BEGIN_DECLS

#define FASCIA_TYPE_HOLD_TIMER_VIEW (fascia_hold_timer_view_get_type ())

G_DECLARE_FINAL_TYPE (FasciaHoldTimerView, fascia_hold_timer_view, FASCIA, HOLD_TIMER_VIEW, GtkWidget)

GtkWidget       *fascia_hold_timer_view_new       (guint                hold_seconds,
                                                   guint                sets,
                                                   guint                rest_seconds,
                                                   guint                step);
FasciaHoldTimer *fascia_hold_timer_view_get_timer (FasciaHoldTimerView *self);
guint            fascia_hold_timer_view_get_step  (FasciaHoldTimerView *self);
gboolean         fascia_hold_timer_view_run_timeouts (FasciaHoldTimerView *self,
                                                      gboolean             pulse);
gboolean         fascia_hold_timer_view_is_pulsing   (FasciaHoldTimerView *self);

G_END_DECLS
