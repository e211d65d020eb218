/* fascia-content-error.c - the error domain for problems in content files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "fascia-content"

#include "config.h"

#include <string.h>

#include "fascia-content-error.h"

G_DEFINE_QUARK (fascia-content-error-quark, fascia_content_error)

static GError *
new_valist (FasciaContentError  code,
            const char         *file,
            guint               line,
            const char         *format,
            va_list             args)
{
  g_autofree char *what = g_strdup_vprintf (format, args);

  /* Every message reads "file:line: what is wrong", the form compilers use,
   * so that editors and terminals can jump to the place. */
  return g_error_new (FASCIA_CONTENT_ERROR, code, "%s:%u: %s", file, line, what);
}

GError *
fascia_content_error_new (FasciaContentError  code,
                          const char         *file,
                          guint               line,
                          const char         *format,
                          ...)
{
  GError *error;
  va_list args;

  va_start (args, format);
  error = new_valist (code, file, line, format, args);
  va_end (args);

  return error;
}

void
fascia_content_error_add (GPtrArray          *problems,
                          FasciaContentError  code,
                          const char         *file,
                          guint               line,
                          const char         *format,
                          ...)
{
  va_list args;

  g_return_if_fail (problems != NULL);

  va_start (args, format);
  g_ptr_array_add (problems, new_valist (code, file, line, format, args));
  va_end (args);
}

static void
split_location (const char  *message,
                GString     *file,
                guint64     *line)
{
  const char *colon = strchr (message, ':');
  const char *end = colon;

  /* A path may hold colons itself: the location ends at the last ":NUMBER:"
   * before the message, so scan for the first colon followed by digits and
   * another colon. */
  while (colon != NULL)
    {
      const char *p = colon + 1;

      while (g_ascii_isdigit (*p))
        p++;
      if (p > colon + 1 && *p == ':')
        {
          end = colon;
          *line = g_ascii_strtoull (colon + 1, NULL, 10);
          break;
        }
      colon = strchr (colon + 1, ':');
    }

  g_string_append_len (file, message, end ? end - message : (gssize)strlen (message));
}

/**
 * fascia_content_error_compare:
 *
 * Orders two `GError **` by file name, then line, then message: the order in
 * which problems are reported.
 */
int
fascia_content_error_compare (gconstpointer a,
                              gconstpointer b)
{
  const GError *ea = *(const GError * const *)a;
  const GError *eb = *(const GError * const *)b;
  g_autoptr(GString) fa = g_string_new (NULL);
  g_autoptr(GString) fb = g_string_new (NULL);
  guint64 la = 0, lb = 0;
  int cmp;

  split_location (ea->message, fa, &la);
  split_location (eb->message, fb, &lb);

  if ((cmp = strcmp (fa->str, fb->str)) != 0)
    return cmp;
  if (la != lb)
    return la < lb ? -1 : 1;
  return strcmp (ea->message, eb->message);
}
