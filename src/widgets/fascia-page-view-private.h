/* fascia-page-view-private.h - what the parts of the page view share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The page view is split by concern: fascia-page-view.c shows a page,
 * builds it in parts and scrolls; fascia-page-blocks.c turns each block
 * into widgets; fascia-page-find.c finds text in the page;
 * fascia-page-select.c selects text across its labels.
 */
#pragma once

#include "fascia-page-view.h"

G_BEGIN_DECLS

struct _FasciaPageView
{
  GtkWidget       parent_instance;

  GtkWidget      *scroller;
  GtkWidget      *clamp;
  GtkWidget      *title;       /* the page title, while the page is shown */
  gboolean        focus_title; /* a new page: its title takes the focus */
  GtkWidget      *box;

  FasciaLibrary  *library;
  FasciaPage     *page;
  FasciaSafetyAnswers *answers;
  gulong          answers_changed_id;
  GtkWidget      *safety_box;   /* on technique pages, under the summary */
  GPtrArray      *mark_slots;   /* list items that suggest a technique */
  GHashTable     *anchors;      /* section or source id → widget */
  GPtrArray      *labels;       /* every text label, for dup_text */

  char           *pending_anchor;
  double          pending_scroll;
  guint           scroll_tick;
  guint           scroll_frames; /* frames the pending scroll has waited for its anchor's place */

  /* Long pages are built in parts: enough for the first screen before the
   * first frame, the rest from an idle callback right after it. */
  guint           next_section;
  gboolean        sources_built;
  GtkWidget      *sources_box;    /* the sources built so far */
  guint           next_source;
  guint           build_idle;
  GdkFrameClock  *build_clock;      /* waited on for the first frame, then the idle builds */
  gulong          build_after_paint;

  /* Text size: a style provider of the view's own. */
  GtkCssProvider *text_css;
  double          text_scale;

  /* Find in page (fascia-page-find.c): its bar, and every match as
   * (label, start, end) byte offsets. */
  GtkWidget      *find_bar;
  char           *find_text;
  GArray         *matches;
  guint           find_current;

  /* Selecting across labels (fascia-page-select.c): a drag past the
   * threshold is the page's. */
  gboolean        selecting;
  gboolean        has_span;
  guint           span_from_label;  /* in reading order: from ≤ to */
  int             span_from_offset; /* in characters */
  guint           span_to_label;
  int             span_to_offset;
};

typedef struct
{
  GtkLabel *label;
  guint     start;
  guint     end;
} Match;

GtkWidget *_fascia_page_vbox                     (int                spacing);
GtkWidget *_fascia_page_text_label               (FasciaPageView    *self,
                                                  const char        *markup,
                                                  const char        *css_class);
GtkWidget *_fascia_page_inline_label             (FasciaPageView    *self,
                                                  GPtrArray         *inlines,
                                                  const char        *css_class);
GtkWidget *_fascia_page_plain_label              (FasciaPageView    *self,
                                                  const char        *text,
                                                  const char        *css_class);
GtkWidget *_fascia_page_heading_label            (FasciaPageView    *self,
                                                  const char        *text,
                                                  int                level,
                                                  const char        *css_class);
GtkWidget *_fascia_page_build_block              (FasciaPageView    *self,
                                                  const FasciaBlock *block);
GtkWidget *_fascia_page_build_sources            (FasciaPageView    *self);
void       _fascia_page_add_source               (FasciaPageView    *self,
                                                  GtkWidget         *sources_box,
                                                  guint              index);
gboolean   _fascia_page_focus_anchor             (GtkWidget           *anchor);
GtkWidget *_fascia_page_build_figure            (FasciaPageView      *self,
                                                 const FasciaSection *section);
GtkWidget *_fascia_page_build_body_map_link      (FasciaPageView    *self);
GtkWidget *_fascia_page_build_safety_box         (FasciaPageView    *self);
GtkWidget *_fascia_page_build_red_flags_pointer  (FasciaPageView    *self);
GtkWidget *_fascia_page_safety_button            (const char        *label);
void       _fascia_page_update_mark_slot         (FasciaPageView    *self,
                                                  GtkWidget         *column);
gboolean   _fascia_page_view_ensure_built        (FasciaPageView    *self);
void       _fascia_page_view_queue_scroll        (FasciaPageView    *self,
                                                  const char        *anchor,
                                                  double             scroll);
void       _fascia_page_find_init                (FasciaPageView    *self);
void       _fascia_page_find_refresh             (FasciaPageView    *self);
void       _fascia_page_select_init              (FasciaPageView    *self);
void       _fascia_page_select_clear             (FasciaPageView    *self);
void       _fascia_page_select_forget            (FasciaPageView    *self);
gboolean   _fascia_page_select_get_coverage      (FasciaPageView    *self,
                                                  guint              index,
                                                  int               *start,
                                                  int               *end);
void       _fascia_page_paint_label              (FasciaPageView    *self,
                                                  guint              index);
void       _fascia_page_select_span              (FasciaPageView    *self,
                                                  guint              from_label,
                                                  int                from_offset,
                                                  guint              to_label,
                                                  int                to_offset);
gboolean   _fascia_page_select_points            (FasciaPageView    *self,
                                                  double             x0,
                                                  double             y0,
                                                  double             x1,
                                                  double             y1);
char      *_fascia_page_select_dup_text          (FasciaPageView    *self);

G_END_DECLS
