/* test-hold-timer.c - the hold timer's states, phases and timekeeping on a fake clock
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "fascia-hold-timer.h"

#define SEC ((gint64) G_USEC_PER_SEC)

/* A clock that moves only when told, far from zero like a real one. */
typedef struct
{
  gint64 now;
} FakeClock;

static gint64
fake_clock (gpointer user_data)
{
  FakeClock *clock = user_data;

  return clock->now;
}

/* What a listener saw. */
typedef struct
{
  GArray *holds;            /* the set of each ::hold-finished */
  guint   rests;
  guint   finished;
  guint   announces;
  guint   remaining_notifies;
  guint   state_notifies;
  guint   last_remaining;
  gboolean repeated_remaining;
  GArray *announced_at;     /* the remaining seconds at each ::announce */
} Log;

static void
hold_finished_cb (FasciaHoldTimer *timer,
                  guint            set,
                  Log             *log)
{
  g_array_append_val (log->holds, set);
}

static void
rest_finished_cb (FasciaHoldTimer *timer,
                  Log             *log)
{
  log->rests++;
}

static void
finished_cb (FasciaHoldTimer *timer,
             Log             *log)
{
  log->finished++;
}

static void
announce_cb (FasciaHoldTimer *timer,
             Log             *log)
{
  guint remaining = fascia_hold_timer_get_remaining (timer);

  log->announces++;
  g_array_append_val (log->announced_at, remaining);
}

static void
remaining_cb (FasciaHoldTimer *timer,
              GParamSpec      *pspec,
              Log             *log)
{
  guint remaining = fascia_hold_timer_get_remaining (timer);

  if (log->remaining_notifies > 0 && remaining == log->last_remaining)
    log->repeated_remaining = TRUE;
  log->remaining_notifies++;
  log->last_remaining = remaining;
}

static void
state_cb (FasciaHoldTimer *timer,
          GParamSpec      *pspec,
          Log             *log)
{
  log->state_notifies++;
}

static FasciaHoldTimer *
new_timer (guint      hold,
           guint      sets,
           guint      rest,
           FakeClock *clock,
           Log       *log)
{
  FasciaHoldTimer *timer = fascia_hold_timer_new (hold, sets);

  fascia_hold_timer_set_rest_seconds (timer, rest);
  fascia_hold_timer_set_clock (timer, fake_clock, clock);

  if (log != NULL)
    {
      memset (log, 0, sizeof *log);
      log->holds = g_array_new (FALSE, FALSE, sizeof (guint));
      log->announced_at = g_array_new (FALSE, FALSE, sizeof (guint));
      g_signal_connect (timer, "hold-finished", G_CALLBACK (hold_finished_cb), log);
      g_signal_connect (timer, "rest-finished", G_CALLBACK (rest_finished_cb), log);
      g_signal_connect (timer, "finished", G_CALLBACK (finished_cb), log);
      g_signal_connect (timer, "announce", G_CALLBACK (announce_cb), log);
      g_signal_connect (timer, "notify::remaining", G_CALLBACK (remaining_cb), log);
      g_signal_connect (timer, "notify::state", G_CALLBACK (state_cb), log);
    }

  return timer;
}

static void
log_clear (Log *log)
{
  g_clear_pointer (&log->holds, g_array_unref);
  g_clear_pointer (&log->announced_at, g_array_unref);
}

static void
advance (FasciaHoldTimer *timer,
         FakeClock       *clock,
         gint64           us)
{
  clock->now += us;
  fascia_hold_timer_update (timer);
}

static void
test_defaults (void)
{
  g_autoptr(FasciaHoldTimer) timer = fascia_hold_timer_new (45, 3);
  guint rest, set, remaining;
  FasciaHoldTimerState state;

  g_object_get (timer,
                "rest-seconds", &rest,
                "current-set", &set,
                "remaining", &remaining,
                "state", &state,
                NULL);
  g_assert_cmpuint (rest, ==, FASCIA_HOLD_TIMER_DEFAULT_REST);
  g_assert_cmpuint (rest, ==, 15);
  g_assert_cmpuint (set, ==, 1);
  g_assert_cmpuint (remaining, ==, 45);
  g_assert_cmpint (state, ==, FASCIA_HOLD_TIMER_IDLE);
  g_assert_cmpuint (fascia_hold_timer_get_hold_seconds (timer), ==, 45);
  g_assert_cmpuint (fascia_hold_timer_get_sets (timer), ==, 3);
  g_assert_cmpint (fascia_hold_timer_get_remaining_us (timer), ==, 45 * SEC);
  g_assert_false (fascia_hold_timer_is_running (timer));

  /* Updating an idle timer does nothing. */
  fascia_hold_timer_update (timer);
  g_assert_cmpint (fascia_hold_timer_get_state (timer), ==, FASCIA_HOLD_TIMER_IDLE);
}

static void
test_start_pause_resume_reset (void)
{
  FakeClock clock = { 5000 * SEC };
  Log log;
  g_autoptr(FasciaHoldTimer) timer = new_timer (45, 3, 15, &clock, &log);

  /* Pausing or resuming an idle timer does nothing. */
  fascia_hold_timer_pause (timer);
  fascia_hold_timer_resume (timer);
  g_assert_cmpint (fascia_hold_timer_get_state (timer), ==, FASCIA_HOLD_TIMER_IDLE);
  g_assert_cmpuint (log.state_notifies, ==, 0);

  fascia_hold_timer_start (timer);
  g_assert_cmpint (fascia_hold_timer_get_state (timer), ==, FASCIA_HOLD_TIMER_HOLDING);
  g_assert_true (fascia_hold_timer_is_running (timer));
  g_assert_cmpuint (fascia_hold_timer_get_remaining (timer), ==, 45);
  g_assert_cmpuint (log.state_notifies, ==, 1);

  /* A fraction of a second shows as the whole second it is in. */
  advance (timer, &clock, 10 * SEC + 300000);
  g_assert_cmpint (fascia_hold_timer_get_remaining_us (timer), ==, 34 * SEC + 700000);
  g_assert_cmpuint (fascia_hold_timer_get_remaining (timer), ==, 35);

  /* Starting a running timer does nothing. */
  fascia_hold_timer_start (timer);
  g_assert_cmpint (fascia_hold_timer_get_remaining_us (timer), ==, 34 * SEC + 700000);

  fascia_hold_timer_pause (timer);
  g_assert_cmpint (fascia_hold_timer_get_state (timer), ==, FASCIA_HOLD_TIMER_PAUSED);
  g_assert_cmpint (fascia_hold_timer_get_phase (timer), ==, FASCIA_HOLD_TIMER_HOLDING);
  g_assert_false (fascia_hold_timer_is_running (timer));

  /* Time passing while paused changes nothing. */
  advance (timer, &clock, 100 * SEC);
  g_assert_cmpint (fascia_hold_timer_get_remaining_us (timer), ==, 34 * SEC + 700000);
  g_assert_cmpint (fascia_hold_timer_get_state (timer), ==, FASCIA_HOLD_TIMER_PAUSED);

  /* Start on a paused timer resumes it, like resume does. */
  fascia_hold_timer_start (timer);
  g_assert_cmpint (fascia_hold_timer_get_state (timer), ==, FASCIA_HOLD_TIMER_HOLDING);
  advance (timer, &clock, 4 * SEC + 700000);
  g_assert_cmpint (fascia_hold_timer_get_remaining_us (timer), ==, 30 * SEC);
  g_assert_cmpuint (fascia_hold_timer_get_remaining (timer), ==, 30);

  fascia_hold_timer_toggle (timer);
  g_assert_cmpint (fascia_hold_timer_get_state (timer), ==, FASCIA_HOLD_TIMER_PAUSED);
  fascia_hold_timer_resume (timer);
  g_assert_cmpint (fascia_hold_timer_get_state (timer), ==, FASCIA_HOLD_TIMER_HOLDING);
  fascia_hold_timer_toggle (timer);
  fascia_hold_timer_toggle (timer);
  g_assert_cmpint (fascia_hold_timer_get_state (timer), ==, FASCIA_HOLD_TIMER_HOLDING);
  g_assert_cmpint (fascia_hold_timer_get_remaining_us (timer), ==, 30 * SEC);

  fascia_hold_timer_reset (timer);
  g_assert_cmpint (fascia_hold_timer_get_state (timer), ==, FASCIA_HOLD_TIMER_IDLE);
  g_assert_cmpuint (fascia_hold_timer_get_current_set (timer), ==, 1);
  g_assert_cmpuint (fascia_hold_timer_get_remaining (timer), ==, 45);
  g_assert_cmpuint (log.holds->len, ==, 0);
  g_assert_false (log.repeated_remaining);

  /* After a reset it starts afresh. */
  fascia_hold_timer_start (timer);
  advance (timer, &clock, 1 * SEC);
  g_assert_cmpint (fascia_hold_timer_get_remaining_us (timer), ==, 44 * SEC);

  log_clear (&log);
}

static void
test_phases_and_sets (void)
{
  FakeClock clock = { 77 * SEC };
  Log log;
  g_autoptr(FasciaHoldTimer) timer = new_timer (10, 3, 5, &clock, &log);

  fascia_hold_timer_start (timer);
  advance (timer, &clock, 9 * SEC + 999999);
  g_assert_cmpint (fascia_hold_timer_get_state (timer), ==, FASCIA_HOLD_TIMER_HOLDING);
  g_assert_cmpuint (fascia_hold_timer_get_remaining (timer), ==, 1);
  g_assert_cmpuint (log.holds->len, ==, 0);

  /* The hold ends exactly at its deadline; the rest names the set to come. */
  advance (timer, &clock, 1);
  g_assert_cmpint (fascia_hold_timer_get_state (timer), ==, FASCIA_HOLD_TIMER_RESTING);
  g_assert_cmpuint (fascia_hold_timer_get_current_set (timer), ==, 2);
  g_assert_cmpuint (fascia_hold_timer_get_remaining (timer), ==, 5);
  g_assert_cmpuint (fascia_hold_timer_get_phase_seconds (timer), ==, 5);
  g_assert_cmpuint (log.holds->len, ==, 1);
  g_assert_cmpuint (g_array_index (log.holds, guint, 0), ==, 1);

  advance (timer, &clock, 5 * SEC);
  g_assert_cmpint (fascia_hold_timer_get_state (timer), ==, FASCIA_HOLD_TIMER_HOLDING);
  g_assert_cmpuint (fascia_hold_timer_get_current_set (timer), ==, 2);
  g_assert_cmpuint (fascia_hold_timer_get_remaining (timer), ==, 10);
  g_assert_cmpuint (log.rests, ==, 1);

  /* A rest can be paused too, and resumes as a rest. */
  advance (timer, &clock, 12 * SEC);
  g_assert_cmpint (fascia_hold_timer_get_state (timer), ==, FASCIA_HOLD_TIMER_RESTING);
  g_assert_cmpuint (fascia_hold_timer_get_current_set (timer), ==, 3);
  fascia_hold_timer_pause (timer);
  g_assert_cmpint (fascia_hold_timer_get_phase (timer), ==, FASCIA_HOLD_TIMER_RESTING);
  g_assert_cmpint (fascia_hold_timer_get_remaining_us (timer), ==, 3 * SEC);
  advance (timer, &clock, 60 * SEC);
  fascia_hold_timer_resume (timer);
  g_assert_cmpint (fascia_hold_timer_get_state (timer), ==, FASCIA_HOLD_TIMER_RESTING);

  advance (timer, &clock, 3 * SEC);
  g_assert_cmpint (fascia_hold_timer_get_state (timer), ==, FASCIA_HOLD_TIMER_HOLDING);
  g_assert_cmpuint (fascia_hold_timer_get_current_set (timer), ==, 3);
  g_assert_cmpuint (log.finished, ==, 0);

  advance (timer, &clock, 10 * SEC);
  g_assert_cmpint (fascia_hold_timer_get_state (timer), ==, FASCIA_HOLD_TIMER_FINISHED);
  g_assert_cmpuint (fascia_hold_timer_get_remaining (timer), ==, 0);
  g_assert_cmpuint (fascia_hold_timer_get_current_set (timer), ==, 3);
  g_assert_cmpuint (log.holds->len, ==, 3);
  g_assert_cmpuint (g_array_index (log.holds, guint, 1), ==, 2);
  g_assert_cmpuint (g_array_index (log.holds, guint, 2), ==, 3);
  g_assert_cmpuint (log.rests, ==, 2);
  g_assert_cmpuint (log.finished, ==, 1);

  /* Finished stays finished; start begins again from set 1. */
  advance (timer, &clock, 100 * SEC);
  fascia_hold_timer_pause (timer);
  g_assert_cmpint (fascia_hold_timer_get_state (timer), ==, FASCIA_HOLD_TIMER_FINISHED);
  g_assert_cmpuint (log.finished, ==, 1);
  fascia_hold_timer_start (timer);
  g_assert_cmpint (fascia_hold_timer_get_state (timer), ==, FASCIA_HOLD_TIMER_HOLDING);
  g_assert_cmpuint (fascia_hold_timer_get_current_set (timer), ==, 1);
  g_assert_cmpuint (fascia_hold_timer_get_remaining (timer), ==, 10);

  log_clear (&log);
}

/* Where the timer should be @elapsed after its start, worked out afresh. */
static void
expected_at (gint64                elapsed,
             guint                 hold,
             guint                 sets,
             guint                 rest,
             FasciaHoldTimerState *state,
             guint                *set,
             gint64               *remaining)
{
  for (guint s = 1; s <= sets; s++)
    {
      if (elapsed < hold * SEC)
        {
          *state = FASCIA_HOLD_TIMER_HOLDING;
          *set = s;
          *remaining = hold * SEC - elapsed;
          return;
        }
      elapsed -= hold * SEC;
      if (s == sets)
        break;
      if (elapsed < rest * SEC)
        {
          *state = FASCIA_HOLD_TIMER_RESTING;
          *set = s + 1;
          *remaining = rest * SEC - elapsed;
          return;
        }
      elapsed -= rest * SEC;
    }

  *state = FASCIA_HOLD_TIMER_FINISHED;
  *set = sets;
  *remaining = 0;
}

static void
test_no_drift (void)
{
  const guint hold = 120, sets = 4, rest = 30;
  FakeClock clock = { 123456789 };
  Log log;
  g_autoptr(FasciaHoldTimer) timer = new_timer (hold, sets, rest, &clock, &log);
  gint64 start = clock.now;
  guint steps = 0;

  fascia_hold_timer_start (timer);

  /* Ten minutes in uneven steps, as a busy main loop would give. */
  while (clock.now - start < 10 * 60 * SEC)
    {
      FasciaHoldTimerState state;
      guint set;
      gint64 remaining;

      advance (timer, &clock, g_test_rand_int_range (1, 1701) * G_TIME_SPAN_MILLISECOND);
      steps++;

      expected_at (clock.now - start, hold, sets, rest, &state, &set, &remaining);
      g_assert_cmpint (fascia_hold_timer_get_state (timer), ==, state);
      g_assert_cmpuint (fascia_hold_timer_get_current_set (timer), ==, set);
      g_assert_cmpint (fascia_hold_timer_get_remaining_us (timer), ==, remaining);
      g_assert_cmpuint (fascia_hold_timer_get_remaining (timer), ==, (remaining + SEC - 1) / SEC);
    }

  g_test_message ("%u updates", steps);
  g_assert_cmpint (fascia_hold_timer_get_state (timer), ==, FASCIA_HOLD_TIMER_FINISHED);
  g_assert_cmpuint (log.holds->len, ==, sets);
  for (guint i = 0; i < sets; i++)
    g_assert_cmpuint (g_array_index (log.holds, guint, i), ==, i + 1);
  g_assert_cmpuint (log.rests, ==, sets - 1);
  g_assert_cmpuint (log.finished, ==, 1);

  /* notify::remaining only when the shown second changes, and (steps being
   * shorter than two seconds) hardly ever skipping one. */
  g_assert_false (log.repeated_remaining);
  g_assert_cmpuint (log.remaining_notifies, <=, steps);
  g_assert_cmpuint (log.remaining_notifies, >=, (sets * hold + (sets - 1) * rest) / 2);

  /* Each hold: its start, 1:00, 0:30, 0:10 and 0:05; each rest: its start,
   * 0:10 and 0:05; then the end. No step is long enough to skip one. */
  g_assert_cmpuint (log.announces, ==, sets * 5 + (sets - 1) * 3 + 1);

  log_clear (&log);
}

static void
test_long_jump (void)
{
  FakeClock clock = { 10 * SEC };
  Log log;
  g_autoptr(FasciaHoldTimer) timer = new_timer (30, 3, 15, &clock, &log);

  /* Past the first hold, its rest and the second hold, into the second rest:
   * 30 + 15 + 30 + 5 seconds. */
  fascia_hold_timer_start (timer);
  log.announces = log.state_notifies = 0;
  advance (timer, &clock, 80 * SEC);
  g_assert_cmpint (fascia_hold_timer_get_state (timer), ==, FASCIA_HOLD_TIMER_RESTING);
  g_assert_cmpuint (fascia_hold_timer_get_current_set (timer), ==, 3);
  g_assert_cmpint (fascia_hold_timer_get_remaining_us (timer), ==, 10 * SEC);
  g_assert_cmpuint (log.holds->len, ==, 2);
  g_assert_cmpuint (log.rests, ==, 1);
  /* Listeners hear the outcome once, not each phase on the way. */
  g_assert_cmpuint (log.announces, ==, 1);
  g_assert_cmpuint (log.state_notifies, ==, 1);

  /* An hour later, everything at once, in order. */
  advance (timer, &clock, 3600 * SEC);
  g_assert_cmpint (fascia_hold_timer_get_state (timer), ==, FASCIA_HOLD_TIMER_FINISHED);
  g_assert_cmpuint (log.holds->len, ==, 3);
  g_assert_cmpuint (g_array_index (log.holds, guint, 0), ==, 1);
  g_assert_cmpuint (g_array_index (log.holds, guint, 1), ==, 2);
  g_assert_cmpuint (g_array_index (log.holds, guint, 2), ==, 3);
  g_assert_cmpuint (log.rests, ==, 2);
  g_assert_cmpuint (log.finished, ==, 1);
  g_assert_cmpuint (log.announces, ==, 2);
  g_assert_cmpuint (log.state_notifies, ==, 2);

  /* Pausing after a long gap catches up first and pauses the right phase. */
  fascia_hold_timer_reset (timer);
  fascia_hold_timer_start (timer);
  clock.now += 50 * SEC;
  fascia_hold_timer_pause (timer);
  g_assert_cmpint (fascia_hold_timer_get_state (timer), ==, FASCIA_HOLD_TIMER_PAUSED);
  g_assert_cmpint (fascia_hold_timer_get_phase (timer), ==, FASCIA_HOLD_TIMER_HOLDING);
  g_assert_cmpuint (fascia_hold_timer_get_current_set (timer), ==, 2);
  g_assert_cmpint (fascia_hold_timer_get_remaining_us (timer), ==, 25 * SEC);
  g_assert_cmpuint (log.holds->len, ==, 4);

  log_clear (&log);
}

static void
test_announce_moments (void)
{
  static const struct {
    guint phase;
    guint remaining;
    gboolean announce;
  } cases[] = {
    { 45, 45, TRUE },   /* the start */
    { 45, 44, FALSE },
    { 45, 31, FALSE },
    { 45, 30, TRUE },
    { 45, 29, FALSE },
    { 45, 11, FALSE },
    { 45, 10, TRUE },
    { 45, 9, FALSE },
    { 45, 5, TRUE },
    { 45, 4, FALSE },
    { 45, 1, FALSE },
    { 45, 0, TRUE },    /* the end */
    { 20, 30, FALSE },  /* longer than the phase */
    { 20, 20, TRUE },
    { 600, 540, TRUE }, /* whole minutes of a long hold */
    { 600, 90, FALSE },
    { 600, 60, TRUE },
    { 600, 59, FALSE },
    { 15, 15, TRUE },
  };
  FakeClock clock = { 0 };
  Log log;
  g_autoptr(FasciaHoldTimer) timer = NULL;
  static const guint heard[] = { 45, 30, 10, 5, 0 };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpint (fascia_hold_timer_should_announce (cases[i].phase, cases[i].remaining), ==,
                     cases[i].announce);

  /* A single 45-second hold, updated ten times a second. */
  timer = new_timer (45, 1, 15, &clock, &log);
  fascia_hold_timer_start (timer);
  while (fascia_hold_timer_get_state (timer) != FASCIA_HOLD_TIMER_FINISHED)
    advance (timer, &clock, 100 * G_TIME_SPAN_MILLISECOND);
  g_assert_cmpuint (log.announced_at->len, ==, G_N_ELEMENTS (heard));
  for (guint i = 0; i < G_N_ELEMENTS (heard); i++)
    g_assert_cmpuint (g_array_index (log.announced_at, guint, i), ==, heard[i]);
  log_clear (&log);

  /* Updates that skip past a moment still announce it, once. */
  g_clear_object (&timer);
  timer = new_timer (45, 1, 15, &clock, &log);
  fascia_hold_timer_start (timer);
  advance (timer, &clock, 13 * SEC);   /* 0:32 */
  g_assert_cmpuint (log.announces, ==, 1);
  advance (timer, &clock, 25 * SEC);   /* 0:07, past 0:30 and 0:10 */
  g_assert_cmpuint (log.announces, ==, 2);
  advance (timer, &clock, 1 * SEC);    /* 0:06 */
  g_assert_cmpuint (log.announces, ==, 2);

  /* Pause and resume are changes of state worth telling. */
  fascia_hold_timer_pause (timer);
  g_assert_cmpuint (log.announces, ==, 3);
  fascia_hold_timer_resume (timer);
  g_assert_cmpuint (log.announces, ==, 4);
  log_clear (&log);
}

static void
test_odd_inputs (void)
{
  FakeClock clock = { 1 };
  Log log;
  g_autoptr(FasciaHoldTimer) timer = new_timer (0, 0, 15, &clock, &log);
  g_autoptr(FasciaHoldTimer) huge = NULL;
  g_autoptr(FasciaHoldTimer) no_rest = NULL;

  /* No sets means one; no hold means a second. */
  g_assert_cmpuint (fascia_hold_timer_get_sets (timer), ==, 1);
  g_assert_cmpuint (fascia_hold_timer_get_hold_seconds (timer), ==, 1);
  fascia_hold_timer_start (timer);
  advance (timer, &clock, SEC);
  g_assert_cmpint (fascia_hold_timer_get_state (timer), ==, FASCIA_HOLD_TIMER_FINISHED);
  g_assert_cmpuint (log.holds->len, ==, 1);
  g_assert_cmpuint (log.rests, ==, 0);

  /* Changing the plan of a running timer puts it back to idle. */
  fascia_hold_timer_start (timer);
  fascia_hold_timer_set_sets (timer, 4);
  g_assert_cmpint (fascia_hold_timer_get_state (timer), ==, FASCIA_HOLD_TIMER_IDLE);
  g_object_set (timer, "hold-seconds", 20, NULL);
  g_assert_cmpuint (fascia_hold_timer_get_remaining (timer), ==, 20);
  log_clear (&log);

  /* The longest hold there can be: no overflow, still exact. */
  huge = new_timer (G_MAXUINT, 2, 15, &clock, NULL);
  g_assert_cmpuint (fascia_hold_timer_get_remaining (huge), ==, G_MAXUINT);
  fascia_hold_timer_start (huge);
  g_assert_cmpint (fascia_hold_timer_get_remaining_us (huge), ==, (gint64) G_MAXUINT * SEC);
  advance (huge, &clock, 365 * 24 * 3600 * SEC);
  g_assert_cmpint (fascia_hold_timer_get_state (huge), ==, FASCIA_HOLD_TIMER_HOLDING);
  g_assert_cmpint (fascia_hold_timer_get_remaining_us (huge), ==,
                   (gint64) G_MAXUINT * SEC - 365 * 24 * 3600 * SEC);
  advance (huge, &clock, (gint64) G_MAXUINT * SEC - 365 * 24 * 3600 * SEC);
  g_assert_cmpint (fascia_hold_timer_get_state (huge), ==, FASCIA_HOLD_TIMER_RESTING);
  g_assert_cmpint (fascia_hold_timer_get_remaining_us (huge), ==, 15 * SEC);
  g_assert_true (fascia_hold_timer_should_announce (G_MAXUINT, G_MAXUINT));

  /* No rest: the next hold follows at once. */
  no_rest = new_timer (5, 3, 0, &clock, &log);
  fascia_hold_timer_start (no_rest);
  advance (no_rest, &clock, 5 * SEC);
  g_assert_cmpint (fascia_hold_timer_get_state (no_rest), ==, FASCIA_HOLD_TIMER_HOLDING);
  g_assert_cmpuint (fascia_hold_timer_get_current_set (no_rest), ==, 2);
  g_assert_cmpint (fascia_hold_timer_get_remaining_us (no_rest), ==, 5 * SEC);
  advance (no_rest, &clock, 10 * SEC);
  g_assert_cmpint (fascia_hold_timer_get_state (no_rest), ==, FASCIA_HOLD_TIMER_FINISHED);
  g_assert_cmpuint (log.holds->len, ==, 3);
  g_assert_cmpuint (log.rests, ==, 2);
  log_clear (&log);
}

static void
reset_on_hold_cb (FasciaHoldTimer *timer,
                  guint            set,
                  gpointer         user_data)
{
  fascia_hold_timer_reset (timer);
}

static void
test_reset_from_handler (void)
{
  FakeClock clock = { 1 };
  Log log;
  g_autoptr(FasciaHoldTimer) timer = new_timer (10, 3, 5, &clock, &log);

  /* A handler that resets stops the walk through later phases. */
  g_signal_connect (timer, "hold-finished", G_CALLBACK (reset_on_hold_cb), NULL);
  fascia_hold_timer_start (timer);
  advance (timer, &clock, 1000 * SEC);
  g_assert_cmpint (fascia_hold_timer_get_state (timer), ==, FASCIA_HOLD_TIMER_IDLE);
  g_assert_cmpuint (fascia_hold_timer_get_current_set (timer), ==, 1);
  g_assert_cmpuint (log.holds->len, ==, 1);
  g_assert_cmpuint (log.rests, ==, 0);
  g_assert_cmpuint (log.finished, ==, 0);
  g_assert_cmpuint (fascia_hold_timer_get_remaining (timer), ==, 10);
  log_clear (&log);
}

static void
test_remaining_notify (void)
{
  FakeClock clock = { 1 };
  Log log;
  g_autoptr(FasciaHoldTimer) timer = new_timer (45, 1, 15, &clock, &log);

  fascia_hold_timer_start (timer);
  log.remaining_notifies = 0;
  advance (timer, &clock, 300 * G_TIME_SPAN_MILLISECOND);
  advance (timer, &clock, 600 * G_TIME_SPAN_MILLISECOND);
  g_assert_cmpuint (log.remaining_notifies, ==, 0);
  advance (timer, &clock, 200 * G_TIME_SPAN_MILLISECOND);
  g_assert_cmpuint (log.remaining_notifies, ==, 1);
  g_assert_cmpuint (log.last_remaining, ==, 44);
  log_clear (&log);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/hold-timer/defaults", test_defaults);
  g_test_add_func ("/hold-timer/start-pause-resume-reset", test_start_pause_resume_reset);
  g_test_add_func ("/hold-timer/phases-and-sets", test_phases_and_sets);
  g_test_add_func ("/hold-timer/no-drift", test_no_drift);
  g_test_add_func ("/hold-timer/long-jump", test_long_jump);
  g_test_add_func ("/hold-timer/announce-moments", test_announce_moments);
  g_test_add_func ("/hold-timer/odd-inputs", test_odd_inputs);
  g_test_add_func ("/hold-timer/reset-from-handler", test_reset_from_handler);
  g_test_add_func ("/hold-timer/remaining-notify", test_remaining_notify);

  return g_test_run ();
}
