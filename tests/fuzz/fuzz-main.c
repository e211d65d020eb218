/* fuzz-main.c - a fuzz target over its corpus, without libFuzzer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every build runs each fuzz target over its seeds and the inputs that
 * once crashed it (tests/fuzz/corpus/), as an ordinary test, so that a
 * crash found once stays fixed under gcc and the sanitizer build too.
 */
#include "config.h"

#include <glib/gstdio.h>

#include "fuzz-common.h"

static guint n_inputs;

static void
run_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  gsize length;

  if (!g_file_get_contents (path, &data, &length, &error))
    g_error ("%s", error->message);

  LLVMFuzzerTestOneInput ((const guint8 *)data, length);
  n_inputs++;
}

static void
run_path (const char *path)
{
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) names = NULL;
  const char *name;

  if (!g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      run_file (path);
      return;
    }

  dir = g_dir_open (path, 0, NULL);
  names = g_ptr_array_new_with_free_func (g_free);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (name[0] != '.')
      g_ptr_array_add (names, g_build_filename (path, name, NULL));

  for (guint i = 0; i < names->len; i++)
    if (g_file_test (g_ptr_array_index (names, i), G_FILE_TEST_IS_REGULAR))
      run_file (g_ptr_array_index (names, i));
}

int
main (int   argc,
      char *argv[])
{
  for (int i = 1; i < argc; i++)
    run_path (argv[i]);

  g_print ("%u inputs, no crash\n", n_inputs);
  return n_inputs > 0 ? 0 : 1;
}
