/* fascia-hold-timer.h - a countdown for held stretches: holds, rests and sets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  FASCIA_HOLD_TIMER_IDLE,
  FASCIA_HOLD_TIMER_HOLDING,
  FASCIA_HOLD_TIMER_RESTING,
  FASCIA_HOLD_TIMER_PAUSED,
  FASCIA_HOLD_TIMER_FINISHED,
} FasciaHoldTimerState;

#define FASCIA_TYPE_HOLD_TIMER_STATE (fascia_hold_timer_state_get_type ())
GType fascia_hold_timer_state_get_type (void) G_GNUC_CONST;

/* Monotonic time in microseconds, like g_get_monotonic_time(). */
typedef gint64 (*FasciaClockFunc) (gpointer user_data);

#define FASCIA_HOLD_TIMER_DEFAULT_REST 15

#define FASCIA_TYPE_HOLD_TIMER (fascia_hold_timer_get_type ())

G_DECLARE_FINAL_TYPE (FasciaHoldTimer, fascia_hold_timer, FASCIA, HOLD_TIMER, GObject)

FasciaHoldTimer      *fascia_hold_timer_new                (guint             hold_seconds,
                                                            guint             sets);
void                  fascia_hold_timer_set_clock          (FasciaHoldTimer  *self,
                                                            FasciaClockFunc   clock,
                                                            gpointer          user_data);

guint                 fascia_hold_timer_get_hold_seconds   (FasciaHoldTimer  *self);
void                  fascia_hold_timer_set_hold_seconds   (FasciaHoldTimer  *self,
                                                            guint             hold_seconds);
guint                 fascia_hold_timer_get_sets           (FasciaHoldTimer  *self);
void                  fascia_hold_timer_set_sets           (FasciaHoldTimer  *self,
                                                            guint             sets);
guint                 fascia_hold_timer_get_rest_seconds   (FasciaHoldTimer  *self);
void                  fascia_hold_timer_set_rest_seconds   (FasciaHoldTimer  *self,
                                                            guint             rest_seconds);

FasciaHoldTimerState  fascia_hold_timer_get_state          (FasciaHoldTimer  *self);
FasciaHoldTimerState  fascia_hold_timer_get_phase          (FasciaHoldTimer  *self);
guint                 fascia_hold_timer_get_current_set    (FasciaHoldTimer  *self);
guint                 fascia_hold_timer_get_remaining      (FasciaHoldTimer  *self);
gint64                fascia_hold_timer_get_remaining_us   (FasciaHoldTimer  *self);
guint                 fascia_hold_timer_get_phase_seconds  (FasciaHoldTimer  *self);
gboolean              fascia_hold_timer_is_running         (FasciaHoldTimer  *self);

void                  fascia_hold_timer_start              (FasciaHoldTimer  *self);
void                  fascia_hold_timer_pause              (FasciaHoldTimer  *self);
void                  fascia_hold_timer_resume             (FasciaHoldTimer  *self);
void                  fascia_hold_timer_toggle             (FasciaHoldTimer  *self);
void                  fascia_hold_timer_reset              (FasciaHoldTimer  *self);
void                  fascia_hold_timer_update             (FasciaHoldTimer  *self);

gboolean              fascia_hold_timer_should_announce    (guint             phase_seconds,
                                                            guint             remaining_seconds);

char                 *fascia_hold_timer_dup_status         (FasciaHoldTimer      *self);
char                 *fascia_hold_timer_dup_spoken         (FasciaHoldTimer      *self);

G_END_DECLS
