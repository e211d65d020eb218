/* fascia-clinician-sheet.c - a sheet for the clinician: where it hurts, likely muscles, red flags, notes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The reader marks several regions of the body map. Each region opens a
 * region page whose <referrers> list the muscles commonly described as
 * referring pain there, most likely first. The sheet combines those lists:
 * a muscle ranks higher the more of the chosen regions it explains (counted
 * by body-map region, so a left and a right hip count twice), then the more
 * of them it explains as an essential zone, then the earlier it stands in
 * some region's list, then by title.
 *
 * It also gathers the warning signs (<red-flags> in the section with
 * role="red-flags") of the chosen regions' pages, each page once, the
 * emergency ones first, and keeps the reader's yes/no answers and notes.
 * Everything stays in memory: nothing here writes a file or goes anywhere.
 */
#define G_LOG_DOMAIN "fascia-clinician-sheet"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "fascia-clinician-sheet.h"

/* ------------------------------------------------------------ the pieces */

/**
 * fascia_sheet_muscle_free:
 * @muscle: (nullable): a muscle from fascia_clinician_rank_muscles()
 *
 * Frees @muscle with its ids, title and lists. Its page and regions belong
 * to the library and stay. Does nothing for %NULL.
 */
void
fascia_sheet_muscle_free (FasciaSheetMuscle *muscle)
{
  if (muscle == NULL)
    return;

  g_free (muscle->page_id);
  g_free (muscle->title);
  g_ptr_array_unref (muscle->regions);
  g_array_unref (muscle->zones);
  g_free (muscle);
}

/**
 * fascia_sheet_flag_free:
 * @flag: (nullable): a flag from fascia_clinician_collect_red_flags()
 *
 * Frees @flag with its key, page id and text. Its page title and block
 * belong to the library and stay. Does nothing for %NULL.
 */
void
fascia_sheet_flag_free (FasciaSheetFlag *flag)
{
  if (flag == NULL)
    return;

  g_free (flag->key);
  g_free (flag->page_id);
  g_free (flag->text);
  g_free (flag);
}

/**
 * fascia_sheet_muscle_describe:
 * @muscle: a ranked muscle
 * @n_regions: how many regions were chosen
 *
 * Returns: (transfer full): what the sheet says about @muscle, "explains 3
 *   of 4 regions, essential zone in 2"
 */
char *
fascia_sheet_muscle_describe (const FasciaSheetMuscle *muscle,
                              guint                    n_regions)
{
  guint n;
  g_autofree char *explains = NULL;

  g_return_val_if_fail (muscle != NULL, NULL);

  n = muscle->regions->len;
  /* Translators: how many of the marked regions a muscle is commonly
   * described as sending pain to: "explains 3 of 4 regions". */
  explains = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "explains %u of %u region", "explains %u of %u regions",
                                           n_regions),
                              n, n_regions);

  if (muscle->n_essential == n)
    /* Translators: "essential" is the zone of a referred pain pattern where
     * nearly everyone with it feels pain, "spillover" where some do. */
    return g_strdup_printf (_("%s, essential zone"), explains);
  if (muscle->n_essential == 0)
    /* Translators: see "%s, essential zone". */
    return g_strdup_printf (_("%s, spillover zone"), explains);

  /* Translators: "explains 3 of 4 regions, essential zone in 2" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s, essential zone in %u", "%s, essential zone in %u",
                                       muscle->n_essential),
                          explains, muscle->n_essential);
}

/**
 * fascia_sheet_note_get_label:
 * @note: one of the sheet's notes
 *
 * Returns: the question the note answers, "Since when?", as both the
 *   dialog and the printed sheet show it; %NULL for a value that is not a
 *   note
 */
const char *
fascia_sheet_note_get_label (FasciaSheetNote note)
{
  switch (note)
    {
    case FASCIA_SHEET_NOTE_SINCE:
      return _("Since when?");
    case FASCIA_SHEET_NOTE_WORSE:
      return _("What makes it worse?");
    case FASCIA_SHEET_NOTE_OTHER:
      return _("Anything else?");
    case FASCIA_SHEET_N_NOTES:
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * fascia_flag_answer_get_label:
 * @answer: an answer to a warning sign
 *
 * Returns: the answer in words, "Yes", "No" or "Not answered", as both the
 *   dialog and the printed sheet show it; %NULL for a value that is not an
 *   answer
 */
const char *
fascia_flag_answer_get_label (FasciaFlagAnswer answer)
{
  switch (answer)
    {
    case FASCIA_FLAG_UNANSWERED:
      return _("Not answered");
    case FASCIA_FLAG_YES:
      return _("Yes");
    case FASCIA_FLAG_NO:
      return _("No");
    default:
      g_return_val_if_reached (NULL);
    }
}

/* The chosen regions that the map has, each once, in the order given. */
static GPtrArray *
resolve_regions (FasciaLibrary      *library,
                 const char * const *region_ids)
{
  FasciaBodyMap *map = fascia_library_get_body_map (library);
  GPtrArray *regions = g_ptr_array_new ();

  if (map == NULL || region_ids == NULL)
    return regions;

  for (guint i = 0; region_ids[i] != NULL; i++)
    {
      const FasciaBodyRegion *region = fascia_body_map_find_region (map, region_ids[i]);

      if (region != NULL && !g_ptr_array_find (regions, region, NULL))
        g_ptr_array_add (regions, (gpointer)region);
    }

  return regions;
}

/* --------------------------------------------------------------- muscles */

typedef struct
{
  GHashTable *by_id;       /* page id → FasciaSheetMuscle, owned by list */
  GPtrArray  *list;
  const FasciaBodyRegion *region;
  FasciaLibrary *library;
  guint       position;
} RankWalk;

static void
add_referrer (RankWalk          *walk,
              const FasciaBlock *referrer,
              guint              position)
{
  FasciaSheetMuscle *muscle = g_hash_table_lookup (walk->by_id, referrer->target);
  guint index;

  if (muscle == NULL)
    {
      muscle = g_new0 (FasciaSheetMuscle, 1);
      muscle->page_id = g_strdup (referrer->target);
      muscle->page = fascia_library_get_page (walk->library, referrer->target);
      muscle->title = g_strdup (muscle->page != NULL ? fascia_page_get_title (muscle->page) : referrer->target);
      muscle->regions = g_ptr_array_new ();
      muscle->zones = g_array_new (FALSE, FALSE, sizeof (FasciaReferralZone));
      muscle->best_position = G_MAXUINT;
      g_ptr_array_add (walk->list, muscle);
      g_hash_table_insert (walk->by_id, muscle->page_id, muscle);
    }

  muscle->best_position = MIN (muscle->best_position, position);

  /* A page that names the same muscle twice still explains its region once,
   * as essential if either mention says so. */
  if (g_ptr_array_find (muscle->regions, walk->region, &index))
    {
      if (referrer->zone == FASCIA_ZONE_ESSENTIAL &&
          g_array_index (muscle->zones, FasciaReferralZone, index) != FASCIA_ZONE_ESSENTIAL)
        {
          g_array_index (muscle->zones, FasciaReferralZone, index) = FASCIA_ZONE_ESSENTIAL;
          muscle->n_essential++;
        }
      return;
    }

  g_ptr_array_add (muscle->regions, (gpointer)walk->region);
  g_array_append_val (muscle->zones, referrer->zone);
  if (referrer->zone == FASCIA_ZONE_ESSENTIAL)
    muscle->n_essential++;
}

static void
rank_block_cb (FasciaPage        *page,
               const FasciaBlock *block,
               gpointer           user_data)
{
  RankWalk *walk = user_data;

  if (block->kind != FASCIA_BLOCK_REFERRERS)
    return;

  /* Positions count on through every list of the page. */
  for (guint i = 0; i < block->children->len; i++)
    {
      const FasciaBlock *referrer = g_ptr_array_index (block->children, i);

      if (referrer->kind == FASCIA_BLOCK_REFERRER && referrer->target != NULL)
        add_referrer (walk, referrer, walk->position++);
    }
}

static int
compare_muscles (gconstpointer a,
                 gconstpointer b)
{
  const FasciaSheetMuscle *ma = *(const FasciaSheetMuscle * const *)a;
  const FasciaSheetMuscle *mb = *(const FasciaSheetMuscle * const *)b;
  int cmp;

  if (ma->regions->len != mb->regions->len)
    return ma->regions->len > mb->regions->len ? -1 : 1;
  if (ma->n_essential != mb->n_essential)
    return ma->n_essential > mb->n_essential ? -1 : 1;
  if (ma->best_position != mb->best_position)
    return ma->best_position < mb->best_position ? -1 : 1;
  if ((cmp = g_utf8_collate (ma->title, mb->title)) != 0)
    return cmp;

  return strcmp (ma->page_id, mb->page_id);
}

static GPtrArray *
rank_muscles (FasciaLibrary *library,
              GPtrArray     *regions)
{
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *list = g_ptr_array_new_with_free_func ((GDestroyNotify)fascia_sheet_muscle_free);
  RankWalk walk = { by_id, list, NULL, library, 0 };

  for (guint i = 0; i < regions->len; i++)
    {
      const FasciaBodyRegion *region = g_ptr_array_index (regions, i);
      FasciaPage *page = fascia_library_get_page (library, region->page_id);

      if (page == NULL)
        continue;

      walk.region = region;
      walk.position = 0;
      fascia_page_foreach_block (page, rank_block_cb, &walk);
    }

  g_ptr_array_sort (list, compare_muscles);

  return list;
}

/**
 * fascia_clinician_rank_muscles:
 * @library: the library
 * @region_ids: (array zero-terminated=1) (nullable): body-map region ids;
 *   unknown ones are ignored, repeated ones count once
 *
 * Combines the referrer lists of the regions' pages.
 *
 * Returns: (transfer full) (element-type FasciaSheetMuscle): the
 *   muscles, most regions explained first
 */
GPtrArray *
fascia_clinician_rank_muscles (FasciaLibrary      *library,
                               const char * const *region_ids)
{
  g_autoptr(GPtrArray) regions = NULL;

  g_return_val_if_fail (FASCIA_IS_LIBRARY (library), NULL);

  regions = resolve_regions (library, region_ids);

  return rank_muscles (library, regions);
}

/* ------------------------------------------------------------- red flags */

typedef struct
{
  FasciaPage *page;
  GPtrArray  *by_urgency[FASCIA_N_URGENCIES];
  GHashTable *seen;        /* "urgency text" of the flags so far */
  guint       index;
} FlagWalk;

static void
collect_flags_in (FlagWalk  *walk,
                  GPtrArray *blocks)
{
  if (blocks == NULL)
    return;

  for (guint i = 0; i < blocks->len; i++)
    {
      const FasciaBlock *block = g_ptr_array_index (blocks, i);

      if (block->kind != FASCIA_BLOCK_RED_FLAGS)
        {
          collect_flags_in (walk, block->children);
          continue;
        }

      for (guint j = 0; j < block->children->len; j++)
        {
          const FasciaBlock *child = g_ptr_array_index (block->children, j);
          char *tidy, *seen_key;
          FasciaSheetFlag *flag;
          guint index;

          if (child->kind != FASCIA_BLOCK_RED_FLAG)
            continue;

          /* Region pages share many signs word for word (numbness in the
           * saddle area, a clot's signs): ask each one once. The index
           * still counts it, so that keys stay the same. */
          index = walk->index++;
          tidy = fascia_inlines_to_plain_text (child->inlines);
          seen_key = g_strdup_printf ("%d %s", block->urgency, tidy);
          if (!g_hash_table_add (walk->seen, seen_key))
            {
              g_free (tidy);
              continue;
            }

          flag = g_new0 (FasciaSheetFlag, 1);
          flag->page_id = g_strdup (fascia_page_get_id (walk->page));
          flag->page_title = fascia_page_get_title (walk->page);
          flag->index = index;
          flag->key = g_strdup_printf ("%s#%u", flag->page_id, flag->index);
          flag->urgency = block->urgency;
          flag->block = child;
          flag->text = tidy;

          g_ptr_array_add (walk->by_urgency[block->urgency], flag);
        }
    }
}

static GPtrArray *
collect_red_flags (FasciaLibrary *library,
                   GPtrArray     *regions)
{
  g_autoptr(GPtrArray) pages = g_ptr_array_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GPtrArray *flags = g_ptr_array_new_with_free_func ((GDestroyNotify)fascia_sheet_flag_free);
  FlagWalk walk = { NULL, { flags, g_ptr_array_new (), g_ptr_array_new () }, seen, 0 };

  for (guint i = 0; i < regions->len; i++)
    {
      const FasciaBodyRegion *region = g_ptr_array_index (regions, i);
      FasciaPage *page = fascia_library_get_page (library, region->page_id);
      const FasciaSection *section;

      /* A left and a right hip open the same page: ask its questions once. */
      if (page == NULL || g_ptr_array_find (pages, page, NULL))
        continue;
      g_ptr_array_add (pages, page);

      section = fascia_page_find_section_by_role (page, FASCIA_SECTION_ROLE_RED_FLAGS);
      if (section == NULL)
        continue;

      walk.page = page;
      walk.index = 0;
      collect_flags_in (&walk, section->blocks);
    }

  /* Emergency first, then urgent, then soon; within each, by page then
   * document order. */
  for (guint u = FASCIA_URGENCY_EMERGENCY + 1; u < FASCIA_N_URGENCIES; u++)
    g_ptr_array_extend_and_steal (flags, walk.by_urgency[u]);

  return flags;
}

/**
 * fascia_clinician_collect_red_flags:
 * @library: the library
 * @region_ids: (array zero-terminated=1) (nullable): body-map region ids
 *
 * Gathers the warning signs of the regions' pages, each page once, and
 * each sign once when pages share it word for word.
 *
 * Returns: (transfer full) (element-type FasciaSheetFlag): the flags,
 *   every emergency one before every urgent one, and those before every
 *   "soon" one
 */
GPtrArray *
fascia_clinician_collect_red_flags (FasciaLibrary      *library,
                                    const char * const *region_ids)
{
  g_autoptr(GPtrArray) regions = NULL;

  g_return_val_if_fail (FASCIA_IS_LIBRARY (library), NULL);

  regions = resolve_regions (library, region_ids);

  return collect_red_flags (library, regions);
}

/* ----------------------------------------------------------------- sheet */

struct _FasciaClinicianSheet
{
  GObject        parent_instance;

  FasciaLibrary *library;
  GPtrArray     *regions;        /* const FasciaBodyRegion * */
  GPtrArray     *muscles;        /* FasciaSheetMuscle */
  GPtrArray     *flags;          /* FasciaSheetFlag */
  GHashTable    *answers;        /* flag key (owned by flags) → FasciaFlagAnswer */
  char          *notes[FASCIA_SHEET_N_NOTES];
  GDateTime     *date;
};

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (FasciaClinicianSheet, fascia_clinician_sheet, G_TYPE_OBJECT)

static void
fascia_clinician_sheet_finalize (GObject *object)
{
  FasciaClinicianSheet *self = FASCIA_CLINICIAN_SHEET (object);

  g_clear_pointer (&self->answers, g_hash_table_unref);
  g_clear_pointer (&self->flags, g_ptr_array_unref);
  g_clear_pointer (&self->muscles, g_ptr_array_unref);
  g_clear_pointer (&self->regions, g_ptr_array_unref);
  for (guint i = 0; i < FASCIA_SHEET_N_NOTES; i++)
    g_clear_pointer (&self->notes[i], g_free);
  g_clear_pointer (&self->date, g_date_time_unref);
  g_clear_object (&self->library);

  G_OBJECT_CLASS (fascia_clinician_sheet_parent_class)->finalize (object);
}

static void
fascia_clinician_sheet_class_init (FasciaClinicianSheetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = fascia_clinician_sheet_finalize;

  /**
   * FasciaClinicianSheet::changed:
   *
   * A note or an answer changed.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
fascia_clinician_sheet_init (FasciaClinicianSheet *self)
{
  self->answers = g_hash_table_new (g_str_hash, g_str_equal);
  self->date = g_date_time_new_now_local ();
}

/**
 * fascia_clinician_sheet_new:
 * @library: the library
 * @region_ids: (array zero-terminated=1) (nullable): the regions that hurt,
 *   as body-map region ids; unknown ones are ignored
 *
 * Returns: (transfer full): a sheet with no notes and no answers yet
 */
FasciaClinicianSheet *
fascia_clinician_sheet_new (FasciaLibrary      *library,
                            const char * const *region_ids)
{
  FasciaClinicianSheet *self;

  g_return_val_if_fail (FASCIA_IS_LIBRARY (library), NULL);

  self = g_object_new (FASCIA_TYPE_CLINICIAN_SHEET, NULL);
  self->library = g_object_ref (library);
  self->regions = resolve_regions (library, region_ids);
  self->muscles = rank_muscles (library, self->regions);
  self->flags = collect_red_flags (library, self->regions);

  return self;
}

/**
 * fascia_clinician_sheet_get_library:
 * @self: a sheet
 *
 * Returns: (transfer none): the library the sheet's regions, muscles and
 *   warning signs come from
 */
FasciaLibrary *
fascia_clinician_sheet_get_library (FasciaClinicianSheet *self)
{
  g_return_val_if_fail (FASCIA_IS_CLINICIAN_SHEET (self), NULL);
  return self->library;
}

/**
 * fascia_clinician_sheet_get_regions:
 *
 * Returns: (transfer none) (element-type FasciaBodyRegion): the chosen
 *   regions the map has, in the order chosen
 */
GPtrArray *
fascia_clinician_sheet_get_regions (FasciaClinicianSheet *self)
{
  g_return_val_if_fail (FASCIA_IS_CLINICIAN_SHEET (self), NULL);
  return self->regions;
}

/**
 * fascia_clinician_sheet_get_muscles:
 *
 * Returns: (transfer none) (element-type FasciaSheetMuscle): see
 *   fascia_clinician_rank_muscles()
 */
GPtrArray *
fascia_clinician_sheet_get_muscles (FasciaClinicianSheet *self)
{
  g_return_val_if_fail (FASCIA_IS_CLINICIAN_SHEET (self), NULL);
  return self->muscles;
}

/**
 * fascia_clinician_sheet_get_red_flags:
 *
 * Returns: (transfer none) (element-type FasciaSheetFlag): see
 *   fascia_clinician_collect_red_flags()
 */
GPtrArray *
fascia_clinician_sheet_get_red_flags (FasciaClinicianSheet *self)
{
  g_return_val_if_fail (FASCIA_IS_CLINICIAN_SHEET (self), NULL);
  return self->flags;
}

/**
 * fascia_clinician_sheet_is_marked:
 * @self: a sheet
 * @region_id: (nullable): a body-map region id
 *
 * Returns: whether @region_id is one of the sheet's regions; %FALSE for an
 *   id the map does not have, which the sheet left out when it was made
 */
gboolean
fascia_clinician_sheet_is_marked (FasciaClinicianSheet *self,
                                  const char           *region_id)
{
  g_return_val_if_fail (FASCIA_IS_CLINICIAN_SHEET (self), FALSE);

  for (guint i = 0; i < self->regions->len; i++)
    if (g_strcmp0 (((const FasciaBodyRegion *)g_ptr_array_index (self->regions, i))->id, region_id) == 0)
      return TRUE;

  return FALSE;
}

/**
 * fascia_clinician_sheet_get_note:
 *
 * Returns: the note, "" when the reader wrote nothing
 */
const char *
fascia_clinician_sheet_get_note (FasciaClinicianSheet *self,
                                 FasciaSheetNote       note)
{
  g_return_val_if_fail (FASCIA_IS_CLINICIAN_SHEET (self), NULL);
  g_return_val_if_fail (note < FASCIA_SHEET_N_NOTES, NULL);

  return self->notes[note] != NULL ? self->notes[note] : "";
}

/**
 * fascia_clinician_sheet_set_note:
 * @self: a sheet
 * @note: which note
 * @text: (nullable): what the reader wrote; %NULL or "" for nothing
 *
 * Keeps @text as the note and emits ::changed, unless the note says that
 * already; %NULL and "" both count as an empty note.
 */
void
fascia_clinician_sheet_set_note (FasciaClinicianSheet *self,
                                 FasciaSheetNote       note,
                                 const char           *text)
{
  g_return_if_fail (FASCIA_IS_CLINICIAN_SHEET (self));
  g_return_if_fail (note < FASCIA_SHEET_N_NOTES);

  if (g_strcmp0 (fascia_clinician_sheet_get_note (self, note), text != NULL ? text : "") == 0)
    return;

  g_free (self->notes[note]);
  self->notes[note] = g_strdup (text);
  g_signal_emit (self, signals[CHANGED], 0);
}

static const FasciaSheetFlag *
find_flag (FasciaClinicianSheet *self,
           const char           *flag_key)
{
  for (guint i = 0; i < self->flags->len; i++)
    {
      const FasciaSheetFlag *flag = g_ptr_array_index (self->flags, i);

      if (g_strcmp0 (flag->key, flag_key) == 0)
        return flag;
    }

  return NULL;
}

/**
 * fascia_clinician_sheet_get_answer:
 * @self: a sheet
 * @flag_key: the key of one of the sheet's flags
 *
 * Returns: the reader's answer to the flag; %FASCIA_FLAG_UNANSWERED too for
 *   a key the sheet does not have
 */
FasciaFlagAnswer
fascia_clinician_sheet_get_answer (FasciaClinicianSheet *self,
                                   const char           *flag_key)
{
  g_return_val_if_fail (FASCIA_IS_CLINICIAN_SHEET (self), FASCIA_FLAG_UNANSWERED);
  g_return_val_if_fail (flag_key != NULL, FASCIA_FLAG_UNANSWERED);

  return GPOINTER_TO_UINT (g_hash_table_lookup (self->answers, flag_key));
}

/**
 * fascia_clinician_sheet_set_answer:
 * @flag_key: the key of one of the sheet's flags
 * @answer: the answer; %FASCIA_FLAG_UNANSWERED takes it back
 *
 * Returns: whether the sheet has a flag with @flag_key
 */
gboolean
fascia_clinician_sheet_set_answer (FasciaClinicianSheet *self,
                                   const char           *flag_key,
                                   FasciaFlagAnswer      answer)
{
  const FasciaSheetFlag *flag;

  g_return_val_if_fail (FASCIA_IS_CLINICIAN_SHEET (self), FALSE);
  g_return_val_if_fail (answer <= FASCIA_FLAG_NO, FALSE);

  if ((flag = find_flag (self, flag_key)) == NULL)
    return FALSE;

  if (fascia_clinician_sheet_get_answer (self, flag_key) == answer)
    return TRUE;

  if (answer == FASCIA_FLAG_UNANSWERED)
    g_hash_table_remove (self->answers, flag->key);
  else
    g_hash_table_insert (self->answers, flag->key, GUINT_TO_POINTER (answer));
  g_signal_emit (self, signals[CHANGED], 0);

  return TRUE;
}

/**
 * fascia_clinician_sheet_needs_emergency_help:
 *
 * Returns: whether the reader answered yes to an emergency warning sign
 */
gboolean
fascia_clinician_sheet_needs_emergency_help (FasciaClinicianSheet *self)
{
  g_return_val_if_fail (FASCIA_IS_CLINICIAN_SHEET (self), FALSE);

  for (guint i = 0; i < self->flags->len; i++)
    {
      const FasciaSheetFlag *flag = g_ptr_array_index (self->flags, i);

      if (flag->urgency == FASCIA_URGENCY_EMERGENCY &&
          fascia_clinician_sheet_get_answer (self, flag->key) == FASCIA_FLAG_YES)
        return TRUE;
    }

  return FALSE;
}

/**
 * fascia_clinician_sheet_has_input:
 *
 * Returns: whether the reader wrote a note or answered a warning sign:
 *   what would be lost with the sheet
 */
gboolean
fascia_clinician_sheet_has_input (FasciaClinicianSheet *self)
{
  g_return_val_if_fail (FASCIA_IS_CLINICIAN_SHEET (self), FALSE);

  for (guint i = 0; i < FASCIA_SHEET_N_NOTES; i++)
    if (self->notes[i] != NULL && self->notes[i][0] != '\0')
      return TRUE;

  /* Only answers are kept: taking one back removes it. */
  return g_hash_table_size (self->answers) > 0;
}

/**
 * fascia_clinician_sheet_get_date:
 *
 * Returns: (transfer none): the day the sheet is dated, by default when it
 *   was made
 */
GDateTime *
fascia_clinician_sheet_get_date (FasciaClinicianSheet *self)
{
  g_return_val_if_fail (FASCIA_IS_CLINICIAN_SHEET (self), NULL);
  return self->date;
}

/**
 * fascia_clinician_sheet_set_date:
 * @self: a sheet
 * @date: the day to date the sheet by
 *
 * Dates the sheet by @date rather than the moment it was made, which is how
 * the tests get the same printed sheet on any day. The sheet keeps a
 * reference to @date and, as for a note or an answer, emits ::changed when
 * the day differs from the one it had.
 */
void
fascia_clinician_sheet_set_date (FasciaClinicianSheet *self,
                                 GDateTime            *date)
{
  gboolean same_day;

  g_return_if_fail (FASCIA_IS_CLINICIAN_SHEET (self));
  g_return_if_fail (date != NULL);

  same_day = g_date_time_get_year (date) == g_date_time_get_year (self->date) &&
             g_date_time_get_day_of_year (date) == g_date_time_get_day_of_year (self->date);

  g_date_time_ref (date);
  g_date_time_unref (self->date);
  self->date = date;

  /* The sheet shows the day only. */
  if (!same_day)
    g_signal_emit (self, signals[CHANGED], 0);
}
