/* test-body-map.c - the body map model: parsing, labels, hit testing, checks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "fascia-body-map.h"
#include "fascia-content-error.h"
#include "fascia-library.h"

#define MAP_HEAD "<?xml version=\"1.0\"?>\n" \
                 "<body-map xmlns=\"http://fasciaapp.org/ns/body-map/1\" width=\"200\" height=\"400\">\n"

/* Line 3 onwards. The outer hip is a right triangle: the corner of its
 * bounding box at (60, 140) lies outside it. */
static const char *small_map =
  MAP_HEAD
  "<view id=\"front\" title=\"Front\">\n"
  "<outline d=\"M 50 0 H 150 V 400 H 50 Z\"/>\n"
  "<region id=\"front-hip-left\" name=\"Outer hip\" side=\"left\" page=\"region-hip\">\n"
  "<shape d=\"M 140 100 L 160 100 L 160 140 Z\"/>\n"
  "<from region=\"back-buttock-left\"/>\n"
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
  g_assert_cmpuint (hip->from->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (hip->from, 0), ==, "back-buttock-left");

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
                       "map.xml:10: expected a number at column 11 of the path data");
}

static void
test_duplicate_region (void)
{
  g_autoptr(GPtrArray) problems = new_problems ();
  g_autofree char *xml = replace (small_map, "id=\"front-neck\"", "id=\"front-hip-left\"");
  g_autoptr(FasciaBodyMap) map = parse_map (xml, problems);

  g_assert_null (map);
  assert_only_problem (problems, FASCIA_CONTENT_ERROR_DUPLICATE_ID, "map.xml:9: a region with id");
}

static void
test_dangling_from (void)
{
  g_autoptr(GPtrArray) problems = new_problems ();
  g_autofree char *xml = replace (small_map, "<from region=\"back-buttock-left\"/>", "<from region=\"back-elbow\"/>");
  g_autoptr(FasciaBodyMap) map = parse_map (xml, problems);

  g_assert_nonnull (map);
  assert_only_problem (problems, FASCIA_CONTENT_ERROR_DANGLING_LINK, "map.xml:5: <from> points to region “back-elbow”");
}

static void
test_bad_side (void)
{
  g_autoptr(GPtrArray) problems = new_problems ();
  g_autofree char *xml = replace (small_map, "side=\"centre\"", "side=\"middle\"");
  g_autoptr(FasciaBodyMap) map = parse_map (xml, problems);

  g_assert_null (map);
  assert_only_problem (problems, FASCIA_CONTENT_ERROR_SCHEMA, "map.xml:9: ");
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

static void
test_shipped_map (void)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "..", "content", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(FasciaLibrary) library = fascia_library_load (dir, &error);
  g_autoptr(GHashTable) labels = g_hash_table_new (g_str_hash, g_str_equal);
  FasciaBodyMap *map;
  GPtrArray *views;
  guint n_left = 0, n_right = 0;

  g_assert_no_error (error);
  map = fascia_library_get_body_map (library);
  g_assert_nonnull (map);
  g_assert_cmpuint (fascia_body_map_get_n_regions (map), >=, 28);

  views = fascia_body_map_get_views (map);
  g_assert_cmpuint (views->len, ==, 2);

  for (guint v = 0; v < views->len; v++)
    {
      FasciaBodyView *view = g_ptr_array_index (views, v);

      for (guint r = 0; r < view->regions->len; r++)
        {
          FasciaBodyRegion *region = g_ptr_array_index (view->regions, r);
          FasciaPage *page = fascia_library_get_page (library, region->page_id);
          double cx, cy;

          /* Every region has a name of its own and opens a region page. */
          g_assert_true (g_hash_table_add (labels, region->label));
          g_assert_nonnull (page);
          g_assert_cmpint (fascia_page_get_page_type (page), ==, FASCIA_PAGE_REGION);
          n_left += region->side == FASCIA_SIDE_LEFT;
          n_right += region->side == FASCIA_SIDE_RIGHT;

          /* A shape's own centre hits it (all shipped shapes are convex
           * enough for that), and it lies inside the map. */
          fascia_path_get_centre (region->shape, &cx, &cy);
          g_assert_true (fascia_path_contains (region->shape, cx, cy));
          g_assert_cmpfloat (cx, >, 0);
          g_assert_cmpfloat (cx, <, fascia_body_map_get_width (map));
          g_assert_cmpfloat (cy, <, fascia_body_map_get_height (map));
        }
    }

  /* Left and right come in pairs. */
  g_assert_cmpuint (n_left, ==, n_right);
  g_assert_cmpuint (fascia_library_get_problems (library)->len, ==, 0);
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
    "body-map.xml:15: region “back-buttock-left” opens “region-buttock”, which no page has",
    "body-map.xml:9: region “front-neck” opens “region-neck”, which is a muscle page, not a region page",
    "region-knee.xml:2: no region of the body map opens the region page “region-knee”",
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

  for (guint i = 0; i < 5; i++)
    {
      const char *names[] = { "body-map.xml", "region-hip.xml", "region-neck.xml", "region-knee.xml", "muscle-x.xml" };
      g_autofree char *path = g_build_filename (dir, names[i], NULL);

      g_remove (path);
    }
  g_rmdir (dir);
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
  g_test_add_func ("/body-map/errors/dangling-from", test_dangling_from);
  g_test_add_func ("/body-map/errors/bad-side", test_bad_side);
  g_test_add_func ("/body-map/errors/doctype", test_doctype_refused);
  g_test_add_func ("/body-map/shipped", test_shipped_map);
  g_test_add_func ("/body-map/library-checks", test_library_checks_map);

  return g_test_run ();
}
