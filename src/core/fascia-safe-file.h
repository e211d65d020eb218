/* fascia-safe-file.h - reading the files of a folder without leaving it or blocking
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _FasciaSafeFolder FasciaSafeFolder;

/* What tells one version of a file from another without reading it: a file
 * written again gets a new time, size or inode. */
typedef struct
{
  guint64 device;
  guint64 inode;
  guint64 size;
  gint64  modified_ns;
} FasciaFileStamp;

FasciaSafeFolder *fascia_safe_folder_open        (const char        *path,
                                                  GError           **error);
FasciaSafeFolder *fascia_safe_folder_ref         (FasciaSafeFolder  *folder);
void              fascia_safe_folder_unref       (FasciaSafeFolder  *folder);
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
char             *fascia_safe_folder_read_stamped (FasciaSafeFolder *folder,
                                                  const char        *relative,
                                                  gsize              max_size,
                                                  gsize             *length,
                                                  FasciaFileStamp   *stamp,
                                                  GError           **error);
gboolean          fascia_file_stamp_equal        (const FasciaFileStamp *a,
                                                  const FasciaFileStamp *b);

char             *fascia_safe_file_read          (const char        *path,
                                                  gsize              max_size,
                                                  gsize             *length,
                                                  GError           **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FasciaSafeFolder, fascia_safe_folder_free)

G_END_DECLS
