/* fascia-page.h - one content page: its metadata, sections, blocks and sources
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The page whose sections (role "place") are the places never to press. */
#define FASCIA_PLACES_PAGE "places-never-to-press"

typedef enum
{
  FASCIA_PAGE_ARTICLE,
  FASCIA_PAGE_REGION,
  FASCIA_PAGE_EXERCISE,
  FASCIA_PAGE_TECHNIQUE,
  FASCIA_PAGE_MUSCLE,
  FASCIA_PAGE_CONDITION,
  FASCIA_PAGE_REFERENCE,
  FASCIA_N_PAGE_TYPES
} FasciaPageType;

typedef enum
{
  FASCIA_INLINE_TEXT,
  FASCIA_INLINE_EMPHASIS,
  FASCIA_INLINE_STRONG,
  FASCIA_INLINE_TERM,
  FASCIA_INLINE_LINK,
  FASCIA_INLINE_EXTERNAL,
  FASCIA_INLINE_CITATION,
} FasciaInlineKind;

/* A run of inline content. TEXT carries text; EMPHASIS, STRONG, TERM, LINK and
 * EXTERNAL carry children; LINK's target is "page" or "page#section" (a link
 * to "#section" is resolved against its own page while parsing); EXTERNAL's is
 * an http(s) address; CITATION's is the id of one of the page's sources.
 */
typedef struct _FasciaInline FasciaInline;
struct _FasciaInline
{
  FasciaInlineKind  kind;
  guint             line;
  char             *text;
  char             *target;
  GPtrArray        *children;
};

typedef enum
{
  FASCIA_BLOCK_PARAGRAPH,
  FASCIA_BLOCK_LIST,
  FASCIA_BLOCK_LIST_ITEM,
  FASCIA_BLOCK_NOTE,
  FASCIA_BLOCK_TABLE,
  FASCIA_BLOCK_TABLE_ROW,
  FASCIA_BLOCK_TABLE_CELL,
  FASCIA_BLOCK_STEPS,
  FASCIA_BLOCK_STEP,
  FASCIA_BLOCK_EVIDENCE,
  FASCIA_BLOCK_REFERRERS,
  FASCIA_BLOCK_REFERRER,
  FASCIA_BLOCK_RED_FLAGS,
  FASCIA_BLOCK_RED_FLAG,
  FASCIA_BLOCK_QUESTION,
  FASCIA_BLOCK_QUESTION_HELP,
  FASCIA_BLOCK_EFFECT,
} FasciaBlockKind;

typedef enum
{
  FASCIA_NOTE_TIP,
  FASCIA_NOTE_INFO,
  FASCIA_NOTE_CAUTION,
  FASCIA_NOTE_DANGER,
} FasciaNoteKind;

typedef enum
{
  FASCIA_EVIDENCE_STRONG,
  FASCIA_EVIDENCE_MODERATE,
  FASCIA_EVIDENCE_LIMITED,
  FASCIA_EVIDENCE_DISPUTED,
  FASCIA_EVIDENCE_OPINION,
  FASCIA_N_EVIDENCE_LEVELS
} FasciaEvidenceLevel;

typedef enum
{
  FASCIA_ZONE_ESSENTIAL,
  FASCIA_ZONE_SPILLOVER,
} FasciaReferralZone;

/* How soon a warning sign needs care, most urgent first: EMERGENCY (call
 * the emergency number now), URGENT (medical advice the same day), SOON (a
 * doctor in the next few days). */
typedef enum
{
  FASCIA_URGENCY_EMERGENCY,
  FASCIA_URGENCY_URGENT,
  FASCIA_URGENCY_SOON,
  FASCIA_N_URGENCIES
} FasciaUrgency;

/* How a "yes" in the safety check bears on a technique. AVOID rules it out;
 * CARE asks for care or a professional's advice first. AVOID sorts first. */
typedef enum
{
  FASCIA_SAFETY_AVOID,
  FASCIA_SAFETY_CARE,
} FasciaSafetyLevel;

typedef enum
{
  FASCIA_SECTION_ROLE_NONE,
  FASCIA_SECTION_ROLE_CONTRAINDICATIONS,
  FASCIA_SECTION_ROLE_STOP,
  FASCIA_SECTION_ROLE_RED_FLAGS,
  FASCIA_SECTION_ROLE_PROFESSIONAL,
  FASCIA_SECTION_ROLE_SAFETY_CHECK,
  FASCIA_SECTION_ROLE_SELF_CARE,
  FASCIA_SECTION_ROLE_PLACE,
} FasciaSectionRole;

/* A block. Which fields mean something depends on the kind:
 *
 *  PARAGRAPH, LIST_ITEM, TABLE_CELL: inlines
 *  LIST:       children (LIST_ITEM), numbered
 *  NOTE:       children (PARAGRAPH or LIST), note_kind, title (may be NULL)
 *  TABLE:      inlines (the caption, may be NULL), children (TABLE_ROW, the first is the header)
 *  TABLE_ROW:  children (TABLE_CELL), header
 *  STEPS:      children (STEP), areas (region page ids, may be NULL),
 *              keep_off (place ids, may be NULL)
 *  STEP:       inlines, hold_seconds, sets and rest_seconds (between
 *              sets; 0 when not given),
 *              keep_off (place ids, may be NULL)
 *  EVIDENCE:   inlines, evidence_level
 *  REFERRERS:  children (REFERRER)
 *  REFERRER:   inlines, target (a page id), zone
 *  RED_FLAGS:  children (RED_FLAG), urgency, title (may be NULL)
 *  RED_FLAG:   inlines
 *  QUESTION:   id, title (the short label), inlines (what is asked),
 *              children (an optional QUESTION_HELP, then EFFECT)
 *  QUESTION_HELP: inlines
 *  EFFECT:     inlines (why), targets (technique page ids, or just "all"), safety_level
 */
typedef struct _FasciaBlock FasciaBlock;
struct _FasciaBlock
{
  FasciaBlockKind      kind;
  guint                line;
  GPtrArray           *inlines;
  GPtrArray           *children;
  char                *title;
  char                *target;
  char                *id;
  char               **targets;
  char               **areas;
  char               **keep_off;
  FasciaNoteKind       note_kind;
  FasciaUrgency        urgency;
  FasciaSafetyLevel    safety_level;
  FasciaEvidenceLevel  evidence_level;
  FasciaReferralZone   zone;
  guint                hold_seconds;
  guint                sets;
  guint                rest_seconds;
  gboolean             numbered;
  gboolean             header;
};

/* A section. near is only set on a section with role PLACE: the region
 * page ids whose area lies next to that place. */
typedef struct
{
  char              *id;
  char              *title;
  FasciaSectionRole  role;
  guint              line;
  GPtrArray         *blocks;
  char             **near;
} FasciaSection;

typedef struct
{
  char  *id;
  char  *authors;
  char  *year;
  char  *title;
  char  *venue;
  char  *url;
  guint  line;
} FasciaSource;

#define FASCIA_TYPE_PAGE (fascia_page_get_type ())

G_DECLARE_FINAL_TYPE (FasciaPage, fascia_page, FASCIA, PAGE, GObject)

const char          *fascia_page_get_id             (FasciaPage     *self);
FasciaPageType       fascia_page_get_page_type      (FasciaPage     *self);
guint                fascia_page_get_order          (FasciaPage     *self);
const char          *fascia_page_get_language       (FasciaPage     *self);
const char          *fascia_page_get_title          (FasciaPage     *self);
GPtrArray           *fascia_page_get_summary        (FasciaPage     *self);
const char          *fascia_page_get_keywords       (FasciaPage     *self);
const char          *fascia_page_get_path           (FasciaPage     *self);
guint                fascia_page_get_line           (FasciaPage     *self);
GPtrArray           *fascia_page_get_sections       (FasciaPage     *self);
GPtrArray           *fascia_page_get_sources        (FasciaPage     *self);
const FasciaSection *fascia_page_find_section       (FasciaPage     *self,
                                                     const char     *section_id);
const FasciaSection *fascia_page_find_section_by_role (FasciaPage     *self,
                                                     FasciaSectionRole role);
int                  fascia_page_find_source        (FasciaPage     *self,
                                                     const char     *source_id);
char                *fascia_page_dup_summary_text   (FasciaPage     *self);

typedef void (*FasciaInlineFunc) (FasciaPage         *page,
                                  const FasciaInline *run,
                                  gpointer            user_data);
typedef void (*FasciaBlockFunc)  (FasciaPage         *page,
                                  const FasciaBlock  *block,
                                  gpointer            user_data);

void                 fascia_page_foreach_inline     (FasciaPage       *self,
                                                     FasciaInlineFunc  func,
                                                     gpointer          user_data);
void                 fascia_page_foreach_block      (FasciaPage       *self,
                                                     FasciaBlockFunc   func,
                                                     gpointer          user_data);

const char          *fascia_page_type_to_string     (FasciaPageType       type);
gboolean             fascia_page_type_from_string   (const char          *str,
                                                     FasciaPageType      *type);
const char          *fascia_page_type_get_label     (FasciaPageType       type);
const char          *fascia_evidence_level_to_string (FasciaEvidenceLevel level);
const char          *fascia_evidence_level_get_label (FasciaEvidenceLevel level);
const char          *fascia_note_kind_to_string     (FasciaNoteKind       kind);
const char          *fascia_urgency_to_string       (FasciaUrgency        urgency);
const char          *fascia_urgency_get_label       (FasciaUrgency        urgency);
const char          *fascia_urgency_get_heading     (FasciaUrgency        urgency);
const char          *fascia_urgency_get_advice      (FasciaUrgency        urgency);
const char          *fascia_safety_level_get_label  (FasciaSafetyLevel    level);

char                *fascia_inlines_to_text         (GPtrArray           *inlines);
char                *fascia_inlines_to_plain_text   (GPtrArray           *inlines);

G_END_DECLS
