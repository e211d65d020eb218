/* fascia-search-texts.c - every page's searchable text, kept out of memory
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Indexing reads every unit of every page (fascia-search-text.c), and a
 * result's snippet is cut from the text of one unit. A library lets go of
 * its pages' bodies once they are read, so the units are written down while
 * each page is at hand: one record a page, in an unlinked temporary file,
 * read back with pread() for indexing and for each result shown. The
 * operating system keeps the file in its cache; the process does not hold
 * it, so ten thousand pages of text do not count against its memory. The
 * first few megabytes stay in memory, which is all a library of a hundred
 * pages has, and go to the file once there are more: a write a page cost a
 * small library a tenth of its load time. When no temporary file can be
 * made, the records all stay in memory.
 *
 * A record is the page's units in order, each as
 *
 *   field (1 byte) | section number (2 bytes, little-endian) | text | NUL
 *
 * with NO_SECTION outside sections.
 */
#define G_LOG_DOMAIN "fascia-search"

#include "config.h"

#include <errno.h>
#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "fascia-page-private.h"
#include "fascia-search-private.h"

typedef struct
{
  guint64 offset;
  guint32 length;
} Record;

/* Records stay in memory up to this many bytes. */
#define IN_MEMORY_BYTES (4 * 1024 * 1024)

struct _FasciaSearchTexts
{
  GMutex      lock;
  int         fd;          /* the unlinked file, or -1… */
  GByteArray *memory;      /* …and the records are here */
  gboolean    no_file;     /* no file could be made: all in memory */
  guint64     end;
  GHashTable *records;     /* FasciaPage (not a reference) → Record */
};

static gboolean
write_all (int           fd,
           const char   *data,
           gsize         length,
           guint64       offset)
{
  while (length > 0)
    {
      gssize n = pwrite (fd, data, length, (off_t)offset);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        return FALSE;
      data += n;
      length -= (gsize)n;
      offset += (guint64)n;
    }

  return TRUE;
}

/**
 * fascia_search_texts_new:
 *
 * Returns: (transfer full): an empty store of pages' searchable text
 */
FasciaSearchTexts *
fascia_search_texts_new (void)
{
  FasciaSearchTexts *self = g_new0 (FasciaSearchTexts, 1);

  g_mutex_init (&self->lock);
  self->records = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  self->fd = -1;
  self->memory = g_byte_array_new ();

  return self;
}

/* Moves the records from memory to a new file, under the lock; stays in
 * memory when the file cannot be made or written. */
static void
move_to_file (FasciaSearchTexts *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  int fd = g_file_open_tmp ("fascia-search-XXXXXX", &name, &error);

  if (fd < 0)
    {
      g_debug ("the search text stays in memory: %s", error->message);
      self->no_file = TRUE;
      return;
    }
  g_unlink (name);

  if (!write_all (fd, (const char *)self->memory->data, self->memory->len, 0))
    {
      g_debug ("the search text stays in memory: %s", g_strerror (errno));
      close (fd);
      self->no_file = TRUE;
      return;
    }

  self->fd = fd;
  g_clear_pointer (&self->memory, g_byte_array_unref);
}

/**
 * fascia_search_texts_free:
 * @self: (nullable): a store
 */
void
fascia_search_texts_free (FasciaSearchTexts *self)
{
  if (self == NULL)
    return;

  if (self->fd >= 0)
    close (self->fd);
  g_clear_pointer (&self->memory, g_byte_array_unref);
  g_hash_table_unref (self->records);
  g_mutex_clear (&self->lock);
  g_free (self);
}

static gboolean
append_unit_cb (const Unit *unit,
                guint       n,
                gpointer    user_data)
{
  GString *record = user_data;
  guint section = MIN (unit->section, NO_SECTION);
  g_autofree char *owned = NULL;
  const char *text = unit->text;

  if (text == NULL)
    text = owned = fascia_inlines_to_text (unit->inlines);

  g_string_append_c (record, (char)unit->field);
  g_string_append_c (record, (char)(section & 0xff));
  g_string_append_c (record, (char)(section >> 8));
  g_string_append_len (record, text, (gssize)strlen (text) + 1);

  return TRUE;
}

/**
 * fascia_search_texts_add:
 * @self: a store
 * @page: a page, with its body
 *
 * Writes down @page's units, once; later calls for the same page do
 * nothing. Any thread may call this.
 */
void
fascia_search_texts_add (FasciaSearchTexts *self,
                         FasciaPage        *page)
{
  g_autoptr(GString) record = NULL;
  Record *where;

  g_return_if_fail (self != NULL);
  g_return_if_fail (FASCIA_IS_PAGE (page));

  record = g_string_sized_new (8 * 1024);
  _fascia_search_walk_units (page, append_unit_cb, record);
  if (record->len > G_MAXUINT32)
    g_string_truncate (record, 0);

  where = g_new (Record, 1);
  where->length = (guint32)record->len;

  g_mutex_lock (&self->lock);
  if (g_hash_table_contains (self->records, page))
    {
      g_mutex_unlock (&self->lock);
      g_free (where);
      return;
    }
  where->offset = self->end;
  self->end += record->len;
  g_hash_table_insert (self->records, page, where);
  if (self->memory != NULL && !self->no_file && self->memory->len + record->len > IN_MEMORY_BYTES)
    move_to_file (self);
  if (self->memory != NULL)
    {
      g_byte_array_append (self->memory, (const guint8 *)record->str, (guint)record->len);
      g_mutex_unlock (&self->lock);
      return;
    }
  g_mutex_unlock (&self->lock);

  /* Each writer has its own part of the file: no lock needed. A record
   * that could not be written (a full disk) reads back as nothing, and the
   * page is then walked from its body. */
  if (!write_all (self->fd, record->str, record->len, where->offset))
    {
      g_warning ("cannot write the search text of %s: %s", fascia_page_get_path (page), g_strerror (errno));
      g_mutex_lock (&self->lock);
      where->length = 0;
      g_mutex_unlock (&self->lock);
    }
}

/**
 * fascia_search_texts_forget:
 * @page: a page the store has a record of, about to go (a second page
 *   with an id already used)
 *
 * Drops @page's record, so that no page made later at the same address
 * finds it. Its bytes stay in the file, unused.
 */
void
fascia_search_texts_forget (FasciaSearchTexts *self,
                            FasciaPage        *page)
{
  g_return_if_fail (self != NULL);

  g_mutex_lock (&self->lock);
  g_hash_table_remove (self->records, page);
  g_mutex_unlock (&self->lock);
}

/* Reads @page's record back, or NULL when it has none. */
static GBytes *
read_record (FasciaSearchTexts *self,
             FasciaPage        *page)
{
  Record where = { 0, 0 };
  const Record *found;
  char *data;
  gsize done = 0;

  g_mutex_lock (&self->lock);
  found = g_hash_table_lookup (self->records, page);
  if (found != NULL)
    where = *found;
  if (found != NULL && self->memory != NULL)
    {
      GBytes *bytes = g_bytes_new (self->memory->data + where.offset, where.length);

      g_mutex_unlock (&self->lock);
      return bytes;
    }
  g_mutex_unlock (&self->lock);

  if (found == NULL || where.length == 0)
    return NULL;

  data = g_malloc (where.length);
  while (done < where.length)
    {
      gssize n = pread (self->fd, data + done, where.length - done, (off_t)(where.offset + done));

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        {
          g_warning ("cannot read the search text of %s back: %s", fascia_page_get_path (page),
                     n < 0 ? g_strerror (errno) : "the file is shorter");
          g_free (data);
          return NULL;
        }
      done += (gsize)n;
    }

  return g_bytes_new_take (data, where.length);
}

/**
 * _fascia_search_texts_read:
 *
 * Returns: (transfer full): @page's record, written down first when it
 *   has none (which reads the page's body)
 */
GBytes *
_fascia_search_texts_read (FasciaSearchTexts *self,
                           FasciaPage        *page)
{
  GBytes *bytes = read_record (self, page);
  g_autoptr(GString) record = NULL;

  if (bytes != NULL)
    return bytes;

  fascia_search_texts_add (self, page);
  if ((bytes = read_record (self, page)) != NULL)
    return bytes;

  /* Neither the file nor memory has it: walk the body this once. */
  record = g_string_new (NULL);
  _fascia_search_walk_units (page, append_unit_cb, record);
  return g_bytes_new (record->str, record->len);
}

/**
 * _fascia_search_walk_stored:
 * @page: the page @stored is the record of
 * @stored: from _fascia_search_texts_read()
 *
 * Calls @func for each unit of the record, numbered as
 * _fascia_search_walk_units() numbers them, with its text.
 */
void
_fascia_search_walk_stored (FasciaPage *page,
                            GBytes     *stored,
                            UnitFunc    func,
                            gpointer    user_data)
{
  gsize length = 0;
  const char *p = g_bytes_get_data (stored, &length);
  const char *end = p + length;
  GPtrArray *sections = fascia_page_peek_sections (page);
  guint n = 0;

  while (end - p > 3)
    {
      Unit unit = { 0 };
      const char *nul;

      unit.field = (FasciaMatchField)(guchar)p[0];
      unit.section = (guint)(guchar)p[1] | (guint)(guchar)p[2] << 8;
      unit.text = p + 3;
      nul = memchr (unit.text, '\0', (gsize)(end - unit.text));
      if (nul == NULL || unit.field > FASCIA_MATCH_BODY)
        break;
      if (unit.section < sections->len)
        unit.section_id = ((const FasciaSection *)g_ptr_array_index (sections, unit.section))->id;
      else
        unit.section = NO_SECTION;

      if (!func (&unit, n++, user_data))
        return;
      p = nul + 1;
    }
}
