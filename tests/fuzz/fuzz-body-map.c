/* fuzz-body-map.c - the body map parser on any bytes at all
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A libFuzzer target like fuzz-page.c: a map or problems, every problem a
 * safe line, and a map that parses can be hit-tested anywhere.
 */
#include "config.h"

#include "fascia-body-map.h"

#include "fuzz-common.h"

#define PATH "body-map.xml"

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify)g_error_free);
  g_autoptr(FasciaBodyMap) map = fascia_body_map_parse_data ((const char *)data, size, PATH, problems);

  if (map == NULL && problems->len == 0)
    g_error ("no map and no problem");

  if (map != NULL)
    {
      GPtrArray *views = fascia_body_map_get_views (map);
      double width = fascia_body_map_get_width (map);
      double height = fascia_body_map_get_height (map);

      for (guint v = 0; v < views->len; v++)
        {
          FasciaBodyView *view = g_ptr_array_index (views, v);

          for (guint r = 0; r < view->regions->len; r++)
            {
              FasciaBodyRegion *region = g_ptr_array_index (view->regions, r);

              g_assert_true (g_utf8_validate (region->label, -1, NULL));
              g_assert_true (fascia_body_map_find_region (map, region->id) != NULL);
            }

          /* A coarse grid over the map and a little beyond it. */
          for (int i = -1; i <= 9; i++)
            for (int j = -1; j <= 9; j++)
              fascia_body_map_hit_test (map, view->id, width * i / 8.0, height * j / 8.0);
        }
    }

  fuzz_check_problems (problems, PATH);

  return 0;
}
