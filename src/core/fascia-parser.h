/* fascia-parser.h - the safe reader of content files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "fascia-page.h"

G_BEGIN_DECLS

/* The limits every content file must stay within. A file that breaks one is
 * reported and skipped; every one keeps the time a file takes to check
 * linear in its size. No DOCTYPE is accepted, so no entity can be declared:
 * the only entities are XML's five predefined ones and character references. */
#define FASCIA_PARSER_MAX_FILE_SIZE  (1024 * 1024)
#define FASCIA_PARSER_MAX_DEPTH      32
#define FASCIA_PARSER_MAX_ATTRIBUTES 32   /* on one element, not counting namespace declarations */
#define FASCIA_PARSER_MAX_NAMESPACES 64   /* declarations in one file */
#define FASCIA_PARSER_MAX_ID_LENGTH  64   /* characters of one id */
#define FASCIA_PARSER_MAX_LIST_IDS   64   /* ids in one list, such as area="…" */

void        fascia_parser_init       (void);
FasciaPage *fascia_parser_parse_file (const char  *path,
                                      GPtrArray   *problems);
FasciaPage *fascia_parser_parse_data (const char  *data,
                                      gsize        length,
                                      const char  *path,
                                      GPtrArray   *problems);
FasciaPage *fascia_parser_load_page  (const char  *path,
                                      GError     **error);

G_END_DECLS
