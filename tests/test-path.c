/* test-path.c - path data parsing, bounds and hit testing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "fascia-path.h"

static FasciaPath *
parse_ok (const char *d)
{
  g_autoptr(GError) error = NULL;
  FasciaPath *path = fascia_path_parse (d, &error);

  g_assert_no_error (error);
  g_assert_nonnull (path);

  return path;
}

static void
assert_segment (const FasciaPath *path,
                guint             index,
                FasciaPathOp      op,
                double            x,
                double            y)
{
  const FasciaPathSegment *seg = fascia_path_get_segment (path, index);
  guint last = op == FASCIA_PATH_CURVE_TO ? 2 : 0;

  g_assert_cmpint (seg->op, ==, op);
  if (op != FASCIA_PATH_CLOSE)
    {
      g_assert_cmpfloat_with_epsilon (seg->x[last], x, 1e-9);
      g_assert_cmpfloat_with_epsilon (seg->y[last], y, 1e-9);
    }
}

static void
test_absolute (void)
{
  g_autoptr(FasciaPath) path = parse_ok ("M 10 20 L 30 20 H 40 V 50 C 40 60, 30 70, 20 70 Q 10 70 10 60 Z");

  g_assert_cmpuint (fascia_path_get_n_segments (path), ==, 7);
  assert_segment (path, 0, FASCIA_PATH_MOVE_TO, 10, 20);
  assert_segment (path, 1, FASCIA_PATH_LINE_TO, 30, 20);
  assert_segment (path, 2, FASCIA_PATH_LINE_TO, 40, 20);
  assert_segment (path, 3, FASCIA_PATH_LINE_TO, 40, 50);
  assert_segment (path, 4, FASCIA_PATH_CURVE_TO, 20, 70);
  assert_segment (path, 5, FASCIA_PATH_CURVE_TO, 10, 60);
  assert_segment (path, 6, FASCIA_PATH_CLOSE, 0, 0);
}

static void
test_relative (void)
{
  g_autoptr(FasciaPath) path = parse_ok ("m10,20 l20,0 h10 v30 c0,10 -10,20 -20,20 q-10,0 -10,-10 z m5,5 l1,1");
  const FasciaPathSegment *seg;

  assert_segment (path, 1, FASCIA_PATH_LINE_TO, 30, 20);
  assert_segment (path, 2, FASCIA_PATH_LINE_TO, 40, 20);
  assert_segment (path, 3, FASCIA_PATH_LINE_TO, 40, 50);
  assert_segment (path, 4, FASCIA_PATH_CURVE_TO, 20, 70);
  seg = fascia_path_get_segment (path, 4);
  g_assert_cmpfloat_with_epsilon (seg->x[0], 40, 1e-9);
  g_assert_cmpfloat_with_epsilon (seg->y[0], 60, 1e-9);
  assert_segment (path, 5, FASCIA_PATH_CURVE_TO, 10, 60);
  /* After z the current point is the subpath's start again. */
  assert_segment (path, 7, FASCIA_PATH_MOVE_TO, 15, 25);
  assert_segment (path, 8, FASCIA_PATH_LINE_TO, 16, 26);
}

static void
test_quadratic_as_cubic (void)
{
  g_autoptr(FasciaPath) path = parse_ok ("M 0 0 Q 30 60 60 0");
  const FasciaPathSegment *seg = fascia_path_get_segment (path, 1);

  /* Control points are two thirds of the way to the quadratic's one. */
  g_assert_cmpfloat_with_epsilon (seg->x[0], 20, 1e-9);
  g_assert_cmpfloat_with_epsilon (seg->y[0], 40, 1e-9);
  g_assert_cmpfloat_with_epsilon (seg->x[1], 40, 1e-9);
  g_assert_cmpfloat_with_epsilon (seg->y[1], 40, 1e-9);
}

static void
test_implicit_repeats (void)
{
  g_autoptr(FasciaPath) path = parse_ok ("M0 0 10 0 10 10L 0 10 0 5z");

  /* Pairs after a move are lines; a command letter repeats. */
  g_assert_cmpuint (fascia_path_get_n_segments (path), ==, 6);
  assert_segment (path, 1, FASCIA_PATH_LINE_TO, 10, 0);
  assert_segment (path, 2, FASCIA_PATH_LINE_TO, 10, 10);
  assert_segment (path, 4, FASCIA_PATH_LINE_TO, 0, 5);
}

static void
test_numbers (void)
{
  g_autoptr(FasciaPath) path = parse_ok ("M-1.5.5L1e1-2");

  assert_segment (path, 0, FASCIA_PATH_MOVE_TO, -1.5, 0.5);
  assert_segment (path, 1, FASCIA_PATH_LINE_TO, 10, -2);
}

static void
test_bounds (void)
{
  g_autoptr(FasciaPath) path = parse_ok ("M 10 20 L 50 20 L 50 80 Z");
  FasciaRect bounds;
  double cx, cy;

  fascia_path_get_bounds (path, &bounds);
  g_assert_cmpfloat (bounds.x, ==, 10);
  g_assert_cmpfloat (bounds.y, ==, 20);
  g_assert_cmpfloat (bounds.width, ==, 40);
  g_assert_cmpfloat (bounds.height, ==, 60);
  fascia_path_get_centre (path, &cx, &cy);
  g_assert_cmpfloat (cx, ==, 30);
  g_assert_cmpfloat (cy, ==, 50);
}

static void
test_contains_triangle (void)
{
  /* A right triangle: inside its bounds, the corner at (10, 80) is not in it. */
  g_autoptr(FasciaPath) path = parse_ok ("M 10 20 L 50 20 L 50 80 Z");

  g_assert_true (fascia_path_contains (path, 45, 30));
  g_assert_true (fascia_path_contains (path, 49, 70));
  g_assert_false (fascia_path_contains (path, 12, 78));
  g_assert_false (fascia_path_contains (path, 5, 30));
  g_assert_false (fascia_path_contains (path, 60, 50));
}

static void
test_contains_curve (void)
{
  /* A circle of radius 10 around (50, 50) from four cubic curves. */
  g_autoptr(FasciaPath) path =
    parse_ok ("M 60 50 C 60 55.5 55.5 60 50 60 C 44.5 60 40 55.5 40 50 "
              "C 40 44.5 44.5 40 50 40 C 55.5 40 60 44.5 60 50 Z");

  g_assert_true (fascia_path_contains (path, 50, 50));
  g_assert_true (fascia_path_contains (path, 57, 50));
  /* In the bounding box, outside the circle. */
  g_assert_false (fascia_path_contains (path, 41, 41));
  g_assert_false (fascia_path_contains (path, 59, 59));
}

static void
test_contains_winding (void)
{
  /* Two squares in the same direction overlap and stay filled (non-zero);
   * an inner square drawn the other way makes a hole. */
  g_autoptr(FasciaPath) same = parse_ok ("M 0 0 H 20 V 20 H 0 Z M 10 10 H 30 V 30 H 10 Z");
  g_autoptr(FasciaPath) hole = parse_ok ("M 0 0 H 30 V 30 H 0 Z M 10 10 V 20 H 20 V 10 Z");

  g_assert_true (fascia_path_contains (same, 15, 15));
  g_assert_true (fascia_path_contains (same, 25, 25));
  g_assert_true (fascia_path_contains (hole, 5, 5));
  g_assert_false (fascia_path_contains (hole, 15, 15));
}

static void
test_unclosed_counts_as_closed (void)
{
  g_autoptr(FasciaPath) path = parse_ok ("M 0 0 L 20 0 L 20 20");

  g_assert_true (fascia_path_contains (path, 15, 5));
  g_assert_false (fascia_path_contains (path, 5, 15));
}

/* After a close, a subpath without its own move starts where the closed
 * one started, as cairo draws it: here from (0,0), not from (10,10). */
static void
test_after_close (void)
{
  g_autoptr(FasciaPath) path = parse_ok ("M 0 0 L 10 0 L 10 10 Z L 20 20 L 0 20 Z");

  g_assert_true (fascia_path_contains (path, 5, 2));
  g_assert_true (fascia_path_contains (path, 2, 15));
  g_assert_false (fascia_path_contains (path, 15, 10));
}

static void
assert_parse_fails (const char *d,
                    const char *fragment)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FasciaPath) path = fascia_path_parse (d, &error);

  g_assert_null (path);
  g_assert_error (error, FASCIA_PATH_ERROR, 0);
  if (strstr (error->message, fragment) == NULL)
    g_error ("expected “%s” in “%s”", fragment, error->message);
}

static void
test_malformed (void)
{
  assert_parse_fails ("", "empty");
  assert_parse_fails ("   ", "empty");
  assert_parse_fails ("L 10 10", "must start with a move");
  assert_parse_fails ("M 10", "ends where a number was expected");
  assert_parse_fails ("M 10 x", "column 6");
  assert_parse_fails ("M 0 0 A 5 5 0 0 1 10 10", "“A”");
  assert_parse_fails ("M 0 0 L 1e400 0", "not usable");
  assert_parse_fails ("M 0 0 Z 5 5", "command letter");
  assert_parse_fails ("M 0 0 C 1 2 3 4 5", "ends where a number");
}

static void
test_too_many_segments (void)
{
  g_autoptr(GString) d = g_string_new ("M 0 0");

  for (guint i = 0; i < 5000; i++)
    g_string_append (d, " L 1 1");

  assert_parse_fails (d->str, "more than");
}

/* Bounds grow to hold every path; the first sets them. */
static void
test_add_bounds (void)
{
  g_autoptr(FasciaPath) a = parse_ok ("M 10 20 L 30 20 L 30 40 Z");
  g_autoptr(FasciaPath) b = parse_ok ("M 0 30 L 5 30 L 5 60 Z");
  FasciaRect all = { 99, 99, 1, 1 };

  fascia_path_add_bounds (&all, a, TRUE);
  g_assert_cmpfloat (all.x, ==, 10);
  g_assert_cmpfloat (all.y, ==, 20);
  g_assert_cmpfloat (all.width, ==, 20);
  g_assert_cmpfloat (all.height, ==, 20);
  fascia_path_add_bounds (&all, b, FALSE);
  g_assert_cmpfloat (all.x, ==, 0);
  g_assert_cmpfloat (all.y, ==, 20);
  g_assert_cmpfloat (all.width, ==, 30);
  g_assert_cmpfloat (all.height, ==, 40);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/path/parse/absolute", test_absolute);
  g_test_add_func ("/path/add-bounds", test_add_bounds);
  g_test_add_func ("/path/parse/relative", test_relative);
  g_test_add_func ("/path/parse/quadratic", test_quadratic_as_cubic);
  g_test_add_func ("/path/parse/implicit-repeats", test_implicit_repeats);
  g_test_add_func ("/path/parse/numbers", test_numbers);
  g_test_add_func ("/path/parse/malformed", test_malformed);
  g_test_add_func ("/path/parse/too-many-segments", test_too_many_segments);
  g_test_add_func ("/path/bounds", test_bounds);
  g_test_add_func ("/path/contains/triangle", test_contains_triangle);
  g_test_add_func ("/path/contains/curve", test_contains_curve);
  g_test_add_func ("/path/contains/winding", test_contains_winding);
  g_test_add_func ("/path/contains/unclosed", test_unclosed_counts_as_closed);
  g_test_add_func ("/path/contains/after-close", test_after_close);

  return g_test_run ();
}
