/* test-hostile.c - content folders from anyone: nothing blocks, nothing escapes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A content folder may come from anyone (--content-dir), so each class of
 * hostile folder found by a held-out corpus has its cases here: special
 * files named like pages, links out of the folder, messages that a crafted
 * name or value could break over lines or use to colour a terminal.
 */
#include "config.h"

#include <errno.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/un.h>
#include <unistd.h>

#include <gio/gio.h>
#include <glib/gstdio.h>

#include "fascia-body-map.h"
#include "fascia-content-error.h"
#include "fascia-library.h"
#include "fascia-parser.h"
#include "fascia-safe-file.h"

#define SECRET "FASCIA-SECRET-5e1d0b"

/* A page that loads without a problem: plain.xml. */
static const char plain_page[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
  "<page xmlns=\"http://fasciaapp.org/ns/page/1\" id=\"plain\" type=\"article\">\n"
  "  <title>Plain</title>\n"
  "  <summary>A plain page.</summary>\n"
  "  <section id=\"body\">\n"
  "    <title>Body</title>\n"
  "    <p>Text <cite ref=\"doe2020\"/>.</p>\n"
  "    <evidence level=\"opinion\">Opinion.</evidence>\n"
  "  </section>\n"
  "  <sources>\n"
  "    <source id=\"doe2020\"><authors>Doe J</authors><year>2020</year>"
  "<title>A study</title><venue>Journal 1:2</venue></source>\n"
  "  </sources>\n"
  "</page>\n";

typedef struct
{
  char *base;       /* a temporary folder holding both of these: */
  char *content;    /* base/content, the content folder */
  char *outside;    /* base/outside, a folder next to it */
} Fixture;

static void
write_file (const char *path,
            const char *contents,
            gssize      length)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_path_get_dirname (path);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
}

static char *
fixture_path (Fixture    *fixture,
              const char *relative)
{
  return g_build_filename (fixture->content, relative, NULL);
}

static void
fixture_write (Fixture    *fixture,
               const char *relative,
               const char *contents)
{
  g_autofree char *path = fixture_path (fixture, relative);

  write_file (path, contents, -1);
}

static void
fixture_link (Fixture    *fixture,
              const char *relative,
              const char *target)
{
  g_autofree char *path = fixture_path (fixture, relative);
  g_autofree char *dir = g_path_get_dirname (path);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_cmpint (symlink (target, path), ==, 0);
}

static void
setup (Fixture       *fixture,
       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->base = g_dir_make_tmp ("fascia-hostile-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->content = g_build_filename (fixture->base, "content", NULL);
  fixture->outside = g_build_filename (fixture->base, "outside", NULL);
  g_assert_cmpint (g_mkdir (fixture->content, 0700), ==, 0);
  g_assert_cmpint (g_mkdir (fixture->outside, 0700), ==, 0);

  fixture_write (fixture, "pages/plain.xml", plain_page);
}

/* Removes a tree without following a single link out of it. */
static void
remove_tree (const char *path)
{
  struct stat st;

  if (lstat (path, &st) != 0)
    return;

  if (S_ISDIR (st.st_mode))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          remove_tree (child);
        }
      g_rmdir (path);
    }
  else
    {
      g_unlink (path);
    }
}

static void
teardown (Fixture       *fixture,
          gconstpointer  data)
{
  remove_tree (fixture->base);
  g_free (fixture->base);
  g_free (fixture->content);
  g_free (fixture->outside);
}

static FasciaLibrary *
load (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  FasciaLibrary *library = fascia_library_load (fixture->content, &error);

  g_assert_no_error (error);
  g_assert_nonnull (library);

  return library;
}

static void
log_problems (FasciaLibrary *library)
{
  GPtrArray *problems = fascia_library_get_problems (library);

  for (guint i = 0; i < problems->len; i++)
    g_test_message ("%s", ((GError *)g_ptr_array_index (problems, i))->message);
}

/* Asserts a problem says "content/RELATIVE:LINE: …FRAGMENT…". */
static void
assert_problem (FasciaLibrary *library,
                const char    *relative,
                guint          line,
                const char    *fragment)
{
  GPtrArray *problems = fascia_library_get_problems (library);
  g_autofree char *path = g_build_filename (fascia_library_get_directory (library), relative, NULL);
  g_autofree char *prefix = g_strdup_printf ("%s:%u: ", path, line);

  for (guint i = 0; i < problems->len; i++)
    {
      const GError *error = g_ptr_array_index (problems, i);

      if (g_str_has_prefix (error->message, prefix) && strstr (error->message, fragment) != NULL)
        return;
    }

  log_problems (library);
  g_error ("no problem “%s…%s”", prefix, fragment);
}

static void
assert_no_secret (FasciaLibrary *library)
{
  GPtrArray *problems = fascia_library_get_problems (library);

  for (guint i = 0; i < problems->len; i++)
    g_assert_null (strstr (((GError *)g_ptr_array_index (problems, i))->message, SECRET));
}

static GPtrArray *
new_problems (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify)g_error_free);
}

/* ------------------------------------------------------------- folders */

/* A folder the reader may not open is named as a problem, and the pages
 * beside it load. Root may open any folder, so as root the case runs in a
 * child that has given up root first. */
static void
test_unreadable_folder (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *locked = fixture_path (fixture, "pages/locked");
  g_autoptr(FasciaLibrary) library = NULL;
  GString *other = g_string_new (plain_page);

  g_string_replace (other, "\"plain\"", "\"other\"", 0);
  fixture_write (fixture, "pages/locked/other.xml", other->str);
  g_string_free (other, TRUE);

  g_assert_cmpint (g_chmod (locked, 0), ==, 0);

  if (geteuid () == 0)
    {
      const char *chown_argv[] = { "chown", "-R", "65534:65534", fixture->base, NULL };
      int status = 0;

      /* The child runs its own setup, so its own folder is made here. */
      if (!g_test_subprocess ())
        {
          g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
          g_test_trap_assert_passed ();
          return;
        }

      /* Having given up root, the child must still reach the folder, and
       * remove it after: it becomes the owner. */
      g_assert_true (g_spawn_sync (NULL, (char **)chown_argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                                   NULL, NULL, &status, NULL));
      g_assert_cmpint (status, ==, 0);
      if (setgid (65534) != 0 || setuid (65534) != 0)
        {
          g_test_skip ("cannot give up root to test a folder that cannot be read");
          return;
        }
    }

  library = load (fixture);
  g_assert_nonnull (fascia_library_get_page (library, "plain"));
  g_assert_null (fascia_library_get_page (library, "other"));
  assert_problem (library, "pages/locked", 0, "the folder is not read: Permission denied");
  g_assert_cmpint (g_chmod (locked, 0700), ==, 0);
}

/* A tree deeper than any content folder is cut off with a problem, not
 * walked silently to its end. */
static void
test_deep_folders (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(FasciaLibrary) library = NULL;
  GString *relative = g_string_new ("pages");

  for (guint i = 0; i < 10; i++)
    g_string_append_printf (relative, "/d%u", i);
  g_string_append (relative, "/deep.xml");
  fixture_write (fixture, relative->str, plain_page);
  g_string_free (relative, TRUE);

  library = load (fixture);
  g_assert_cmpuint (fascia_library_get_n_pages (library), ==, 1);
  assert_problem (library, "pages/d0/d1/d2/d3/d4/d5/d6/d7", 0, "more than 8 folders deep");
}

/* ------------------------------------------------------- special files */

/* A named pipe nobody writes to: opening it for reading without O_NONBLOCK,
 * or reading it, would wait forever. */
static void
test_named_pipe (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *pipe = fixture_path (fixture, "pages/pipe.xml");
  g_autofree char *map = fixture_path (fixture, "body-map.xml");
  g_autoptr(FasciaLibrary) library = NULL;
  g_autoptr(GPtrArray) problems = new_problems ();
  g_autoptr(FasciaPage) page = NULL;
  g_autoptr(FasciaBodyMap) body_map = NULL;

  g_assert_cmpint (mkfifo (pipe, 0600), ==, 0);
  g_assert_cmpint (mkfifo (map, 0600), ==, 0);

  library = load (fixture);
  g_assert_cmpuint (fascia_library_get_n_pages (library), ==, 1);
  g_assert_cmpuint (fascia_library_get_n_skipped (library), ==, 2);
  assert_problem (library, "pages/pipe.xml", 1, "it is a named pipe, not a file");
  assert_problem (library, "body-map.xml", 1, "it is a named pipe, not a file");
  g_assert_null (fascia_library_get_body_map (library));

  /* One file on its own, the same. */
  page = fascia_parser_parse_file (pipe, problems);
  g_assert_null (page);
  body_map = fascia_body_map_parse_file (map, problems);
  g_assert_null (body_map);
  g_assert_cmpuint (problems->len, ==, 2);
  g_assert_error ((GError *)g_ptr_array_index (problems, 0), FASCIA_CONTENT_ERROR, FASCIA_CONTENT_ERROR_IO);
  g_assert_nonnull (strstr (((GError *)g_ptr_array_index (problems, 1))->message, "named pipe"));
}

static void
test_socket (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *path = fixture_path (fixture, "pages/socket.xml");
  g_autoptr(FasciaLibrary) library = NULL;
  struct sockaddr_un address = { .sun_family = AF_UNIX };
  int fd;

  if (strlen (path) >= sizeof address.sun_path)
    {
      g_test_skip ("the temporary folder's name is too long for a socket");
      return;
    }

  strcpy (address.sun_path, path);
  fd = socket (AF_UNIX, SOCK_STREAM, 0);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (bind (fd, (struct sockaddr *)&address, sizeof address), ==, 0);

  library = load (fixture);
  assert_problem (library, "pages/socket.xml", 1, "it is a socket, not a file");
  g_assert_cmpuint (fascia_library_get_n_pages (library), ==, 1);
  close (fd);
}

/* A device is refused by what it is, without being opened: opening some
 * devices does something. Only root may make one. */
static void
test_device (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *path = fixture_path (fixture, "pages/null.xml");
  g_autoptr(FasciaLibrary) library = NULL;

  if (mknod (path, S_IFCHR | 0600, makedev (1, 3)) != 0)
    {
      g_autofree char *why = g_strdup_printf ("cannot make a device here: %s", g_strerror (errno));

      g_test_skip (why);
      return;
    }

  library = load (fixture);
  assert_problem (library, "pages/null.xml", 1, "it is a device, not a file");
  g_assert_cmpuint (fascia_library_get_n_skipped (library), ==, 1);
}

/* ------------------------------------------------------------- links */

/* A link named like a page that leads out of the folder is never read, even
 * when it leads to a valid page, and nothing of the file reaches a message. */
static void
test_link_out_to_file (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *secret = g_build_filename (fixture->outside, "secret.txt", NULL);
  g_autofree char *outside_page = g_build_filename (fixture->outside, "other.xml", NULL);
  g_autofree char *dir = fixture_path (fixture, "pages");
  g_autoptr(FasciaLibrary) library = NULL;
  g_autoptr(GPtrArray) problems = new_problems ();
  g_autofree char *escaped = NULL;
  g_autoptr(FasciaPage) page = NULL;
  GString *other = g_string_new (plain_page);

  write_file (secret, "<" SECRET "/>", -1);
  g_string_replace (other, "\"plain\"", "\"other\"", 0);
  write_file (outside_page, other->str, -1);
  g_string_free (other, TRUE);

  fixture_link (fixture, "pages/secret.xml", "../../outside/secret.txt");
  fixture_link (fixture, "pages/other.xml", outside_page);
  fixture_link (fixture, "pages/passwd.xml", "/etc/passwd");

  library = load (fixture);
  g_assert_cmpuint (fascia_library_get_n_pages (library), ==, 1);
  g_assert_null (fascia_library_get_page (library, "other"));
  assert_problem (library, "pages/secret.xml", 1, "symbolic link that leads outside the folder");
  assert_problem (library, "pages/other.xml", 1, "symbolic link that leads outside the folder");
  assert_problem (library, "pages/passwd.xml", 1, "symbolic link that leads outside the folder");
  assert_no_secret (library);

  /* A page read on its own may not leave its folder either. */
  escaped = g_build_filename (dir, "other.xml", NULL);
  page = fascia_parser_parse_file (escaped, problems);
  g_assert_null (page);
  g_assert_cmpuint (problems->len, ==, 1);
}

/* A linked folder that leads out is not walked into. */
static void
test_link_out_to_folder (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autofree char *outside_page = g_build_filename (fixture->outside, "pages", "other.xml", NULL);
  g_autoptr(FasciaLibrary) library = NULL;
  GString *other = g_string_new (plain_page);

  g_string_replace (other, "\"plain\"", "\"other\"", 0);
  write_file (outside_page, other->str, -1);
  g_string_free (other, TRUE);
  fixture_link (fixture, "pages/more", "../../outside/pages");
  fixture_link (fixture, "root", "/");

  library = load (fixture);
  g_assert_null (fascia_library_get_page (library, "other"));
  g_assert_cmpuint (fascia_library_get_n_pages (library), ==, 1);
  assert_problem (library, "pages/more", 0, "symbolic link that leads outside the folder");
  assert_problem (library, "root", 0, "symbolic link that leads outside the folder");
}

/* A link that stays inside is followed, for files and folders alike; one
 * that leads nowhere, or round in a loop, says so. */
static void
test_link_inside (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(FasciaLibrary) library = NULL;
  GString *other = g_string_new (plain_page);

  g_string_replace (other, "\"plain\"", "\"other\"", 0);
  fixture_write (fixture, "store/other.txt", other->str);
  g_string_free (other, TRUE);
  other = g_string_new (plain_page);
  g_string_replace (other, "\"plain\"", "\"third\"", 0);
  fixture_write (fixture, "store/deeper/third.xml.in", other->str);
  g_string_free (other, TRUE);

  fixture_link (fixture, "pages/other.xml", "../store/other.txt");
  fixture_link (fixture, "more", "store/deeper");
  fixture_link (fixture, "more/third.xml", "third.xml.in");
  fixture_link (fixture, "pages/nowhere.xml", "missing.xml");
  fixture_link (fixture, "pages/loop.xml", "loop.xml");

  library = load (fixture);
  g_assert_nonnull (fascia_library_get_page (library, "other"));
  g_assert_nonnull (fascia_library_get_page (library, "third"));
  assert_problem (library, "pages/nowhere.xml", 1, "it is a symbolic link to nothing");
  assert_problem (library, "pages/loop.xml", 1, "it is a loop of symbolic links");
}

/* Links back to a folder being read: each folder is read once. Before, a
 * few such links side by side were walked into each other down to the
 * depth limit: four made 22,000 folders of the same pages. */
static void
test_link_loops (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(FasciaLibrary) library = NULL;

  for (guint i = 0; i < 8; i++)
    {
      g_autofree char *name = g_strdup_printf ("pages/self-%u", i);

      fixture_link (fixture, name, ".");
    }
  fixture_link (fixture, "pages/up", "..");

  library = load (fixture);
  g_assert_cmpuint (fascia_library_get_n_pages (library), ==, 1);
  g_assert_cmpuint (fascia_library_get_n_skipped (library), ==, 0);
  g_assert_cmpuint (fascia_library_get_problems (library)->len, ==, 9);
  assert_problem (library, "pages/self-0", 0, "it leads to a folder that is read already");
  assert_problem (library, "pages/up", 0, "it leads to a folder that is read already");
}

/* The helper on its own: no way out by "..", "/" or a link. */
static void
test_safe_folder (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(FasciaSafeFolder) folder = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *bytes = NULL;
  g_autofree char *secret = g_build_filename (fixture->outside, "secret.txt", NULL);
  g_autofree char *not_folder = fixture_path (fixture, "pages/plain.xml");
  gsize length = 0;

  write_file (secret, SECRET, -1);
  fixture_link (fixture, "link.txt", "../outside/secret.txt");

  folder = fascia_safe_folder_open (fixture->content, &error);
  g_assert_no_error (error);

  bytes = fascia_safe_folder_read_file (folder, "../outside/secret.txt", 1024, &length, &error);
  g_assert_null (bytes);
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_PERM);
  g_clear_error (&error);

  bytes = fascia_safe_folder_read_file (folder, secret, 1024, &length, &error);
  g_assert_null (bytes);
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_PERM);
  g_clear_error (&error);

  bytes = fascia_safe_folder_read_file (folder, "link.txt", 1024, &length, &error);
  g_assert_null (bytes);
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_PERM);
  g_clear_error (&error);

  g_assert_cmpint (fascia_safe_folder_open_file (folder, "pages", &error), ==, -1);
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_ISDIR);
  g_clear_error (&error);

  /* Reads stop at the cap. */
  bytes = fascia_safe_folder_read_file (folder, "pages/plain.xml", 10, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (length, ==, 10);
  g_assert_cmpstr (bytes, ==, "<?xml vers");

  g_assert_null (fascia_safe_folder_open (not_folder, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOTDIR);
}


/* Every line is valid UTF-8 without a control character, and not long. */
static void
assert_safe_lines (const char *text,
                   GRegex     *form)
{
  g_auto(GStrv) lines = NULL;

  g_assert_true (g_utf8_validate (text, -1, NULL));

  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];

      if (line[0] == '\0')
        continue;

      for (const char *p = line; *p != '\0'; p = g_utf8_next_char (p))
        {
          gunichar c = g_utf8_get_char (p);

          if (c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f) || c == 0x2028 || c == 0x2029)
            g_error ("line %u holds U+%04X: “%s”", i + 1, c, line);
        }

      if (g_utf8_strlen (line, -1) > 1600)
        g_error ("line %u is %ld characters long", i + 1, g_utf8_strlen (line, -1));
      if (form != NULL && !g_regex_match (form, line, 0, NULL))
        g_error ("line %u is not of the form file:line: message: “%s”", i + 1, line);
    }
}

/* ------------------------------------------------------------ messages */

static void
test_sanitize (void)
{
  static const struct {
    const char *in;
    gssize      length;
    gsize       max;
    const char *out;
  } cases[] = {
    { "plain words", -1, 0, "plain words" },
    { "a\nb", -1, 0, "a\\nb" },
    { "\x1b[31mred", -1, 0, "\\x1b[31mred" },
    { "\t\r\x01", -1, 0, "\\t\\r\\x01" },
    { "del\x7f", -1, 0, "del\\x7f" },
    { "csi\xc2\x9b" "31m", -1, 0, "csi\\u009b31m" },
    { "\xc2\x80\xc2\x9f", -1, 0, "\\u0080\\u009f" },
    { "bad\xff\xfe", -1, 0, "bad\\xff\\xfe" },
    { "cut\xe2\x80", -1, 0, "cut\\xe2\\x80" },
    { "overlong\xc0\xaf", -1, 0, "overlong\\xc0\\xaf" },
    { "line\xe2\x80\xa8sep", -1, 0, "line\\u2028sep" },
    { "rlo\xe2\x80\xae", -1, 0, "rlo\\u202e" },
    { "crème brûlée “quoted” …", -1, 0, "crème brûlée “quoted” …" },
    { "a\0b", 3, 0, "a\\x00b" },
    { "abcdef", -1, 3, "abc…" },
    { "abc", -1, 3, "abc" },
    { "\x1b\x1b", -1, 5, "\\x1b…" },
    { "ééé", -1, 2, "éé…" },
    { NULL, -1, 0, "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = fascia_content_error_sanitize (cases[i].in, cases[i].length, cases[i].max);

      g_assert_cmpstr (out, ==, cases[i].out);
    }
}

/* A crafted file name or value can neither colour the terminal nor forge a
 * line of its own, and a long one does not fill the screen. */
static void
test_message_safe (void)
{
  g_autoptr(GString) huge = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GRegex) form = g_regex_new ("^.+:[0-9]+: .+$", 0, 0, NULL);
  const char *message;

  while (huge->len < 100 * 1024)
    g_string_append (huge, "very-long-value-");

  error = fascia_content_error_new (FASCIA_CONTENT_ERROR_SCHEMA, "pages/\x1b]0;owned\x07\n.xml", 3,
                                    "“%s” and %u and %d and “%s” and %s, %c%%", huge->str, 7u, -2,
                                    "x\ny.xml:1: forged", "\xc2\x9b" "2J\xff", '\n');
  message = error->message;
  g_test_message ("%s", message);

  assert_safe_lines (message, form);
  g_assert_true (g_str_has_prefix (message, "pages/\\x1b]0;owned\\x07\\n.xml:3: “very-long-value-"));
  g_assert_nonnull (strstr (message, "…” and 7 and -2 and “x\\ny.xml:1: forged” and \\u009b2J\\xff, \\n%"));
  g_assert_cmpuint (g_utf8_strlen (message, -1), <, 400);

  /* A translation may reorder the values: the whole is made safe then. */
  g_clear_error (&error);
  error = fascia_content_error_new (FASCIA_CONTENT_ERROR_SCHEMA, "a.xml", 1, "%2$s before %1$s",
                                    huge->str, "x\x1b[2J");
  assert_safe_lines (error->message, form);
  g_assert_true (g_str_has_prefix (error->message, "a.xml:1: x\\x1b[2J before very-long-value-"));
  g_assert_cmpuint (g_utf8_strlen (error->message, -1), <, 1000);
}

/* libxml2 says some things over two lines, the second quoting bytes of the
 * file: only the first is kept. */
static void
test_libxml_first_line (void)
{
  static const char xml[] =
    "<?xml version=\"1.0\"?>\n"
    "<page xmlns=\"http://fasciaapp.org/ns/page/1\" id=\"a\" type=\"article\">"
    "<title>\xff\x1b[31m</title></page>\n";
  g_autoptr(GPtrArray) problems = new_problems ();
  g_autoptr(FasciaPage) page = fascia_parser_parse_data (xml, sizeof xml - 1, "utf8.xml", problems);
  const GError *error;

  g_assert_null (page);
  g_assert_cmpuint (problems->len, ==, 1);
  error = g_ptr_array_index (problems, 0);
  g_assert_cmpstr (error->message, ==, "utf8.xml:2: Input is not proper UTF-8, indicate encoding !");
}

/* -------------------------------------------------------------- limits */

/* Parses @xml, which must be refused with one problem starting @prefix. */
static void
assert_refused (const char         *xml,
                gsize               length,
                FasciaContentError  code,
                const char         *prefix)
{
  g_autoptr(GPtrArray) problems = new_problems ();
  g_autoptr(FasciaPage) page = fascia_parser_parse_data (xml, length, "hostile.xml", problems);
  const GError *error;

  g_assert_null (page);
  g_assert_cmpuint (problems->len, ==, 1);
  error = g_ptr_array_index (problems, 0);
  g_assert_error (error, FASCIA_CONTENT_ERROR, (int)code);
  if (!g_str_has_prefix (error->message, prefix))
    g_error ("expected “%s…”, got “%s”", prefix, error->message);
}

/* Parses @xml, which must load without a problem. */
static void
assert_loads (const char *xml)
{
  g_autoptr(GPtrArray) problems = new_problems ();
  g_autoptr(FasciaPage) page = fascia_parser_parse_data (xml, strlen (xml), "plain.xml", problems);

  for (guint i = 0; i < problems->len; i++)
    g_test_message ("%s", ((GError *)g_ptr_array_index (problems, i))->message);
  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_nonnull (page);
}

/* libxml2 compares every attribute of an element with every one before it:
 * 100,000 of them, under the size cap, took 15 s. They are counted first. */
static void
test_many_attributes (void)
{
  g_autoptr(GString) xml = g_string_new ("<?xml version=\"1.0\"?>\n"
                                         "<page xmlns=\"http://fasciaapp.org/ns/page/1\"\n"
                                         "      id=\"a\" type=\"article\"");

  for (guint i = 0; i < 100000; i++)
    g_string_append_printf (xml, " a%u=\"\"", i);
  g_string_append (xml, "><title>T</title></page>\n");
  g_assert_cmpuint (xml->len, <=, FASCIA_PARSER_MAX_FILE_SIZE);

  assert_refused (xml->str, xml->len, FASCIA_CONTENT_ERROR_TOO_LARGE,
                  "hostile.xml:2: <page> has more than 32 attributes");
}

/* At the cap the schema speaks, not the cap. */
static void
test_attributes_at_cap (void)
{
  g_autoptr(GString) xml = g_string_new ("<?xml version=\"1.0\"?>\n"
                                         "<page xmlns=\"http://fasciaapp.org/ns/page/1\"\n"
                                         "      id=\"a\" type=\"article\" xml:lang=\"en\"\n");
  g_autoptr(GPtrArray) problems = new_problems ();
  g_autoptr(FasciaPage) page = NULL;

  /* id, type, xml:lang and these: 32 attributes. */
  for (guint i = 0; i < 29; i++)
    g_string_append_printf (xml, " a%u = 'x=y>z'", i);
  g_string_append (xml, "><title>T</title></page>\n");

  page = fascia_parser_parse_data (xml->str, xml->len, "hostile.xml", problems);
  g_assert_null (page);
  g_assert_cmpuint (problems->len, ==, 1);
  g_assert_error ((GError *)g_ptr_array_index (problems, 0), FASCIA_CONTENT_ERROR, FASCIA_CONTENT_ERROR_SCHEMA);
}

static void
test_many_namespaces (void)
{
  g_autoptr(GString) xml = g_string_new ("<?xml version=\"1.0\"?>\n"
                                         "<page xmlns=\"http://fasciaapp.org/ns/page/1\" id=\"a\" type=\"article\">\n"
                                         "<title>T</title><summary>\n");

  /* Spread over elements, with spaces around "=": the page's and 64 more,
   * the last on line 4 + 63. */
  for (guint i = 0; i < 64; i++)
    g_string_append_printf (xml, "<em xmlns:n%u = \"urn:n%u\">x</em>\n", i, i);
  g_string_append (xml, "</summary></page>\n");

  assert_refused (xml->str, xml->len, FASCIA_CONTENT_ERROR_TOO_LARGE,
                  "hostile.xml:67: the file declares more than 64 namespaces");
}

/* What only looks like attributes is not counted: comments, CDATA, text,
 * processing instructions, and "=" or ">" inside a quoted value. */
static void
test_not_attributes (void)
{
  g_autoptr(GString) xml = g_string_new (plain_page);
  g_autoptr(GString) noise = g_string_new ("<!-- ");
  g_autoptr(GString) href = g_string_new ("https://example.org/?");

  for (guint i = 0; i < 100; i++)
    {
      g_string_append_printf (noise, "a%u=\"\" ", i);
      g_string_append_printf (href, "a%u=%u&amp;", i, i);
    }
  g_string_append (noise, "-->\n<?pi a=1 b=2 c=3 d=4 e=5 f=6 g=7 h=8 i=9 j=10 k=11 l=12 m=13 n=14 o=15 p=16 "
                          "q=17 r=18 s=19 t=20 u=21 v=22 w=23 x=24 y=25 z=26 aa=1 bb=2 cc=3 dd=4 ee=5 ff=6 gg=7?>\n");
  g_string_replace (xml, "<title>Plain</title>", noise->str, 1);
  g_string_replace (xml, "<summary>", "<title>Plain</title>\n  <summary>", 1);
  g_string_replace (xml, "A plain page.", "A plain page: a=1 b>2 <![CDATA[ x=1 y=2 ]]>", 1);
  g_string_append_printf (href, "\">a link with = > in it</ext>");
  g_string_prepend (href, "<ext href=\"");
  g_string_replace (xml, "Text <cite", "Text ", 1);
  g_string_replace (xml, "ref=\"doe2020\"/>", href->str, 1);
  g_string_replace (xml, ".</p>", " <cite ref=\"doe2020\"/>.</p>", 1);

  assert_loads (xml->str);
}

/* A list of ids names a few pages or places, not half a million. */
static void
test_long_lists (void)
{
  g_autoptr(GString) ids = g_string_new ("<steps area=\"");
  g_autoptr(GString) xml = g_string_new (plain_page);

  for (guint i = 0; i <= FASCIA_PARSER_MAX_LIST_IDS; i++)
    g_string_append_printf (ids, "a%u ", i);
  g_string_append (ids, "\"><step>x</step></steps>\n    <evidence");
  g_string_replace (xml, "<evidence", ids->str, 1);

  assert_refused (xml->str, xml->len, FASCIA_CONTENT_ERROR_TOO_LARGE,
                  "hostile.xml:8: area=\"…\" names 65 ids: a list has at most 64");
}

/* A hundred thousand bad links are a hundred problems and a count: listing
 * each would take longer than reading the file, and help no one. */
static void
test_problems_per_file (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GString) page = g_string_new (plain_page);
  g_autoptr(GString) links = g_string_new ("Text ");
  g_autoptr(FasciaLibrary) library = NULL;
  GPtrArray *problems;
  guint n_plain = 0;

  for (guint i = 0; i < 20000; i++)
    g_string_append_printf (links, "<link to=\"nowhere-%u\">x</link>\n", i);
  g_string_replace (page, "Text ", links->str, 1);
  fixture_write (fixture, "pages/plain.xml", page->str);

  library = load (fixture);
  problems = fascia_library_get_problems (library);
  for (guint i = 0; i < problems->len; i++)
    n_plain += strstr (((GError *)g_ptr_array_index (problems, i))->message, "plain.xml:") != NULL;
  g_assert_cmpuint (n_plain, ==, 101);
  assert_problem (library, "pages/plain.xml", 20006, "and 19900 more problems in this file, not listed");
}

/* ----------------------------------------------------------- NUL bytes */

/* libxml2 stops reading at a NUL as at the end of the file: a valid page, a
 * NUL and anything after it loaded as the page alone. */
static void
test_nul_after_page (void)
{
  g_autoptr(GString) xml = g_string_new (plain_page);

  g_string_append_c (xml, '\0');
  g_string_append (xml, "<page>not even well formed");
  assert_refused (xml->str, xml->len, FASCIA_CONTENT_ERROR_MALFORMED,
                  "hostile.xml:14: the file holds a NUL byte");
}

static void
test_nul_inside (void)
{
  g_autoptr(GString) xml = g_string_new (plain_page);
  gsize at = strstr (xml->str, "Opinion") - xml->str;

  xml->str[at] = '\0';
  assert_refused (xml->str, xml->len, FASCIA_CONTENT_ERROR_MALFORMED,
                  "hostile.xml:8: the file holds a NUL byte");
}

static void
test_utf16 (void)
{
  static const char xml[] = "\xff\xfe<\0?\0x\0m\0l\0";

  assert_refused (xml, sizeof xml - 1, FASCIA_CONTENT_ERROR_MALFORMED,
                  "hostile.xml:1: the file is not in UTF-8");
}

/* -------------------------------------------- titles, links inside links, ids */

/* Replaces @from with @to in the plain page and parses it, which must be
 * refused with one problem starting @prefix. */
static void
assert_plain_refused (const char *from,
                      const char *to,
                      const char *prefix)
{
  g_autoptr(GString) xml = g_string_new (plain_page);

  g_assert_cmpuint (g_string_replace (xml, from, to, 1), ==, 1);
  assert_refused (xml->str, xml->len, FASCIA_CONTENT_ERROR_SCHEMA, prefix);
}

/* A blank title leaves a blank entry in the sidebar, or a heading without
 * words: blank is also only spaces of any kind and invisible characters. */
static void
test_empty_titles (void)
{
  assert_plain_refused ("<title>Plain</title>", "<title></title>",
                        "hostile.xml:3: the page's <title> is empty");
  assert_plain_refused ("<title>Plain</title>", "<title>  \n\t </title>",
                        "hostile.xml:3: the page's <title> is empty");
  assert_plain_refused ("<title>Plain</title>", "<title>&#xa0;&#x200b;&#x3000;&#x2028;</title>",
                        "hostile.xml:3: the page's <title> is empty");
  assert_plain_refused ("<title>Body</title>", "<title> </title>",
                        "hostile.xml:6: the section's <title> is empty");
}

/* A link inside a link: on screen the outer one is lost. */
static void
test_nested_links (void)
{
  assert_plain_refused ("<p>Text", "<p><link to=\"plain\">Text <link to=\"plain#body\">here</link></link>",
                        "hostile.xml:7: <link> inside <link>: links cannot be nested");
  assert_plain_refused ("<p>Text", "<p><link to=\"plain\">a\n<em>b <ext href=\"https://example.org/\">c</ext></em></link>",
                        "hostile.xml:8: <ext> inside <link>: links cannot be nested");
  assert_plain_refused ("<p>Text", "<p><ext href=\"https://example.org/\">a <link to=\"plain\">b</link></ext>",
                        "hostile.xml:7: <link> inside <ext>: links cannot be nested");
  assert_plain_refused ("<p>Text", "<p><ext href=\"https://example.org/\">a <cite ref=\"doe2020\"/></ext>",
                        "hostile.xml:7: <cite> inside <ext>: links cannot be nested");

  /* Side by side, and inside emphasis, is fine. */
  {
    g_autoptr(GString) xml = g_string_new (plain_page);

    g_string_replace (xml, "<p>Text", "<p><em><link to=\"plain\">a</link></em> <link to=\"plain#body\">b</link> "
                                     "<ext href=\"https://example.org/\"><strong>c</strong></ext>", 1);
    assert_loads (xml->str);
  }
}

/* Ids have a length cap; each part of a link target and each id of a list
 * has it too, and the message says so, shortened. */
static void
test_long_ids (void)
{
  g_autoptr(GString) huge = g_string_new ("id=\"");
  g_autoptr(GString) at_cap = g_string_new (plain_page);
  g_autoptr(GString) xml = g_string_new (plain_page);
  g_autoptr(GPtrArray) problems = new_problems ();
  g_autoptr(FasciaPage) page = NULL;
  g_autofree char *longest = g_strnfill (64, 'a');
  g_autofree char *longest_id = g_strdup_printf ("id=\"%s\"", longest);
  const GError *error;

  assert_plain_refused ("id=\"plain\"", "id=\"a123456789-123456789-123456789-123456789-123456789-123456789-1234\"",
                        "hostile.xml:2: “a123456789-123456789-123456789-123456789-123456789-123456789-1234” "
                        "in id=\"…\" is too long: an id has at most 64 characters");
  assert_plain_refused ("id=\"body\"", "id=\"a123456789-123456789-123456789-123456789-123456789-123456789-1234\"",
                        "hostile.xml:5: “a123456789-");
  assert_plain_refused ("<p>Text", "<p><link to=\"plain#a123456789-123456789-123456789-123456789-123456789-123456789-1234\">x</link>",
                        "hostile.xml:7: “plain#a123456789-123456789-123456789-123456789-123456789-123456789-1234” "
                        "in to=\"…\" is too long");

  /* 64 characters is an id. */
  g_string_replace (at_cap, "id=\"body\"", longest_id, 1);
  assert_loads (at_cap->str);

  /* A 100 KB id is one short line. */
  while (huge->len < 100 * 1024)
    g_string_append (huge, "abcdefgh-");
  g_string_append (huge, "z\"");
  g_string_replace (xml, "id=\"plain\"", huge->str, 1);
  page = fascia_parser_parse_data (xml->str, xml->len, "hostile.xml", problems);
  g_assert_null (page);
  g_assert_cmpuint (problems->len, ==, 1);
  error = g_ptr_array_index (problems, 0);
  g_assert_true (g_str_has_prefix (error->message, "hostile.xml:2: “abcdefgh-abcdefgh-"));
  g_assert_true (g_str_has_suffix (error->message, "…” in id=\"…\" is too long: an id has at most 64 characters"));
  g_assert_cmpuint (g_utf8_strlen (error->message, -1), <, 300);
}

/* The body map's names are what screen readers say: never blank. Its ids
 * have the cap too. */
static void
test_body_map_names (void)
{
  static const char map[] =
    "<?xml version=\"1.0\"?>\n"
    "<body-map xmlns=\"http://fasciaapp.org/ns/body-map/1\" width=\"200\" height=\"400\">\n"
    "<view id=\"front\" title=\"&#x200b;\">\n"
    "<outline d=\"M 50 0 H 150 V 400 H 50 Z\"/>\n"
    "<region id=\"front-hip-left\" name=\" \" side=\"left\" page=\"region-hip\">\n"
    "<shape d=\"M 140 100 L 160 100 L 160 140 Z\"/>\n"
    "</region>\n"
    "</view>\n"
    "<muscle page=\"a123456789-123456789-123456789-123456789-123456789-123456789-1234\" side=\"left\" "
    "regions=\"front-hip-left\">\n"
    "<shape view=\"front\" d=\"M 145 105 h 5 v 5 h -5 z\"/>\n"
    "<zone kind=\"essential\" regions=\"front-hip-left\"/>\n"
    "</muscle>\n"
    "</body-map>\n";
  g_autoptr(GPtrArray) problems = new_problems ();
  g_autoptr(FasciaBodyMap) body_map = fascia_body_map_parse_data (map, sizeof map - 1, "map.xml", problems);

  g_assert_null (body_map);
  g_assert_cmpuint (problems->len, ==, 3);
  g_assert_cmpstr (((GError *)g_ptr_array_index (problems, 0))->message, ==,
                   "map.xml:3: title=\"…\" is empty: it is what the map says this is called");
  g_assert_cmpstr (((GError *)g_ptr_array_index (problems, 1))->message, ==,
                   "map.xml:5: name=\"…\" is empty: it is what the map says this is called");
  g_assert_true (g_str_has_prefix (((GError *)g_ptr_array_index (problems, 2))->message,
                                   "map.xml:9: “a123456789-"));
  g_assert_nonnull (strstr (((GError *)g_ptr_array_index (problems, 2))->message, "is too long"));
}

/* ------------------------------------------------------ the command line */

#define FASCIA_TEST_TIMEOUT 60

typedef struct
{
  GBytes   *out;
  GBytes   *err;
  gboolean  done;
  GError   *error;
} Run;

static void
communicated (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  Run *run = user_data;

  g_subprocess_communicate_finish (G_SUBPROCESS (source), result, &run->out, &run->err, &run->error);
  run->done = TRUE;
}

static gboolean
time_out (gpointer user_data)
{
  g_subprocess_force_exit (user_data);
  g_error ("fascia did not finish within %d s", FASCIA_TEST_TIMEOUT);
  return G_SOURCE_REMOVE;
}

/* Runs fascia with the arguments up to %NULL; it must finish in time. */
static int
run_fascia (char **out,
            char **err,
            ...)
{
  const char *exe = g_getenv ("FASCIA_EXE");
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  Run run = { NULL, NULL, FALSE, NULL };
  const char *arg;
  guint timeout_id;
  va_list args;

  g_assert_nonnull (exe);
  g_ptr_array_add (argv, (char *)exe);
  va_start (args, err);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, (char *)arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  /* Nothing here needs a window: without a display, fascia must not try. */
  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_unsetenv (launcher, "DISPLAY");
  g_subprocess_launcher_unsetenv (launcher, "WAYLAND_DISPLAY");
  process = g_subprocess_launcher_spawnv (launcher, (const char * const *)argv->pdata, &error);
  g_assert_no_error (error);

  timeout_id = g_timeout_add_seconds (FASCIA_TEST_TIMEOUT, time_out, process);
  g_subprocess_communicate_async (process, NULL, NULL, communicated, &run);
  while (!run.done)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (timeout_id);
  g_assert_no_error (run.error);

  *out = g_strndup (g_bytes_get_data (run.out, NULL), g_bytes_get_size (run.out));
  *err = g_strndup (g_bytes_get_data (run.err, NULL), g_bytes_get_size (run.err));
  g_bytes_unref (run.out);
  g_bytes_unref (run.err);

  g_assert_true (g_subprocess_get_if_exited (process));
  return g_subprocess_get_exit_status (process);
}

/* A folder with one of each: every way to break a line or colour a
 * terminal in a name or a value, a pipe, links out, a secret beyond them. */
static void
make_hostile_folder (Fixture *fixture)
{
  g_autofree char *pipe = fixture_path (fixture, "pages/pipe.xml");
  g_autofree char *secret = g_build_filename (fixture->outside, "secret.xml", NULL);
  g_autoptr(GString) long_id = g_string_new (plain_page);
  g_autoptr(GString) odd_id = g_string_new (plain_page);
  g_autoptr(GString) value = g_string_new ("id=\"");

  fixture_write (fixture, "pages/\x1b[31mred\nforged.xml:1: fake\xc2\x9b\xff.xml", "<broken");
  fixture_write (fixture, "pages/bad\xff\xfe\x1b[2J.xml", "<?xml version=\"1.0\"?>\n<a>\xff</a>\n");

  while (value->len < 100 * 1024)
    g_string_append (value, "aaaaaaaaaaaaaaaa");
  g_string_append (value, "\"");
  g_string_replace (long_id, "id=\"plain\"", value->str, 1);
  fixture_write (fixture, "pages/long.xml", long_id->str);

  g_string_replace (odd_id, "id=\"plain\"", "id=\"pl&#x9b;ain&#10;x.xml:9: forged&#x85;\"", 1);
  fixture_write (fixture, "pages/odd.xml", odd_id->str);

  g_assert_cmpint (mkfifo (pipe, 0600), ==, 0);
  write_file (secret, "<" SECRET "/>", -1);
  fixture_link (fixture, "pages/secret.xml", secret);
  fixture_link (fixture, "body-map.xml", "/etc/passwd");
}

static void
test_check_content (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *out = NULL, *err = NULL;
  g_autoptr(GRegex) form = g_regex_new ("^.+:[0-9]+: .+$", 0, 0, NULL);
  int status;

  make_hostile_folder (fixture);

  status = run_fascia (&out, &err, "--check-content", fixture->content, NULL);
  g_test_message ("%s%s", out, err);
  g_assert_cmpint (status, ==, 1);
  assert_safe_lines (out, form);
  assert_safe_lines (err, NULL);
  g_assert_null (strstr (out, SECRET));
  g_assert_nonnull (strstr (out, "pipe.xml:1: cannot read the file: it is a named pipe, not a file\n"));
  g_assert_nonnull (strstr (out, "/pages/\\x1b[31mred\\nforged.xml:1: fake\\u009b\\xff.xml:1: "));
  g_assert_nonnull (strstr (out, "“pl\\u009bain\\nx.xml:9: forged"));
  g_assert_nonnull (strstr (out, "aaaa…"));
}

/* The list of sources quotes the pages' text, and that is made safe too. */
static void
test_list_sources (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GString) page = g_string_new (plain_page);
  g_autoptr(GString) title = g_string_new (NULL);
  g_autofree char *out = NULL, *err = NULL;
  int status;

  g_string_append (title, "<title>");
  while (title->len < 100 * 1024)
    g_string_append (title, "A title ");
  g_string_append (title, "</title>");
  g_string_replace (page, "<title>A study</title>", title->str, 1);
  g_string_replace (page, "<authors>Doe J</authors>", "<authors>Doe J&#x9b;2J&#x85;&#10;x</authors>", 1);
  fixture_write (fixture, "pages/plain.xml", page->str);

  status = run_fascia (&out, &err, "--list-sources", fixture->content, NULL);
  g_assert_cmpint (status, ==, 0);
  assert_safe_lines (out, NULL);
  g_assert_nonnull (strstr (out, "Doe J\\u009b2J\\u0085 x"));
}

/* Given the pages folder instead of the content folder, the library would
 * load the pages without the map and skip every check that needs it. */
static void
test_pages_folder (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *pages = fixture_path (fixture, "pages");
  g_autofree char *pages_slash = g_strconcat (pages, "/", NULL);
  g_autofree char *out = NULL, *err = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *found = NULL;
  int status;

  /* No map anywhere: a folder of pages is a content folder. */
  g_assert_null (fascia_library_dup_enclosing_folder (pages));
  g_assert_null (fascia_library_dup_enclosing_folder (fixture->content));

  fixture_write (fixture, "body-map.xml", "<body-map/>");
  found = fascia_library_dup_enclosing_folder (pages);
  g_assert_cmpstr (found, ==, fixture->content);
  g_free (found);
  found = fascia_library_dup_enclosing_folder (pages_slash);
  g_assert_cmpstr (found, ==, fixture->content);
  g_assert_null (fascia_library_dup_enclosing_folder (fixture->content));

  status = run_fascia (&out, &err, "--check-content", pages, NULL);
  g_assert_cmpint (status, ==, 1);
  expected = g_strdup_printf ("%s:0: this looks like the pages folder of the content folder %s, "
                              "which holds body-map.xml too; pass the content folder: "
                              "fascia --check-content %s\n", pages, fixture->content, fixture->content);
  g_assert_cmpstr (out, ==, expected);

  /* The window is not even asked for: no display is needed to say so. */
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  status = run_fascia (&out, &err, "--content-dir", pages, NULL);
  g_assert_cmpint (status, ==, 1);
  g_assert_nonnull (strstr (err, "pass the content folder: fascia --content-dir "));
  g_assert_null (strstr (err, "cannot open display"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add ("/hostile/folders/unreadable", Fixture, NULL, setup, test_unreadable_folder, teardown);
  g_test_add ("/hostile/folders/deep", Fixture, NULL, setup, test_deep_folders, teardown);
  g_test_add ("/hostile/files/named-pipe", Fixture, NULL, setup, test_named_pipe, teardown);
  g_test_add ("/hostile/files/socket", Fixture, NULL, setup, test_socket, teardown);
  g_test_add ("/hostile/files/device", Fixture, NULL, setup, test_device, teardown);
  g_test_add ("/hostile/links/out-to-file", Fixture, NULL, setup, test_link_out_to_file, teardown);
  g_test_add ("/hostile/links/out-to-folder", Fixture, NULL, setup, test_link_out_to_folder, teardown);
  g_test_add ("/hostile/links/inside", Fixture, NULL, setup, test_link_inside, teardown);
  g_test_add ("/hostile/links/loops", Fixture, NULL, setup, test_link_loops, teardown);
  g_test_add ("/hostile/links/safe-folder", Fixture, NULL, setup, test_safe_folder, teardown);
  g_test_add_func ("/hostile/messages/sanitize", test_sanitize);
  g_test_add_func ("/hostile/messages/one-safe-line", test_message_safe);
  g_test_add_func ("/hostile/messages/libxml-first-line", test_libxml_first_line);
  g_test_add_func ("/hostile/nul/after-page", test_nul_after_page);
  g_test_add_func ("/hostile/nul/inside", test_nul_inside);
  g_test_add_func ("/hostile/nul/utf-16", test_utf16);
  g_test_add_func ("/hostile/limits/many-attributes", test_many_attributes);
  g_test_add_func ("/hostile/limits/attributes-at-cap", test_attributes_at_cap);
  g_test_add_func ("/hostile/limits/many-namespaces", test_many_namespaces);
  g_test_add_func ("/hostile/limits/not-attributes", test_not_attributes);
  g_test_add_func ("/hostile/limits/long-lists", test_long_lists);
  g_test_add ("/hostile/limits/problems-per-file", Fixture, NULL, setup, test_problems_per_file, teardown);
  g_test_add_func ("/hostile/content/empty-titles", test_empty_titles);
  g_test_add_func ("/hostile/content/nested-links", test_nested_links);
  g_test_add_func ("/hostile/content/long-ids", test_long_ids);
  g_test_add_func ("/hostile/content/body-map-names", test_body_map_names);
  g_test_add ("/hostile/cli/check-content", Fixture, NULL, setup, test_check_content, teardown);
  g_test_add ("/hostile/cli/list-sources", Fixture, NULL, setup, test_list_sources, teardown);
  g_test_add ("/hostile/cli/pages-folder", Fixture, NULL, setup, test_pages_folder, teardown);

  return g_test_run ();
}
