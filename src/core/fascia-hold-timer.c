/* fascia-hold-timer.c - a countdown for held stretches: holds, rests and sets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The timer never counts ticks. It keeps the deadline of the phase it is in
 * on a monotonic clock and works out what is left as deadline - now, so it
 * cannot drift however often or rarely fascia_hold_timer_update() is called:
 * after a long time in the background one update walks through every phase
 * that ended meanwhile, in order, and emits each phase's signal once.
 *
 * The clock can be replaced, which is how the tests drive it.
 */
#define G_LOG_DOMAIN "fascia-hold-timer"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "fascia-hold-timer.h"
#include "fascia-present.h"

struct _FasciaHoldTimer
{
  GObject               parent_instance;

  guint                 hold_seconds;
  guint                 sets;
  guint                 rest_seconds;

  FasciaClockFunc       clock;
  gpointer              clock_data;

  FasciaHoldTimerState  state;
  FasciaHoldTimerState  phase;          /* HOLDING or RESTING while running or paused */
  guint                 current_set;
  gint64                now;            /* the clock when it was last read */
  gint64                deadline;       /* the end of the phase, while running */
  gint64                paused_left;    /* what was left, while paused */

  /* What listeners were last told, so notifications and announcements go
   * out only on a change, even when a signal handler steps in between. */
  FasciaHoldTimerState  told_state;
  guint                 told_set;
  guint                 told_remaining;

  /* Bumped by every change of course (start, pause, resume, reset), so a
   * walk through phases stops when one of its signal handlers changes it. */
  guint                 generation;
};

enum {
  PROP_0,
  PROP_HOLD_SECONDS,
  PROP_SETS,
  PROP_REST_SECONDS,
  PROP_STATE,
  PROP_CURRENT_SET,
  PROP_REMAINING,
  N_PROPS
};

enum {
  HOLD_FINISHED,
  REST_FINISHED,
  FINISHED,
  ANNOUNCE,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_ENUM_TYPE (FasciaHoldTimerState, fascia_hold_timer_state,
                    G_DEFINE_ENUM_VALUE (FASCIA_HOLD_TIMER_IDLE, "idle"),
                    G_DEFINE_ENUM_VALUE (FASCIA_HOLD_TIMER_HOLDING, "holding"),
                    G_DEFINE_ENUM_VALUE (FASCIA_HOLD_TIMER_RESTING, "resting"),
                    G_DEFINE_ENUM_VALUE (FASCIA_HOLD_TIMER_PAUSED, "paused"),
                    G_DEFINE_ENUM_VALUE (FASCIA_HOLD_TIMER_FINISHED, "finished"))

G_DEFINE_FINAL_TYPE (FasciaHoldTimer, fascia_hold_timer, G_TYPE_OBJECT)

static gint64
monotonic_clock (gpointer user_data)
{
  return g_get_monotonic_time ();
}

static gint64
seconds_to_us (guint seconds)
{
  return (gint64) seconds * G_USEC_PER_SEC;
}

static gboolean
running (FasciaHoldTimer *self)
{
  return self->state == FASCIA_HOLD_TIMER_HOLDING || self->state == FASCIA_HOLD_TIMER_RESTING;
}

static gint64
remaining_us (FasciaHoldTimer *self)
{
  switch (self->state)
    {
    case FASCIA_HOLD_TIMER_IDLE:
      return seconds_to_us (self->hold_seconds);
    case FASCIA_HOLD_TIMER_HOLDING:
    case FASCIA_HOLD_TIMER_RESTING:
      return MAX (self->deadline - self->now, 0);
    case FASCIA_HOLD_TIMER_PAUSED:
      return self->paused_left;
    case FASCIA_HOLD_TIMER_FINISHED:
    default:
      return 0;
    }
}

/* The whole seconds a countdown shows: 44.2 s left reads "0:45", so that it
 * reads 0 only when the phase is over. */
static guint
remaining_seconds (FasciaHoldTimer *self)
{
  gint64 us = remaining_us (self);

  return (guint) ((us + G_USEC_PER_SEC - 1) / G_USEC_PER_SEC);
}

static guint
phase_seconds (FasciaHoldTimer *self)
{
  switch (self->phase)
    {
    case FASCIA_HOLD_TIMER_IDLE:
    case FASCIA_HOLD_TIMER_HOLDING:
      return self->hold_seconds;
    case FASCIA_HOLD_TIMER_RESTING:
      return self->rest_seconds;
    case FASCIA_HOLD_TIMER_PAUSED:
    case FASCIA_HOLD_TIMER_FINISHED:
    default:
      return 0;
    }
}

/* Whether counting down from @from to @to (from > to) passed a moment worth
 * announcing: one of the fixed marks or a whole minute. */
static gboolean
passes_moment (guint phase,
               guint from,
               guint to)
{
  static const guint marks[] = { 30, 10, 5, 0 };
  guint minute;

  for (guint i = 0; i < G_N_ELEMENTS (marks); i++)
    if (marks[i] >= to && marks[i] < from && fascia_hold_timer_should_announce (phase, marks[i]))
      return TRUE;

  /* The last whole minute below @from is the only one that matters. */
  minute = (from - 1) / 60 * 60;

  return minute >= to && fascia_hold_timer_should_announce (phase, minute);
}

/* Tells listeners what changed since they were last told, and whether a
 * screen reader should hear about it. */
static void
changed (FasciaHoldTimer *self)
{
  guint remaining = remaining_seconds (self);
  gboolean new_phase = FALSE;
  gboolean announce = FALSE;

  if (self->told_state != self->state)
    {
      self->told_state = self->state;
      new_phase = TRUE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
    }

  if (self->told_set != self->current_set)
    {
      self->told_set = self->current_set;
      new_phase = TRUE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURRENT_SET]);
    }

  if (new_phase)
    announce = TRUE;
  else if (running (self) && remaining < self->told_remaining)
    announce = passes_moment (phase_seconds (self), self->told_remaining, remaining);

  if (self->told_remaining != remaining)
    {
      self->told_remaining = remaining;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REMAINING]);
    }

  if (announce)
    g_signal_emit (self, signals[ANNOUNCE], 0);
}

/* Reads the clock and walks through every phase that has ended. Returns
 * FALSE when a signal handler changed course meanwhile (and so has already
 * told listeners itself). */
static gboolean
advance (FasciaHoldTimer *self)
{
  self->now = self->clock (self->clock_data);

  while (running (self) && self->now >= self->deadline)
    {
      guint generation = self->generation;

      if (self->state == FASCIA_HOLD_TIMER_HOLDING)
        {
          guint set = self->current_set;

          if (set < self->sets)
            {
              /* While resting, the current set is the one to come. */
              self->current_set++;
              self->state = self->phase = FASCIA_HOLD_TIMER_RESTING;
              self->deadline += seconds_to_us (self->rest_seconds);
            }
          else
            {
              self->state = self->phase = FASCIA_HOLD_TIMER_FINISHED;
            }

          g_signal_emit (self, signals[HOLD_FINISHED], 0, set);
          if (generation != self->generation)
            return FALSE;

          if (self->state == FASCIA_HOLD_TIMER_FINISHED)
            {
              g_signal_emit (self, signals[FINISHED], 0);
              if (generation != self->generation)
                return FALSE;
            }
        }
      else
        {
          self->state = self->phase = FASCIA_HOLD_TIMER_HOLDING;
          self->deadline += seconds_to_us (self->hold_seconds);

          g_signal_emit (self, signals[REST_FINISHED], 0);
          if (generation != self->generation)
            return FALSE;
        }
    }

  return TRUE;
}

static void
fascia_hold_timer_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  FasciaHoldTimer *self = FASCIA_HOLD_TIMER (object);

  switch (prop_id)
    {
    case PROP_HOLD_SECONDS:
      g_value_set_uint (value, self->hold_seconds);
      break;
    case PROP_SETS:
      g_value_set_uint (value, self->sets);
      break;
    case PROP_REST_SECONDS:
      g_value_set_uint (value, self->rest_seconds);
      break;
    case PROP_STATE:
      g_value_set_enum (value, self->state);
      break;
    case PROP_CURRENT_SET:
      g_value_set_uint (value, self->current_set);
      break;
    case PROP_REMAINING:
      g_value_set_uint (value, remaining_seconds (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fascia_hold_timer_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  FasciaHoldTimer *self = FASCIA_HOLD_TIMER (object);

  switch (prop_id)
    {
    case PROP_HOLD_SECONDS:
      fascia_hold_timer_set_hold_seconds (self, g_value_get_uint (value));
      break;
    case PROP_SETS:
      fascia_hold_timer_set_sets (self, g_value_get_uint (value));
      break;
    case PROP_REST_SECONDS:
      fascia_hold_timer_set_rest_seconds (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fascia_hold_timer_class_init (FasciaHoldTimerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = fascia_hold_timer_get_property;
  object_class->set_property = fascia_hold_timer_set_property;

  /**
   * FasciaHoldTimer:hold-seconds:
   *
   * How long each hold lasts; 0 is taken as 1.
   */
  properties[PROP_HOLD_SECONDS] =
    g_param_spec_uint ("hold-seconds", NULL, NULL, 0, G_MAXUINT, 1,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * FasciaHoldTimer:sets:
   *
   * How many holds, with a rest between each two; 0 is taken as 1.
   */
  properties[PROP_SETS] =
    g_param_spec_uint ("sets", NULL, NULL, 0, G_MAXUINT, 1,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * FasciaHoldTimer:rest-seconds:
   *
   * How long each rest between two holds lasts.
   */
  properties[PROP_REST_SECONDS] =
    g_param_spec_uint ("rest-seconds", NULL, NULL, 0, G_MAXUINT, FASCIA_HOLD_TIMER_DEFAULT_REST,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_STATE] =
    g_param_spec_enum ("state", NULL, NULL, FASCIA_TYPE_HOLD_TIMER_STATE, FASCIA_HOLD_TIMER_IDLE,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * FasciaHoldTimer:current-set:
   *
   * The set being held, or the next one while resting; counts from 1.
   */
  properties[PROP_CURRENT_SET] =
    g_param_spec_uint ("current-set", NULL, NULL, 1, G_MAXUINT, 1,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * FasciaHoldTimer:remaining:
   *
   * The whole seconds left in the phase as a countdown shows them (rounded
   * up). Notified only when that number changes; see
   * fascia_hold_timer_get_remaining_us() for the exact value.
   */
  properties[PROP_REMAINING] =
    g_param_spec_uint ("remaining", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * FasciaHoldTimer::hold-finished:
   * @set: the set whose hold ended, from 1
   */
  signals[HOLD_FINISHED] =
    g_signal_new ("hold-finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);

  /**
   * FasciaHoldTimer::rest-finished:
   *
   * A rest ended and the next hold began.
   */
  signals[REST_FINISHED] =
    g_signal_new ("rest-finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  /**
   * FasciaHoldTimer::finished:
   *
   * The last hold ended.
   */
  signals[FINISHED] =
    g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  /**
   * FasciaHoldTimer::announce:
   *
   * Now is a sensible moment to tell a screen reader where the timer is:
   * the state or set changed, or the countdown reached (or, after a gap,
   * passed) a moment fascia_hold_timer_should_announce() picks. Emitted at
   * most once per call, after the notifications.
   */
  signals[ANNOUNCE] =
    g_signal_new ("announce", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
fascia_hold_timer_init (FasciaHoldTimer *self)
{
  self->hold_seconds = 1;
  self->sets = 1;
  self->rest_seconds = FASCIA_HOLD_TIMER_DEFAULT_REST;
  self->clock = monotonic_clock;
  self->state = self->phase = self->told_state = FASCIA_HOLD_TIMER_IDLE;
  self->current_set = self->told_set = 1;
  self->told_remaining = 1;
}

/**
 * fascia_hold_timer_new:
 * @hold_seconds: how long each hold lasts (0 is taken as 1)
 * @sets: how many holds (0 is taken as 1)
 *
 * Returns: (transfer full): a timer in the idle state, resting
 *   %FASCIA_HOLD_TIMER_DEFAULT_REST seconds between sets
 */
FasciaHoldTimer *
fascia_hold_timer_new (guint hold_seconds,
                       guint sets)
{
  return g_object_new (FASCIA_TYPE_HOLD_TIMER,
                       "hold-seconds", hold_seconds,
                       "sets", sets,
                       NULL);
}

/**
 * fascia_hold_timer_set_clock:
 * @clock: (nullable): returns monotonic microseconds; %NULL for
 *   g_get_monotonic_time()
 * @user_data: passed to @clock
 *
 * Replaces the clock. Only sensible while the timer is idle, which is when
 * tests do it.
 */
void
fascia_hold_timer_set_clock (FasciaHoldTimer *self,
                             FasciaClockFunc  clock,
                             gpointer         user_data)
{
  g_return_if_fail (FASCIA_IS_HOLD_TIMER (self));

  self->clock = clock ? clock : monotonic_clock;
  self->clock_data = clock ? user_data : NULL;
}

/**
 * fascia_hold_timer_get_hold_seconds:
 * @self: a timer
 *
 * Returns: how long each hold lasts, in seconds; at least 1
 */
guint
fascia_hold_timer_get_hold_seconds (FasciaHoldTimer *self)
{
  g_return_val_if_fail (FASCIA_IS_HOLD_TIMER (self), 0);
  return self->hold_seconds;
}

/* Changing the plan part-way makes the countdown meaningless, so a running
 * timer goes back to idle. */
static void
plan_changed (FasciaHoldTimer *self,
              guint            prop_id)
{
  if (self->state != FASCIA_HOLD_TIMER_IDLE)
    fascia_hold_timer_reset (self);
  else
    changed (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

/**
 * fascia_hold_timer_set_hold_seconds:
 * @self: a timer
 * @hold_seconds: how long each hold lasts, in seconds; 0 is taken as 1
 *
 * Changes the plan. A countdown against the old plan would mean nothing, so
 * a timer that is running, paused or finished goes back to idle. Nothing
 * happens when the value is the same.
 */
void
fascia_hold_timer_set_hold_seconds (FasciaHoldTimer *self,
                                    guint            hold_seconds)
{
  g_return_if_fail (FASCIA_IS_HOLD_TIMER (self));

  hold_seconds = MAX (hold_seconds, 1);
  if (self->hold_seconds == hold_seconds)
    return;

  self->hold_seconds = hold_seconds;
  plan_changed (self, PROP_HOLD_SECONDS);
}

/**
 * fascia_hold_timer_get_sets:
 * @self: a timer
 *
 * Returns: how many holds the plan has; at least 1
 */
guint
fascia_hold_timer_get_sets (FasciaHoldTimer *self)
{
  g_return_val_if_fail (FASCIA_IS_HOLD_TIMER (self), 1);
  return self->sets;
}

/**
 * fascia_hold_timer_set_sets:
 * @self: a timer
 * @sets: how many holds, with a rest between each two; 0 is taken as 1
 *
 * Changes the plan. A countdown against the old plan would mean nothing, so
 * a timer that is running, paused or finished goes back to idle. Nothing
 * happens when the value is the same.
 */
void
fascia_hold_timer_set_sets (FasciaHoldTimer *self,
                            guint            sets)
{
  g_return_if_fail (FASCIA_IS_HOLD_TIMER (self));

  sets = MAX (sets, 1);
  if (self->sets == sets)
    return;

  self->sets = sets;
  plan_changed (self, PROP_SETS);
}

/**
 * fascia_hold_timer_get_rest_seconds:
 * @self: a timer
 *
 * Returns: how long each rest between two holds lasts, in seconds; may be 0
 */
guint
fascia_hold_timer_get_rest_seconds (FasciaHoldTimer *self)
{
  g_return_val_if_fail (FASCIA_IS_HOLD_TIMER (self), 0);
  return self->rest_seconds;
}

/**
 * fascia_hold_timer_set_rest_seconds:
 * @self: a timer
 * @rest_seconds: how long each rest between two holds lasts, in seconds; 0
 *   for none, when the next hold starts as soon as one ends
 *
 * Changes the plan. A countdown against the old plan would mean nothing, so
 * a timer that is running, paused or finished goes back to idle. Nothing
 * happens when the value is the same.
 */
void
fascia_hold_timer_set_rest_seconds (FasciaHoldTimer *self,
                                    guint            rest_seconds)
{
  g_return_if_fail (FASCIA_IS_HOLD_TIMER (self));

  if (self->rest_seconds == rest_seconds)
    return;

  self->rest_seconds = rest_seconds;
  plan_changed (self, PROP_REST_SECONDS);
}

/**
 * fascia_hold_timer_get_state:
 * @self: a timer
 *
 * Returns: what the timer is doing, as of the last update; while paused,
 *   fascia_hold_timer_get_phase() says which phase was paused
 */
FasciaHoldTimerState
fascia_hold_timer_get_state (FasciaHoldTimer *self)
{
  g_return_val_if_fail (FASCIA_IS_HOLD_TIMER (self), FASCIA_HOLD_TIMER_IDLE);
  return self->state;
}

/**
 * fascia_hold_timer_get_phase:
 *
 * Returns: the state, except that while paused it is the phase that was
 *   paused (%FASCIA_HOLD_TIMER_HOLDING or %FASCIA_HOLD_TIMER_RESTING)
 */
FasciaHoldTimerState
fascia_hold_timer_get_phase (FasciaHoldTimer *self)
{
  g_return_val_if_fail (FASCIA_IS_HOLD_TIMER (self), FASCIA_HOLD_TIMER_IDLE);
  return self->phase;
}

/**
 * fascia_hold_timer_get_current_set:
 * @self: a timer
 *
 * Returns: the set being held, or while resting the one to come; counts
 *   from 1, is 1 when idle and the last set once finished
 */
guint
fascia_hold_timer_get_current_set (FasciaHoldTimer *self)
{
  g_return_val_if_fail (FASCIA_IS_HOLD_TIMER (self), 1);
  return self->current_set;
}

/**
 * fascia_hold_timer_get_remaining:
 *
 * Returns: the whole seconds left in the phase, rounded up, as of the last
 *   update
 */
guint
fascia_hold_timer_get_remaining (FasciaHoldTimer *self)
{
  g_return_val_if_fail (FASCIA_IS_HOLD_TIMER (self), 0);
  return remaining_seconds (self);
}

/**
 * fascia_hold_timer_get_remaining_us:
 *
 * Returns: the microseconds left in the phase as of the last update
 */
gint64
fascia_hold_timer_get_remaining_us (FasciaHoldTimer *self)
{
  g_return_val_if_fail (FASCIA_IS_HOLD_TIMER (self), 0);
  return remaining_us (self);
}

/**
 * fascia_hold_timer_get_phase_seconds:
 *
 * Returns: how long the current (or paused) phase lasts in all; the hold
 *   when idle, 0 when finished
 */
guint
fascia_hold_timer_get_phase_seconds (FasciaHoldTimer *self)
{
  g_return_val_if_fail (FASCIA_IS_HOLD_TIMER (self), 0);
  return phase_seconds (self);
}

/**
 * fascia_hold_timer_is_running:
 * @self: a timer
 *
 * Returns: whether the timer is counting down a hold or a rest; %FALSE when
 *   idle, paused or finished
 */
gboolean
fascia_hold_timer_is_running (FasciaHoldTimer *self)
{
  g_return_val_if_fail (FASCIA_IS_HOLD_TIMER (self), FALSE);
  return running (self);
}

/**
 * fascia_hold_timer_start:
 *
 * Starts the first hold when idle or finished, resumes when paused, and
 * does nothing while running.
 */
void
fascia_hold_timer_start (FasciaHoldTimer *self)
{
  g_return_if_fail (FASCIA_IS_HOLD_TIMER (self));

  if (self->state == FASCIA_HOLD_TIMER_PAUSED)
    {
      fascia_hold_timer_resume (self);
      return;
    }
  if (running (self))
    return;

  self->generation++;
  self->now = self->clock (self->clock_data);
  self->current_set = 1;
  self->state = self->phase = FASCIA_HOLD_TIMER_HOLDING;
  self->deadline = self->now + seconds_to_us (self->hold_seconds);
  changed (self);
}

/**
 * fascia_hold_timer_pause:
 *
 * Freezes what is left of the phase. Catches up with the clock first, so a
 * phase that already ended is not paused.
 */
void
fascia_hold_timer_pause (FasciaHoldTimer *self)
{
  g_autoptr(FasciaHoldTimer) hold = NULL;

  g_return_if_fail (FASCIA_IS_HOLD_TIMER (self));

  if (!running (self))
    return;

  hold = g_object_ref (self);
  if (!advance (self))
    return;

  if (running (self))
    {
      self->generation++;
      self->paused_left = self->deadline - self->now;
      self->phase = self->state;
      self->state = FASCIA_HOLD_TIMER_PAUSED;
    }
  changed (self);
}

/**
 * fascia_hold_timer_resume:
 * @self: a timer
 *
 * Counts down again from what was left when the timer was paused, so that
 * the time spent paused does not count. Does nothing unless paused.
 */
void
fascia_hold_timer_resume (FasciaHoldTimer *self)
{
  g_return_if_fail (FASCIA_IS_HOLD_TIMER (self));

  if (self->state != FASCIA_HOLD_TIMER_PAUSED)
    return;

  self->generation++;
  self->now = self->clock (self->clock_data);
  self->deadline = self->now + self->paused_left;
  self->state = self->phase;
  changed (self);
}

/**
 * fascia_hold_timer_toggle:
 *
 * What a single Start/Pause button does: pauses while running, otherwise
 * starts or resumes.
 */
void
fascia_hold_timer_toggle (FasciaHoldTimer *self)
{
  g_return_if_fail (FASCIA_IS_HOLD_TIMER (self));

  if (running (self))
    fascia_hold_timer_pause (self);
  else
    fascia_hold_timer_start (self);
}

/**
 * fascia_hold_timer_reset:
 * @self: a timer
 *
 * Stops the timer in any state and makes it idle again, at set 1 with the
 * whole hold to come. A signal handler may call it: a walk through ended
 * phases in fascia_hold_timer_update() stops there.
 */
void
fascia_hold_timer_reset (FasciaHoldTimer *self)
{
  g_return_if_fail (FASCIA_IS_HOLD_TIMER (self));

  self->generation++;
  self->current_set = 1;
  self->state = self->phase = FASCIA_HOLD_TIMER_IDLE;
  self->paused_left = 0;
  changed (self);
}

/**
 * fascia_hold_timer_update:
 *
 * Reads the clock, moves through every phase that has ended since the last
 * update (emitting ::hold-finished, ::rest-finished and ::finished for
 * each), then notifies what changed. Call it as often as the display needs;
 * how often makes no difference to the time kept.
 */
void
fascia_hold_timer_update (FasciaHoldTimer *self)
{
  g_autoptr(FasciaHoldTimer) hold = NULL;

  g_return_if_fail (FASCIA_IS_HOLD_TIMER (self));

  if (!running (self))
    return;

  hold = g_object_ref (self);
  if (advance (self))
    changed (self);
}

/**
 * fascia_hold_timer_should_announce:
 * @phase_seconds: how long the phase lasts in all
 * @remaining_seconds: whole seconds left, as shown
 *
 * The moments a screen reader should hear the countdown: when a phase
 * starts, at each whole minute of a long one, with 30, 10 and 5 seconds
 * left, and at the end. Never every second.
 */
gboolean
fascia_hold_timer_should_announce (guint phase_seconds,
                                   guint remaining_seconds)
{
  if (remaining_seconds == phase_seconds || remaining_seconds == 0)
    return TRUE;
  if (remaining_seconds > phase_seconds)
    return FALSE;

  return remaining_seconds == 30 || remaining_seconds == 10 || remaining_seconds == 5 ||
         remaining_seconds % 60 == 0;
}

/**
 * fascia_hold_timer_dup_status:
 *
 * Returns: (transfer full): what the timer is doing, shown beside it:
 *   "Hold · set 1 of 3", "Rest · next: set 2 of 3", "Done"
 */
char *
fascia_hold_timer_dup_status (FasciaHoldTimer *self)
{
  FasciaHoldTimerState state = fascia_hold_timer_get_state (self);
  FasciaHoldTimerState phase = fascia_hold_timer_get_phase (self);
  guint set = fascia_hold_timer_get_current_set (self);
  guint sets = fascia_hold_timer_get_sets (self);
  gboolean paused = state == FASCIA_HOLD_TIMER_PAUSED;

  if (state == FASCIA_HOLD_TIMER_FINISHED)
    return g_strdup (_("Done"));

  if (phase == FASCIA_HOLD_TIMER_RESTING)
    return g_strdup_printf (paused
                            ? g_dngettext (GETTEXT_PACKAGE, "Rest paused · next: set %u of %u",
                                           "Rest paused · next: set %u of %u", sets)
                            : g_dngettext (GETTEXT_PACKAGE, "Rest · next: set %u of %u",
                                           "Rest · next: set %u of %u", sets),
                            set, sets);

  if (sets == 1)
    return g_strdup (paused ? _("Hold paused") : _("Hold"));

  return g_strdup_printf (paused
                          ? g_dngettext (GETTEXT_PACKAGE, "Hold paused · set %u of %u",
                                         "Hold paused · set %u of %u", sets)
                          : g_dngettext (GETTEXT_PACKAGE, "Hold · set %u of %u",
                                         "Hold · set %u of %u", sets),
                          set, sets);
}

/**
 * fascia_hold_timer_dup_spoken:
 *
 * Returns: (transfer full): what a screen reader hears at the moments worth
 *   announcing: "45 seconds left, set 1 of 3"
 */
char *
fascia_hold_timer_dup_spoken (FasciaHoldTimer *self)
{
  FasciaHoldTimerState state = fascia_hold_timer_get_state (self);
  FasciaHoldTimerState phase = fascia_hold_timer_get_phase (self);
  guint set = fascia_hold_timer_get_current_set (self);
  guint sets = fascia_hold_timer_get_sets (self);
  gboolean paused = state == FASCIA_HOLD_TIMER_PAUSED;
  g_autofree char *left = fascia_duration_dup_text (fascia_hold_timer_get_remaining (self));

  switch (state)
    {
    case FASCIA_HOLD_TIMER_IDLE:
      if (sets == 1)
        return g_strdup_printf (_("Ready to hold for %s"), left);
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Ready to hold for %s, %u set",
                                           "Ready to hold for %s, %u sets", sets),
                              left, sets);

    case FASCIA_HOLD_TIMER_FINISHED:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Done, %u set held", "Done, all %u sets held", sets),
                              sets);

    case FASCIA_HOLD_TIMER_HOLDING:
    case FASCIA_HOLD_TIMER_RESTING:
    case FASCIA_HOLD_TIMER_PAUSED:
    default:
      break;
    }

  if (phase == FASCIA_HOLD_TIMER_RESTING)
    return g_strdup_printf (paused
                            ? g_dngettext (GETTEXT_PACKAGE, "Rest paused, %s left, next: set %u of %u",
                                           "Rest paused, %s left, next: set %u of %u", sets)
                            : g_dngettext (GETTEXT_PACKAGE, "Rest, %s left, next: set %u of %u",
                                           "Rest, %s left, next: set %u of %u", sets),
                            left, set, sets);

  if (sets == 1)
    return g_strdup_printf (paused ? _("Paused, %s left") : _("%s left"), left);

  return g_strdup_printf (paused
                          ? g_dngettext (GETTEXT_PACKAGE, "Paused, %s left, set %u of %u",
                                         "Paused, %s left, set %u of %u", sets)
                          : g_dngettext (GETTEXT_PACKAGE, "%s left, set %u of %u",
                                         "%s left, set %u of %u", sets),
                          left, set, sets);
}
