/* fascia-content-error.c - the error domain for problems in content files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "fascia-content"

#include "config.h"

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "fascia-content-error.h"

G_DEFINE_QUARK (fascia-content-error-quark, fascia_content_error)

/* Control characters that are not C0 or C1 but still move text about:
 * line and paragraph separators, and the marks and overrides that reorder
 * text, which can make a message read other than it is. */
static gboolean
is_format_control (gunichar c)
{
  return c == 0x061c || c == 0x200e || c == 0x200f || c == 0x2028 || c == 0x2029 ||
         (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

/**
 * fascia_content_error_sanitize:
 * @text: (nullable): any bytes, such as a file name or a value from a file
 * @length: the number of bytes of @text, or -1 when it ends with a NUL
 * @max_chars: the most characters to keep, or 0 for no limit
 *
 * Makes @text safe for one line of a terminal or a log: valid UTF-8 with
 * no control characters. A byte that is not UTF-8 becomes `\xNN`; a C0
 * control `\n`, `\t`, `\r` or `\x1b`, DEL `\x7f`; a C1 control (U+0080 to
 * U+009F, which some terminals obey as escape sequences) `\u009b`, as do
 * line separators and bidirectional overrides. Past @max_chars characters
 * the rest is cut and “…” added.
 *
 * Returns: (transfer full): the safe text
 */
char *
fascia_content_error_sanitize (const char *text,
                               gssize      length,
                               gsize       max_chars)
{
  GString *out;
  const char *p, *end;
  gsize n_chars = 0;

  if (text == NULL)
    return g_strdup ("");

  if (length < 0)
    length = (gssize)strlen (text);

  out = g_string_sized_new ((gsize)length + 1);
  end = text + length;

  for (p = text; p < end; )
    {
      gunichar c = g_utf8_get_char_validated (p, end - p);
      char escape[16];
      const char *piece;
      gsize piece_len, piece_chars, advance;

      if (c == (gunichar)-1 || c == (gunichar)-2)
        {
          g_snprintf (escape, sizeof escape, "\\x%02x", (guchar)*p);
          piece = escape;
          advance = 1;
        }
      else
        {
          advance = g_utf8_skip[*(const guchar *)p];

          if (c == '\n')
            piece = "\\n";
          else if (c == '\t')
            piece = "\\t";
          else if (c == '\r')
            piece = "\\r";
          else if (c < 0x20 || c == 0x7f)
            {
              g_snprintf (escape, sizeof escape, "\\x%02x", c);
              piece = escape;
            }
          else if ((c >= 0x80 && c <= 0x9f) || is_format_control (c))
            {
              g_snprintf (escape, sizeof escape, "\\u%04x", c);
              piece = escape;
            }
          else
            piece = NULL;
        }

      if (piece != NULL)
        {
          piece_len = strlen (piece);
          piece_chars = piece_len;
        }
      else
        {
          piece = p;
          piece_len = advance;
          piece_chars = 1;
        }

      if (max_chars > 0 && n_chars + piece_chars > max_chars)
        {
          g_string_append (out, "…");
          break;
        }

      g_string_append_len (out, piece, (gssize)piece_len);
      n_chars += piece_chars;
      p += advance;
    }

  return g_string_free (out, FALSE);
}

static void
append_value (GString    *out,
              const char *value)
{
  g_autofree char *safe = fascia_content_error_sanitize (value != NULL ? value : "(null)", -1,
                                                         FASCIA_CONTENT_ERROR_MAX_VALUE);

  g_string_append (out, safe);
}

/* One conversion other than %s, with its flags, width and precision: the
 * spec is copied from a format that G_GNUC_PRINTF has checked against the
 * arguments, so it is as safe as the format itself. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
static gboolean
append_number (GString    *out,
               const char *spec,
               const char *length_mod,
               char        conversion,
               va_list    *args)
{
  gboolean is_long = strcmp (length_mod, "l") == 0;
  gboolean is_long_long = strcmp (length_mod, "ll") == 0 || strcmp (length_mod, "q") == 0;
  gboolean is_size = strcmp (length_mod, "z") == 0;
  gboolean is_max = strcmp (length_mod, "j") == 0;
  gboolean is_diff = strcmp (length_mod, "t") == 0;

  switch (conversion)
    {
    case 'd':
    case 'i':
      if (is_long)
        g_string_append_printf (out, spec, va_arg (*args, long));
      else if (is_long_long)
        g_string_append_printf (out, spec, va_arg (*args, long long));
      else if (is_size)
        g_string_append_printf (out, spec, va_arg (*args, gssize));
      else if (is_max)
        g_string_append_printf (out, spec, va_arg (*args, intmax_t));
      else if (is_diff)
        g_string_append_printf (out, spec, va_arg (*args, ptrdiff_t));
      else
        g_string_append_printf (out, spec, va_arg (*args, int));
      return TRUE;

    case 'u':
    case 'x':
    case 'X':
    case 'o':
      if (is_long)
        g_string_append_printf (out, spec, va_arg (*args, unsigned long));
      else if (is_long_long)
        g_string_append_printf (out, spec, va_arg (*args, unsigned long long));
      else if (is_size)
        g_string_append_printf (out, spec, va_arg (*args, gsize));
      else if (is_max)
        g_string_append_printf (out, spec, va_arg (*args, uintmax_t));
      else if (is_diff)
        g_string_append_printf (out, spec, va_arg (*args, ptrdiff_t));
      else
        g_string_append_printf (out, spec, va_arg (*args, unsigned int));
      return TRUE;

    case 'c':
      {
        char c[2] = { (char)va_arg (*args, int), '\0' };

        append_value (out, c);
      }
      return TRUE;

    case 'p':
      g_string_append_printf (out, spec, va_arg (*args, void *));
      return TRUE;

    case 'f':
    case 'F':
    case 'e':
    case 'E':
    case 'g':
    case 'G':
    case 'a':
    case 'A':
      if (strcmp (length_mod, "L") == 0)
        g_string_append_printf (out, spec, va_arg (*args, long double));
      else
        g_string_append_printf (out, spec, va_arg (*args, double));
      return TRUE;

    default:
      return FALSE;
    }
}
#pragma GCC diagnostic pop

static char *format_safely (const char *format,
                            va_list     args) G_GNUC_PRINTF (1, 0);

/* Like g_strdup_vprintf(), but every string argument is made safe and
 * shortened on its own, so that a long or hostile value can neither hide
 * the rest of the message nor break it over lines. */
static char *
format_safely (const char *format,
               va_list     args)
{
  GString *out;
  const char *p = format;
  va_list copy;

  /* A translation may reorder the arguments ("%2$s … %1$s"), which cannot
   * be walked in order: format as printf() does, then shorten the whole. */
  if (strchr (format, '$') != NULL)
    {
      g_autofree char *whole = g_strdup_vprintf (format, args);

      return fascia_content_error_sanitize (whole, -1, 4 * FASCIA_CONTENT_ERROR_MAX_VALUE);
    }

  out = g_string_new (NULL);
  va_copy (copy, args);

  while (*p != '\0')
    {
      const char *start = p;
      GString *spec;
      int star_width = -1, star_precision = -1;
      gboolean has_precision = FALSE;
      char length_mod[3] = "";
      char conversion;

      if (*p != '%')
        {
          while (*p != '\0' && *p != '%')
            p++;
          g_string_append_len (out, start, p - start);
          continue;
        }

      p++;
      if (*p == '%')
        {
          g_string_append_c (out, '%');
          p++;
          continue;
        }

      spec = g_string_new ("%");
      while (*p != '\0' && strchr ("-+ #0'", *p) != NULL)
        g_string_append_c (spec, *p++);

      if (*p == '*')
        {
          star_width = va_arg (copy, int);
          g_string_append_printf (spec, "%d", star_width);
          p++;
        }
      else
        while (g_ascii_isdigit (*p))
          g_string_append_c (spec, *p++);

      if (*p == '.')
        {
          has_precision = TRUE;
          g_string_append_c (spec, *p++);
          if (*p == '*')
            {
              star_precision = va_arg (copy, int);
              g_string_append_printf (spec, "%d", MAX (star_precision, 0));
              p++;
            }
          else
            while (g_ascii_isdigit (*p))
              g_string_append_c (spec, *p++);
        }

      for (guint i = 0; i < 2 && *p != '\0' && strchr ("hlqjztL", *p) != NULL; i++)
        {
          if (i == 1 && *p != length_mod[0])
            break;
          length_mod[i] = *p++;
        }
      g_string_append (spec, length_mod);

      conversion = *p;
      if (conversion == '\0')
        {
          g_string_free (spec, TRUE);
          break;
        }
      p++;
      g_string_append_c (spec, conversion);

      if (conversion == 's')
        {
          const char *value = va_arg (copy, const char *);

          if (value != NULL && has_precision)
            {
              /* A precision counts bytes, as printf() does. */
              g_autofree char *cut = NULL;
              const char *dot = strchr (spec->str, '.');
              gsize limit = dot != NULL ? (gsize)g_ascii_strtoull (dot + 1, NULL, 10) : 0;

              cut = g_strndup (value, limit);
              append_value (out, cut);
            }
          else
            append_value (out, value);
        }
      else if (!append_number (out, spec->str, length_mod, conversion, &copy))
        {
          /* %n and the like: never. Stop here rather than lose track of
           * the arguments. */
          g_string_free (spec, TRUE);
          break;
        }

      g_string_free (spec, TRUE);
    }

  va_end (copy);

  return g_string_free (out, FALSE);
}

static GError *new_valist (FasciaContentError  code,
                           const char         *file,
                           guint               line,
                           const char         *format,
                           va_list             args) G_GNUC_PRINTF (4, 0);

static GError *
new_valist (FasciaContentError  code,
            const char         *file,
            guint               line,
            const char         *format,
            va_list             args)
{
  g_autofree char *what = format_safely (format, args);
  g_autofree char *safe_file = fascia_content_error_sanitize (file, -1, FASCIA_CONTENT_ERROR_MAX_FILE);
  g_autofree char *safe_what = fascia_content_error_sanitize (what, -1, 0);

  /* Every message reads "file:line: what is wrong", the form compilers use,
   * so that editors and terminals can jump to the place. Whatever the file
   * name and the values in it hold, it is one line of valid UTF-8. */
  return g_error_new (FASCIA_CONTENT_ERROR, code, "%s:%u: %s", safe_file, line, safe_what);
}

/**
 * fascia_content_error_new_valist:
 *
 * Like fascia_content_error_new(), with the arguments as a `va_list`.
 *
 * Returns: (transfer full): the error
 */
GError *
fascia_content_error_new_valist (FasciaContentError  code,
                                 const char         *file,
                                 guint               line,
                                 const char         *format,
                                 va_list             args)
{
  return new_valist (code, file, line, format, args);
}

/**
 * fascia_content_error_new:
 * @code: what kind of problem
 * @file: the file's name as the person knows it
 * @line: the line, from 1; 0 for the file or folder as a whole
 * @format: what is wrong, for printf()
 * @...: its arguments
 *
 * Makes "file:line: what is wrong", one line of valid UTF-8 however hostile
 * the file name and the values are: both pass through
 * fascia_content_error_sanitize(), each string argument shortened on its
 * own past %FASCIA_CONTENT_ERROR_MAX_VALUE characters.
 *
 * Returns: (transfer full): the error
 */
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

/**
 * fascia_content_error_add:
 * @problems: (element-type GError): where the problem is added
 *
 * Adds a problem made by fascia_content_error_new().
 */
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

/**
 * fascia_content_error_limit:
 * @problems: (element-type GError): problems, in the order they were found
 * @max_per_file: how many to keep for one file
 *
 * Keeps the first @max_per_file problems of each file and says how many
 * more there were in one last problem for it. A hostile file can hold a
 * hundred thousand bad ids; listing each one helps no one, and sorting and
 * printing them all would take longer than reading the file.
 */
void
fascia_content_error_limit (GPtrArray *problems,
                            guint      max_per_file)
{
  g_autoptr(GHashTable) counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) last_lines = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GHashTableIter iter;
  gpointer key, value;
  guint kept = 0;

  g_return_if_fail (problems != NULL);

  for (guint i = 0; i < problems->len; i++)
    {
      GError *problem = g_ptr_array_index (problems, i);
      g_autoptr(GString) file = g_string_new (NULL);
      guint64 line = 0;
      guint count;

      split_location (problem->message, file, &line);
      count = GPOINTER_TO_UINT (g_hash_table_lookup (counts, file->str)) + 1;
      g_hash_table_insert (counts, g_strdup (file->str), GUINT_TO_POINTER (count));

      if (count > max_per_file)
        {
          g_hash_table_insert (last_lines, g_strdup (file->str), GUINT_TO_POINTER ((guint)MIN (line, G_MAXUINT)));
          g_error_free (problem);
          continue;
        }

      problems->pdata[kept++] = problem;
    }

  /* Freed above or moved down: shorten without freeing. */
  problems->len = kept;

  g_hash_table_iter_init (&iter, last_lines);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      guint count = GPOINTER_TO_UINT (g_hash_table_lookup (counts, key));

      /* The file name is already safe: it came out of a problem. */
      g_ptr_array_add (problems,
                       g_error_new (FASCIA_CONTENT_ERROR, FASCIA_CONTENT_ERROR_INVALID,
                                    g_dngettext (GETTEXT_PACKAGE,
                                                 "%s:%u: and %u more problem in this file, not listed",
                                                 "%s:%u: and %u more problems in this file, not listed",
                                                 count - max_per_file),
                                    (const char *)key, GPOINTER_TO_UINT (value), count - max_per_file));
    }
}
