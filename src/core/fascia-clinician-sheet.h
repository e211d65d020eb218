/* fascia-clinician-sheet.h - a sheet for the clinician: where it hurts, likely muscles, red flags, notes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "fascia-library.h"

G_BEGIN_DECLS

/* One muscle commonly described as referring pain to some of the chosen
 * regions. regions and zones run in parallel, in the order the regions
 * were chosen. */
typedef struct
{
  char                   *page_id;
  char                   *title;          /* the muscle page's title, or its id if it has no page */
  FasciaPage             *page;           /* (nullable) (not owned): the library keeps it */
  GPtrArray              *regions;        /* const FasciaBodyRegion *, not owned */
  GArray                 *zones;          /* FasciaReferralZone, one per region */
  guint                   n_essential;
  guint                   best_position;  /* 0 = first in some region's "most likely first" list */
} FasciaSheetMuscle;

/* One warning sign of a chosen region's page. key is stable across loads of
 * the same content: "page-id#index", index counting the page's flags in
 * document order from 0. */
typedef struct
{
  char               *key;
  char               *page_id;
  const char         *page_title;         /* the library keeps it */
  guint               index;
  FasciaUrgency       urgency;
  const FasciaBlock  *block;              /* RED_FLAG; the library keeps it */
  char               *text;               /* plain text, whitespace tidied */
} FasciaSheetFlag;

typedef enum
{
  FASCIA_FLAG_UNANSWERED,
  FASCIA_FLAG_YES,
  FASCIA_FLAG_NO,
} FasciaFlagAnswer;

typedef enum
{
  FASCIA_SHEET_NOTE_SINCE,     /* since when? */
  FASCIA_SHEET_NOTE_WORSE,     /* what makes it worse? */
  FASCIA_SHEET_NOTE_OTHER,     /* what helps, or anything else */
  FASCIA_SHEET_N_NOTES
} FasciaSheetNote;

GPtrArray  *fascia_clinician_rank_muscles      (FasciaLibrary       *library,
                                                const char * const  *region_ids);
GPtrArray  *fascia_clinician_collect_red_flags (FasciaLibrary       *library,
                                                const char * const  *region_ids);

void        fascia_sheet_muscle_free           (FasciaSheetMuscle   *muscle);
char       *fascia_sheet_muscle_describe       (const FasciaSheetMuscle *muscle,
                                                guint                n_regions);
void        fascia_sheet_flag_free             (FasciaSheetFlag     *flag);

const char *fascia_sheet_note_get_label        (FasciaSheetNote      note);
const char *fascia_flag_answer_get_label       (FasciaFlagAnswer     answer);

#define FASCIA_TYPE_CLINICIAN_SHEET (fascia_clinician_sheet_get_type ())

G_DECLARE_FINAL_TYPE (FasciaClinicianSheet, fascia_clinician_sheet, FASCIA, CLINICIAN_SHEET, GObject)

FasciaClinicianSheet *fascia_clinician_sheet_new          (FasciaLibrary        *library,
                                                           const char * const   *region_ids);
FasciaLibrary        *fascia_clinician_sheet_get_library  (FasciaClinicianSheet *self);
GPtrArray            *fascia_clinician_sheet_get_regions  (FasciaClinicianSheet *self);
GPtrArray            *fascia_clinician_sheet_get_muscles  (FasciaClinicianSheet *self);
GPtrArray            *fascia_clinician_sheet_get_red_flags (FasciaClinicianSheet *self);
gboolean              fascia_clinician_sheet_is_marked    (FasciaClinicianSheet *self,
                                                           const char           *region_id);
const char           *fascia_clinician_sheet_get_note     (FasciaClinicianSheet *self,
                                                           FasciaSheetNote       note);
void                  fascia_clinician_sheet_set_note     (FasciaClinicianSheet *self,
                                                           FasciaSheetNote       note,
                                                           const char           *text);
FasciaFlagAnswer      fascia_clinician_sheet_get_answer   (FasciaClinicianSheet *self,
                                                           const char           *flag_key);
gboolean              fascia_clinician_sheet_set_answer   (FasciaClinicianSheet *self,
                                                           const char           *flag_key,
                                                           FasciaFlagAnswer      answer);
gboolean              fascia_clinician_sheet_needs_emergency_help (FasciaClinicianSheet *self);
gboolean              fascia_clinician_sheet_has_input    (FasciaClinicianSheet *self);
GDateTime            *fascia_clinician_sheet_get_date     (FasciaClinicianSheet *self);
void                  fascia_clinician_sheet_set_date     (FasciaClinicianSheet *self,
                                                           GDateTime            *date);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FasciaSheetMuscle, fascia_sheet_muscle_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FasciaSheetFlag, fascia_sheet_flag_free)

G_END_DECLS
