/* fascia-safety.c - the safety check: questions from content, answers kept on this machine
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The questions, and what a "yes" means for each technique, are content: a
 * page's section with role="safety-check" holds <question> blocks whose
 * <effect>s name techniques. FasciaSafetyCheck collects them once, when the
 * library loads, and answers "what must this technique page warn about?".
 *
 * The answers are the reader's own health details, so they never leave this
 * machine: FasciaSafetyAnswers keeps them in a key file only the user can
 * read, written atomically on every change. A file that cannot be read as
 * answers is set aside (renamed with ".corrupt") and reported, never fatal.
 */
#define G_LOG_DOMAIN "fascia-safety"

#include "config.h"

#include <errno.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "fascia-content-error.h"
#include "fascia-safe-file.h"
#include "fascia-page-private.h"
#include "fascia-safety.h"

/* Damaged answers files kept aside at most, before the reader clears them. */
#define MAX_ASIDE 5

#define GROUP_ANSWERS "answers"

/* A few dozen answers take a kilobyte or two. */
#define MAX_ANSWERS_SIZE (64 * 1024)

G_DEFINE_QUARK (fascia-safety-answers-error-quark, fascia_safety_answers_error)

static const char * const answer_names[] = { "unanswered", "no", "yes", "not-sure" };

/**
 * fascia_safety_answer_to_string:
 * @answer: an answer
 *
 * Returns: the name of @answer in the answers file, "yes" or "not-sure",
 *   or %NULL for a value that is not an answer
 */
const char *
fascia_safety_answer_to_string (FasciaSafetyAnswer answer)
{
  g_return_val_if_fail (answer < G_N_ELEMENTS (answer_names), NULL);

  return answer_names[answer];
}

/**
 * fascia_safety_answer_from_string:
 * @str: (nullable): the name of an answer, as the answers file writes it
 * @answer: (out): where the answer goes; left alone when @str names none
 *
 * Returns: whether @str names an answer, "unanswered" included
 */
gboolean
fascia_safety_answer_from_string (const char         *str,
                                  FasciaSafetyAnswer *answer)
{
  for (guint i = 0; str != NULL && i < G_N_ELEMENTS (answer_names); i++)
    if (strcmp (str, answer_names[i]) == 0)
      {
        *answer = i;
        return TRUE;
      }

  return FALSE;
}

/* ---------------------------------------------------------------- answers */

struct _FasciaSafetyAnswers
{
  GObject     parent_instance;

  char       *path;
  GHashTable *answers;   /* question id → FasciaSafetyAnswer */
  gboolean    unreadable;  /* the file is there but could not be read: never overwrite it */
};

G_DEFINE_FINAL_TYPE (FasciaSafetyAnswers, fascia_safety_answers, G_TYPE_OBJECT)

enum { CHANGED, N_SIGNALS };
static guint signals[N_SIGNALS];

static void
fascia_safety_answers_finalize (GObject *object)
{
  FasciaSafetyAnswers *self = FASCIA_SAFETY_ANSWERS (object);

  g_free (self->path);
  g_hash_table_unref (self->answers);

  G_OBJECT_CLASS (fascia_safety_answers_parent_class)->finalize (object);
}

static void
fascia_safety_answers_class_init (FasciaSafetyAnswersClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = fascia_safety_answers_finalize;

  /**
   * FasciaSafetyAnswers::changed:
   *
   * An answer changed, or all were cleared.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
fascia_safety_answers_init (FasciaSafetyAnswers *self)
{
  self->answers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

/**
 * fascia_safety_answers_new:
 * @path: (nullable): the file the answers live in, or %NULL to keep them
 *   only in memory
 *
 * Returns: (transfer full): an empty set of answers; call
 *   fascia_safety_answers_load() to read @path.
 */
FasciaSafetyAnswers *
fascia_safety_answers_new (const char *path)
{
  FasciaSafetyAnswers *self = g_object_new (FASCIA_TYPE_SAFETY_ANSWERS, NULL);

  self->path = g_strdup (path);

  return self;
}

/**
 * fascia_safety_answers_get_path:
 * @self: answers
 *
 * Returns: (nullable): the file the answers live in, or %NULL when they are
 *   kept only in memory
 */
const char *
fascia_safety_answers_get_path (FasciaSafetyAnswers *self)
{
  g_return_val_if_fail (FASCIA_IS_SAFETY_ANSWERS (self), NULL);

  return self->path;
}

/* Where the @n-th damaged answers file is set aside: "PATH.corrupt", then
 * "PATH.corrupt.2" and on. */
static char *
aside_path (FasciaSafetyAnswers *self,
            guint                n)
{
  if (n == 0)
    return g_strconcat (self->path, ".corrupt", NULL);

  return g_strdup_printf ("%s.corrupt.%u", self->path, n + 1);
}

/* Only the answers are read. Earlier versions also wrote whether the
 * check had been offered, in another group: it is ignored. */
static gboolean
read_key_file (GKeyFile    *key_file,
               GHashTable  *answers,
               GError     **error)
{
  g_auto(GStrv) keys = NULL;

  if (!g_key_file_has_group (key_file, GROUP_ANSWERS))
    return TRUE;

  keys = g_key_file_get_keys (key_file, GROUP_ANSWERS, NULL, error);
  if (keys == NULL)
    return FALSE;

  for (guint i = 0; keys[i] != NULL; i++)
    {
      g_autofree char *value = g_key_file_get_string (key_file, GROUP_ANSWERS, keys[i], NULL);
      FasciaSafetyAnswer answer;

      if (!fascia_safety_answer_from_string (value, &answer))
        {
          g_set_error (error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_INVALID_VALUE,
                       _("“%s” is not an answer (for “%s”)"), value ? value : "", keys[i]);
          return FALSE;
        }
      if (answer != FASCIA_ANSWER_UNANSWERED)
        g_hash_table_insert (answers, g_strdup (keys[i]), GUINT_TO_POINTER (answer));
    }

  return TRUE;
}

/**
 * fascia_safety_answers_load:
 * @self: answers
 * @error: where to say what went wrong
 *
 * Reads the answers file. A missing file means nothing was answered yet. A
 * file that is not a valid answers file is renamed to "PATH.corrupt" (or
 * "PATH.corrupt.2" and on, when one was set aside before) so that nothing
 * is lost, the answers start empty, and %FASCIA_SAFETY_ANSWERS_ERROR_CORRUPT
 * says where it went.
 *
 * Returns: %TRUE when the answers were read or there were none yet
 */
gboolean
fascia_safety_answers_load (FasciaSafetyAnswers  *self,
                            GError              **error)
{
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GHashTable) answers = NULL;
  g_autofree char *aside = NULL;
  g_autofree char *data = NULL;
  gsize length = 0;

  g_return_val_if_fail (FASCIA_IS_SAFETY_ANSWERS (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->path == NULL)
    return TRUE;

  answers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  /* Read first, then parse: a file that cannot be read (G_FILE_ERROR) is
   * told apart from one that is damaged (G_KEY_FILE_ERROR). Read as content
   * is: never a pipe or a device, never through a link out of its folder. */
  data = fascia_safe_file_read (self->path, MAX_ANSWERS_SIZE + 1, &length, &local_error);
  if (data != NULL && length > MAX_ANSWERS_SIZE)
    g_set_error (&local_error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_PARSE,
                 _("the file is larger than %d KiB, far more than answers take"), MAX_ANSWERS_SIZE / 1024);

  if (local_error == NULL &&
      g_key_file_load_from_data (key_file, data, length, G_KEY_FILE_NONE, &local_error) &&
      read_key_file (key_file, answers, &local_error))
    {
      g_hash_table_unref (self->answers);
      self->answers = g_steal_pointer (&answers);
      g_signal_emit (self, signals[CHANGED], 0);
      return TRUE;
    }

  if (g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
    return TRUE;

  /* A file that cannot be opened or read (permissions, a folder in its
   * place, a disk error) may be fine: say so, and leave it alone. */
  if (local_error->domain != G_KEY_FILE_ERROR)
    {
      self->unreadable = TRUE;
      g_set_error (error, FASCIA_SAFETY_ANSWERS_ERROR, FASCIA_SAFETY_ANSWERS_ERROR_UNREADABLE,
                   _("%s: your safety check answers could not be read (%s); answers given now are not saved"),
                   self->path, local_error->message);
      return FALSE;
    }

  /* The key file's own message quotes the broken line, which may hold an
   * answer: keep it out of messages that can end up in a log. A damaged
   * copy set aside before is kept too: a free name is taken. */
  for (guint n = 0; n < MAX_ASIDE && aside == NULL; n++)
    {
      g_autofree char *candidate = aside_path (self, n);

      if (!g_file_test (candidate, G_FILE_TEST_EXISTS | G_FILE_TEST_IS_SYMLINK))
        aside = g_steal_pointer (&candidate);
    }
  if (aside == NULL)
    {
      self->unreadable = TRUE;
      g_set_error (error, FASCIA_SAFETY_ANSWERS_ERROR, FASCIA_SAFETY_ANSWERS_ERROR_CORRUPT,
                   _("%s: your safety check answers are damaged, and %d damaged copies are kept already; "
                     "“Clear All Answers” removes them all, answers given now are not saved"),
                   self->path, MAX_ASIDE);
      return FALSE;
    }

  if (g_rename (self->path, aside) != 0)
    {
      int saved_errno = errno;

      self->unreadable = TRUE;
      g_set_error (error, FASCIA_SAFETY_ANSWERS_ERROR, FASCIA_SAFETY_ANSWERS_ERROR_CORRUPT,
                   _("%s: your safety check answers are damaged and could not be set aside (%s); answers given now are not saved"),
                   self->path, g_strerror (saved_errno));
      return FALSE;
    }

  g_set_error (error, FASCIA_SAFETY_ANSWERS_ERROR, FASCIA_SAFETY_ANSWERS_ERROR_CORRUPT,
               _("%s: your safety check answers were damaged; the file was kept as %s, only you can read it, "
                 "“Clear All Answers” removes it, and the check starts afresh"),
               self->path, aside);
  return FALSE;
}

static gboolean
save (FasciaSafetyAnswers  *self,
      GError              **error)
{
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  g_autoptr(GList) ids = NULL;
  g_autofree char *data = NULL;
  g_autofree char *dir = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize length;

  if (self->path == NULL)
    return TRUE;

  if (self->unreadable)
    {
      g_set_error (error, FASCIA_SAFETY_ANSWERS_ERROR, FASCIA_SAFETY_ANSWERS_ERROR_UNREADABLE,
                   _("%s could not be read, so it is not overwritten"), self->path);
      return FALSE;
    }

  g_key_file_set_comment (key_file, NULL, NULL,
                          " Fascia's safety check answers. They stay on this computer.", NULL);

  /* Sorted, so that the file does not change order between saves. */
  ids = g_list_sort (g_hash_table_get_keys (self->answers), (GCompareFunc)strcmp);
  for (GList *l = ids; l != NULL; l = l->next)
    {
      FasciaSafetyAnswer answer = GPOINTER_TO_UINT (g_hash_table_lookup (self->answers, l->data));

      g_key_file_set_string (key_file, GROUP_ANSWERS, l->data, fascia_safety_answer_to_string (answer));
    }

  data = g_key_file_to_data (key_file, &length, NULL);
  dir = g_path_get_dirname (self->path);

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   _("%s: could not create the folder for your answers: %s"), dir, g_strerror (saved_errno));
      return FALSE;
    }

  /* Health details: readable by the user alone. Written to a new file
   * that then takes the old one's place, so a failed write leaves the
   * answers saved before as they were. */
  if (!g_file_set_contents_full (self->path, data, length,
                                 G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_ONLY_EXISTING,
                                 0600, &local_error))
    {
      const char *why;

      /* GLib's message names the temporary file; say what it means. */
      switch (local_error->code)
        {
        case G_FILE_ERROR_NOSPC:
          why = _("the disk is full");
          break;
        case G_FILE_ERROR_ACCES:
        case G_FILE_ERROR_PERM:
        case G_FILE_ERROR_ROFS:
          why = _("the folder cannot be written to");
          break;
        default:
          why = local_error->message;
          break;
        }

      g_set_error (error, G_FILE_ERROR, local_error->code,
                   _("%s: your answers could not be saved (%s); the answers saved before are kept"),
                   self->path, why);
      return FALSE;
    }

  return TRUE;
}

/**
 * fascia_safety_answers_get:
 * @self: answers
 * @question_id: a question's id
 *
 * Returns: the reader's answer to the question, or
 *   %FASCIA_ANSWER_UNANSWERED when none was given
 */
FasciaSafetyAnswer
fascia_safety_answers_get (FasciaSafetyAnswers *self,
                           const char          *question_id)
{
  g_return_val_if_fail (FASCIA_IS_SAFETY_ANSWERS (self), FASCIA_ANSWER_UNANSWERED);
  g_return_val_if_fail (question_id != NULL, FASCIA_ANSWER_UNANSWERED);

  return GPOINTER_TO_UINT (g_hash_table_lookup (self->answers, question_id));
}

/**
 * fascia_safety_answers_set:
 * @self: answers
 * @question_id: a question's id
 * @answer: the answer; %FASCIA_ANSWER_UNANSWERED forgets it
 * @error: where to say why it could not be saved
 *
 * Records @answer and saves. The answer is kept in memory even when saving
 * fails, so the open pages stay right.
 *
 * Returns: %TRUE when it was saved
 */
gboolean
fascia_safety_answers_set (FasciaSafetyAnswers  *self,
                           const char           *question_id,
                           FasciaSafetyAnswer    answer,
                           GError              **error)
{
  g_return_val_if_fail (FASCIA_IS_SAFETY_ANSWERS (self), FALSE);
  g_return_val_if_fail (question_id != NULL, FALSE);
  g_return_val_if_fail (answer <= FASCIA_ANSWER_NOT_SURE, FALSE);

  if (fascia_safety_answers_get (self, question_id) == answer)
    return TRUE;

  if (answer == FASCIA_ANSWER_UNANSWERED)
    g_hash_table_remove (self->answers, question_id);
  else
    g_hash_table_insert (self->answers, g_strdup (question_id), GUINT_TO_POINTER (answer));

  g_signal_emit (self, signals[CHANGED], 0);

  return save (self, error);
}

/**
 * fascia_safety_answers_get_n_answered:
 *
 * Returns: how many questions have an answer (yes, no or not sure)
 */
guint
fascia_safety_answers_get_n_answered (FasciaSafetyAnswers *self)
{
  g_return_val_if_fail (FASCIA_IS_SAFETY_ANSWERS (self), 0);

  return g_hash_table_size (self->answers);
}

/**
 * fascia_safety_answers_clear:
 * @self: answers
 * @error: where to say why the file could not be removed
 *
 * Forgets every answer and removes the file, and any damaged copy set
 * aside, leaving nothing behind.
 *
 * Returns: %TRUE when nothing is left on disk
 */
gboolean
fascia_safety_answers_clear (FasciaSafetyAnswers  *self,
                             GError              **error)
{
  g_return_val_if_fail (FASCIA_IS_SAFETY_ANSWERS (self), FALSE);

  g_hash_table_remove_all (self->answers);
  g_signal_emit (self, signals[CHANGED], 0);

  if (self->path == NULL)
    return TRUE;

  /* Damaged copies set aside hold answers too. */
  for (guint i = 0; i <= MAX_ASIDE; i++)
    {
      g_autofree char *path = i == 0 ? g_strdup (self->path) : aside_path (self, i - 1);

      if (g_unlink (path) != 0 && errno != ENOENT)
        {
          int saved_errno = errno;

          g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                       _("%s: could not remove your answers: %s"), path, g_strerror (saved_errno));
          return FALSE;
        }
    }

  /* Nothing left to protect: saving works again. */
  self->unreadable = FALSE;

  return TRUE;
}

/* ------------------------------------------------------------------ check */

struct _FasciaSafetyCheck
{
  GObject     parent_instance;

  FasciaPage *page;
  GPtrArray  *questions;   /* const FasciaBlock *, owned by page */
  GHashTable *by_id;
};

G_DEFINE_FINAL_TYPE (FasciaSafetyCheck, fascia_safety_check, G_TYPE_OBJECT)

static void
fascia_safety_check_finalize (GObject *object)
{
  FasciaSafetyCheck *self = FASCIA_SAFETY_CHECK (object);

  g_ptr_array_unref (self->questions);
  g_hash_table_unref (self->by_id);
  g_clear_object (&self->page);

  G_OBJECT_CLASS (fascia_safety_check_parent_class)->finalize (object);
}

static void
fascia_safety_check_class_init (FasciaSafetyCheckClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = fascia_safety_check_finalize;
}

static void
fascia_safety_check_init (FasciaSafetyCheck *self)
{
  self->questions = g_ptr_array_new ();
  self->by_id = g_hash_table_new (g_str_hash, g_str_equal);
}

static gboolean
has_safety_check (FasciaPage *page)
{
  GPtrArray *sections = fascia_page_peek_sections (page);

  for (guint i = 0; i < sections->len; i++)
    if (((const FasciaSection *)g_ptr_array_index (sections, i))->role == FASCIA_SECTION_ROLE_SAFETY_CHECK)
      return TRUE;

  return FALSE;
}

/**
 * fascia_safety_check_new:
 * @pages: (element-type FasciaPage): every page of a library
 * @problems: (element-type GError): where problems are added
 *
 * Collects the questions of the one section with role="safety-check". A
 * second such section, or two questions with one id, is a problem; the first
 * of each wins.
 *
 * Returns: (transfer full): the safety check, with no questions when the
 *   library has none
 */
FasciaSafetyCheck *
fascia_safety_check_new (GPtrArray *pages,
                         GPtrArray *problems)
{
  FasciaSafetyCheck *self = g_object_new (FASCIA_TYPE_SAFETY_CHECK, NULL);

  g_return_val_if_fail (pages != NULL, self);
  g_return_val_if_fail (problems != NULL, self);

  for (guint i = 0; i < pages->len; i++)
    {
      FasciaPage *page = g_ptr_array_index (pages, i);
      GPtrArray *sections;

      /* The outline says which page has the questions: only that page's
       * body is read again. */
      if (!has_safety_check (page))
        continue;

      sections = fascia_page_get_sections (page);
      for (guint j = 0; j < sections->len; j++)
        {
          const FasciaSection *section = g_ptr_array_index (sections, j);

          if (section->role != FASCIA_SECTION_ROLE_SAFETY_CHECK)
            continue;

          if (self->page != NULL)
            {
              fascia_content_error_add (problems, FASCIA_CONTENT_ERROR_DUPLICATE_ID,
                                        fascia_page_get_path (page), section->line,
                                        _("a second safety-check section: the safety check is already in “%s”"),
                                        fascia_page_get_path (self->page));
              continue;
            }

          self->page = g_object_ref (page);

          for (guint k = 0; k < section->blocks->len; k++)
            {
              const FasciaBlock *block = g_ptr_array_index (section->blocks, k);

              if (block->kind != FASCIA_BLOCK_QUESTION)
                continue;

              if (g_hash_table_contains (self->by_id, block->id))
                {
                  fascia_content_error_add (problems, FASCIA_CONTENT_ERROR_DUPLICATE_ID,
                                            fascia_page_get_path (page), block->line,
                                            _("a question with id “%s” is already in the safety check"),
                                            block->id);
                  continue;
                }

              g_hash_table_insert (self->by_id, block->id, (gpointer)block);
              g_ptr_array_add (self->questions, (gpointer)block);
            }
        }
    }

  return self;
}

/**
 * fascia_safety_check_get_page:
 * @self: the safety check
 *
 * Returns: (transfer none) (nullable): the page the questions are on
 */
FasciaPage *
fascia_safety_check_get_page (FasciaSafetyCheck *self)
{
  g_return_val_if_fail (FASCIA_IS_SAFETY_CHECK (self), NULL);

  return self->page;
}

/**
 * fascia_safety_check_get_n_questions:
 * @self: the safety check
 *
 * Returns: how many questions the check asks; 0 when the library has no
 *   safety-check section
 */
guint
fascia_safety_check_get_n_questions (FasciaSafetyCheck *self)
{
  g_return_val_if_fail (FASCIA_IS_SAFETY_CHECK (self), 0);

  return self->questions->len;
}

/**
 * fascia_safety_check_get_question:
 * @self: the safety check
 * @position: which question, from 0
 *
 * Returns: (transfer none) (nullable): the QUESTION block at @position, in
 *   the order the page gives them, or %NULL when @position is not below
 *   fascia_safety_check_get_n_questions(); the page keeps it
 */
const FasciaBlock *
fascia_safety_check_get_question (FasciaSafetyCheck *self,
                                  guint              position)
{
  g_return_val_if_fail (FASCIA_IS_SAFETY_CHECK (self), NULL);
  g_return_val_if_fail (position < self->questions->len, NULL);

  return g_ptr_array_index (self->questions, position);
}

/**
 * fascia_safety_check_find_question:
 * @self: the safety check
 * @question_id: (nullable): a question's id
 *
 * Returns: (transfer none) (nullable): the QUESTION block with
 *   @question_id, or %NULL when the check has none by that id or
 *   @question_id is %NULL; the page keeps it
 */
const FasciaBlock *
fascia_safety_check_find_question (FasciaSafetyCheck *self,
                                   const char        *question_id)
{
  g_return_val_if_fail (FASCIA_IS_SAFETY_CHECK (self), NULL);

  return question_id ? g_hash_table_lookup (self->by_id, question_id) : NULL;
}

/**
 * fascia_safety_check_applies_to:
 * @effect: an EFFECT block
 * @technique_id: a technique page id
 *
 * Returns: whether @effect names @technique_id, or "all"
 */
gboolean
fascia_safety_check_applies_to (const FasciaBlock *effect,
                                const char        *technique_id)
{
  g_return_val_if_fail (effect != NULL && effect->kind == FASCIA_BLOCK_EFFECT, FALSE);

  for (guint i = 0; effect->targets != NULL && effect->targets[i] != NULL; i++)
    if (strcmp (effect->targets[i], "all") == 0 || g_strcmp0 (effect->targets[i], technique_id) == 0)
      return TRUE;

  return FALSE;
}

static int
compare_warnings (gconstpointer a,
                  gconstpointer b)
{
  const FasciaSafetyWarning *wa = a, *wb = b;

  /* What rules a technique out comes before what calls for care; otherwise
   * the order of the questions. */
  return (int)wa->effect->safety_level - (int)wb->effect->safety_level;
}

/**
 * fascia_safety_check_evaluate:
 * @self: the safety check
 * @answers: the reader's answers
 * @technique_id: a technique page id
 *
 * Every effect that a "yes" or "not sure" answer has on @technique_id, the
 * ones that rule it out first, then in the order of the questions.
 *
 * Returns: (transfer full) (element-type FasciaSafetyWarning): the warnings,
 *   empty when there are none
 */
GArray *
fascia_safety_check_evaluate (FasciaSafetyCheck   *self,
                              FasciaSafetyAnswers *answers,
                              const char          *technique_id)
{
  GArray *warnings = g_array_new (FALSE, FALSE, sizeof (FasciaSafetyWarning));

  g_return_val_if_fail (FASCIA_IS_SAFETY_CHECK (self), warnings);
  g_return_val_if_fail (FASCIA_IS_SAFETY_ANSWERS (answers), warnings);
  g_return_val_if_fail (technique_id != NULL, warnings);

  for (guint i = 0; i < self->questions->len; i++)
    {
      const FasciaBlock *question = g_ptr_array_index (self->questions, i);
      FasciaSafetyAnswer answer = fascia_safety_answers_get (answers, question->id);

      if (answer != FASCIA_ANSWER_YES && answer != FASCIA_ANSWER_NOT_SURE)
        continue;

      for (guint j = 0; j < question->children->len; j++)
        {
          const FasciaBlock *effect = g_ptr_array_index (question->children, j);

          if (effect->kind == FASCIA_BLOCK_EFFECT && fascia_safety_check_applies_to (effect, technique_id))
            {
              FasciaSafetyWarning warning = { question, effect, answer };

              g_array_append_val (warnings, warning);
            }
        }
    }

  /* g_array_sort is not stable; an insertion sort of a handful keeps order. */
  for (guint i = 1; i < warnings->len; i++)
    for (guint j = i; j > 0 && compare_warnings (&g_array_index (warnings, FasciaSafetyWarning, j - 1),
                                                 &g_array_index (warnings, FasciaSafetyWarning, j)) > 0; j--)
      {
        FasciaSafetyWarning tmp = g_array_index (warnings, FasciaSafetyWarning, j);

        g_array_index (warnings, FasciaSafetyWarning, j) = g_array_index (warnings, FasciaSafetyWarning, j - 1);
        g_array_index (warnings, FasciaSafetyWarning, j - 1) = tmp;
      }

  return warnings;
}

/**
 * fascia_safety_check_dup_mark:
 * @self: the safety check
 * @answers: the reader's answers
 * @technique_id: a technique page id
 * @level: (out) (optional): how serious the mark is
 *
 * What a list of pages says beside @technique_id: its most serious
 * warning, as "Not advised for you: …" or "Take care: …".
 *
 * Returns: (transfer full) (nullable): the mark, or %NULL when the answers
 *   say nothing about @technique_id
 */
char *
fascia_safety_check_dup_mark (FasciaSafetyCheck   *self,
                              FasciaSafetyAnswers *answers,
                              const char          *technique_id,
                              FasciaSafetyLevel   *level)
{
  g_autoptr(GArray) warnings = NULL;
  const FasciaSafetyWarning *first;

  g_return_val_if_fail (FASCIA_IS_SAFETY_CHECK (self), NULL);
  g_return_val_if_fail (FASCIA_IS_SAFETY_ANSWERS (answers), NULL);

  warnings = fascia_safety_check_evaluate (self, answers, technique_id);
  if (warnings->len == 0)
    return NULL;

  first = &g_array_index (warnings, FasciaSafetyWarning, 0);
  if (level != NULL)
    *level = first->effect->safety_level;

  return fascia_safety_warning_dup_title (first);
}

/**
 * fascia_safety_warning_dup_title:
 * @warning: what an answer says of a technique
 *
 * Returns: (transfer full): "Not advised for you: Blood thinners …",
 *   "Take care: …", or, when the answer was "not sure", "Not advised until
 *   you know: …" and "Take care until you know: …"
 */
char *
fascia_safety_warning_dup_title (const FasciaSafetyWarning *warning)
{
  gboolean avoid, unsure;

  g_return_val_if_fail (warning != NULL, NULL);

  avoid = warning->effect->safety_level == FASCIA_SAFETY_AVOID;
  unsure = warning->answer == FASCIA_ANSWER_NOT_SURE;

  if (avoid)
    return g_strdup_printf (unsure ? _("Not advised until you know: %s") : _("Not advised for you: %s"),
                            warning->question->title);

  return g_strdup_printf (unsure ? _("Take care until you know: %s") : _("Take care: %s"),
                          warning->question->title);
}
