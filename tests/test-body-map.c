/* test-body-map.c - the body map model: parsing, labels, hit testing, checks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gstdio.h>

#include "fascia-body-map.h"
#include "fascia-content-error.h"
#include "fascia-library.h"
#include "fascia-page-figure.h"

#define MAP_HEAD "<?xml version=\"1.0\"?>\n" \
                 "<body-map xmlns=\"http://fasciaapp.org/ns/body-map/1\" width=\"200\" height=\"400\">\n"

/* Line 3 onwards. The outer hip is a right triangle: the corner of its
 * bounding box at (60, 140) lies outside it. The muscle lies in the left
 * buttock and sends pain to the outer hip (essential zone) and the neck
 * (spillover zone). */
static const char *small_map =
  MAP_HEAD
  "<view id=\"front\" title=\"Front\">\n"
  "<outline d=\"M 50 0 H 150 V 400 H 50 Z\"/>\n"
  "<region id=\"front-hip-left\" name=\"Outer hip\" side=\"left\" page=\"region-hip\">\n"
  "<shape d=\"M 140 100 L 160 100 L 160 140 Z\"/>\n"
  "</region>\n"
  "<region id=\"front-neck\" name=\"Neck\" side=\"centre\" page=\"region-neck\">\n"
  "<shape d=\"m 90 40 h 20 v 20 h -20 z\"/>\n"
  "</region>\n"
  "</view>\n"
  "<view id=\"back\" title=\"Back\">\n"
  "<outline d=\"M 50 0 H 150 V 400 H 50 Z\"/>\n"
  "<region id=\"back-buttock-left\" name=\"Buttock\" side=\"left\" page=\"region-buttock\">\n"
  "<shape d=\"M 60 150 Q 100 130 100 170 Q 100 200 60 190 Z\"/>\n"
  "</region>\n"
  "</view>\n"
  "<muscle page=\"muscle-x\" side=\"left\" regions=\"back-buttock-left\">\n"
  "<shape view=\"back\" d=\"M 70 160 h 10 v 10 h -10 z\"/>\n"
  "<zone kind=\"essential\" regions=\"front-hip-left\"/>\n"
  "<zone kind=\"spillover\" regions=\"front-neck\"/>\n"
  "</muscle>\n"
  "<place id=\"groin-crease\">\n"
  "<shape view=\"front\" d=\"M 95 200 h 10 v 5 h -10 z\"/>\n"
  "</place>\n"
  "</body-map>\n";

static GPtrArray *
new_problems (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify)g_error_free);
}

static FasciaBodyMap *
parse_map (const char *xml,
           GPtrArray  *problems)
{
  return fascia_body_map_parse_data (xml, strlen (xml), "map.xml", problems);
}

static void
assert_only_problem (GPtrArray          *problems,
                     FasciaContentError  code,
                     const char         *prefix)
{
  const GError *error;

  for (guint i = 0; i < problems->len; i++)
    g_test_message ("%s", ((GError *)g_ptr_array_index (problems, i))->message);
  g_assert_cmpuint (problems->len, ==, 1);
  error = g_ptr_array_index (problems, 0);
  g_assert_error (error, FASCIA_CONTENT_ERROR, (int)code);
  if (!g_str_has_prefix (error->message, prefix))
    g_error ("expected “%s…”, got “%s”", prefix, error->message);
}

static void
test_parse (void)
{
  g_autoptr(GPtrArray) problems = new_problems ();
  g_autoptr(FasciaBodyMap) map = parse_map (small_map, problems);
  const FasciaBodyRegion *hip, *neck, *buttock;
  GPtrArray *views;

  g_assert_nonnull (map);
  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_cmpfloat (fascia_body_map_get_width (map), ==, 200);
  g_assert_cmpfloat (fascia_body_map_get_height (map), ==, 400);

  views = fascia_body_map_get_views (map);
  g_assert_cmpuint (views->len, ==, 2);
  g_assert_cmpuint (fascia_body_map_get_n_regions (map), ==, 3);

  hip = fascia_body_map_find_region (map, "front-hip-left");
  g_assert_nonnull (hip);
  g_assert_cmpint (hip->side, ==, FASCIA_SIDE_LEFT);
  g_assert_cmpstr (hip->page_id, ==, "region-hip");
  g_assert_cmpstr (hip->label, ==, "Outer hip, your left, front");
  g_assert_cmpuint (hip->line, ==, 5);
  g_assert_false (hip->stand_in);

  neck = fascia_body_map_find_region (map, "front-neck");
  g_assert_cmpint (neck->side, ==, FASCIA_SIDE_CENTRE);
  g_assert_cmpstr (neck->label, ==, "Neck, front");

  buttock = fascia_body_map_find_region (map, "back-buttock-left");
  g_assert_cmpstr (buttock->label, ==, "Buttock, your left, back");
  g_assert_true (buttock->view == g_ptr_array_index (views, 1));
}

static void
test_hit_test (void)
{
  g_autoptr(GPtrArray) problems = new_problems ();
  g_autoptr(FasciaBodyMap) map = parse_map (small_map, problems);
  const FasciaBodyRegion *hit;

  hit = fascia_body_map_hit_test (map, "front", 158, 102);
  g_assert_nonnull (hit);
  g_assert_cmpstr (hit->id, ==, "front-hip-left");
  /* Inside the triangle's bounding box, outside the triangle. */
  g_assert_null (fascia_body_map_hit_test (map, "front", 142, 138));
  /* The same point on the other view finds nothing either. */
  g_assert_null (fascia_body_map_hit_test (map, "back", 158, 102));
  g_assert_cmpstr (fascia_body_map_hit_test (map, "front", 100, 50)->id, ==, "front-neck");
  g_assert_cmpstr (fascia_body_map_hit_test (map, "back", 80, 165)->id, ==, "back-buttock-left");
}

static void
test_regions_for_page (void)
{
  g_autoptr(GPtrArray) problems = new_problems ();
  g_autoptr(FasciaBodyMap) map = parse_map (small_map, problems);
  g_autoptr(GPtrArray) regions = fascia_body_map_dup_regions_for_page (map, "region-neck");
  g_autoptr(GPtrArray) none = fascia_body_map_dup_regions_for_page (map, "nothing");

  g_assert_cmpuint (regions->len, ==, 1);
  g_assert_cmpuint (none->len, ==, 0);
}

static char *
replace (const char *text,
         const char *from,
         const char *to)
{
  g_auto(GStrv) parts = g_strsplit (text, from, 2);

  g_assert_nonnull (parts[1]);
  return g_strjoinv (to, parts);
}

static void
test_malformed_path (void)
{
  g_autoptr(GPtrArray) problems = new_problems ();
  g_autofree char *xml = replace (small_map, "m 90 40 h 20", "m 90 40 h twenty");
  g_autoptr(FasciaBodyMap) map = parse_map (xml, problems);

  g_assert_null (map);
  assert_only_problem (problems, FASCIA_CONTENT_ERROR_INVALID,
                       "map.xml:9: expected a number at column 11 of the path data");
}

static void
test_duplicate_region (void)
{
  g_autoptr(GPtrArray) problems = new_problems ();
  g_autofree char *no_neck = replace (small_map, "<zone kind=\"spillover\" regions=\"front-neck\"/>", "");
  g_autofree char *xml = replace (no_neck, "id=\"front-neck\"", "id=\"front-hip-left\"");
  g_autoptr(FasciaBodyMap) map = parse_map (xml, problems);

  g_assert_null (map);
  assert_only_problem (problems, FASCIA_CONTENT_ERROR_DUPLICATE_ID, "map.xml:8: a region with id");
}

/* Which muscles a region's pain may come from is worked out from their
 * patterns, essential zones first; "from" is where those muscles lie. */
static void
test_sources (void)
{
  g_autoptr(GPtrArray) problems = new_problems ();
  g_autoptr(FasciaBodyMap) map = parse_map (small_map, problems);
  const FasciaBodyRegion *hip = fascia_body_map_find_region (map, "front-hip-left");
  const FasciaBodyRegion *neck = fascia_body_map_find_region (map, "front-neck");
  const FasciaBodyRegion *buttock = fascia_body_map_find_region (map, "back-buttock-left");
  const FasciaBodyMuscle *muscle;
  const FasciaBodySource *source;
  const FasciaBodyShape *shape;

  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_cmpuint (fascia_body_map_get_muscles (map)->len, ==, 1);
  muscle = fascia_body_map_find_muscle (map, "muscle-x", FASCIA_SIDE_LEFT);
  g_assert_nonnull (muscle);
  g_assert_null (fascia_body_map_find_muscle (map, "muscle-x", FASCIA_SIDE_RIGHT));
  g_assert_cmpuint (muscle->line, ==, 18);
  g_assert_cmpuint (muscle->regions->len, ==, 1);
  g_assert_true (g_ptr_array_index (muscle->regions, 0) == buttock);
  g_assert_cmpuint (muscle->shapes->len, ==, 1);
  shape = g_ptr_array_index (muscle->shapes, 0);
  g_assert_true (shape->view == buttock->view);
  g_assert_true (fascia_path_contains (shape->path, 75, 165));

  g_assert_cmpuint (hip->sources->len, ==, 1);
  source = g_ptr_array_index (hip->sources, 0);
  g_assert_true (source->muscle == muscle);
  g_assert_cmpint (source->zone, ==, FASCIA_ZONE_ESSENTIAL);
  g_assert_cmpuint (hip->from->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (hip->from, 0), ==, "back-buttock-left");

  source = g_ptr_array_index (neck->sources, 0);
  g_assert_cmpint (source->zone, ==, FASCIA_ZONE_SPILLOVER);
  g_assert_cmpuint (buttock->sources->len, ==, 0);
  g_assert_cmpuint (buttock->from->len, ==, 0);

  g_assert_cmpuint (fascia_body_map_get_places (map)->len, ==, 1);
  g_assert_nonnull (fascia_body_map_find_place (map, "groin-crease"));
  g_assert_null (fascia_body_map_find_place (map, "eyes"));
  g_assert_true (fascia_body_map_find_view (map, "back") == buttock->view);
  g_assert_null (fascia_body_map_find_view (map, "side"));
}

/* A region or view a muscle names that the map does not have is a
 * problem, left out; the map still shows. */
static void
test_dangling_names (void)
{
  struct {
    const char *from;
    const char *to;
    const char *problem;
  } cases[] = {
    { "<zone kind=\"essential\" regions=\"front-hip-left\"/>", "<zone kind=\"essential\" regions=\"front-hip-left front-elbow\"/>",
      "map.xml:20: regions=\"…\" names the region “front-elbow”, which the map does not have" },
    { "<shape view=\"back\" d=\"M 70 160", "<shape view=\"side\" d=\"M 70 160",
      "map.xml:19: a shape is drawn on the view “side”, which the map does not have" },
    { "<zone kind=\"spillover\" regions=\"front-neck\"/>", "<zone kind=\"spillover\" regions=\"front-hip-left\"/>",
      "map.xml:18: the region “front-hip-left” is in both the essential and the spillover zone of “muscle-x”" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) problems = new_problems ();
      g_autofree char *xml = replace (small_map, cases[i].from, cases[i].to);
      g_autoptr(FasciaBodyMap) map = parse_map (xml, problems);

      g_assert_nonnull (map);
      assert_only_problem (problems, problems->len > 0 ? ((GError *)g_ptr_array_index (problems, 0))->code : 0,
                           cases[i].problem);
    }
}

/* Two regions a screen reader would name alike. */
static void
test_duplicate_label (void)
{
  g_autoptr(GPtrArray) problems = new_problems ();
  g_autofree char *xml = replace (small_map, "name=\"Neck\" side=\"centre\"", "name=\"Outer hip\" side=\"left\"");
  g_autoptr(FasciaBodyMap) map = parse_map (xml, problems);

  g_assert_nonnull (map);
  assert_only_problem (problems, FASCIA_CONTENT_ERROR_DUPLICATE_ID,
                       "map.xml:8: another region is also called “Outer hip, your left, front”");
}

/* A place is drawn once. */
static void
test_duplicate_place (void)
{
  g_autoptr(GPtrArray) problems = new_problems ();
  g_autofree char *xml = replace (small_map, "</body-map>",
                                  "<place id=\"groin-crease\"><shape view=\"front\" d=\"M 0 0 h 1 v 1 z\"/></place></body-map>");
  g_autoptr(FasciaBodyMap) map = parse_map (xml, problems);

  g_assert_null (map);
  assert_only_problem (problems, FASCIA_CONTENT_ERROR_DUPLICATE_ID, "map.xml:26: a place with id “groin-crease”");
}

static void
test_bad_side (void)
{
  g_autoptr(GPtrArray) problems = new_problems ();
  g_autofree char *xml = replace (small_map, "side=\"centre\"", "side=\"middle\"");
  g_autoptr(FasciaBodyMap) map = parse_map (xml, problems);

  g_assert_null (map);
  assert_only_problem (problems, FASCIA_CONTENT_ERROR_SCHEMA, "map.xml:8: ");
}

static void
test_doctype_refused (void)
{
  g_autoptr(GPtrArray) problems = new_problems ();
  g_autoptr(FasciaBodyMap) map =
    parse_map ("<?xml version=\"1.0\"?>\n<!DOCTYPE body-map [<!ENTITY x \"y\">]>\n<body-map/>\n", problems);

  g_assert_null (map);
  assert_only_problem (problems, FASCIA_CONTENT_ERROR_FORBIDDEN, "map.xml:2: DOCTYPE");
}

/* The shipped map, read with the pages it opens. */
static FasciaLibrary *
load_shipped (void)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "..", "content", NULL);
  g_autoptr(GError) error = NULL;
  FasciaLibrary *library = fascia_library_load (dir, &error);

  g_assert_no_error (error);
  g_assert_nonnull (fascia_library_get_body_map (library));
  return library;
}

static gboolean
in_outline (FasciaBodyView *view,
            double          x,
            double          y)
{
  for (guint o = 0; o < view->outlines->len; o++)
    if (fascia_path_contains (g_ptr_array_index (view->outlines, o), x, y))
      return TRUE;

  return FALSE;
}

static void
view_bounds (FasciaBodyView *view,
             FasciaRect     *bounds)
{
  for (guint o = 0; o < view->outlines->len; o++)
    {
      FasciaRect b;
      double x1, y1;

      fascia_path_get_bounds (g_ptr_array_index (view->outlines, o), &b);
      if (o == 0)
        {
          *bounds = b;
          continue;
        }
      x1 = MAX (bounds->x + bounds->width, b.x + b.width);
      y1 = MAX (bounds->y + bounds->height, b.y + b.height);
      bounds->x = MIN (bounds->x, b.x);
      bounds->y = MIN (bounds->y, b.y);
      bounds->width = x1 - bounds->x;
      bounds->height = y1 - bounds->y;
    }
}

/* The grid the tiling is sampled on: half a unit, offset so that no sample
 * falls exactly on a border written with two decimals. */
#define GRID_STEP 0.5
#define GRID_DX   0.123
#define GRID_DY   0.217

/* Every point inside a view's outline is in exactly one region, and no
 * region reaches outside the outline. */
static void
test_shipped_tiling (void)
{
  g_autoptr(FasciaLibrary) library = load_shipped ();
  GPtrArray *views = fascia_body_map_get_views (fascia_library_get_body_map (library));

  for (guint v = 0; v < views->len; v++)
    {
      FasciaBodyView *view = g_ptr_array_index (views, v);
      FasciaRect bounds = { 0 };
      guint n_inside = 0;

      view_bounds (view, &bounds);
      for (double y = bounds.y - 2 + GRID_DY; y < bounds.y + bounds.height + 2; y += GRID_STEP)
        for (double x = bounds.x - 2 + GRID_DX; x < bounds.x + bounds.width + 2; x += GRID_STEP)
          {
            gboolean inside = in_outline (view, x, y);
            const FasciaBodyRegion *hit = NULL;
            guint n_hits = 0;

            for (guint r = 0; r < view->regions->len; r++)
              {
                const FasciaBodyRegion *region = g_ptr_array_index (view->regions, r);

                if (fascia_path_contains (region->shape, x, y))
                  {
                    n_hits++;
                    hit = region;
                  }
              }

            if (inside && n_hits != 1)
              g_error ("%s view, (%.3f, %.3f): inside the outline, in %u regions", view->id, x, y, n_hits);
            if (!inside && n_hits != 0)
              g_error ("%s view, (%.3f, %.3f): outside the outline, in region %s", view->id, x, y, hit->id);
            n_inside += inside;
          }

      g_test_message ("%s view: %u samples inside the outline, each in one region", view->id, n_inside);
      g_assert_cmpuint (n_inside, >, 10000);
    }
}

/* The default scale of the map on screen, in pixels per map unit, and the
 * smallest control a pointer or finger should have to hit there. */
#define DEFAULT_SCALE  1.3
#define MIN_TARGET_PX  24.0

/* Whether a square of @side units fits inside @region: the region is laid
 * on a grid, and a summed-area table says whether any square of cells is
 * all inside. */
static gboolean
square_fits (const FasciaBodyRegion *region,
             double                  side)
{
  FasciaRect b;
  guint nx, ny, n = (guint)ceil (side / GRID_STEP) + 1;
  g_autofree guint *sum = NULL;

  fascia_path_get_bounds (region->shape, &b);
  nx = (guint)(b.width / GRID_STEP) + 2;
  ny = (guint)(b.height / GRID_STEP) + 2;
  sum = g_new0 (guint, (nx + 1) * (ny + 1));

  for (guint j = 0; j < ny; j++)
    for (guint i = 0; i < nx; i++)
      {
        double x = b.x + i * GRID_STEP + GRID_DX / 4;
        double y = b.y + j * GRID_STEP + GRID_DY / 4;
        guint in = fascia_path_contains (region->shape, x, y);

        sum[(j + 1) * (nx + 1) + i + 1] = in + sum[j * (nx + 1) + i + 1] + sum[(j + 1) * (nx + 1) + i]
                                          - sum[j * (nx + 1) + i];
      }

  for (guint j = 0; j + n <= ny; j++)
    for (guint i = 0; i + n <= nx; i++)
      {
        guint total = sum[(j + n) * (nx + 1) + i + n] - sum[j * (nx + 1) + i + n]
                      - sum[(j + n) * (nx + 1) + i] + sum[j * (nx + 1) + i];

        if (total == n * n)
          return TRUE;
      }

  return FALSE;
}

/* A point well inside @region: the inside grid point nearest the middle of
 * its bounds. */
static void
interior_point (const FasciaBodyRegion *region,
                double                 *px,
                double                 *py)
{
  FasciaRect b;
  double best = G_MAXDOUBLE;

  fascia_path_get_bounds (region->shape, &b);
  for (double y = b.y + GRID_DY; y < b.y + b.height; y += GRID_STEP)
    for (double x = b.x + GRID_DX; x < b.x + b.width; x += GRID_STEP)
      {
        double dx = x - (b.x + b.width / 2), dy = y - (b.y + b.height / 2);

        if (dx * dx + dy * dy < best && fascia_path_contains (region->shape, x, y))
          {
            best = dx * dx + dy * dy;
            *px = x;
            *py = y;
          }
      }

  g_assert_cmpfloat (best, <, G_MAXDOUBLE);
}

static void
test_shipped_map (void)
{
  g_autoptr(FasciaLibrary) library = load_shipped ();
  FasciaBodyMap *map = fascia_library_get_body_map (library);
  GPtrArray *problems = fascia_library_get_problems (library);
  GPtrArray *views = fascia_body_map_get_views (map);
  double min_side = MIN_TARGET_PX / DEFAULT_SCALE;
  guint n_left = 0, n_right = 0, n_stand_in = 0;

  for (guint i = 0; i < problems->len; i++)
    g_test_message ("%s", ((GError *)g_ptr_array_index (problems, i))->message);
  g_assert_cmpuint (problems->len, ==, 0);

  g_assert_cmpuint (views->len, ==, 2);
  g_assert_cmpuint (fascia_body_map_get_n_regions (map), >=, 60);

  for (guint v = 0; v < views->len; v++)
    {
      FasciaBodyView *view = g_ptr_array_index (views, v);

      for (guint r = 0; r < view->regions->len; r++)
        {
          FasciaBodyRegion *region = g_ptr_array_index (view->regions, r);
          FasciaPage *page = fascia_library_get_page (library, region->page_id);
          double x = 0, y = 0;

          /* Every region opens a page: its own region page, or one that
           * stands in for it until it has one. */
          g_assert_nonnull (page);
          if (!region->stand_in)
            g_assert_cmpint (fascia_page_get_page_type (page), ==, FASCIA_PAGE_REGION);
          n_stand_in += region->stand_in;
          n_left += region->side == FASCIA_SIDE_LEFT;
          n_right += region->side == FASCIA_SIDE_RIGHT;

          /* A point inside it hits it, and nothing else. */
          interior_point (region, &x, &y);
          g_assert_true (fascia_body_map_hit_test (map, view->id, x, y) == region);

          /* Big enough to hit at the default size. */
          if (!square_fits (region, min_side))
            g_error ("%s: no %.1f-unit square (%.0f px at the default size) fits inside",
                     region->id, min_side, MIN_TARGET_PX);
        }
    }

  /* Left and right come in pairs. */
  g_assert_cmpuint (n_left, ==, n_right);
  g_test_message ("%u regions, %u with a page standing in", fascia_body_map_get_n_regions (map), n_stand_in);
}

/* Whether every vertex of @path lies inside @view's outline, with a
 * little room for the rounding of shapes drawn right up to it. */
static gboolean
path_inside (FasciaBodyView   *view,
             const FasciaPath *path)
{
  double cx, cy;

  fascia_path_get_centre (path, &cx, &cy);
  for (guint i = 0; i < fascia_path_get_n_segments (path); i++)
    {
      const FasciaPathSegment *segment = fascia_path_get_segment (path, i);
      double x = segment->x[0], y = segment->y[0];

      if (segment->op == FASCIA_PATH_CLOSE)
        continue;
      /* A point a hair towards the centre, so that a vertex on the
       * outline itself counts as inside. */
      x += (cx - x) * 0.01;
      y += (cy - y) * 0.01;
      if (!in_outline (view, x, y))
        return FALSE;
    }

  return TRUE;
}

/* Every muscle page has its muscle drawn on both sides, inside the figure,
 * with an essential zone; every place never to press is drawn inside. */
static void
test_shipped_muscles_and_places (void)
{
  g_autoptr(FasciaLibrary) library = load_shipped ();
  FasciaBodyMap *map = fascia_library_get_body_map (library);
  g_autoptr(GPtrArray) pages = fascia_library_dup_pages_of_type (library, FASCIA_PAGE_MUSCLE);
  GPtrArray *muscles = fascia_body_map_get_muscles (map);
  GPtrArray *places = fascia_body_map_get_places (map);
  guint n_muscle_pages = 0;

  for (guint i = 0; i < pages->len; i++)
    {
      FasciaPage *page = g_ptr_array_index (pages, i);

      n_muscle_pages++;
      g_assert_nonnull (fascia_body_map_find_muscle (map, fascia_page_get_id (page), FASCIA_SIDE_RIGHT));
      g_assert_nonnull (fascia_body_map_find_muscle (map, fascia_page_get_id (page), FASCIA_SIDE_LEFT));
    }
  g_assert_cmpuint (muscles->len, ==, 2 * n_muscle_pages);

  for (guint m = 0; m < muscles->len; m++)
    {
      const FasciaBodyMuscle *muscle = g_ptr_array_index (muscles, m);

      g_assert_cmpuint (muscle->regions->len, >, 0);
      g_assert_cmpuint (muscle->zones[FASCIA_ZONE_ESSENTIAL]->len, >, 0);
      g_assert_cmpuint (muscle->shapes->len, >, 0);
      for (guint s = 0; s < muscle->shapes->len; s++)
        {
          const FasciaBodyShape *shape = g_ptr_array_index (muscle->shapes, s);

          if (!path_inside (shape->view, shape->path))
            g_error ("%s (%s side): its shape on the %s view reaches outside the figure",
                     muscle->page_id, fascia_side_get_label (muscle->side), shape->view->id);
        }
    }

  g_assert_cmpuint (places->len, >=, 13);
  for (guint p = 0; p < places->len; p++)
    {
      const FasciaBodyPlace *place = g_ptr_array_index (places, p);

      g_assert_cmpuint (place->shapes->len, >, 0);
      for (guint s = 0; s < place->shapes->len; s++)
        {
          const FasciaBodyShape *shape = g_ptr_array_index (place->shapes, s);

          if (!path_inside (shape->view, shape->path))
            g_error ("%s: its shape on the %s view reaches outside the figure", place->id, shape->view->id);
        }
    }
}

static void
write_file (const char *dir,
            const char *name,
            const char *contents)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
}

static char *
page_xml (const char *id,
          const char *type)
{
  const char *extra = g_str_equal (type, "region")
    ? "<section id=\"f\" role=\"red-flags\"><title>F</title><red-flags urgency=\"emergency\"><flag>x <cite ref=\"s1\"/></flag></red-flags>"
      "<red-flags urgency=\"soon\"><flag>y <cite ref=\"s1\"/></flag></red-flags>"
      "<referrers><referrer page=\"muscle-x\" zone=\"essential\">x</referrer></referrers></section>"
    : "<section id=\"c\" role=\"self-care\"><title>C</title><steps area=\"region-hip\"><step>Lean.</step></steps></section>";

  return g_strdup_printf ("<?xml version=\"1.0\"?>\n"
                          "<page xmlns=\"http://fasciaapp.org/ns/page/1\" id=\"%s\" type=\"%s\">\n"
                          "<title>%s</title><summary>S</summary><section id=\"a\"><title>A</title>\n"
                          "<p>x <cite ref=\"s1\"/> <link to=\"muscle-x\">m</link> <link to=\"region-neck\">n</link></p>"
                          "</section>%s<sources><source id=\"s1\"><authors>A</authors><year>2001</year>"
                          "<title>T</title><venue>V</venue></source></sources></page>\n",
                          id, type, id, extra);
}

static void
test_library_checks_map (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("fascia-map-XXXXXX", &error);
  g_autoptr(FasciaLibrary) library = NULL;
  g_autofree char *hip = page_xml ("region-hip", "region");
  g_autofree char *neck = page_xml ("region-neck", "muscle");
  g_autofree char *lonely = page_xml ("region-knee", "region");
  g_autofree char *muscle = page_xml ("muscle-x", "muscle");
  GPtrArray *problems;
  const char *expected[] = {
    "body-map.xml:14: region “back-buttock-left” opens “region-buttock”, which no page has",
    "body-map.xml:8: region “front-neck” opens “region-neck”, a page of type=\"muscle\", not a region page",
    "body-map.xml:23: the place “groin-crease” is drawn, but the page “places-never-to-press” has no place by that id",
    "region-knee.xml:2: no region of the body map opens the region page “region-knee”",
    "region-neck.xml:2: the muscle page “region-neck” has no muscle drawn on the body map",
    "region-knee.xml:2: no other page links to “region-knee”",
  };

  g_assert_no_error (error);
  write_file (dir, "body-map.xml", small_map);
  write_file (dir, "region-hip.xml", hip);
  write_file (dir, "region-neck.xml", neck);
  write_file (dir, "region-knee.xml", lonely);
  write_file (dir, "muscle-x.xml", muscle);

  library = fascia_library_load (dir, &error);
  g_assert_no_error (error);
  g_assert_nonnull (fascia_library_get_body_map (library));
  /* The map is not a page. */
  g_assert_cmpuint (fascia_library_get_n_pages (library), ==, 4);

  problems = fascia_library_get_problems (library);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      gboolean found = FALSE;

      for (guint j = 0; j < problems->len; j++)
        found |= strstr (((GError *)g_ptr_array_index (problems, j))->message, expected[i]) != NULL;

      if (!found)
        g_error ("no problem reads “%s”", expected[i]);
    }
  for (guint j = 0; j < problems->len; j++)
    g_test_message ("%s", ((GError *)g_ptr_array_index (problems, j))->message);
  g_assert_cmpuint (problems->len, ==, G_N_ELEMENTS (expected));

  /* What the pictures show and say, and where a region's pain may come
   * from, in words. */
  {
    FasciaBodyMap *map = fascia_library_get_body_map (library);
    g_autoptr(FasciaPageFigure) muscle_figure = fascia_page_figure_new (library, fascia_library_get_page (library, "muscle-x"));
    g_autoptr(FasciaPageFigure) hip_figure = fascia_page_figure_new (library, fascia_library_get_page (library, "region-hip"));
    g_autoptr(FasciaPageFigure) none = fascia_page_figure_new (library, fascia_library_get_page (library, "region-knee"));
    g_autofree char *muscle_text = NULL;
    g_autofree char *hip_text = NULL;
    g_autofree char *hip_sources = NULL;
    g_autofree char *neck_sources = NULL;
    g_autofree char *buttock_sources = NULL;

    g_assert_nonnull (muscle_figure);
    g_assert_true (muscle_figure->muscle == fascia_body_map_find_muscle (map, "muscle-x", FASCIA_SIDE_LEFT));
    muscle_text = fascia_page_figure_dup_description (muscle_figure, library);
    g_assert_cmpstr (muscle_text, ==,
                     "The figure shows muscle-x where it lies, in the buttock. Its pain is commonly described in "
                     "the outer hip (solid red: the main zone). It sometimes reaches the neck (red dots: the "
                     "spillover zone).");

    g_assert_nonnull (hip_figure);
    hip_text = fascia_page_figure_dup_description (hip_figure, library);
    g_assert_cmpstr (hip_text, ==, "The figure highlights the outer hip.");
    g_assert_null (none);

    hip_sources = fascia_body_region_dup_sources_text (library, fascia_body_map_find_region (map, "front-hip-left"));
    g_assert_cmpstr (hip_sources, ==, "Pain in the outer hip on your left is commonly described as coming from "
                                      "muscle-x. This is not a diagnosis.");
    neck_sources = fascia_body_region_dup_sources_text (library, fascia_body_map_find_region (map, "front-neck"));
    g_assert_cmpstr (neck_sources, ==, "Pain in the neck is sometimes described as coming from muscle-x. "
                                       "This is not a diagnosis.");
    buttock_sources = fascia_body_region_dup_sources_text (library, fascia_body_map_find_region (map, "back-buttock-left"));
    g_assert_cmpstr (buttock_sources, ==, "No muscle on the map is commonly described as sending pain to the "
                                          "buttock on your left.");
  }

  for (guint i = 0; i < 5; i++)
    {
      const char *names[] = { "body-map.xml", "region-hip.xml", "region-neck.xml", "region-knee.xml", "muscle-x.xml" };
      g_autofree char *path = g_build_filename (dir, names[i], NULL);

      g_remove (path);
    }
  g_rmdir (dir);
}

/* A library of the small map and @n pages named @names with @contents, in
 * a folder of its own (removed by remove_fixture()). */
static FasciaLibrary *
load_map_fixture (const char * const *names,
                  const char * const *contents,
                  guint               n,
                  char              **dir)
{
  g_autoptr(GError) error = NULL;
  FasciaLibrary *library;

  *dir = g_dir_make_tmp ("fascia-map-XXXXXX", &error);
  g_assert_no_error (error);
  write_file (*dir, "body-map.xml", small_map);
  for (guint i = 0; i < n; i++)
    write_file (*dir, names[i], contents[i]);

  library = fascia_library_load (*dir, &error);
  g_assert_no_error (error);
  return library;
}

static void
remove_fixture (char               *dir,
                const char * const *names,
                guint               n)
{
  g_autofree char *map = g_build_filename (dir, "body-map.xml", NULL);

  g_remove (map);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *path = g_build_filename (dir, names[i], NULL);

      g_remove (path);
    }
  g_rmdir (dir);
  g_free (dir);
}

/* How many of @library's problems hold @fragment; each goes to the log. */
static guint
count_problems (FasciaLibrary *library,
                const char    *fragment)
{
  GPtrArray *problems = fascia_library_get_problems (library);
  guint found = 0;

  for (guint j = 0; j < problems->len; j++)
    {
      const char *message = ((GError *)g_ptr_array_index (problems, j))->message;

      g_test_message ("%s", message);
      found += strstr (message, fragment) != NULL;
    }

  return found;
}

/* A region page and the body map say the same of a muscle's pattern. */
static void
test_referrer_zones (void)
{
  g_autofree char *hip = page_xml ("region-hip", "region");
  g_autofree char *muscle = page_xml ("muscle-x", "muscle");
  g_autofree char *spillover = replace (hip, "zone=\"essential\"", "zone=\"spillover\"");
  const char * const names[] = { "region-hip.xml", "muscle-x.xml" };
  const char * const contents[] = { spillover, muscle };
  char *dir = NULL;
  g_autoptr(FasciaLibrary) library = load_map_fixture (names, contents, G_N_ELEMENTS (names), &dir);

  g_assert_cmpuint (count_problems (library, "region-hip.xml:4: “muscle-x” is listed here in its spillover zone, "
                                             "but the body map draws this area in its essential zone"), ==, 1);
  remove_fixture (dir, names, G_N_ELEMENTS (names));
}

/* A muscle the map sends to a region page's area is listed on that page:
 * a page that lists another muscle instead is told which is missing. */
static void
test_referrers_complete (void)
{
  g_autofree char *hip = page_xml ("region-hip", "region");
  g_autofree char *muscle = page_xml ("muscle-x", "muscle");
  g_autofree char *other = page_xml ("muscle-w", "muscle");
  g_autofree char *without_x = replace (hip, "<referrer page=\"muscle-x\"", "<referrer page=\"muscle-w\"");
  const char * const names[] = { "region-hip.xml", "muscle-x.xml", "muscle-w.xml" };
  const char * const contents[] = { without_x, muscle, other };
  char *dir = NULL;
  g_autoptr(FasciaLibrary) library = load_map_fixture (names, contents, G_N_ELEMENTS (names), &dir);

  /* Once, though two regions (both sides) send it here. */
  g_assert_cmpuint (count_problems (library, "region-hip.xml:4: the body map draws “muscle-x” sending pain to the "
                                             "outer hip (its essential zone), but this page’s <referrers> do not "
                                             "list it"), ==, 1);
  remove_fixture (dir, names, G_N_ELEMENTS (names));
}

/* Lists read as in running text, and names as inside a sentence. */
static void
test_words (void)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new ();
  g_autofree char *none = NULL, *one = NULL, *two = NULL, *three = NULL;
  g_autofree char *hip = fascia_dup_name_in_sentence ("Outer hip");
  g_autofree char *si = fascia_dup_name_in_sentence ("SI joints");
  g_autofree char *accent = fascia_dup_name_in_sentence ("Épaule");

  none = fascia_dup_and_list (items);
  g_ptr_array_add (items, (char *)"a");
  one = fascia_dup_and_list (items);
  g_ptr_array_add (items, (char *)"b");
  two = fascia_dup_and_list (items);
  g_ptr_array_add (items, (char *)"c");
  three = fascia_dup_and_list (items);

  g_assert_cmpstr (none, ==, "");
  g_assert_cmpstr (one, ==, "a");
  g_assert_cmpstr (two, ==, "a and b");
  g_assert_cmpstr (three, ==, "a, b and c");
  g_assert_cmpstr (hip, ==, "outer hip");
  g_assert_cmpstr (si, ==, "SI joints");
  g_assert_cmpstr (accent, ==, "épaule");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/body-map/parse", test_parse);
  g_test_add_func ("/body-map/hit-test", test_hit_test);
  g_test_add_func ("/body-map/regions-for-page", test_regions_for_page);
  g_test_add_func ("/body-map/errors/malformed-path", test_malformed_path);
  g_test_add_func ("/body-map/errors/duplicate-region", test_duplicate_region);
  g_test_add_func ("/body-map/sources", test_sources);
  g_test_add_func ("/body-map/errors/dangling-names", test_dangling_names);
  g_test_add_func ("/body-map/errors/duplicate-label", test_duplicate_label);
  g_test_add_func ("/body-map/errors/duplicate-place", test_duplicate_place);
  g_test_add_func ("/body-map/errors/bad-side", test_bad_side);
  g_test_add_func ("/body-map/errors/doctype", test_doctype_refused);
  g_test_add_func ("/body-map/shipped", test_shipped_map);
  g_test_add_func ("/body-map/shipped/tiling", test_shipped_tiling);
  g_test_add_func ("/body-map/shipped/muscles-and-places", test_shipped_muscles_and_places);
  g_test_add_func ("/body-map/library-checks", test_library_checks_map);
  g_test_add_func ("/body-map/words", test_words);
  g_test_add_func ("/body-map/referrer-zones", test_referrer_zones);
  g_test_add_func ("/body-map/referrers-complete", test_referrers_complete);

  return g_test_run ();
}
