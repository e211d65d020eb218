/* fascia-application.c - the application: command line, actions, windows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "fascia-application"

#include "config.h"

#include <locale.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <glib/gi18n.h>

#include "fascia-application.h"
#include "fascia-content-error.h"
#include "fascia-library.h"
#include "fascia-parser.h"
#include "fascia-preferences-window.h"
#include "fascia-readability.h"
#include "fascia-report.h"
#include "fascia-window.h"

struct _FasciaApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;

  FasciaLibrary  *library;
  GError         *load_error;

  /* Content read on a worker thread while GTK starts: the folder the
   * command line names, and the thread, joined when the window needs it. */
  char           *early_dir;
  GThread        *loader;
  struct _Loading *reading;       /* the loader's, while it runs */
  gboolean        loading;        /* a window waits for the worker's library */
  gboolean        window_shown;   /* the waiting window has painted a frame */
  gboolean        library_ready;  /* read, and held back until it has */
  char           *pending_page;   /* asked for while the window waited */
  char           *content_dir;
  FasciaSafetyAnswers *safety_answers;
  GError         *safety_error;
};

G_DEFINE_FINAL_TYPE (FasciaApplication, fascia_application, ADW_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "content-dir", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Read the pages from DIR instead of the installed content"), N_("DIR") },
  { "page", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Open the page with this id (or id#section)"), N_("ID") },
  { "check-content", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Check every page in DIR against the schema and each other, print each problem and exit"), N_("DIR") },
  { "report", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("With --check-content: write a table of every page's words, reading ease, sources and evidence to "
       "OUT/content-report.txt, print it, and fail on a page that reads too hard"), N_("OUT") },
  { "list-sources", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("List every distinct source the pages in DIR cite, with the pages citing it, and exit"), N_("DIR") },
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Show the version and exit"), NULL },
  { NULL }
};

/* Says so when @directory is the pages folder of a content folder rather
 * than the content folder itself, and what to pass instead. */
static GError *
pages_folder_problem (const char *option,
                      const char *directory)
{
  g_autofree char *parent = fascia_library_dup_enclosing_folder (directory);
  g_autofree char *quoted = NULL;

  if (parent == NULL)
    return NULL;

  /* Quoted only when the shell needs it. */
  if (parent[strspn (parent, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_./-+,:@%")] == '\0')
    quoted = g_strdup (parent);
  else
    quoted = g_shell_quote (parent);

  return fascia_content_error_new (FASCIA_CONTENT_ERROR_IO, directory, 0,
                                   _("this looks like the pages folder of the content folder %s, which holds "
                                     "body-map.xml too; pass the content folder: fascia %s %s"),
                                   parent, option, quoted);
}

/* The content report: the table, into @report_dir and onto @out, and a
 * problem for each page whose reading ease is below the floor. */
static gboolean
write_report (FasciaLibrary *library,
              const char    *report_dir,
              GPtrArray     *problems,
              FILE          *out)
{
  g_autoptr(GArray) measures = fascia_report_measure_pages (library);
  g_autoptr(GString) table = g_string_new (NULL);
  g_autofree char *path = g_build_filename (report_dir, "content-report.txt", NULL);
  g_autoptr(GError) error = NULL;

  fascia_report_print_pages (measures, table);
  if (!fascia_report_print_translation (fascia_library_get_directory (library), table, &error))
    {
      if (error != NULL)
        {
          g_ptr_array_add (problems, fascia_content_error_new (FASCIA_CONTENT_ERROR_IO,
                                                               fascia_library_get_directory (library), 0,
                                                               "%s", error->message));
          g_clear_error (&error);
        }
    }
  fputs (table->str, out);

  if (g_mkdir_with_parents (report_dir, 0755) != 0 ||
      !g_file_set_contents (path, table->str, table->len, &error))
    {
      int saved_errno = errno;

      g_ptr_array_add (problems,
                       fascia_content_error_new (FASCIA_CONTENT_ERROR_IO, path, 0,
                                                 _("cannot write the content report: %s"),
                                                 error != NULL ? error->message : g_strerror (saved_errno)));
      return FALSE;
    }

  for (guint i = 0; i < measures->len; i++)
    {
      const FasciaPageMeasure *measure = &g_array_index (measures, FasciaPageMeasure, i);

      if (measure->measured && measure->ease < FASCIA_READING_EASE_FLOOR)
        g_ptr_array_add (problems,
                         fascia_content_error_new (FASCIA_CONTENT_ERROR_INVALID,
                                                   fascia_page_get_path (measure->page),
                                                   fascia_page_get_line (measure->page),
                                                   _("reading ease %.1f is below %.0f (aim for %.0f or more): "
                                                     "shorter sentences and everyday words make it easier"),
                                                   measure->ease, FASCIA_READING_EASE_FLOOR,
                                                   FASCIA_READING_EASE_TARGET));
    }

  return TRUE;
}

/**
 * fascia_check_content:
 * @directory: a content folder
 * @report_dir: (nullable): where to write the content report, or %NULL
 *   for none
 * @out: where each problem is printed, one "file:line: message" a line,
 *   and the report's table
 * @err: where the summary is printed
 *
 * The library checked stays in memory, reachable, until the process exits
 * (or the next check): a check is the last thing the command does, and
 * freeing 10,000 pages an allocation at a time took a tenth of the check.
 *
 * Returns: the exit status: 0 when @directory is clean (and, with a report,
 *   no page reads too hard), 1 when not
 */
int
fascia_check_content (const char *directory,
                      const char *report_dir,
                      FILE       *out,
                      FILE       *err)
{
  g_autoptr(GPtrArray) reported = g_ptr_array_new_with_free_func ((GDestroyNotify)g_error_free);
  g_autoptr(GError) error = NULL;
  g_autoptr(FasciaLibrary) library = NULL;
  g_autofree char *safe_directory = fascia_content_error_sanitize (directory, -1, FASCIA_CONTENT_ERROR_MAX_FILE);
  g_autoptr(GError) misplaced = pages_folder_problem ("--check-content", directory);
  GPtrArray *problems;

  /* Every line printed is one line of valid UTF-8, whatever the folder's
   * name and files hold: problems are made so, and so is the name here. */
  if (misplaced != NULL)
    {
      fprintf (out, "%s\n", misplaced->message);
      return 1;
    }

  library = fascia_library_load_full (directory, FASCIA_LIBRARY_LOAD_CHECK_ONLY, &error);
  if (library == NULL)
    {
      g_autoptr(GError) problem = fascia_content_error_new (FASCIA_CONTENT_ERROR_IO, directory, 0,
                                                            _("cannot open the content folder: %s"),
                                                            error->message);

      fprintf (out, "%s\n", problem->message);
      return 1;
    }

  {
    static FasciaLibrary *kept_until_exit;

    g_clear_object (&kept_until_exit);
    kept_until_exit = g_object_ref (library);
  }

  if (report_dir != NULL)
    write_report (library, report_dir, reported, out);

  problems = fascia_library_get_problems (library);
  for (guint i = 0; i < problems->len; i++)
    {
      const GError *problem = g_ptr_array_index (problems, i);

      fprintf (out, "%s\n", problem->message);
    }
  for (guint i = 0; i < reported->len; i++)
    {
      const GError *problem = g_ptr_array_index (reported, i);

      fprintf (out, "%s\n", problem->message);
    }

  if (problems->len + reported->len > 0)
    {
      guint n = problems->len + reported->len;

      fprintf (err,
               g_dngettext (GETTEXT_PACKAGE, "%s: %u problem (%u pages loaded, %u files skipped)\n",
                            "%s: %u problems (%u pages loaded, %u files skipped)\n", n),
               safe_directory, n, fascia_library_get_n_pages (library),
               fascia_library_get_n_skipped (library));
      return 1;
    }

  fprintf (err, _("%s: %u pages, no problems\n"), safe_directory, fascia_library_get_n_pages (library));
  return 0;
}

/* For reviewers: every work the library cites, once, with where. */
static int
list_sources (const char *directory)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FasciaLibrary) library = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GError) misplaced = pages_folder_problem ("--list-sources", directory);

  if (misplaced != NULL)
    {
      g_printerr ("%s\n", misplaced->message);
      return 1;
    }

  library = fascia_library_load_full (directory, FASCIA_LIBRARY_LOAD_CHECK_ONLY, &error);
  if (library == NULL)
    {
      g_autoptr(GError) problem = fascia_content_error_new (FASCIA_CONTENT_ERROR_IO, directory, 0,
                                                            _("cannot open the content folder: %s"),
                                                            error->message);

      g_printerr ("%s\n", problem->message);
      return 1;
    }

  fascia_report_print_sources (library, out);
  fputs (out->str, stdout);
  return 0;
}

/* The shipped pages, in the reader's language when there is a translation
 * of them (FASCIA_TRANSLATIONS_DIR/LANG, built from po/LANG.po), as the
 * interface follows the locale. A folder named on the command line is read
 * as it is. A locale of "C" (LC_MESSAGES) means English, as gettext has it,
 * whatever LANGUAGE says. */
static const char *
default_content_dir (void)
{
  static char *chosen;   /* asked on the main thread only */

  if (chosen == NULL)
    {
      const char *env = g_getenv ("FASCIA_CONTENT_DIR");
      const char *translations = g_getenv ("FASCIA_TRANSLATIONS_DIR");
      const char *messages = setlocale (LC_MESSAGES, NULL);
      char *translated = NULL;

      if (translations == NULL || translations[0] == '\0')
        translations = FASCIA_TRANSLATIONS_DIR;
      if (messages != NULL && strcmp (messages, "C") != 0 && strcmp (messages, "POSIX") != 0)
        translated = fascia_library_dup_translation (translations, g_get_language_names ());

      chosen = translated != NULL ? translated
                                  : g_strdup (env != NULL && env[0] != '\0' ? env : FASCIA_CONTENT_DIR);
    }

  return chosen;
}

static int
fascia_application_handle_local_options (GApplication *application,
                                         GVariantDict *options)
{
  const char *directory = NULL;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("fascia %s\n", PACKAGE_VERSION);
      return 0;
    }

  if (g_variant_dict_lookup (options, "check-content", "^&ay", &directory))
    {
      const char *report_dir = NULL;

      g_variant_dict_lookup (options, "report", "^&ay", &report_dir);
      return fascia_check_content (directory, report_dir, stdout, stderr);
    }

  if (g_variant_dict_contains (options, "report"))
    {
      g_printerr (_("--report needs --check-content: fascia --check-content DIR --report OUT\n"));
      return 1;
    }

  if (g_variant_dict_lookup (options, "list-sources", "^&ay", &directory))
    return list_sources (directory);

  /* Said here, before a window is asked for: it needs no display. */
  if (g_variant_dict_lookup (options, "content-dir", "^&ay", &directory))
    {
      g_autoptr(GError) misplaced = pages_folder_problem ("--content-dir", directory);

      if (misplaced != NULL)
        {
          g_printerr ("%s\n", misplaced->message);
          return 1;
        }
    }

  /* The folder to read as soon as this turns out to be the first instance
   * (see startup), resolved as the command line will resolve it. */
  {
    FasciaApplication *self = FASCIA_APPLICATION (application);
    g_autoptr(GFile) file = directory != NULL ? g_file_new_for_commandline_arg (directory) : NULL;

    g_free (self->early_dir);
    self->early_dir = file != NULL ? g_file_get_path (file) : g_strdup (default_content_dir ());
  }

  return G_APPLICATION_CLASS (fascia_application_parent_class)->handle_local_options (application, options);
}

typedef struct _Loading Loading;
struct _Loading
{
  char              *directory;   /* never changes */
  FasciaLibrary     *library;
  GError            *error;
  FasciaApplication *app;         /* told on the main thread when done */
  GMutex             lock;
  gboolean           done;        /* under lock */
};

static void
loading_free (Loading *loading)
{
  g_mutex_clear (&loading->lock);
  g_free (loading->directory);
  g_clear_object (&loading->library);
  g_clear_error (&loading->error);
  g_free (loading);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Loading, loading_free)

static gboolean loaded_cb (gpointer user_data);

#define LOADER_NICENESS 10

static gpointer
load_in_thread (gpointer data)
{
  Loading *loading = data;

  /* The window starting up comes first: on a machine of two cores, reading
   * a big folder on both delayed its first frame by a fifth. A lower priority,
   * which the threads the library reads on inherit, gives GTK the core it
   * needs and reading every other moment. */
  if (setpriority (PRIO_PROCESS, (id_t)syscall (SYS_gettid), LOADER_NICENESS) != 0)
    g_debug ("the content is read at the usual priority: %s", g_strerror (errno));

  loading->library = fascia_library_load (loading->directory, &loading->error);
  /* Built here, off the main thread, before the first keystroke wants it. */
  if (loading->library != NULL)
    fascia_library_get_search_index (loading->library);

  g_mutex_lock (&loading->lock);
  loading->done = TRUE;
  g_mutex_unlock (&loading->lock);

  /* A window may be waiting: tell the main thread. */
  g_main_context_invoke (NULL, loaded_cb, g_object_ref (loading->app));
  return loading;
}

/* Starts reading @directory on a worker thread. Reading takes about as long
 * as GTK takes to start and open the display, and the two run side by side
 * on two cores instead of one after the other. */
static void
start_loading (FasciaApplication *self,
               const char        *directory)
{
  Loading *loading = g_new0 (Loading, 1);
  g_autoptr(GError) error = NULL;

  loading->directory = g_strdup (directory);
  loading->app = self;
  g_mutex_init (&loading->lock);
  fascia_parser_init ();
  self->loader = g_thread_try_new ("fascia-load", load_in_thread, loading, &error);
  if (self->loader != NULL)
    self->reading = loading;
  else
    {
      /* Read when the window needs it, as without a thread. */
      g_debug ("no thread to read content in: %s", error->message);
      loading_free (loading);
    }
}

/* Whether the worker reads, or has read, @directory. */
static gboolean
reading_folder (FasciaApplication *self,
                const char        *directory)
{
  return self->reading != NULL && g_strcmp0 (self->reading->directory, directory) == 0;
}

static gboolean
reader_done (FasciaApplication *self)
{
  gboolean done;

  g_mutex_lock (&self->reading->lock);
  done = self->reading->done;
  g_mutex_unlock (&self->reading->lock);

  return done;
}

/* The library the worker read from @directory, if it read that folder. */
static gboolean
finish_loading (FasciaApplication *self,
                const char        *directory)
{
  g_autoptr(Loading) loading = NULL;

  if (self->loader == NULL)
    return FALSE;

  loading = g_thread_join (g_steal_pointer (&self->loader));
  self->reading = NULL;
  if (g_strcmp0 (loading->directory, directory) != 0)
    return FALSE;

  self->library = g_steal_pointer (&loading->library);
  self->load_error = g_steal_pointer (&loading->error);
  return TRUE;
}

/* The reader's own answers live with their data, never with the content. */
static void
load_answers (FasciaApplication *self)
{
  g_autofree char *path = NULL;

  if (self->safety_answers != NULL)
    return;

  path = g_build_filename (g_get_user_data_dir (), "fascia", "safety-check.ini", NULL);
  self->safety_answers = fascia_safety_answers_new (path);
  if (!fascia_safety_answers_load (self->safety_answers, &self->safety_error))
    {
      g_autofree char *safe = fascia_content_error_sanitize (self->safety_error->message, -1, 0);

      g_printerr ("%s\n", safe);
    }
}

static void
print_problems (FasciaApplication *self)
{
  GPtrArray *problems;

  if (self->library == NULL)
    return;

  /* The window shows them too; the terminal gets them for authors. */
  problems = fascia_library_get_problems (self->library);
  for (guint i = 0; i < problems->len; i++)
    g_printerr ("%s\n", ((GError *)g_ptr_array_index (problems, i))->message);
}

/* The library of @directory, read by now, or still being read on the
 * worker thread (self->loading): then the window shows that it is waiting,
 * and loaded_cb() gives it the library. A first frame never waits for a big
 * folder. */
static void
load_library (FasciaApplication *self,
              const char        *directory)
{
  load_answers (self);

  if (self->library != NULL || self->load_error != NULL || self->loading)
    return;

  self->content_dir = g_strdup (directory);

  /* The window shows first, and gets the library after its first frame
   * (see loaded_cb()), even when the worker is done already: start-up
   * never waits for the reader, and a frame with the sidebar and a page in
   * it is a frame's work of its own, not the window's first. */
  if (reading_folder (self, directory))
    {
      self->loading = TRUE;
      /* Its own call of loaded_cb() may have come and gone. */
      if (reader_done (self))
        g_idle_add (loaded_cb, g_object_ref (self));
      return;
    }

  if (!finish_loading (self, directory))
    self->library = fascia_library_load (directory, &self->load_error);
  print_problems (self);
}

/* The window that waited gets the library, and opens what was asked for,
 * or the start page. */
static void
show_library (FasciaApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  g_autofree char *page = NULL;

  if (window == NULL || !FASCIA_IS_WINDOW (window))
    return;

  fascia_window_set_library (FASCIA_WINDOW (window), self->library, self->load_error);
  page = g_steal_pointer (&self->pending_page);
  if (page != NULL && !fascia_window_open (FASCIA_WINDOW (window), page))
    {
      g_autofree char *safe = fascia_content_error_sanitize (page, -1, FASCIA_CONTENT_ERROR_MAX_VALUE);

      g_printerr (_("There is no page “%s”\n"), safe);
      g_clear_pointer (&page, g_free);
    }
  if (page == NULL)
    fascia_window_open_start_page (FASCIA_WINDOW (window));
}

static gboolean
show_library_cb (gpointer user_data)
{
  show_library (user_data);
  return G_SOURCE_REMOVE;
}

/* On the main thread, when the worker is done. The window shows its first
 * frame before it gets the library: building the sidebar and the start
 * page is a frame's work of its own, and whether that work delays the
 * window appearing should not depend on how quickly the pages were read. */
static gboolean
loaded_cb (gpointer user_data)
{
  g_autoptr(FasciaApplication) self = user_data;

  if (!self->loading)
    return G_SOURCE_REMOVE;

  self->loading = FALSE;
  if (!finish_loading (self, self->content_dir))
    self->library = fascia_library_load (self->content_dir, &self->load_error);
  print_problems (self);

  if (self->window_shown || gtk_application_get_active_window (GTK_APPLICATION (self)) == NULL)
    show_library (self);
  else
    self->library_ready = TRUE;

  return G_SOURCE_REMOVE;
}

static void
first_frame_cb (GdkFrameClock     *clock,
                FasciaApplication *self)
{
  g_signal_handlers_disconnect_by_func (clock, first_frame_cb, self);
  self->window_shown = TRUE;
  if (self->library_ready)
    {
      self->library_ready = FALSE;
      g_idle_add_full (G_PRIORITY_HIGH_IDLE, show_library_cb, g_object_ref (self), g_object_unref);
    }
}

static void
waiting_window_realize_cb (GtkWidget         *window,
                           FasciaApplication *self)
{
  g_signal_connect_object (gtk_widget_get_frame_clock (window), "after-paint", G_CALLBACK (first_frame_cb), self, 0);
}

/* For tests/bench-first-frame.c: FASCIA_BENCH_FIRST_FRAME=1 ends the
 * process after the window's first painted frame, =content after the first
 * frame with a page in it, saying when (the monotonic clock, which the
 * benchmark read before starting the process) and the peak memory so far. */
static void
bench_after_paint_cb (GdkFrameClock *clock,
                      FasciaWindow  *window)
{
  const char *mode = g_getenv ("FASCIA_BENCH_FIRST_FRAME");
  gint64 now = g_get_monotonic_time ();
  g_autofree char *status = NULL;
  const char *hwm;
  long peak_kb = 0;

  if (g_strcmp0 (mode, "content") == 0 && fascia_window_get_page (window) == NULL)
    return;

  if (g_file_get_contents ("/proc/self/status", &status, NULL, NULL) &&
      (hwm = strstr (status, "VmHWM:")) != NULL)
    peak_kb = strtol (hwm + strlen ("VmHWM:"), NULL, 10);

  printf ("first_frame_us=%" G_GINT64_FORMAT " peak_rss_kb=%ld\n", now, peak_kb);
  fflush (stdout);
  _exit (0);
}

static void
bench_realize_cb (GtkWidget *window)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint", G_CALLBACK (bench_after_paint_cb), window);
}

static FasciaWindow *
get_window (FasciaApplication *self,
            gboolean          *created)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  *created = window == NULL;
  if (window == NULL)
    {
      window = self->loading ? GTK_WINDOW (fascia_window_new_loading (GTK_APPLICATION (self)))
                             : GTK_WINDOW (fascia_window_new (GTK_APPLICATION (self), self->library, self->load_error));
      if (self->loading)
        g_signal_connect_object (window, "realize", G_CALLBACK (waiting_window_realize_cb), self, 0);
      fascia_window_set_safety_answers (FASCIA_WINDOW (window), self->safety_answers, self->safety_error);
      /* Said once, in the first window. */
      g_clear_error (&self->safety_error);
      if (g_getenv ("FASCIA_BENCH_FIRST_FRAME") != NULL)
        g_signal_connect (window, "realize", G_CALLBACK (bench_realize_cb), NULL);
    }

  return FASCIA_WINDOW (window);
}

static int
fascia_application_command_line (GApplication            *application,
                                 GApplicationCommandLine *command_line)
{
  FasciaApplication *self = FASCIA_APPLICATION (application);
  GVariantDict *options = g_application_command_line_get_options_dict (command_line);
  const char *directory = NULL;
  const char *page = NULL;
  g_autofree char *absolute = NULL;
  FasciaWindow *window;
  gboolean created;

  if (g_variant_dict_lookup (options, "content-dir", "^&ay", &directory))
    {
      g_autoptr(GFile) file = g_application_command_line_create_file_for_arg (command_line, directory);

      absolute = g_file_get_path (file);
      if (self->library != NULL && g_strcmp0 (absolute, self->content_dir) != 0)
        {
          g_autofree char *safe = fascia_content_error_sanitize (self->content_dir, -1, FASCIA_CONTENT_ERROR_MAX_FILE);

          g_application_command_line_printerr (command_line,
                                               _("Fascia is already running with the content of %s\n"), safe);
        }
    }

  load_library (self, absolute != NULL ? absolute : default_content_dir ());
  window = get_window (self, &created);

  g_variant_dict_lookup (options, "page", "&s", &page);
  if (self->loading)
    {
      /* Opened when the library is there. */
      if (page != NULL)
        {
          g_free (self->pending_page);
          self->pending_page = g_strdup (page);
        }
      gtk_window_present (GTK_WINDOW (window));
      return 0;
    }
  if (page != NULL && !fascia_window_open (window, page))
    {
      g_autofree char *safe = fascia_content_error_sanitize (page, -1, FASCIA_CONTENT_ERROR_MAX_VALUE);

      g_application_command_line_printerr (command_line, _("There is no page “%s”\n"), safe);
      page = NULL;
    }
  if (created && page == NULL)
    fascia_window_open_start_page (window);

  gtk_window_present (GTK_WINDOW (window));

  return 0;
}

static void
fascia_application_activate (GApplication *application)
{
  FasciaApplication *self = FASCIA_APPLICATION (application);
  FasciaWindow *window;
  gboolean created;

  load_library (self, default_content_dir ());
  window = get_window (self, &created);
  if (created && !self->loading)
    fascia_window_open_start_page (window);
  gtk_window_present (GTK_WINDOW (window));
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  FasciaApplication *self = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  static const char *developers[] = { "The Fascia authors", NULL };

  GtkWidget *about = adw_about_window_new ();
  g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func (g_free);
  FasciaPage *references = self->library ? fascia_library_get_page (self->library, "references") : NULL;

  /* The sources every page draws on, as the Sources page lists them. */
  if (references != NULL)
    {
      GPtrArray *list = fascia_page_get_sources (references);

      for (guint i = 0; i < list->len; i++)
        {
          const FasciaSource *source = g_ptr_array_index (list, i);

          g_ptr_array_add (sources, g_strdup_printf ("%s (%s), %s", source->authors, source->year, source->title));
        }
    }
  g_ptr_array_add (sources, NULL);
  if (sources->len > 1)
    adw_about_window_add_acknowledgement_section (ADW_ABOUT_WINDOW (about), _("Sources"),
                                                  (const char **)sources->pdata);
  gtk_window_set_transient_for (GTK_WINDOW (about), window);

  g_object_set (about,
                         "application-name", _("Fascia"),
                         "application-icon", APP_ID,
                         "developer-name", _("The Fascia authors"),
                         "version", PACKAGE_VERSION,
                         "developers", developers,
                         "comments", _("Fascia explains how myofascial release, foam rolling and "
                                       "trigger point work really work, and how to try them safely. "
                                       "It is education, not diagnosis: it cannot tell what causes "
                                       "your pain. See a professional for that, and at once for any "
                                       "red flag."),
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "translator-credits", _("translator-credits"),
                         NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static void
apply_color_scheme (FasciaApplication *self)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();

  switch (g_settings_get_enum (self->settings, "color-scheme"))
    {
    case 1:
      adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_LIGHT);
      break;
    case 2:
      adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_DARK);
      break;
    default:
      adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_DEFAULT);
      break;
    }
}

static void
color_scheme_changed_cb (FasciaApplication *self)
{
  apply_color_scheme (self);
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  FasciaApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (self->settings != NULL)
    gtk_window_present (GTK_WINDOW (fascia_preferences_window_new (parent, self->settings)));
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  GApplication *application = user_data;
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (application));

  /* Close windows properly so that they save their state. */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);

  g_application_quit (application);
}

static const GActionEntry app_actions[] = {
  { "about", about_action },
  { "preferences", preferences_action },
  { "quit", quit_action },
};

static void
fascia_application_startup (GApplication *application)
{
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *preferences_accels[] = { "<Control>comma", NULL };
  FasciaApplication *self = FASCIA_APPLICATION (application);

  /* Only the first instance starts up, and it will show a window: read
   * the content meanwhile. */
  if (self->early_dir != NULL)
    start_loading (self, self->early_dir);

  G_APPLICATION_CLASS (fascia_application_parent_class)->startup (application);

  g_action_map_add_action_entries (G_ACTION_MAP (application), app_actions,
                                   G_N_ELEMENTS (app_actions), application);

  {
    GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
    g_autoptr(GSettingsSchema) schema = source ? g_settings_schema_source_lookup (source, APP_ID, TRUE) : NULL;

    if (schema != NULL)
      {
        self->settings = g_settings_new (APP_ID);
        g_signal_connect_swapped (self->settings, "changed::color-scheme", G_CALLBACK (color_scheme_changed_cb), self);
        apply_color_scheme (self);
      }
  }
  /* The window's own keys are bound with its actions
   * (fascia-window-actions.c); these are the application's. */
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "app.preferences", preferences_accels);
}

static void
fascia_application_finalize (GObject *object)
{
  FasciaApplication *self = (FasciaApplication *)object;

  /* A reading never asked for (the window never opened) is waited for. */
  if (self->loader != NULL)
    loading_free (g_thread_join (g_steal_pointer (&self->loader)));
  g_clear_pointer (&self->early_dir, g_free);
  g_clear_pointer (&self->pending_page, g_free);
  g_clear_object (&self->library);
  g_clear_object (&self->settings);
  g_clear_error (&self->load_error);
  g_clear_error (&self->safety_error);
  g_clear_object (&self->safety_answers);
  g_clear_pointer (&self->content_dir, g_free);

  G_OBJECT_CLASS (fascia_application_parent_class)->finalize (object);
}

static void
fascia_application_class_init (FasciaApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = fascia_application_finalize;
  app_class->handle_local_options = fascia_application_handle_local_options;
  app_class->command_line = fascia_application_command_line;
  app_class->activate = fascia_application_activate;
  app_class->startup = fascia_application_startup;
}

static void
fascia_application_init (FasciaApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_set_option_context_parameter_string (G_APPLICATION (self), NULL);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Learn how myofascial release really works, and try it safely."));
}

/**
 * fascia_application_new:
 *
 * Creates the application under its id. The instance already running
 * handles the command line, so that a second launch with --page opens the
 * page in the window already open. Resources, style.css among them, are
 * found under /org/fasciaapp/Fascia.
 *
 * Returns: (transfer full): the application
 */
FasciaApplication *
fascia_application_new (void)
{
  return g_object_new (FASCIA_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_COMMAND_LINE,
                       "resource-base-path", "/org/fasciaapp/Fascia",
                       NULL);
}
