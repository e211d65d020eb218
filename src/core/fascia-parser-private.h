/* fascia-parser-private.h - the safe XML reader, shared by pages and the body map
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <libxml/tree.h>

#include "fascia-content-error.h"

G_BEGIN_DECLS

#define FASCIA_PAGE_SCHEMA     "/org/fasciaapp/Fascia/core/fascia-page.rng"
#define FASCIA_BODY_MAP_SCHEMA "/org/fasciaapp/Fascia/core/fascia-body-map.rng"

/* Reading one file: where its problems go. */
typedef struct
{
  const char *path;      /* the file, as problems show it */
  GPtrArray  *problems;  /* problems that let the file load */
  GError     *fatal;     /* the first problem that stops it */
} FasciaParseStatus;

void       fascia_parser_set_fatal     (FasciaParseStatus  *state,
                                        FasciaContentError  code,
                                        guint               line,
                                        const char         *format,
                                        ...) G_GNUC_PRINTF (4, 5);
char      *fascia_parser_read_file     (const char *path,
                                        gsize      *length,
                                        GPtrArray  *problems);
xmlDocPtr  fascia_parser_read_document (const char *data,
                                        gsize       length,
                                        const char *path,
                                        const char *schema_resource,
                                        GPtrArray  *problems);
guint      fascia_parser_node_line     (xmlNode    *node);
char      *fascia_parser_get_attr      (xmlNode    *node,
                                        const char *name);
gboolean   fascia_parser_is_ident      (const char *str,
                                        gsize       length);
gboolean   fascia_parser_ident_too_long (const char *value);
gboolean   fascia_parser_is_blank      (const char *text);

G_END_DECLS
