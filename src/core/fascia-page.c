/* fascia-page.c - one content page: its metadata, sections, blocks and sources
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "fascia-page"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "fascia-page-private.h"
#include "fascia-parser.h"

G_DEFINE_FINAL_TYPE (FasciaPage, fascia_page, G_TYPE_OBJECT)

static void
fascia_page_finalize (GObject *object)
{
  FasciaPage *self = (FasciaPage *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->summary, g_ptr_array_unref);
  g_clear_pointer (&self->keywords, g_free);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->sections, g_ptr_array_unref);
  g_clear_pointer (&self->sources, g_ptr_array_unref);
  g_clear_pointer (&self->relative, g_free);
  g_clear_pointer (&self->folder, fascia_safe_folder_unref);

  G_OBJECT_CLASS (fascia_page_parent_class)->finalize (object);
}

static void
fascia_page_class_init (FasciaPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = fascia_page_finalize;
}

static void
fascia_page_init (FasciaPage *self)
{
  self->summary = g_ptr_array_new_with_free_func ((GDestroyNotify)fascia_inline_free);
  self->sections = g_ptr_array_new_with_free_func ((GDestroyNotify)fascia_section_free);
  self->sources = g_ptr_array_new_with_free_func ((GDestroyNotify)fascia_source_free);
}

/**
 * fascia_page_new:
 *
 * Makes an empty page for the parser to fill in: no id or title yet, and
 * empty lists of summary runs, sections and sources.
 *
 * Returns: (transfer full): the page
 */
FasciaPage *
fascia_page_new (void)
{
  return g_object_new (FASCIA_TYPE_PAGE, NULL);
}

/**
 * fascia_inline_new:
 * @kind: what the run is
 * @line: the run's line in its file, for messages
 *
 * Makes a run with no text or target yet. Every kind but TEXT and CITATION,
 * which never hold other runs, gets an empty list of children.
 *
 * Returns: (transfer full): the run, to be freed with fascia_inline_free()
 */
FasciaInline *
fascia_inline_new (FasciaInlineKind kind,
                   guint            line)
{
  FasciaInline *run = g_new0 (FasciaInline, 1);

  run->kind = kind;
  run->line = line;
  if (kind != FASCIA_INLINE_TEXT && kind != FASCIA_INLINE_CITATION)
    run->children = g_ptr_array_new_with_free_func ((GDestroyNotify)fascia_inline_free);

  return run;
}

/**
 * fascia_inline_new_text:
 * @line: the run's line in its file, for messages
 * @raw: the text as the file has it
 *
 * Makes a %FASCIA_INLINE_TEXT run of @raw with every run of white space
 * folded into one space, as a reader expects from text that is indented
 * and wrapped in the source file. The text lives in the run's own
 * allocation: pages hold a great many of these.
 *
 * Returns: (transfer full): the run, to be freed with fascia_inline_free()
 */
FasciaInline *
fascia_inline_new_text (guint       line,
                        const char *raw)
{
  FasciaInline *run = g_malloc0 (sizeof (FasciaInline) + fascia_fold_space (NULL, raw) + 1);

  run->kind = FASCIA_INLINE_TEXT;
  run->line = line;
  run->text = (char *)(run + 1);
  fascia_fold_space (run->text, raw);

  return run;
}

/**
 * fascia_fold_space:
 * @out: (nullable): where to write the folded text and a NUL byte, or
 *   %NULL to count only
 * @raw: text as a content file has it
 *
 * Folds every run of white space in @raw into one space, as a reader
 * expects from text that is indented and wrapped in the source file.
 *
 * Returns: the length of the folded text, without the NUL byte
 */
gsize
fascia_fold_space (char       *out,
                   const char *raw)
{
  gboolean in_space = FALSE;
  gsize length = 0;

  for (const char *p = raw; *p != '\0'; p++)
    {
      gboolean space = g_ascii_isspace (*p);

      if (!space || !in_space)
        {
          if (out != NULL)
            out[length] = space ? ' ' : *p;
          length++;
        }
      in_space = space;
    }
  if (out != NULL)
    out[length] = '\0';

  return length;
}

/**
 * fascia_inline_free:
 * @run: (nullable): a run
 *
 * Frees @run with its text, target and children. Does nothing for %NULL.
 */
void
fascia_inline_free (FasciaInline *run)
{
  if (run == NULL)
    return;

  /* fascia_inline_new_text() keeps the text in the run's allocation. */
  if (run->text != (char *)(run + 1))
    g_free (run->text);
  g_free (run->target);
  g_clear_pointer (&run->children, g_ptr_array_unref);
  g_free (run);
}

/**
 * fascia_block_new:
 * @kind: what the block is
 * @line: the block's line in its file, for messages
 *
 * Makes a block with every other field empty; the parser fills in those its
 * kind uses (see #FasciaBlock).
 *
 * Returns: (transfer full): the block, to be freed with fascia_block_free()
 */
FasciaBlock *
fascia_block_new (FasciaBlockKind kind,
                  guint           line)
{
  FasciaBlock *block = g_new0 (FasciaBlock, 1);

  block->kind = kind;
  block->line = line;

  return block;
}

/**
 * fascia_block_free:
 * @block: (nullable): a block
 *
 * Frees @block with everything it holds, its runs and child blocks included.
 * Does nothing for %NULL.
 */
void
fascia_block_free (FasciaBlock *block)
{
  if (block == NULL)
    return;

  g_clear_pointer (&block->inlines, g_ptr_array_unref);
  g_clear_pointer (&block->children, g_ptr_array_unref);
  g_free (block->title);
  g_free (block->target);
  g_free (block->id);
  g_strfreev (block->targets);
  g_strfreev (block->areas);
  g_strfreev (block->keep_off);
  g_free (block);
}

/**
 * fascia_section_new:
 *
 * Makes a section with an empty list of blocks and nothing else yet.
 *
 * Returns: (transfer full): the section, to be freed with
 *   fascia_section_free()
 */
FasciaSection *
fascia_section_new (void)
{
  FasciaSection *section = g_new0 (FasciaSection, 1);

  section->blocks = g_ptr_array_new_with_free_func ((GDestroyNotify)fascia_block_free);

  return section;
}

/**
 * fascia_section_free:
 * @section: (nullable): a section
 *
 * Frees @section with its blocks and its list of nearby region pages.
 * Does nothing for %NULL.
 */
void
fascia_section_free (FasciaSection *section)
{
  if (section == NULL)
    return;

  g_free (section->id);
  g_free (section->title);
  g_clear_pointer (&section->blocks, g_ptr_array_unref);
  g_strfreev (section->near);
  g_free (section);
}

/**
 * fascia_source_new:
 *
 * Makes a source with every field empty.
 *
 * Returns: (transfer full): the source, to be freed with fascia_source_free()
 */
FasciaSource *
fascia_source_new (void)
{
  return g_new0 (FasciaSource, 1);
}

/**
 * fascia_source_free:
 * @source: (nullable): a source
 *
 * Frees @source with all its fields. Does nothing for %NULL.
 */
void
fascia_source_free (FasciaSource *source)
{
  if (source == NULL)
    return;

  g_free (source->id);
  g_free (source->authors);
  g_free (source->year);
  g_free (source->title);
  g_free (source->venue);
  g_free (source->url);
  g_free (source);
}

/**
 * fascia_page_get_id:
 * @self: a page
 *
 * Returns: the page's id, by which links, bookmarks and the history name it
 */
const char *
fascia_page_get_id (FasciaPage *self)
{
  g_return_val_if_fail (FASCIA_IS_PAGE (self), NULL);
  return self->id;
}

/**
 * fascia_page_get_page_type:
 * @self: a page
 *
 * Returns: the kind of page, which sets its group in the sidebar and the
 *   parts it must have
 */
FasciaPageType
fascia_page_get_page_type (FasciaPage *self)
{
  g_return_val_if_fail (FASCIA_IS_PAGE (self), FASCIA_PAGE_ARTICLE);
  return self->type;
}

/**
 * fascia_page_get_order:
 * @self: a page
 *
 * Returns: where the page stands among the pages of its kind, lower first
 *   (pages of equal order go by title); 0 when the file gives none
 */
guint
fascia_page_get_order (FasciaPage *self)
{
  g_return_val_if_fail (FASCIA_IS_PAGE (self), 0);
  return self->order;
}

/**
 * fascia_page_get_language:
 * @self: a page
 *
 * Returns: the language the page is written in, as its xml:lang gives it
 *   ("es" in a translated folder); "en" when it gives none, as the pages
 *   are written in English
 */
const char *
fascia_page_get_language (FasciaPage *self)
{
  g_return_val_if_fail (FASCIA_IS_PAGE (self), "en");
  return self->language != NULL ? self->language : "en";
}

/**
 * fascia_page_get_title:
 * @self: a page
 *
 * Returns: the page's title, white space tidied; the parser refuses a page
 *   whose title is blank
 */
const char *
fascia_page_get_title (FasciaPage *self)
{
  g_return_val_if_fail (FASCIA_IS_PAGE (self), NULL);
  return self->title;
}

/**
 * fascia_page_get_summary:
 *
 * Returns: (transfer none) (element-type FasciaInline): the summary's inline runs
 */
GPtrArray *
fascia_page_get_summary (FasciaPage *self)
{
  g_return_val_if_fail (FASCIA_IS_PAGE (self), NULL);
  return self->summary;
}

/**
 * fascia_page_get_keywords:
 * @self: a page
 *
 * Returns: (nullable): more words that search finds the page by, white
 *   space tidied, or %NULL when the file has no <keywords>
 */
const char *
fascia_page_get_keywords (FasciaPage *self)
{
  g_return_val_if_fail (FASCIA_IS_PAGE (self), NULL);
  return self->keywords;
}

/**
 * fascia_page_get_path:
 * @self: a page
 *
 * Returns: the file the page was read from, as its problems name it
 */
const char *
fascia_page_get_path (FasciaPage *self)
{
  g_return_val_if_fail (FASCIA_IS_PAGE (self), NULL);
  return self->path;
}

/**
 * fascia_page_get_line:
 * @self: a page
 *
 * Returns: the line of the <page> element in its file, for messages
 */
guint
fascia_page_get_line (FasciaPage *self)
{
  g_return_val_if_fail (FASCIA_IS_PAGE (self), 0);
  return self->line;
}

/* One lock for every page's body being read again: it is rare (a page
 * opened for the first time), quick, and never nests. */
static GMutex body_lock;

/**
 * fascia_page_set_file:
 * @folder: the content folder the page was read from
 * @relative: the page's file in @folder
 * @stamp: the version of the file the page was read from
 *
 * Says where the page came from, so that its body can be let go of and read
 * again. For the library only, before anyone else sees the page.
 */
void
fascia_page_set_file (FasciaPage            *self,
                      FasciaSafeFolder      *folder,
                      const char            *relative,
                      const FasciaFileStamp *stamp)
{
  g_return_if_fail (FASCIA_IS_PAGE (self));
  g_return_if_fail (folder != NULL && relative != NULL && stamp != NULL);

  g_clear_pointer (&self->folder, fascia_safe_folder_unref);
  self->folder = fascia_safe_folder_ref (folder);
  g_free (self->relative);
  self->relative = g_strdup (relative);
  self->stamp = *stamp;
}

/**
 * fascia_page_drop_body:
 *
 * Lets go of the page's body (the blocks of its sections, and its sources)
 * and keeps its outline: what a library of ten thousand pages must hold is
 * its pages' titles, not their every sentence. Asking for any part of the
 * body reads it again. For the library only, before anyone else sees the
 * page, which must have a file (fascia_page_set_file()).
 */
void
fascia_page_drop_body (FasciaPage *self)
{
  g_return_if_fail (FASCIA_IS_PAGE (self));
  g_return_if_fail (self->folder != NULL);

  for (guint i = 0; i < self->sections->len; i++)
    {
      FasciaSection *section = g_ptr_array_index (self->sections, i);

      g_clear_pointer (&section->blocks, g_ptr_array_unref);
    }
  g_clear_pointer (&self->sources, g_ptr_array_unref);
  g_atomic_int_set (&self->body_dropped, TRUE);
}

/* Whether @fresh, just read again, is the page @self was: the same id and
 * the same sections, so its body fits the outline everyone holds. */
static gboolean
same_outline (FasciaPage *self,
              FasciaPage *fresh)
{
  if (g_strcmp0 (self->id, fresh->id) != 0 || self->sections->len != fresh->sections->len)
    return FALSE;

  for (guint i = 0; i < self->sections->len; i++)
    {
      const FasciaSection *a = g_ptr_array_index (self->sections, i);
      const FasciaSection *b = g_ptr_array_index (fresh->sections, i);

      if (g_strcmp0 (a->id, b->id) != 0 || a->role != b->role)
        return FALSE;
    }

  return TRUE;
}

/* The body of a page whose file changed or went away since it was read:
 * empty sections, and a note on top saying so. What the file says now was
 * never checked, so none of it is shown. */
static void
set_changed_body (FasciaPage *self)
{
  FasciaBlock *note = fascia_block_new (FASCIA_BLOCK_NOTE, self->line);
  FasciaSection *first;

  for (guint i = 0; i < self->sections->len; i++)
    {
      FasciaSection *section = g_ptr_array_index (self->sections, i);

      section->blocks = g_ptr_array_new_with_free_func ((GDestroyNotify)fascia_block_free);
    }
  self->sources = g_ptr_array_new_with_free_func ((GDestroyNotify)fascia_source_free);

  note->note_kind = FASCIA_NOTE_CAUTION;
  note->title = g_strdup (_("This page changed on disk"));
  note->inlines = g_ptr_array_new_with_free_func ((GDestroyNotify)fascia_inline_free);
  g_ptr_array_add (note->inlines,
                   fascia_inline_new_text (self->line,
                                           _("Its file was changed or removed after Fascia read it, so its text "
                                             "is not shown. Restart Fascia to read the page again.")));

  if (self->sections->len == 0)
    {
      first = fascia_section_new ();
      first->line = self->line;
      g_ptr_array_add (self->sections, first);
    }
  first = g_ptr_array_index (self->sections, 0);
  g_ptr_array_insert (first->blocks, 0, note);
}

/* Reads the body of @self again from its file, which must be the version
 * read the first time. */
static void
read_body_again (FasciaPage *self)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify)g_error_free);
  g_autoptr(GError) error = NULL;
  g_autoptr(FasciaPage) fresh = NULL;
  g_autofree char *data = NULL;
  FasciaFileStamp stamp;
  gsize length = 0;

  data = fascia_safe_folder_read_stamped (self->folder, self->relative, FASCIA_PARSER_MAX_FILE_SIZE + 1,
                                          &length, &stamp, &error);
  if (data != NULL && fascia_file_stamp_equal (&stamp, &self->stamp))
    fresh = fascia_parser_parse_data (data, length, self->path, problems);

  if (fresh == NULL || !same_outline (self, fresh))
    {
      g_warning ("%s: the file changed after it was read; its page stays empty until Fascia starts again",
                 self->path);
      set_changed_body (self);
      return;
    }

  g_debug ("%s: body read again", self->path);
  for (guint i = 0; i < self->sections->len; i++)
    {
      FasciaSection *section = g_ptr_array_index (self->sections, i);
      FasciaSection *from = g_ptr_array_index (fresh->sections, i);

      section->blocks = g_steal_pointer (&from->blocks);
    }
  self->sources = g_steal_pointer (&fresh->sources);
}

/* Makes sure the body is there: every accessor of the body calls this, on
 * any thread. Once read again, a body stays. */
static inline void
ensure_body (FasciaPage *self)
{
  if (G_LIKELY (!g_atomic_int_get (&self->body_dropped)))
    return;

  g_mutex_lock (&body_lock);
  if (self->body_dropped)
    {
      read_body_again (self);
      g_atomic_int_set (&self->body_dropped, FALSE);
    }
  g_mutex_unlock (&body_lock);
}

/**
 * fascia_page_has_body:
 *
 * Returns: whether the page's body is in memory (for tests)
 */
gboolean
fascia_page_has_body (FasciaPage *self)
{
  g_return_val_if_fail (FASCIA_IS_PAGE (self), FALSE);
  return !g_atomic_int_get (&self->body_dropped);
}

/**
 * fascia_page_peek_sections:
 *
 * The sections as far as the page's outline goes, without reading its body
 * again: their ids, titles, roles, lines and nearby regions are there, their
 * blocks only when the body is.
 *
 * Returns: (transfer none) (element-type FasciaSection): the sections
 */
GPtrArray *
fascia_page_peek_sections (FasciaPage *self)
{
  g_return_val_if_fail (FASCIA_IS_PAGE (self), NULL);
  return self->sections;
}

/**
 * fascia_page_peek_section:
 *
 * Like fascia_page_find_section(), from the outline alone: see
 * fascia_page_peek_sections().
 *
 * Returns: (transfer none) (nullable): the section with @section_id
 */
const FasciaSection *
fascia_page_peek_section (FasciaPage *self,
                          const char *section_id)
{
  g_return_val_if_fail (FASCIA_IS_PAGE (self), NULL);
  g_return_val_if_fail (section_id != NULL, NULL);

  for (guint i = 0; i < self->sections->len; i++)
    {
      const FasciaSection *section = g_ptr_array_index (self->sections, i);

      if (g_strcmp0 (section->id, section_id) == 0)
        return section;
    }

  return NULL;
}

/**
 * fascia_page_get_sections:
 * @self: a page
 *
 * Returns: (transfer none) (element-type FasciaSection): the sections, in
 *   document order
 */
GPtrArray *
fascia_page_get_sections (FasciaPage *self)
{
  g_return_val_if_fail (FASCIA_IS_PAGE (self), NULL);
  ensure_body (self);
  return self->sections;
}

/**
 * fascia_page_get_sources:
 * @self: a page
 *
 * Returns: (transfer none) (element-type FasciaSource): the sources the
 *   page lists, in document order
 */
GPtrArray *
fascia_page_get_sources (FasciaPage *self)
{
  g_return_val_if_fail (FASCIA_IS_PAGE (self), NULL);
  ensure_body (self);
  return self->sources;
}

/**
 * fascia_page_find_section:
 * @self: a page
 * @section_id: a section's id
 *
 * Returns: (transfer none) (nullable): the section with @section_id, or
 *   %NULL when the page has none by that id
 */
const FasciaSection *
fascia_page_find_section (FasciaPage *self,
                          const char *section_id)
{
  g_return_val_if_fail (FASCIA_IS_PAGE (self), NULL);
  g_return_val_if_fail (section_id != NULL, NULL);

  ensure_body (self);
  return fascia_page_peek_section (self, section_id);
}

/**
 * fascia_page_find_section_by_role:
 * @self: a page
 * @role: a section role
 *
 * Returns: (transfer none) (nullable): the first section with @role, or
 *   %NULL when none has it; for %FASCIA_SECTION_ROLE_NONE, the first section
 *   with no role
 */
const FasciaSection *
fascia_page_find_section_by_role (FasciaPage        *self,
                                  FasciaSectionRole  role)
{
  g_return_val_if_fail (FASCIA_IS_PAGE (self), NULL);

  ensure_body (self);
  for (guint i = 0; i < self->sections->len; i++)
    {
      const FasciaSection *section = g_ptr_array_index (self->sections, i);

      if (section->role == role)
        return section;
    }

  return NULL;
}

/**
 * fascia_page_find_source:
 *
 * Returns: the index of the source with @source_id in the page's sources,
 *   or -1 when the page has none by that id
 */
int
fascia_page_find_source (FasciaPage *self,
                         const char *source_id)
{
  g_return_val_if_fail (FASCIA_IS_PAGE (self), -1);
  g_return_val_if_fail (source_id != NULL, -1);

  ensure_body (self);
  for (guint i = 0; i < self->sources->len; i++)
    {
      const FasciaSource *source = g_ptr_array_index (self->sources, i);

      if (g_strcmp0 (source->id, source_id) == 0)
        return (int)i;
    }

  return -1;
}

static void
append_text (GString   *out,
             GPtrArray *inlines)
{
  if (inlines == NULL)
    return;

  for (guint i = 0; i < inlines->len; i++)
    {
      const FasciaInline *run = g_ptr_array_index (inlines, i);

      if (run->kind == FASCIA_INLINE_TEXT)
        g_string_append (out, run->text);
      else
        append_text (out, run->children);
    }
}

/**
 * fascia_inlines_to_text:
 *
 * Returns: (transfer full): the plain text of @inlines, without citations
 */
char *
fascia_inlines_to_text (GPtrArray *inlines)
{
  GString *out = g_string_new (NULL);

  append_text (out, inlines);

  return g_string_free (out, FALSE);
}

/**
 * fascia_inlines_to_plain_text:
 *
 * Like fascia_inlines_to_text(), on one line: runs of white space become
 * one space, and the space a dropped citation leaves before punctuation
 * goes too. Two pieces of content that say the same give the same text.
 *
 * Returns: (transfer full): the tidy plain text of @inlines
 */
char *
fascia_inlines_to_plain_text (GPtrArray *inlines)
{
  g_autofree char *text = fascia_inlines_to_text (inlines);
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isspace (*p))
        {
          space = out->len > 0;
          continue;
        }
      if (space && strchr (".,;:!?)", *p) == NULL)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_c (out, *p);
    }

  return g_string_free (out, FALSE);
}

/**
 * fascia_page_dup_summary_text:
 * @self: a page
 *
 * Returns: (transfer full): the summary as plain text, without citations,
 *   as fascia_inlines_to_text() gives it
 */
char *
fascia_page_dup_summary_text (FasciaPage *self)
{
  g_return_val_if_fail (FASCIA_IS_PAGE (self), NULL);
  return fascia_inlines_to_text (self->summary);
}

static void
foreach_inline_in (FasciaPage       *self,
                   GPtrArray        *inlines,
                   FasciaInlineFunc  func,
                   gpointer          user_data)
{
  if (inlines == NULL)
    return;

  for (guint i = 0; i < inlines->len; i++)
    {
      const FasciaInline *run = g_ptr_array_index (inlines, i);

      func (self, run, user_data);
      foreach_inline_in (self, run->children, func, user_data);
    }
}

static void
foreach_block_in (FasciaPage      *self,
                  GPtrArray       *blocks,
                  FasciaBlockFunc  func,
                  gpointer         user_data)
{
  if (blocks == NULL)
    return;

  for (guint i = 0; i < blocks->len; i++)
    {
      const FasciaBlock *block = g_ptr_array_index (blocks, i);

      func (self, block, user_data);
      foreach_block_in (self, block->children, func, user_data);
    }
}

/**
 * fascia_page_foreach_block:
 *
 * Calls @func for every block of every section, depth first, parents before
 * their children.
 */
void
fascia_page_foreach_block (FasciaPage      *self,
                           FasciaBlockFunc  func,
                           gpointer         user_data)
{
  g_return_if_fail (FASCIA_IS_PAGE (self));
  g_return_if_fail (func != NULL);

  ensure_body (self);
  for (guint i = 0; i < self->sections->len; i++)
    {
      const FasciaSection *section = g_ptr_array_index (self->sections, i);

      foreach_block_in (self, section->blocks, func, user_data);
    }
}

typedef struct
{
  FasciaInlineFunc func;
  gpointer         user_data;
} InlineWalk;

static void
walk_block_inlines (FasciaPage        *self,
                    const FasciaBlock *block,
                    gpointer           user_data)
{
  InlineWalk *walk = user_data;

  foreach_inline_in (self, block->inlines, walk->func, walk->user_data);
}

/**
 * fascia_page_foreach_inline:
 *
 * Calls @func for every inline run of the page: the summary's first, then
 * those of every block in document order, parents before their children.
 */
void
fascia_page_foreach_inline (FasciaPage       *self,
                            FasciaInlineFunc  func,
                            gpointer          user_data)
{
  InlineWalk walk = { func, user_data };

  g_return_if_fail (FASCIA_IS_PAGE (self));
  g_return_if_fail (func != NULL);

  foreach_inline_in (self, self->summary, func, user_data);
  fascia_page_foreach_block (self, walk_block_inlines, &walk);
}

static const char * const page_type_names[FASCIA_N_PAGE_TYPES] = {
  "article", "region", "exercise", "technique", "muscle", "condition", "reference",
};

/**
 * fascia_page_type_to_string:
 * @type: a kind of page
 *
 * Returns: the name of @type in content files, as in <page type="…">, or
 *   %NULL for a value that is not a kind of page
 */
const char *
fascia_page_type_to_string (FasciaPageType type)
{
  g_return_val_if_fail (type < FASCIA_N_PAGE_TYPES, NULL);
  return page_type_names[type];
}

/**
 * fascia_page_type_from_string:
 * @str: (nullable): the name of a kind of page, as content files write it
 * @type: (out): where the kind goes; left alone when @str names none
 *
 * Returns: whether @str names a kind of page
 */
gboolean
fascia_page_type_from_string (const char     *str,
                              FasciaPageType *type)
{
  for (guint i = 0; i < FASCIA_N_PAGE_TYPES; i++)
    {
      if (g_strcmp0 (str, page_type_names[i]) == 0)
        {
          *type = i;
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * fascia_page_type_get_label:
 *
 * Returns: the translated, plural name of a group of pages of @type, as the
 *   sidebar shows it
 */
const char *
fascia_page_type_get_label (FasciaPageType type)
{
  switch (type)
    {
    case FASCIA_PAGE_ARTICLE:
      return _("Learn");
    case FASCIA_PAGE_REGION:
      return _("Where It Hurts");
    case FASCIA_PAGE_EXERCISE:
      return _("Exercise and Load");
    case FASCIA_PAGE_TECHNIQUE:
      return _("Techniques");
    case FASCIA_PAGE_MUSCLE:
      return _("Muscles");
    case FASCIA_PAGE_CONDITION:
      return _("Conditions");
    case FASCIA_PAGE_REFERENCE:
      return _("Sources");
    case FASCIA_N_PAGE_TYPES:
    default:
      g_return_val_if_reached (NULL);
    }
}

static const char * const evidence_names[] = {
  "strong", "moderate", "limited", "disputed", "opinion",
};

/**
 * fascia_evidence_level_to_string:
 * @level: an evidence level
 *
 * Returns: the name of @level in content files, which is also the CSS
 *   class of an evidence box (.evidence.strong), or %NULL for a value that
 *   is not a level
 */
const char *
fascia_evidence_level_to_string (FasciaEvidenceLevel level)
{
  g_return_val_if_fail (level <= FASCIA_EVIDENCE_OPINION, NULL);
  return evidence_names[level];
}

/**
 * fascia_evidence_level_get_label:
 * @level: an evidence level
 *
 * Returns: how the reader is told the level, "Strong evidence" or
 *   "Practitioner opinion"; %NULL for a value that is not a level
 */
const char *
fascia_evidence_level_get_label (FasciaEvidenceLevel level)
{
  switch (level)
    {
    case FASCIA_EVIDENCE_STRONG:
      return _("Strong evidence");
    case FASCIA_EVIDENCE_MODERATE:
      return _("Moderate evidence");
    case FASCIA_EVIDENCE_LIMITED:
      return _("Limited evidence");
    case FASCIA_EVIDENCE_DISPUTED:
      return _("Disputed");
    case FASCIA_EVIDENCE_OPINION:
      return _("Practitioner opinion");
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * fascia_urgency_to_string:
 *
 * Returns: the name of @urgency in content files
 */
const char *
fascia_urgency_to_string (FasciaUrgency urgency)
{
  switch (urgency)
    {
    case FASCIA_URGENCY_EMERGENCY:
      return "emergency";
    case FASCIA_URGENCY_URGENT:
      return "urgent";
    case FASCIA_URGENCY_SOON:
      return "soon";
    case FASCIA_N_URGENCIES:
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * fascia_urgency_get_label:
 *
 * Returns: a word or two naming @urgency, for the icon of a card whose
 *   heading may say something more specific
 */
const char *
fascia_urgency_get_label (FasciaUrgency urgency)
{
  switch (urgency)
    {
    case FASCIA_URGENCY_EMERGENCY:
      return _("Emergency");
    case FASCIA_URGENCY_URGENT:
      return _("Urgent, today");
    case FASCIA_URGENCY_SOON:
      return _("See a doctor soon");
    case FASCIA_N_URGENCIES:
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * fascia_urgency_get_heading:
 *
 * Returns: the heading of a list of warning signs of @urgency
 */
const char *
fascia_urgency_get_heading (FasciaUrgency urgency)
{
  switch (urgency)
    {
    case FASCIA_URGENCY_EMERGENCY:
      return _("Get emergency help now");
    case FASCIA_URGENCY_URGENT:
      return _("Get medical advice today");
    case FASCIA_URGENCY_SOON:
      return _("See a doctor soon");
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * fascia_urgency_get_advice:
 *
 * Returns: what to do on noticing one of the warning signs of @urgency
 */
const char *
fascia_urgency_get_advice (FasciaUrgency urgency)
{
  switch (urgency)
    {
    case FASCIA_URGENCY_EMERGENCY:
      return _("If you notice any of these, call your local emergency number or go to an emergency department now.");
    case FASCIA_URGENCY_URGENT:
      return _("If you notice any of these, get medical advice today: call your doctor, an urgent care service or a health advice line such as NHS 111.");
    case FASCIA_URGENCY_SOON:
      return _("If you notice any of these, contact a doctor within a day or two, sooner if it gets worse.");
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * fascia_safety_level_get_label:
 *
 * Returns: "Not advised" or "Take care"
 */
const char *
fascia_safety_level_get_label (FasciaSafetyLevel level)
{
  switch (level)
    {
    case FASCIA_SAFETY_AVOID:
      return _("Not advised");
    case FASCIA_SAFETY_CARE:
      return _("Take care");
    default:
      g_return_val_if_reached (NULL);
    }
}

static const char * const note_names[] = {
  "tip", "info", "caution", "danger",
};

/**
 * fascia_note_kind_to_string:
 * @kind: a kind of note
 *
 * Returns: the name of @kind in content files, which is also the note's CSS
 *   class (.note.tip), or %NULL for a value that is not a kind of note
 */
const char *
fascia_note_kind_to_string (FasciaNoteKind kind)
{
  g_return_val_if_fail (kind <= FASCIA_NOTE_DANGER, NULL);
  return note_names[kind];
}
