/* test-hold-timer-view.c - the hold timer widget under a real display (Xvfb in CI)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The timer's clock is replaced by one the test moves, so nothing here
 * depends on how fast the machine is. GTK_A11Y=test keeps what the widget
 * tells screen readers where gtk_test_accessible_*() can read it.
 */
#include "config.h"

#include <adwaita.h>

#include "fascia-hold-timer-view.h"
#include "fascia-library.h"
#include "fascia-page-view.h"
#include "fascia-test-util.h"

#define SEC ((gint64) G_USEC_PER_SEC)

static FasciaLibrary *library;

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

static GtkWidget *
find_with_class (GtkWidget  *widget,
                 const char *css_class)
{
  if (gtk_widget_has_css_class (widget, css_class))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_with_class (child, css_class);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
collect_timers (GtkWidget *widget,
                GPtrArray *timers)
{
  if (FASCIA_IS_HOLD_TIMER_VIEW (widget))
    g_ptr_array_add (timers, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_timers (child, timers);
}

typedef struct
{
  GtkWindow       *window;
  GtkWidget       *view;
  FasciaHoldTimer *timer;
  GtkWidget       *countdown;
  GtkWidget       *digits;
  GtkWidget       *status;
  GtkWidget       *toggle;
  GtkWidget       *reset;
  FakeClock        clock;
} Fixture;

static void
fixture_setup (Fixture *f,
               guint    hold,
               guint    sets,
               guint    step)
{
  f->clock.now = 1000 * SEC;
  f->window = GTK_WINDOW (gtk_window_new ());
  f->view = fascia_hold_timer_view_new (hold, sets, 0, step);
  f->timer = fascia_hold_timer_view_get_timer (FASCIA_HOLD_TIMER_VIEW (f->view));
  fascia_hold_timer_set_clock (f->timer, fake_clock, &f->clock);
  gtk_window_set_child (f->window, f->view);
  gtk_window_present (f->window);
  fascia_test_iterate (2);

  f->countdown = find_with_class (f->view, "countdown");
  f->digits = find_with_class (f->view, "countdown-digits");
  f->status = find_with_class (f->view, "hold-status");
  f->toggle = find_with_class (f->view, "hold-toggle");
  f->reset = find_with_class (f->view, "hold-reset");
  g_assert_nonnull (f->countdown);
  g_assert_true (GTK_IS_LABEL (f->digits));
  gtk_test_accessible_assert_role (f->countdown, GTK_ACCESSIBLE_ROLE_LABEL);
  /* The digits change every second; screen readers hear the countdown's
   * own label instead. */
  gtk_test_accessible_assert_state (f->digits, GTK_ACCESSIBLE_STATE_HIDDEN, TRUE);
  g_assert_true (GTK_IS_LABEL (f->status));
  g_assert_true (GTK_IS_BUTTON (f->toggle));
  g_assert_true (GTK_IS_BUTTON (f->reset));
}

static void
fixture_teardown (Fixture *f)
{
  g_object_ref (f->view);
  gtk_window_destroy (f->window);
  g_assert_finalize_object (f->view);
}

static void
advance (Fixture *f,
         gint64   us)
{
  f->clock.now += us;
  fascia_hold_timer_update (f->timer);
}

typedef struct
{
  GtkWidget *button;
  guint      n_clicked;
} Press;

static void
clicked_cb (GtkButton *button,
            Press     *press)
{
  press->n_clicked++;
}

static gboolean
clicked (gpointer data)
{
  return ((Press *)data)->n_clicked > 0;
}

/* What Space or Enter on a focused button does. GtkButton shows itself
 * pressed for a moment before it emits ::clicked: wait for the click. */
static void
press (GtkWidget *button)
{
  Press press = { button, 0 };
  gulong id = g_signal_connect (button, "clicked", G_CALLBACK (clicked_cb), &press);

  g_assert_true (gtk_widget_activate (button));
  fascia_test_wait_for (clicked, &press, "the button to be clicked");
  g_signal_handler_disconnect (button, id);
}

/* The view's own display tick, run now rather than waited for. */
static void
tick (Fixture *f,
      gboolean expect_running)
{
  g_assert_cmpint (fascia_hold_timer_view_run_timeouts (FASCIA_HOLD_TIMER_VIEW (f->view), FALSE), ==,
                   expect_running);
}

static const char *
countdown_text (Fixture *f)
{
  return gtk_label_get_text (GTK_LABEL (f->digits));
}

static const char *
status_text (Fixture *f)
{
  return gtk_label_get_text (GTK_LABEL (f->status));
}

static void
assert_spoken (Fixture    *f,
               const char *text)
{
  gtk_test_accessible_assert_property (f->countdown, GTK_ACCESSIBLE_PROPERTY_LABEL, text);
  gtk_test_accessible_assert_property (f->toggle, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text);
}

static void
test_countdown (void)
{
  Fixture f;

  fixture_setup (&f, 45, 3, 2);

  gtk_test_accessible_assert_role (f.view, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_test_accessible_assert_property (f.view, GTK_ACCESSIBLE_PROPERTY_LABEL, "Hold timer, step 2");
  g_assert_true (gtk_widget_get_focusable (f.toggle));
  g_assert_true (gtk_widget_get_focusable (f.reset));

  g_assert_cmpstr (countdown_text (&f), ==, "0:45");
  g_assert_cmpstr (status_text (&f), ==, "Hold · set 1 of 3");
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (f.toggle)), ==, "Start");
  g_assert_false (gtk_widget_get_sensitive (f.reset));
  assert_spoken (&f, "Ready to hold for 45 seconds, 3 sets");
  g_assert_nonnull (find_with_class (f.view, "hold-reminder"));

  /* Start, as Space or Enter on the focused button would. */
  press (f.toggle);
  g_assert_cmpint (fascia_hold_timer_get_state (f.timer), ==, FASCIA_HOLD_TIMER_HOLDING);
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (f.toggle)), ==, "Pause");
  g_assert_true (gtk_widget_get_sensitive (f.reset));
  assert_spoken (&f, "45 seconds left, set 1 of 3");

  /* The countdown follows the clock; screen readers hear only the moments. */
  advance (&f, 3 * SEC);
  g_assert_cmpstr (countdown_text (&f), ==, "0:42");
  assert_spoken (&f, "45 seconds left, set 1 of 3");
  advance (&f, 12 * SEC);
  g_assert_cmpstr (countdown_text (&f), ==, "0:30");
  assert_spoken (&f, "30 seconds left, set 1 of 3");
  advance (&f, 1 * SEC);
  g_assert_cmpstr (countdown_text (&f), ==, "0:29");
  assert_spoken (&f, "30 seconds left, set 1 of 3");

  /* Pause stops it. */
  g_signal_emit_by_name (f.toggle, "clicked");
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (f.toggle)), ==, "Resume");
  g_assert_cmpstr (status_text (&f), ==, "Hold paused · set 1 of 3");
  assert_spoken (&f, "Paused, 29 seconds left, set 1 of 3");
  advance (&f, 10 * SEC);
  g_assert_cmpstr (countdown_text (&f), ==, "0:29");

  /* Resume, then the end of the hold: a rest, a pulse, the next set named. */
  press (f.toggle);
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (f.toggle)), ==, "Pause");
  advance (&f, 29 * SEC);
  g_assert_cmpint (fascia_hold_timer_get_state (f.timer), ==, FASCIA_HOLD_TIMER_RESTING);
  g_assert_cmpstr (countdown_text (&f), ==, "0:15");
  g_assert_cmpstr (status_text (&f), ==, "Rest · next: set 2 of 3");
  g_assert_true (gtk_widget_has_css_class (f.countdown, "pulse"));
  assert_spoken (&f, "Rest, 15 seconds left, next: set 2 of 3");

  /* Reset returns to the full time, keeping focus inside the timer. */
  gtk_widget_grab_focus (f.reset);
  g_assert_true (gtk_window_get_focus (f.window) == f.reset);
  g_signal_emit_by_name (f.reset, "clicked");
  g_assert_cmpint (fascia_hold_timer_get_state (f.timer), ==, FASCIA_HOLD_TIMER_IDLE);
  g_assert_cmpstr (countdown_text (&f), ==, "0:45");
  g_assert_cmpstr (status_text (&f), ==, "Hold · set 1 of 3");
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (f.toggle)), ==, "Start");
  g_assert_false (gtk_widget_get_sensitive (f.reset));
  g_assert_true (gtk_window_get_focus (f.window) == f.toggle);
  assert_spoken (&f, "Ready to hold for 45 seconds, 3 sets");

  fixture_teardown (&f);
}

static void
test_ticks_while_running (void)
{
  Fixture f;

  fixture_setup (&f, 90, 1, 0);
  gtk_test_accessible_assert_property (f.view, GTK_ACCESSIBLE_PROPERTY_LABEL, "Hold timer");
  g_assert_cmpstr (countdown_text (&f), ==, "1:30");
  g_assert_cmpstr (status_text (&f), ==, "Hold");
  assert_spoken (&f, "Ready to hold for 1 minute 30 seconds");

  /* The widget's own tick reads the clock: no update call here. */
  press (f.toggle);
  f.clock.now += 20 * SEC;
  tick (&f, TRUE);
  g_assert_cmpstr (countdown_text (&f), ==, "1:10");
  assert_spoken (&f, "1 minute 30 seconds left");

  f.clock.now += 10 * SEC;
  tick (&f, TRUE);
  g_assert_cmpstr (countdown_text (&f), ==, "1:00");
  assert_spoken (&f, "1 minute left");

  /* Paused, the tick is gone and nothing moves. */
  press (f.toggle);
  f.clock.now += 20 * SEC;
  tick (&f, FALSE);
  g_assert_cmpstr (countdown_text (&f), ==, "1:00");

  /* Finishing stops it as well and says so. */
  press (f.toggle);
  f.clock.now += 60 * SEC;
  tick (&f, FALSE);
  g_assert_cmpint (fascia_hold_timer_get_state (f.timer), ==, FASCIA_HOLD_TIMER_FINISHED);
  g_assert_cmpstr (countdown_text (&f), ==, "0:00");
  g_assert_cmpstr (status_text (&f), ==, "Done");
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (f.toggle)), ==, "Start");
  assert_spoken (&f, "Done, 1 set held");

  /* The pulse fades by itself, on a timeout of its own. */
  g_assert_true (gtk_widget_has_css_class (f.countdown, "pulse"));
  g_assert_true (fascia_hold_timer_view_is_pulsing (FASCIA_HOLD_TIMER_VIEW (f.view)));
  fascia_hold_timer_view_run_timeouts (FASCIA_HOLD_TIMER_VIEW (f.view), TRUE);
  g_assert_false (gtk_widget_has_css_class (f.countdown, "pulse"));
  g_assert_false (fascia_hold_timer_view_is_pulsing (FASCIA_HOLD_TIMER_VIEW (f.view)));

  fixture_teardown (&f);
}

static void
test_dispose_while_running (void)
{
  GtkWidget *view = g_object_ref_sink (fascia_hold_timer_view_new (30, 2, 0, 1));
  FasciaHoldTimer *timer = fascia_hold_timer_view_get_timer (FASCIA_HOLD_TIMER_VIEW (view));

  /* Its timeouts go with it: nothing runs on a freed widget afterwards. */
  fascia_hold_timer_start (timer);
  g_assert_finalize_object (view);
  /* Anything still scheduled would now run on a freed widget. */
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
css_error_cb (GtkCssProvider *provider,
              GtkCssSection  *section,
              const GError   *error,
              gboolean       *failed)
{
  g_autofree char *where = gtk_css_section_to_string (section);

  g_test_message ("style.css: %s: %s", where, error->message);
  *failed = TRUE;
}

static void
test_stylesheet (void)
{
  g_autoptr(GtkCssProvider) provider = gtk_css_provider_new ();
  gboolean failed = FALSE;

  g_signal_connect (provider, "parsing-error", G_CALLBACK (css_error_cb), &failed);
  gtk_css_provider_load_from_resource (provider, "/org/fasciaapp/Fascia/style.css");
  g_assert_false (failed);
}

/* Shows @page in a window and waits until its hold timers are built. */
static GtkWindow *
show_page_timers (FasciaPage *page,
                  GPtrArray  *timers)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  GtkWidget *view = fascia_page_view_new ();

  fascia_page_view_set_library (FASCIA_PAGE_VIEW (view), library);
  gtk_window_set_default_size (window, 900, 700);
  gtk_window_set_child (window, view);
  gtk_window_present (window);
  fascia_page_view_show_page (FASCIA_PAGE_VIEW (view), page, NULL, 0);

  /* Long pages are built in parts after the first frame. */
  for (guint i = 0; i < 100 && timers->len == 0; i++)
    {
      fascia_test_iterate (1);
      collect_timers (view, timers);
    }

  return window;
}

static void
test_technique_page (void)
{
  FasciaPage *page = fascia_library_get_page (library, "technique-foam-roller");
  g_autoptr(GPtrArray) timers = g_ptr_array_new ();
  GtkWindow *window;
  FasciaHoldTimer *timer;

  g_assert_nonnull (page);
  window = show_page_timers (page, timers);

  g_assert_cmpuint (timers->len, >=, 1);
  timer = fascia_hold_timer_view_get_timer (g_ptr_array_index (timers, 0));
  g_assert_cmpuint (fascia_hold_timer_get_hold_seconds (timer), >, 0);
  g_assert_cmpuint (fascia_hold_timer_get_sets (timer), >=, 1);
  g_assert_cmpuint (fascia_hold_timer_view_get_step (g_ptr_array_index (timers, 0)), >=, 1);

  fascia_test_finalize_window (window);
}

/* The first step of @page with a hold and a rest, or NULL. */
static const FasciaBlock *
find_rest_step (FasciaPage *page,
                guint      *number)
{
  GPtrArray *sections = fascia_page_get_sections (page);

  for (guint i = 0; i < sections->len; i++)
    {
      const FasciaSection *section = g_ptr_array_index (sections, i);

      for (guint j = 0; j < section->blocks->len; j++)
        {
          const FasciaBlock *block = g_ptr_array_index (section->blocks, j);

          if (block->kind != FASCIA_BLOCK_STEPS)
            continue;
          for (guint k = 0; k < block->children->len; k++)
            {
              const FasciaBlock *step = g_ptr_array_index (block->children, k);

              if (step->hold_seconds > 0 && step->rest_seconds > 0)
                {
                  *number = k + 1;
                  return step;
                }
            }
        }
    }

  return NULL;
}

/* Exercise pages time holds, sets and the rests between them as their
 * steps say: every shipped exercise step with a rest gets a timer that
 * rests that long. */
static void
test_exercise_pages (void)
{
  g_autoptr(GPtrArray) exercises = fascia_library_dup_pages_of_type (library, FASCIA_PAGE_EXERCISE);
  guint n_checked = 0;

  g_assert_cmpuint (exercises->len, >=, 1);
  for (guint i = 0; i < exercises->len; i++)
    {
      FasciaPage *page = g_ptr_array_index (exercises, i);
      g_autoptr(GPtrArray) timers = g_ptr_array_new ();
      const FasciaBlock *step;
      guint number = 0;
      GtkWindow *window;
      gboolean found = FALSE;

      if ((step = find_rest_step (page, &number)) == NULL)
        continue;

      g_test_message ("%s, step %u", fascia_page_get_id (page), number);
      window = show_page_timers (page, timers);
      for (guint j = 0; j < timers->len; j++)
        {
          FasciaHoldTimerView *view = g_ptr_array_index (timers, j);
          FasciaHoldTimer *timer = fascia_hold_timer_view_get_timer (view);

          if (fascia_hold_timer_view_get_step (view) != number)
            continue;
          g_assert_cmpuint (fascia_hold_timer_get_hold_seconds (timer), ==, step->hold_seconds);
          g_assert_cmpuint (fascia_hold_timer_get_sets (timer), ==, MAX (step->sets, 1));
          g_assert_cmpuint (fascia_hold_timer_get_rest_seconds (timer), ==, step->rest_seconds);
          found = TRUE;
        }
      g_assert_true (found);
      fascia_test_finalize_window (window);
      n_checked++;
    }

  /* The shipped exercises do say how long to rest. */
  g_assert_cmpuint (n_checked, >=, 1);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  fascia_test_init (&argc, &argv);

  library = fascia_test_load_content ();

  g_test_add_func ("/hold-timer-view/countdown", test_countdown);
  g_test_add_func ("/hold-timer-view/ticks-while-running", test_ticks_while_running);
  g_test_add_func ("/hold-timer-view/dispose-while-running", test_dispose_while_running);
  g_test_add_func ("/hold-timer-view/stylesheet", test_stylesheet);
  g_test_add_func ("/hold-timer-view/technique-page", test_technique_page);
  g_test_add_func ("/hold-timer-view/exercise-pages", test_exercise_pages);

  status = g_test_run ();
  g_clear_object (&library);

  return status;
}
