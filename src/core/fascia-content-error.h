/* fascia-content-error.h - the error domain for problems in content files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define FASCIA_CONTENT_ERROR (fascia_content_error_quark ())

typedef enum
{
  FASCIA_CONTENT_ERROR_IO,
  FASCIA_CONTENT_ERROR_TOO_LARGE,
  FASCIA_CONTENT_ERROR_MALFORMED,
  FASCIA_CONTENT_ERROR_FORBIDDEN,
  FASCIA_CONTENT_ERROR_TOO_DEEP,
  FASCIA_CONTENT_ERROR_SCHEMA,
  FASCIA_CONTENT_ERROR_INVALID,
  FASCIA_CONTENT_ERROR_DUPLICATE_ID,
  FASCIA_CONTENT_ERROR_DANGLING_LINK,
  FASCIA_CONTENT_ERROR_MISSING_PART,
} FasciaContentError;

/* The most characters of one value quoted in a message, and of a file name. */
#define FASCIA_CONTENT_ERROR_MAX_VALUE 200
#define FASCIA_CONTENT_ERROR_MAX_FILE  1024

GQuark  fascia_content_error_quark (void);

GError *fascia_content_error_new   (FasciaContentError  code,
                                    const char         *file,
                                    guint               line,
                                    const char         *format,
                                    ...) G_GNUC_PRINTF (4, 5);
GError *fascia_content_error_new_valist (FasciaContentError  code,
                                         const char         *file,
                                         guint               line,
                                         const char         *format,
                                         va_list             args) G_GNUC_PRINTF (4, 0);
void    fascia_content_error_add   (GPtrArray          *problems,
                                    FasciaContentError  code,
                                    const char         *file,
                                    guint               line,
                                    const char         *format,
                                    ...) G_GNUC_PRINTF (5, 6);
int     fascia_content_error_compare (gconstpointer     a,
                                      gconstpointer     b);
void    fascia_content_error_limit (GPtrArray         *problems,
                                    guint              max_per_file);
char   *fascia_content_error_sanitize (const char      *text,
                                       gssize           length,
                                       gsize            max_chars) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
