/* fuzz-common.h - what every fuzz target checks of whatever it is given
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <string.h>

#include <glib.h>

int LLVMFuzzerTestOneInput (const guint8 *data,
                            size_t        size);

/* Every problem is one line of valid UTF-8, without a control character,
 * that starts with the file's name: safe for a terminal and a log. */
static inline void
fuzz_check_problems (GPtrArray  *problems,
                     const char *path)
{
  for (guint i = 0; i < problems->len; i++)
    {
      const GError *error = g_ptr_array_index (problems, i);
      const char *message = error->message;

      if (!g_utf8_validate (message, -1, NULL))
        g_error ("a problem is not valid UTF-8");
      if (!g_str_has_prefix (message, path) || message[strlen (path)] != ':')
        g_error ("a problem does not start with the file name: %s", message);

      for (const char *p = message; *p != '\0'; p = g_utf8_next_char (p))
        {
          gunichar c = g_utf8_get_char (p);

          if (c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f) || c == 0x2028 || c == 0x2029)
            g_error ("a problem holds U+%04X: %s", c, message);
        }

      if (g_utf8_strlen (message, -1) > 2000)
        g_error ("a problem is %ld characters long", g_utf8_strlen (message, -1));
    }
}
