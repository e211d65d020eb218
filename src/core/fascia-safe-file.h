/* fascia-safe-file.h - reading the files of a folder without leaving it or blocking
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _FasciaSafeFolder FasciaSafeFolder;

FasciaSafeFolder *fascia_safe_folder_open        (const char        *path,
                                                  GError           **error);
void              fascia_safe_folder_free        (FasciaSafeFolder  *folder);
const char       *fascia_safe_folder_get_path    (FasciaSafeFolder  *folder);
int               fascia_safe_folder_open_file   (FasciaSafeFolder  *folder,
                                                  const char        *relative,
                                                  GError           **error);
int               fascia_safe_folder_open_folder (FasciaSafeFolder  *folder,
                                                  const char        *relative,
                                                  GError           **error);
char             *fascia_safe_folder_read_file   (FasciaSafeFolder  *folder,
                                                  const char        *relative,
                                                  gsize              max_size,
                                                  gsize             *length,
                                                  GError           **error);

char             *fascia_safe_file_read          (const char        *path,
                                                  gsize              max_size,
                                                  gsize             *length,
                                                  GError           **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FasciaSafeFolder, fascia_safe_folder_free)

G_END_DECLS
