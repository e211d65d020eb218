/* fascia-safe-file.c - reading the files of a folder without leaving it or blocking
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Content folders come from anyone, so nothing about one can be trusted: a
 * "page" may be a named pipe that nobody writes to (opening or reading it
 * would wait forever), a device (opening some does things), a socket, or a
 * symbolic link to a file elsewhere on the machine. Every file the app reads
 * goes through here: it is opened relative to its folder's descriptor with
 * O_NOFOLLOW and O_NONBLOCK, a symbolic link is followed only when it
 * resolves inside the folder, anything that is not a regular file is
 * refused by what it is before it is opened and checked again with fstat()
 * after, and no more is read than the caller's cap.
 *
 * What this does not defend against is someone changing the folder while it
 * is read (swapping a checked folder for a link): the folder's owner can
 * always show the app other files, so that is no escape.
 */
#define G_LOG_DOMAIN "fascia-safe-file"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>

#include "fascia-safe-file.h"

struct _FasciaSafeFolder
{
  int   ref_count;  /* atomic: pages keep their folder to read their body again */
  int   fd;
  char *path;   /* as it was given, for messages */
  char *real;   /* with every link resolved: what "inside" is measured against */
};

#define OPEN_FLAGS (O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY | O_NOFOLLOW)

static void
set_errno_error (GError **error,
                 int      saved_errno)
{
  g_set_error_literal (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                       g_strerror (saved_errno));
}

/* Says what a file is when it is not what was asked for. Nothing of this
 * kind is ever opened: a pipe may block, a device may act on being opened. */
static gboolean
check_kind (mode_t     mode,
            gboolean   want_folder,
            GError   **error)
{
  if (want_folder ? S_ISDIR (mode) : S_ISREG (mode))
    return TRUE;

  if (S_ISDIR (mode))
    g_set_error_literal (error, G_FILE_ERROR, G_FILE_ERROR_ISDIR, _("it is a folder, not a file"));
  else if (want_folder)
    g_set_error_literal (error, G_FILE_ERROR, G_FILE_ERROR_NOTDIR, _("it is not a folder"));
  else if (S_ISFIFO (mode))
    g_set_error_literal (error, G_FILE_ERROR, G_FILE_ERROR_INVAL, _("it is a named pipe, not a file"));
  else if (S_ISCHR (mode) || S_ISBLK (mode))
    g_set_error_literal (error, G_FILE_ERROR, G_FILE_ERROR_INVAL, _("it is a device, not a file"));
  else if (S_ISSOCK (mode))
    g_set_error_literal (error, G_FILE_ERROR, G_FILE_ERROR_INVAL, _("it is a socket, not a file"));
  else
    g_set_error_literal (error, G_FILE_ERROR, G_FILE_ERROR_INVAL, _("it is not a regular file"));

  return FALSE;
}

static gboolean
is_inside (const char *root,
           const char *real)
{
  gsize n = strlen (root);

  if (strcmp (root, "/") == 0)
    return real[0] == '/';

  return strncmp (real, root, n) == 0 && (real[n] == '/' || real[n] == '\0');
}

/* The folder's name is left out: the caller names the file, and a long
 * name here would push the point of the message out of it. */
static void
set_outside_error (GError **error)
{
  g_set_error_literal (error, G_FILE_ERROR, G_FILE_ERROR_PERM,
                       _("it is a symbolic link that leads outside the folder being read, "
                         "and such links are not followed"));
}

/* A relative path that climbs out with ".." or starts at "/" is outside
 * before anything is resolved. */
static gboolean
is_plain_relative (const char *relative)
{
  g_auto(GStrv) parts = NULL;

  if (relative[0] == '\0' || g_path_is_absolute (relative))
    return FALSE;

  parts = g_strsplit (relative, "/", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    if (strcmp (parts[i], "..") == 0)
      return FALSE;

  return TRUE;
}

/* Resolves @relative through every link and checks the result lies in the
 * folder. Returns the resolved path, or %NULL with @error set. */
static char *
resolve_inside (FasciaSafeFolder  *folder,
                const char        *relative,
                GError           **error)
{
  g_autofree char *joined = g_build_filename (folder->real, relative, NULL);
  char *real = realpath (joined, NULL);

  if (real == NULL)
    {
      int saved_errno = errno;

      if (saved_errno == ENOENT)
        g_set_error_literal (error, G_FILE_ERROR, G_FILE_ERROR_NOENT, _("it is a symbolic link to nothing"));
      else if (saved_errno == ELOOP)
        g_set_error_literal (error, G_FILE_ERROR, G_FILE_ERROR_LOOP, _("it is a loop of symbolic links"));
      else
        set_errno_error (error, saved_errno);
      return NULL;
    }

  if (!is_inside (folder->real, real))
    {
      free (real);
      set_outside_error (error);
      return NULL;
    }

  return real;
}

static int
open_entry (FasciaSafeFolder  *folder,
            const char        *relative,
            gboolean           want_folder,
            GError           **error)
{
  int flags = OPEN_FLAGS | (want_folder ? O_DIRECTORY : 0);
  g_autofree char *real = NULL;
  struct stat st;
  int fd;

  if (!is_plain_relative (relative))
    {
      g_set_error_literal (error, G_FILE_ERROR, G_FILE_ERROR_PERM, _("it is not inside the folder being read"));
      return -1;
    }

  /* The folders on the way must lie inside too: O_NOFOLLOW only guards the
   * last part of a path. */
  if (strchr (relative, '/') != NULL)
    {
      g_autofree char *parent = g_path_get_dirname (relative);
      char *parent_real = resolve_inside (folder, parent, error);

      if (parent_real == NULL)
        return -1;
      free (parent_real);
    }

  if (fstatat (folder->fd, relative, &st, AT_SYMLINK_NOFOLLOW) != 0)
    {
      set_errno_error (error, errno);
      return -1;
    }

  if (S_ISLNK (st.st_mode))
    {
      char *resolved = resolve_inside (folder, relative, error);

      if (resolved == NULL)
        return -1;
      real = g_strdup (resolved);
      free (resolved);

      if (stat (real, &st) != 0)
        {
          set_errno_error (error, errno);
          return -1;
        }
    }

  if (!check_kind (st.st_mode, want_folder, error))
    return -1;

  fd = real != NULL ? open (real, flags) : openat (folder->fd, relative, flags);
  if (fd < 0)
    {
      set_errno_error (error, errno);
      return -1;
    }

  /* What was opened may not be what was looked at a moment before. */
  if (fstat (fd, &st) != 0)
    {
      set_errno_error (error, errno);
      close (fd);
      return -1;
    }
  if (!check_kind (st.st_mode, want_folder, error))
    {
      close (fd);
      return -1;
    }

  return fd;
}

/**
 * fascia_safe_folder_open:
 * @path: a folder; links on the way to it are followed, since the person
 *   running the app named it
 * @error: a %G_FILE_ERROR
 *
 * Opens a folder whose files are to be read with the rules above.
 *
 * Returns: (transfer full) (nullable): the folder
 */
FasciaSafeFolder *
fascia_safe_folder_open (const char  *path,
                         GError     **error)
{
  FasciaSafeFolder *folder;
  char *real;
  int fd;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  fd = open (path, O_RDONLY | O_DIRECTORY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
  if (fd < 0)
    {
      int saved_errno = errno;

      if (saved_errno == ENOTDIR)
        g_set_error_literal (error, G_FILE_ERROR, G_FILE_ERROR_NOTDIR, _("it is not a folder"));
      else
        set_errno_error (error, saved_errno);
      return NULL;
    }

  real = realpath (path, NULL);
  if (real == NULL)
    {
      set_errno_error (error, errno);
      close (fd);
      return NULL;
    }

  folder = g_new0 (FasciaSafeFolder, 1);
  folder->fd = fd;
  folder->ref_count = 1;
  folder->path = g_strdup (path);
  folder->real = g_strdup (real);
  free (real);

  return folder;
}

/**
 * fascia_safe_folder_ref:
 * @folder: a folder
 *
 * Returns: (transfer full): @folder, with one more reference
 */
FasciaSafeFolder *
fascia_safe_folder_ref (FasciaSafeFolder *folder)
{
  g_return_val_if_fail (folder != NULL, NULL);

  g_atomic_int_inc (&folder->ref_count);
  return folder;
}

/**
 * fascia_safe_folder_unref:
 * @folder: (nullable): a folder from fascia_safe_folder_open()
 *
 * Drops a reference; the last one closes the folder and frees it.
 * Descriptors that fascia_safe_folder_open_file() and
 * fascia_safe_folder_open_folder() returned are the caller's and stay open.
 * Does nothing for %NULL.
 */
void
fascia_safe_folder_unref (FasciaSafeFolder *folder)
{
  if (folder == NULL || !g_atomic_int_dec_and_test (&folder->ref_count))
    return;

  close (folder->fd);
  g_free (folder->path);
  g_free (folder->real);
  g_free (folder);
}

/**
 * fascia_safe_folder_free:
 * @folder: (nullable): a folder from fascia_safe_folder_open()
 *
 * The same as fascia_safe_folder_unref(): the folder is freed once nothing
 * else holds it.
 */
void
fascia_safe_folder_free (FasciaSafeFolder *folder)
{
  fascia_safe_folder_unref (folder);
}

/**
 * fascia_safe_folder_get_path:
 * @folder: a folder
 *
 * Returns: the folder as it was given to fascia_safe_folder_open(), links
 *   unresolved, for messages
 */
const char *
fascia_safe_folder_get_path (FasciaSafeFolder *folder)
{
  g_return_val_if_fail (folder != NULL, NULL);

  return folder->path;
}

/**
 * fascia_safe_folder_open_file:
 * @folder: a folder
 * @relative: a file in it, such as "pages/a.xml"
 * @error: a %G_FILE_ERROR whose message says what is wrong, without the
 *   file's name
 *
 * Opens @relative for reading when it is a regular file inside @folder:
 * relative to the folder, with O_NONBLOCK and O_NOFOLLOW; a symbolic link is
 * followed only when it resolves inside @folder. Named pipes, devices,
 * sockets and folders are refused without being opened.
 *
 * Returns: a file descriptor to close, or -1 with @error set
 */
int
fascia_safe_folder_open_file (FasciaSafeFolder  *folder,
                              const char        *relative,
                              GError           **error)
{
  g_return_val_if_fail (folder != NULL, -1);
  g_return_val_if_fail (relative != NULL, -1);
  g_return_val_if_fail (error == NULL || *error == NULL, -1);

  return open_entry (folder, relative, FALSE, error);
}

/**
 * fascia_safe_folder_open_folder:
 * @folder: a folder
 * @relative: a folder in it
 * @error: a %G_FILE_ERROR
 *
 * Like fascia_safe_folder_open_file(), for a folder inside @folder.
 *
 * Returns: a file descriptor to close, or -1 with @error set
 */
int
fascia_safe_folder_open_folder (FasciaSafeFolder  *folder,
                                const char        *relative,
                                GError           **error)
{
  g_return_val_if_fail (folder != NULL, -1);
  g_return_val_if_fail (relative != NULL, -1);
  g_return_val_if_fail (error == NULL || *error == NULL, -1);

  return open_entry (folder, relative, TRUE, error);
}

/* Reads at most @max_size bytes of @fd. The buffer starts at @size_hint,
 * the size the file says it has, and grows if the file does, rather than
 * at the largest size a file may have: a megabyte taken and given back for
 * every page read. */
static char *
read_fd (int      fd,
         gsize    size_hint,
         gsize    max_size,
         gsize   *length,
         GError **error)
{
  gsize capacity = MIN (MAX (size_hint, 4096), max_size);
  g_autofree char *data = g_malloc (capacity + 1);
  gsize total = 0;

  while (total < max_size)
    {
      gssize n;

      if (total == capacity)
        {
          capacity = MIN (capacity * 2, max_size);
          data = g_realloc (data, capacity + 1);
        }

      n = read (fd, data + total, capacity - total);
      if (n < 0)
        {
          int saved_errno = errno;

          if (saved_errno == EINTR)
            continue;
          set_errno_error (error, saved_errno);
          return NULL;
        }
      if (n == 0)
        break;
      total += (gsize)n;
    }

  data[total] = '\0';
  *length = total;

  return g_steal_pointer (&data);
}

/**
 * fascia_safe_folder_read_file:
 * @folder: a folder
 * @relative: a file in it
 * @max_size: the most bytes to read; pass one more than a size limit to
 *   tell a file at the limit from a larger one
 * @length: (out): how many bytes were read
 * @error: a %G_FILE_ERROR
 *
 * Reads at most @max_size bytes of a file opened with
 * fascia_safe_folder_open_file().
 *
 * Returns: (transfer full) (nullable): the bytes, followed by a NUL that
 *   @length does not count
 */
char *
fascia_safe_folder_read_file (FasciaSafeFolder  *folder,
                              const char        *relative,
                              gsize              max_size,
                              gsize             *length,
                              GError           **error)
{
  return fascia_safe_folder_read_stamped (folder, relative, max_size, length, NULL, error);
}

/**
 * fascia_safe_folder_read_stamped:
 * @stamp: (out) (optional): what tells this version of the file from others
 *
 * Like fascia_safe_folder_read_file(), and says which version of the file
 * was read, so that reading it again later can tell whether it changed.
 *
 * Returns: (transfer full) (nullable): the bytes, followed by a NUL that
 *   @length does not count
 */
char *
fascia_safe_folder_read_stamped (FasciaSafeFolder  *folder,
                                 const char        *relative,
                                 gsize              max_size,
                                 gsize             *length,
                                 FasciaFileStamp   *stamp,
                                 GError           **error)
{
  struct stat st;
  char *data;
  int fd;

  g_return_val_if_fail (length != NULL, NULL);

  fd = fascia_safe_folder_open_file (folder, relative, error);
  if (fd < 0)
    return NULL;

  memset (&st, 0, sizeof st);
  if (fstat (fd, &st) == 0 && stamp != NULL)
    {
      stamp->device = (guint64)st.st_dev;
      stamp->inode = (guint64)st.st_ino;
      stamp->size = (guint64)st.st_size;
      stamp->modified_ns = (gint64)st.st_mtim.tv_sec * G_GINT64_CONSTANT (1000000000) + st.st_mtim.tv_nsec;
    }
  else if (stamp != NULL)
    memset (stamp, 0, sizeof *stamp);

  /* A file that says it is empty may still have bytes (a file in /proc):
   * the hint only sizes the first buffer. */
  data = read_fd (fd, st.st_size > 0 ? (gsize)st.st_size + 1 : 0, max_size, length, error);
  close (fd);

  return data;
}

/**
 * fascia_file_stamp_equal:
 *
 * Returns: whether @a and @b stand for the same version of the same file
 */
gboolean
fascia_file_stamp_equal (const FasciaFileStamp *a,
                         const FasciaFileStamp *b)
{
  return a->device == b->device && a->inode == b->inode && a->size == b->size &&
         a->modified_ns == b->modified_ns;
}

/**
 * fascia_safe_file_read:
 * @path: a file
 * @max_size: the most bytes to read
 * @length: (out): how many bytes were read
 * @error: a %G_FILE_ERROR
 *
 * Reads a file of the folder it is in, under the rules of
 * fascia_safe_folder_read_file(): a link is followed only to a file in the
 * same folder.
 *
 * Returns: (transfer full) (nullable): the bytes, NUL-terminated
 */
char *
fascia_safe_file_read (const char  *path,
                       gsize        max_size,
                       gsize       *length,
                       GError     **error)
{
  g_autoptr(FasciaSafeFolder) folder = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (length != NULL, NULL);

  dir = g_path_get_dirname (path);
  name = g_path_get_basename (path);

  folder = fascia_safe_folder_open (dir, error);
  if (folder == NULL)
    return NULL;

  return fascia_safe_folder_read_file (folder, name, max_size, length, error);
}
