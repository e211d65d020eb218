/* fascia-library.c - every page of a content folder, loaded once
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The library reads every *.xml file below a folder, skips (and reports) the
 * files that cannot be read, then checks what needs the whole folder:
 * duplicate ids and links to pages or sections that do not exist. Once
 * loaded it never changes, so widgets can hold on to its pages freely.
 *
 * A library of ten thousand pages must not hold ten thousand pages of
 * text: each page, once read and checked on its own, gives what the checks
 * across pages need (fascia_validate_dup_facts()) and what search needs
 * (fascia_search_texts_add()), then lets go of its body and keeps its
 * outline (fascia_page_drop_body()). A page's body is read again from its
 * file when it is first opened, which costs a fraction of a millisecond.
 */
#define G_LOG_DOMAIN "fascia-library"

#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <stdint.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <gio/gio.h>

#include "fascia-body-map.h"
#include "fascia-content-error.h"
#include "fascia-library.h"
#include "fascia-page-private.h"
#include "fascia-parser.h"
#include "fascia-safe-file.h"
#include "fascia-search.h"
#include "fascia-validate.h"


/* From this many files on, files are read on every core; fewer are read
 * on one thread, beside whatever else starts up. */
#define PARALLEL_FROM 256
#define MAX_THREADS   8

struct _FasciaLibrary
{
  GObject     parent_instance;

  char       *directory;
  GPtrArray  *pages;       /* reading order */
  GHashTable *pages_by_id;
  GPtrArray  *problems;
  guint       n_skipped;
  FasciaBodyMap *body_map;
  FasciaSearchIndex *search_index;
  FasciaSafetyCheck *safety_check;

  /* While loading: what the checks across pages need of each page, in
   * the order of pages, gathered as each page is read. */
  GPtrArray  *facts;
  /* Until the search index takes it: every page's searchable text. */
  FasciaSearchTexts *texts;
};

/* More problems than this in one file are counted, not listed. */
#define MAX_PROBLEMS_PER_FILE 100

/* Content folders are shallow: pages, maybe a folder of them per kind. */
#define MAX_FOLDER_DEPTH 8

/* The body map is the one content file that is not a page. */
#define BODY_MAP_FILE "body-map.xml"

G_DEFINE_FINAL_TYPE (FasciaLibrary, fascia_library, G_TYPE_OBJECT)

static void
fascia_library_finalize (GObject *object)
{
  FasciaLibrary *self = (FasciaLibrary *)object;

  g_clear_pointer (&self->directory, g_free);
  g_clear_pointer (&self->pages_by_id, g_hash_table_unref);
  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_pointer (&self->problems, g_ptr_array_unref);
  g_clear_pointer (&self->facts, g_ptr_array_unref);
  g_clear_pointer (&self->texts, fascia_search_texts_free);
  g_clear_object (&self->body_map);
  g_clear_object (&self->safety_check);
  g_clear_pointer (&self->search_index, fascia_search_index_free);

  G_OBJECT_CLASS (fascia_library_parent_class)->finalize (object);
}

static void
fascia_library_class_init (FasciaLibraryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = fascia_library_finalize;
}

static void
fascia_library_init (FasciaLibrary *self)
{
  self->pages = g_ptr_array_new_with_free_func (g_object_unref);
  self->pages_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->problems = g_ptr_array_new_with_free_func ((GDestroyNotify)g_error_free);
  self->facts = g_ptr_array_new_with_free_func ((GDestroyNotify)fascia_page_facts_free);
}

/* Every *.xml file is a page, but for the body map at the top. */
static gboolean
is_page_name (const char *name,
              guint       depth)
{
  return g_str_has_suffix (name, ".xml") && !(depth == 0 && strcmp (name, BODY_MAP_FILE) == 0);
}

/* Says that the folder @relative (%NULL for the top) could not be read. */
static void
report_folder_error (FasciaSafeFolder *folder,
                     const char       *relative,
                     int               saved_errno,
                     GPtrArray        *problems)
{
  g_autofree char *path = g_build_filename (fascia_safe_folder_get_path (folder), relative, NULL);

  fascia_content_error_add (problems, FASCIA_CONTENT_ERROR_IO, path, 0,
                            _("the folder is not read: %s"), g_strerror (saved_errno));
}

/* Collects the pages below @relative (%NULL for the top), which @dir_fd has
 * open and which this closes. A folder that cannot be read, or that a link
 * outside the content folder stands for, is a problem and is left out; a
 * page that is not a regular file is collected all the same, so that
 * reading it says what it is. */
static void
collect_files (FasciaSafeFolder *folder,
               int               dir_fd,
               const char       *relative,
               guint             depth,
               GHashTable       *seen,
               GPtrArray        *files,
               GPtrArray        *problems)
{
  struct dirent *entry;
  struct stat dir_st;
  DIR *dir;

  /* Content folders are shallow; a deep tree is most likely a link loop. */
  if (depth > MAX_FOLDER_DEPTH)
    {
      g_autofree char *path = g_build_filename (fascia_safe_folder_get_path (folder), relative, NULL);

      fascia_content_error_add (problems, FASCIA_CONTENT_ERROR_IO, path, 0,
                                _("the folder is not read: it is more than %u folders deep"),
                                MAX_FOLDER_DEPTH);
      close (dir_fd);
      return;
    }

  /* Each folder is read once. Links back to a folder would otherwise have
   * it read again below itself, and a few of them side by side multiply:
   * four links to "." made 22,000 folders of the same pages. */
  if (fstat (dir_fd, &dir_st) == 0)
    {
      char *key = g_strdup_printf ("%ju:%ju", (uintmax_t)dir_st.st_dev, (uintmax_t)dir_st.st_ino);

      if (!g_hash_table_add (seen, key))
        {
          g_autofree char *path = g_build_filename (fascia_safe_folder_get_path (folder), relative, NULL);

          fascia_content_error_add (problems, FASCIA_CONTENT_ERROR_IO, path, 0, "%s",
                                    _("the folder is not read: it leads to a folder that is read already"));
          close (dir_fd);
          return;
        }
    }

  dir = fdopendir (dir_fd);
  if (dir == NULL)
    {
      int saved_errno = errno;

      report_folder_error (folder, relative, saved_errno, problems);
      close (dir_fd);
      return;
    }

  for (;;)
    {
      const char *name;
      g_autofree char *child = NULL;
      struct stat st;

      /* readdir() says an error from the end of the folder only by errno. */
      errno = 0;
      if ((entry = readdir (dir)) == NULL)
        {
          if (errno != 0)
            report_folder_error (folder, relative, errno, problems);
          break;
        }

      name = entry->d_name;
      if (name[0] == '.')
        continue;

      child = relative != NULL ? g_build_filename (relative, name, NULL) : g_strdup (name);

      /* stat() follows a link and opens nothing: it only tells folders from
       * the rest. Where a link leads is checked when it is opened. */
      if (fstatat (dirfd (dir), name, &st, 0) == 0 && S_ISDIR (st.st_mode))
        {
          g_autoptr(GError) error = NULL;
          int fd = fascia_safe_folder_open_folder (folder, child, &error);

          if (fd < 0)
            {
              g_autofree char *path = g_build_filename (fascia_safe_folder_get_path (folder), child, NULL);

              fascia_content_error_add (problems, FASCIA_CONTENT_ERROR_IO, path, 0,
                                        _("the folder is not read: %s"), error->message);
              continue;
            }

          collect_files (folder, fd, child, depth + 1, seen, files, problems);
        }
      else if (is_page_name (name, depth))
        {
          g_ptr_array_add (files, g_steal_pointer (&child));
        }
    }

  closedir (dir);
}

/* Reads one file of the content folder, or says why it cannot. */
static char *
read_content_file (FasciaSafeFolder *folder,
                   const char       *relative,
                   const char       *path,
                   gsize            *length,
                   FasciaFileStamp  *stamp,
                   GPtrArray        *problems)
{
  g_autoptr(GError) error = NULL;
  char *data;

  data = fascia_safe_folder_read_stamped (folder, relative, FASCIA_PARSER_MAX_FILE_SIZE + 1, length, stamp, &error);
  if (data == NULL)
    fascia_content_error_add (problems, FASCIA_CONTENT_ERROR_IO, path, 1,
                              _("cannot read the file: %s"), error->message);

  return data;
}

static int
compare_paths (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *)a, *(const char * const *)b);
}

static int
compare_reading_order (gconstpointer a,
                       gconstpointer b)
{
  FasciaPage *pa = *(FasciaPage * const *)a;
  FasciaPage *pb = *(FasciaPage * const *)b;
  FasciaPageType ta = fascia_page_get_page_type (pa);
  FasciaPageType tb = fascia_page_get_page_type (pb);
  guint oa, ob;
  int cmp;

  if (ta != tb)
    return ta < tb ? -1 : 1;

  oa = fascia_page_get_order (pa);
  ob = fascia_page_get_order (pb);
  if (oa != ob)
    return oa < ob ? -1 : 1;

  if ((cmp = g_utf8_collate (fascia_page_get_title (pa), fascia_page_get_title (pb))) != 0)
    return cmp;

  return strcmp (fascia_page_get_id (pa), fascia_page_get_id (pb));
}

static void
load_body_map (FasciaLibrary    *self,
               FasciaSafeFolder *folder)
{
  g_autofree char *path = g_build_filename (self->directory, BODY_MAP_FILE, NULL);
  g_autofree char *data = NULL;
  gsize length = 0;

  /* A folder without a map is fine (a test folder, a translation in
   * progress); the window then says the map is missing. A link to nothing
   * is not a missing map: reading it says what it is. */
  if (!g_file_test (path, G_FILE_TEST_EXISTS) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    return;

  data = read_content_file (folder, BODY_MAP_FILE, path, &length, NULL, self->problems);
  if (data != NULL)
    self->body_map = fascia_body_map_parse_data (data, length, path, self->problems);
  if (self->body_map == NULL)
    self->n_skipped++;
}

/**
 * fascia_library_dup_enclosing_folder:
 * @directory: a folder given as a content folder
 *
 * A content folder holds body-map.xml and a folder of pages, often
 * "pages". Given that folder of pages instead, the library would load the
 * pages without the map, and the checks that need it would be silently
 * skipped: this tells that case apart, so that it can be explained.
 *
 * Returns: (transfer full) (nullable): the content folder @directory is
 *   the pages folder of (it has no body-map.xml, its parent has), or %NULL
 */
char *
fascia_library_dup_enclosing_folder (const char *directory)
{
  g_autofree char *trimmed = NULL;
  g_autofree char *own_map = NULL;
  g_autofree char *parent = NULL;
  g_autofree char *parent_map = NULL;
  gsize length;

  g_return_val_if_fail (directory != NULL, NULL);

  trimmed = g_strdup (directory);
  length = strlen (trimmed);
  while (length > 1 && trimmed[length - 1] == G_DIR_SEPARATOR)
    trimmed[--length] = '\0';

  if (!g_file_test (trimmed, G_FILE_TEST_IS_DIR))
    return NULL;

  own_map = g_build_filename (trimmed, BODY_MAP_FILE, NULL);
  if (g_file_test (own_map, G_FILE_TEST_EXISTS))
    return NULL;

  parent = g_path_get_dirname (trimmed);
  parent_map = g_build_filename (parent, BODY_MAP_FILE, NULL);
  if (strcmp (parent, trimmed) == 0 || !g_file_test (parent_map, G_FILE_TEST_EXISTS))
    return NULL;

  return g_steal_pointer (&parent);
}

/**
 * fascia_library_dup_translation:
 * @translations_dir: the folder of translated content folders, one a
 *   language, named as in po/LINGUAS ("es", "pt_BR")
 * @languages: (array zero-terminated=1): the reader's languages, most
 *   wanted first, as g_get_language_names() gives them
 *
 * Finds the content folder to read for a reader of @languages: the first
 * language that has a translated folder (one with a "pages" folder), as
 * gettext chooses a catalogue. English is the language the pages are
 * written in, and "C" means no translation, so either one before a
 * translation means the English folder.
 *
 * Returns: (transfer full) (nullable): the translated content folder, or
 *   %NULL for the English one
 */
char *
fascia_library_dup_translation (const char         *translations_dir,
                                const char * const *languages)
{
  g_return_val_if_fail (translations_dir != NULL, NULL);
  g_return_val_if_fail (languages != NULL, NULL);

  for (guint i = 0; languages[i] != NULL; i++)
    {
      const char *name = languages[i];
      g_autofree char *folder = NULL;
      g_autofree char *pages = NULL;

      if (strcmp (name, "C") == 0 || strcmp (name, "POSIX") == 0 ||
          (g_str_has_prefix (name, "en") && (name[2] == '\0' || name[2] == '_' || name[2] == '.' || name[2] == '@')))
        return NULL;
      /* A language name is a file name here: nothing that climbs out. */
      if (name[0] == '\0' || name[0] == '.' || strchr (name, G_DIR_SEPARATOR) != NULL)
        continue;

      folder = g_build_filename (translations_dir, name, NULL);
      pages = g_build_filename (folder, "pages", NULL);
      if (g_file_test (pages, G_FILE_TEST_IS_DIR))
        return g_steal_pointer (&folder);
    }

  return NULL;
}

/* Runs @func on this thread and, for @n_items of at least PARALLEL_FROM,
 * on as many more as there are cores; each call takes items until none are
 * left, so it returns once every item is done. */
static void
run_on_cores (const char  *name,
              GThreadFunc  func,
              gpointer     data,
              guint        n_items)
{
  g_autoptr(GPtrArray) threads = g_ptr_array_new ();
  guint n_threads = n_items >= PARALLEL_FROM ? MIN (g_get_num_processors (), MAX_THREADS) : 1;

  for (guint t = 1; t < n_threads; t++)
    {
      GThread *thread = g_thread_try_new (name, func, data, NULL);

      if (thread != NULL)
        g_ptr_array_add (threads, thread);
    }
  func (data);
  for (guint t = 0; t < threads->len; t++)
    g_thread_join (g_ptr_array_index (threads, t));
}

/* One content file read, parsed and checked on its own: on any thread. */
typedef struct
{
  FasciaPage *page;
  GPtrArray  *read_problems;    /* reading and parsing */
  GPtrArray  *page_problems;    /* checks of the page alone */
  FasciaPageFacts *facts;       /* for the checks across pages */
} FileResult;

typedef struct
{
  FasciaSafeFolder *folder;
  const char       *directory;
  GPtrArray        *files;
  FileResult       *results;
  FasciaSearchTexts *texts;     /* nullable */
  FasciaBodyMap    *body_map;   /* nullable */
  guint             next;       /* atomic: the next file to take */
} Reading;

/* Whether the checks across pages read @page's body: the region pages the
 * body map draws (their muscles are checked against its pain patterns), the
 * page of the safety check (its questions are collected) and the places
 * never to press. Those few keep their bodies, rather than being read twice. */
static gboolean
body_needed_across_pages (Reading    *reading,
                          FasciaPage *page)
{
  if (fascia_page_find_section_by_role (page, FASCIA_SECTION_ROLE_SAFETY_CHECK) != NULL ||
      g_strcmp0 (fascia_page_get_id (page), FASCIA_PLACES_PAGE) == 0)
    return TRUE;

  if (reading->body_map != NULL && fascia_page_get_page_type (page) == FASCIA_PAGE_REGION)
    {
      g_autoptr(GPtrArray) regions = fascia_body_map_dup_regions_for_page (reading->body_map,
                                                                           fascia_page_get_id (page));

      return regions->len > 0;
    }

  return FALSE;
}

static void
read_one (Reading *reading,
          guint    i)
{
  const char *relative = g_ptr_array_index (reading->files, i);
  g_autofree char *path = g_build_filename (reading->directory, relative, NULL);
  g_autofree char *data = NULL;
  FileResult *result = &reading->results[i];
  FasciaFileStamp stamp;
  gsize length = 0;

  result->read_problems = g_ptr_array_new_with_free_func ((GDestroyNotify)g_error_free);
  result->page_problems = g_ptr_array_new_with_free_func ((GDestroyNotify)g_error_free);
  data = read_content_file (reading->folder, relative, path, &length, &stamp, result->read_problems);
  if (data != NULL)
    result->page = fascia_parser_parse_data (data, length, path, result->read_problems);
  if (result->page == NULL)
    return;

  /* Everything that needs the page's body is done now, while it is fresh
   * in the processor's cache; then the body goes. */
  fascia_validate_page (result->page, result->page_problems);
  result->facts = fascia_validate_dup_facts (result->page);
  if (reading->texts != NULL)
    fascia_search_texts_add (reading->texts, result->page);
  if (!body_needed_across_pages (reading, result->page))
    {
      fascia_page_set_file (result->page, reading->folder, relative, &stamp);
      fascia_page_drop_body (result->page);
    }
}

static gpointer
read_files_in_thread (gpointer data)
{
  Reading *reading = data;
  guint i;

  while ((i = (guint)g_atomic_int_add ((int *)&reading->next, 1)) < reading->files->len)
    read_one (reading, i);

  return NULL;
}

static void
take_problems (GPtrArray *problems,
               GPtrArray *from)
{
  /* The problems move: @from lets go of them without freeing them. */
  g_ptr_array_set_free_func (from, NULL);
  for (guint i = 0; i < from->len; i++)
    g_ptr_array_add (problems, g_ptr_array_index (from, i));
  g_ptr_array_unref (from);
}

/* Reads, parses and checks every file: a big folder on as many threads as
 * there are cores (each file alone, so any order will do), a small one on
 * this thread alone, as the app reads while GTK starts on the other core.
 * Then, in the files' order, keeps the first page of each id. */
static void
read_files (FasciaLibrary    *self,
            FasciaSafeFolder *folder,
            const char       *directory,
            GPtrArray        *files)
{
  g_autofree FileResult *results = g_new0 (FileResult, files->len);
  Reading reading = { folder, directory, files, results, self->texts, self->body_map, 0 };

  fascia_parser_init ();
  run_on_cores ("fascia-read", read_files_in_thread, &reading, files->len);

  for (guint i = 0; i < files->len; i++)
    {
      FileResult *result = &results[i];
      FasciaPage *page = result->page;
      FasciaPage *first;

      take_problems (self->problems, result->read_problems);
      if (page == NULL)
        {
          self->n_skipped++;
          g_ptr_array_unref (result->page_problems);
          continue;
        }

      first = g_hash_table_lookup (self->pages_by_id, fascia_page_get_id (page));
      if (first != NULL)
        {
          fascia_content_error_add (self->problems, FASCIA_CONTENT_ERROR_DUPLICATE_ID,
                                    fascia_page_get_path (page), fascia_page_get_line (page),
                                    _("page id “%s” is already used by %s:%u; this file is skipped"),
                                    fascia_page_get_id (page),
                                    fascia_page_get_path (first), fascia_page_get_line (first));
          self->n_skipped++;
          g_ptr_array_unref (result->page_problems);
          fascia_page_facts_free (result->facts);
          if (self->texts != NULL)
            fascia_search_texts_forget (self->texts, page);
          g_object_unref (page);
          continue;
        }

      take_problems (self->problems, result->page_problems);
      g_ptr_array_add (self->facts, result->facts);
      g_hash_table_insert (self->pages_by_id, (char *)fascia_page_get_id (page), page);
      g_ptr_array_add (self->pages, page);
    }
}

/* Each page's links checked against every page's id, on as many threads
 * as reading took. */
typedef struct
{
  GPtrArray  *pages;
  GPtrArray  *facts;
  GHashTable *pages_by_id;
  GPtrArray **link_problems;    /* a list a page */
  guint       next;             /* atomic: the next page to take */
} Linking;

static gpointer
link_pages_in_thread (gpointer data)
{
  Linking *linking = data;
  guint i;

  while ((i = (guint)g_atomic_int_add ((int *)&linking->next, 1)) < linking->pages->len)
    {
      FasciaPage *page = g_ptr_array_index (linking->pages, i);

      linking->link_problems[i] = g_ptr_array_new_with_free_func ((GDestroyNotify)g_error_free);
      fascia_validate_links (page, g_ptr_array_index (linking->facts, i), linking->pages_by_id,
                             linking->link_problems[i]);
    }

  return NULL;
}

/* Checks every page's links, then, from what reading gathered, that every
 * page is linked to and what must agree between pages. */
static void
check_across_pages (FasciaLibrary *self)
{
  guint n = self->pages->len;
  g_autofree GPtrArray **link_problems = g_new0 (GPtrArray *, n);
  Linking linking = { self->pages, self->facts, self->pages_by_id, link_problems, 0 };

  run_on_cores ("fascia-links", link_pages_in_thread, &linking, n);

  for (guint i = 0; i < n; i++)
    take_problems (self->problems, link_problems[i]);
  fascia_validate_reachable (self->pages, self->facts, self->body_map, self->problems);
  fascia_validate_consistency (self->pages, self->facts, self->problems);
  g_clear_pointer (&self->facts, g_ptr_array_unref);
}

/**
 * fascia_library_load:
 * @directory: a content folder
 * @error: set only when the folder itself cannot be read
 *
 * Loads every page below @directory. Problems with single files do not fail
 * the load: the files are skipped or the problem noted, and
 * fascia_library_get_problems() lists them.
 *
 * Returns: (transfer full) (nullable): the library
 */
FasciaLibrary *
fascia_library_load (const char  *directory,
                     GError     **error)
{
  return fascia_library_load_full (directory, FASCIA_LIBRARY_LOAD_DEFAULT, error);
}

/**
 * fascia_library_load_full:
 * @flags: %FASCIA_LIBRARY_LOAD_CHECK_ONLY when the library is only checked:
 *   the pages' searchable text is then not written down as they are read,
 *   and a search index, if asked for, reads every page again
 *
 * Like fascia_library_load().
 *
 * Returns: (transfer full) (nullable): the library
 */
FasciaLibrary *
fascia_library_load_full (const char              *directory,
                          FasciaLibraryLoadFlags   flags,
                          GError                 **error)
{
  g_autoptr(FasciaLibrary) self = NULL;
  g_autoptr(FasciaSafeFolder) folder = NULL;
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  int fd;

  g_return_val_if_fail (directory != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* Nothing is read from outside the folder, and nothing read can block:
   * see fascia-safe-file.c. */
  folder = fascia_safe_folder_open (directory, error);
  if (folder == NULL)
    return NULL;

  fd = fascia_safe_folder_open_folder (folder, ".", error);
  if (fd < 0)
    return NULL;

  self = g_object_new (FASCIA_TYPE_LIBRARY, NULL);
  self->directory = g_strdup (directory);
  if (!(flags & FASCIA_LIBRARY_LOAD_CHECK_ONLY))
    self->texts = fascia_search_texts_new ();

  collect_files (folder, fd, NULL, 0, seen, files, self->problems);
  g_ptr_array_sort (files, compare_paths);

  /* The map first: reading the pages asks it which of them it draws. */
  load_body_map (self, folder);

  read_files (self, folder, directory, files);
  if (self->body_map != NULL)
    fascia_body_map_check_pages (self->body_map, self->pages, self->problems);

  check_across_pages (self);

  g_ptr_array_sort (self->pages, compare_reading_order);
  self->safety_check = fascia_safety_check_new (self->pages, self->problems);
  fascia_content_error_limit (self->problems, MAX_PROBLEMS_PER_FILE);
  g_ptr_array_sort (self->problems, fascia_content_error_compare);

  /* The search index is built when first asked for (a check of the content
   * never asks); the app asks on its loading thread, so the first
   * keystroke finds it built. */
  return g_steal_pointer (&self);
}

/**
 * fascia_library_get_directory:
 * @self: a library
 *
 * Returns: the content folder as it was given to fascia_library_load(),
 *   links unresolved; the file names in problems start with it
 */
const char *
fascia_library_get_directory (FasciaLibrary *self)
{
  g_return_val_if_fail (FASCIA_IS_LIBRARY (self), NULL);
  return self->directory;
}

/**
 * fascia_library_get_n_pages:
 * @self: a library
 *
 * Returns: how many pages were loaded, leaving out the files skipped for a
 *   problem; fascia_library_get_page_at() takes positions below it
 */
guint
fascia_library_get_n_pages (FasciaLibrary *self)
{
  g_return_val_if_fail (FASCIA_IS_LIBRARY (self), 0);
  return self->pages->len;
}

/**
 * fascia_library_get_page_at:
 *
 * Returns: (transfer none): the page at @position in reading order
 */
FasciaPage *
fascia_library_get_page_at (FasciaLibrary *self,
                            guint          position)
{
  g_return_val_if_fail (FASCIA_IS_LIBRARY (self), NULL);
  g_return_val_if_fail (position < self->pages->len, NULL);
  return g_ptr_array_index (self->pages, position);
}

/**
 * fascia_library_get_page:
 *
 * Returns: (transfer none) (nullable): the page with @id
 */
FasciaPage *
fascia_library_get_page (FasciaLibrary *self,
                         const char    *id)
{
  g_return_val_if_fail (FASCIA_IS_LIBRARY (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);
  return g_hash_table_lookup (self->pages_by_id, id);
}

/**
 * fascia_library_dup_pages_of_type:
 *
 * Returns: (transfer container) (element-type FasciaPage): the pages of
 *   @type in reading order
 */
GPtrArray *
fascia_library_dup_pages_of_type (FasciaLibrary  *self,
                                  FasciaPageType  type)
{
  GPtrArray *result;

  g_return_val_if_fail (FASCIA_IS_LIBRARY (self), NULL);

  result = g_ptr_array_new ();
  for (guint i = 0; i < self->pages->len; i++)
    {
      FasciaPage *page = g_ptr_array_index (self->pages, i);

      if (fascia_page_get_page_type (page) == type)
        g_ptr_array_add (result, page);
    }

  return result;
}

/**
 * fascia_library_get_problems:
 *
 * Returns: (transfer none) (element-type GError): every problem found while
 *   loading, ordered by file and line
 */
GPtrArray *
fascia_library_get_problems (FasciaLibrary *self)
{
  g_return_val_if_fail (FASCIA_IS_LIBRARY (self), NULL);
  return self->problems;
}

/**
 * fascia_library_get_n_skipped:
 *
 * Returns: how many files could not be loaded at all
 */
guint
fascia_library_get_n_skipped (FasciaLibrary *self)
{
  g_return_val_if_fail (FASCIA_IS_LIBRARY (self), 0);
  return self->n_skipped;
}

/**
 * fascia_library_get_body_map:
 *
 * Returns: (transfer none) (nullable): the body map, when the folder has one
 *   that could be read
 */
FasciaBodyMap *
fascia_library_get_body_map (FasciaLibrary *self)
{
  g_return_val_if_fail (FASCIA_IS_LIBRARY (self), NULL);
  return self->body_map;
}

/**
 * fascia_library_get_safety_check:
 *
 * Returns: (transfer none): the safety check's questions, collected from the
 *   section with role="safety-check" (none when the folder has no such section)
 */
FasciaSafetyCheck *
fascia_library_get_safety_check (FasciaLibrary *self)
{
  g_return_val_if_fail (FASCIA_IS_LIBRARY (self), NULL);
  return self->safety_check;
}

/**
 * fascia_library_get_search_index:
 *
 * The library never changes once loaded, so the index is built once, on
 * the first call, over the pages in reading order. Call it first from one
 * thread: the thread that loaded the library, or the one that uses it.
 *
 * Returns: (transfer none): the search index over every page
 */
FasciaSearchIndex *
fascia_library_get_search_index (FasciaLibrary *self)
{
  g_return_val_if_fail (FASCIA_IS_LIBRARY (self), NULL);

  if (self->search_index == NULL)
    self->search_index = fascia_search_index_new_with_texts (self->pages,
                                                             self->texts != NULL ? g_steal_pointer (&self->texts)
                                                                                 : fascia_search_texts_new ());

  return self->search_index;
}

/**
 * fascia_library_resolve:
 * @target: "page" or "page#section"
 * @page: (out) (transfer none): the page
 * @section_id: (out) (transfer full) (nullable): the section, when named
 *
 * Returns: whether @target names a page of the library (and a section of
 *   it, when it names one)
 */
gboolean
fascia_library_resolve (FasciaLibrary  *self,
                        const char     *target,
                        FasciaPage    **page,
                        char          **section_id)
{
  const char *hash;
  g_autofree char *page_id = NULL;
  FasciaPage *found;

  g_return_val_if_fail (FASCIA_IS_LIBRARY (self), FALSE);
  g_return_val_if_fail (target != NULL, FALSE);

  hash = strchr (target, '#');
  page_id = hash ? g_strndup (target, hash - target) : g_strdup (target);
  found = g_hash_table_lookup (self->pages_by_id, page_id);

  if (found == NULL)
    return FALSE;
  if (hash != NULL && fascia_page_peek_section (found, hash + 1) == NULL)
    return FALSE;

  if (page != NULL)
    *page = found;
  if (section_id != NULL)
    *section_id = hash ? g_strdup (hash + 1) : NULL;

  return TRUE;
}
