/* fascia-print-private.h - what printing a page and printing the sheet share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Implemented in fascia-print-layout.c and fascia-print-draw.c; used by
 * fascia-print.c and fascia-sheet-print.c only. Not installed, not public
 * API.
 */
#pragma once

#include <gtk/gtk.h>

#include "fascia-figure-draw.h"
#include "fascia-library.h"

G_BEGIN_DECLS

#define FASCIA_PRINT_FONT_FAMILY "Sans"

/* Paper is always white: the colours on it are fixed, never taken from the
 * widget theme, which may well be dark. */
typedef struct
{
  double red;
  double green;
  double blue;
} FasciaPrintRgb;

typedef struct
{
  double                size;
  PangoWeight           weight;
  PangoStyle            style;
  const FasciaPrintRgb *ink;
} FasciaPrintTextStyle;

extern const FasciaPrintRgb fascia_print_ink_text;
extern const FasciaPrintRgb fascia_print_ink_secondary;
extern const FasciaPrintRgb fascia_print_fill_white;

void    fascia_print_set_ink        (cairo_t                    *cr,
                                     const FasciaPrintRgb       *ink);
void    fascia_print_set_font       (PangoLayout                *layout,
                                     const FasciaPrintTextStyle *style,
                                     double                      scale);
double  fascia_print_layout_height  (PangoLayout                *layout);

/* ---------------------------------------------------- printing a page
 *
 * fascia-print-layout.c lays the page out once as blocks (small display
 * lists with their heights and the places where they may be cut) and
 * places them on sheets; fascia-print-draw.c replays the blocks of a
 * sheet; fascia-print.c runs the operation.
 */

typedef FasciaPrintRgb       Rgb;
typedef FasciaPrintTextStyle TextStyle;

/* Everything is in points: the operation runs with GTK_UNIT_POINTS
 * and on the full sheet, so the margins are ours and the same on any
 * printer (wider than any printer's unprintable border). */
#define MARGIN_TOP      54.0
#define MARGIN_BOTTOM   64.0
#define MARGIN_SIDE     56.0
#define FOOTER_FROM_BOTTOM 34.0

#define BLOCK_SPACING   8.0
#define SECTION_SPACING 20.0
#define LIST_GUTTER     20.0
#define LIST_SPACING    3.0
#define NOTE_PADDING    8.0
#define NOTE_RULE       3.0
#define CELL_PADDING    4.0
/* A blank cell, left for the reader to write in: about four handwritten
 * lines high, its column at least this share of the width. */
#define BLANK_CELL_HEIGHT 56.0
#define BLANK_CELL_SHARE  0.55
#define STEP_GUTTER     26.0
#define STEP_RADIUS     8.0
#define STEP_SPACING    7.0

/* A cut inside running text must leave at least about two lines on either
 * side of it: no lone first or last line of a paragraph on a sheet. */
#define MIN_CHUNK       26.0

typedef enum
{
  OP_TEXT,
  OP_FILL,
  OP_FRAME,
  OP_LINE,
  OP_CIRCLE,
  OP_FIGURE,    /* the page's picture of the body, in the rectangle */
  OP_SWATCH,    /* a key of its legend, width by width at (x, y) */
} OpKind;

/* One drawing operation, in the coordinates of its block: x from the
 * sheet's left edge, y from the block's top. LINE goes from (x, y) to
 * (x + width, y + height); CIRCLE is centred on (x, y) with radius width. */
typedef struct
{
  OpKind       kind;
  double       x;
  double       y;
  double       width;
  double       height;
  double       line_width;
  const Rgb   *ink;
  PangoLayout *layout;
  FasciaSwatch swatch;
} Op;

typedef struct
{
  double   y;
  /* Strong breaks fall between list items, table rows and steps; weak ones
   * between two lines of the same text, used only for long blocks. */
  gboolean strong;
} Break;

typedef struct
{
  GArray   *ops;
  GArray   *breaks;
  double    height;
  double    space_before;
  gboolean  keep_with_next;
  /* What is drawn again at the top of every sheet the block continues on:
   * a table's header row. Empty when repeat_from == repeat_to. */
  double    repeat_from;
  double    repeat_to;
} Block;

typedef struct
{
  guint  block;
  double from;
  double to;
  double y;
  double lead;      /* the height of the repeated part drawn first */
} Placement;

typedef struct
{
  FasciaPage      *page;
  FasciaLibrary   *library;

  /* The layout, valid from begin-print on. */
  GtkPrintContext *context;
  GPtrArray       *blocks;          /* Block */
  GPtrArray       *sheets;          /* GArray of Placement */
  double           sheet_width;
  double           sheet_height;

  /* While building: the block being filled, and whether its breaks must
   * all be weak (inside notes and evidence, which prefer to stay whole). */
  Block           *block;
  gboolean         weak_only;

  /* The page's picture of the body, when it has one (fascia-print-figure.c). */
  FasciaPageFigure   *figure;
  FasciaFigureContent figure_content;
  GPtrArray          *figure_views;   /* const FasciaBodyView * */
  FasciaRect          figure_bounds;
} PrintJob;



extern const TextStyle fascia_print_style_footer;

void   fascia_print_job_layout       (PrintJob        *job);
void   fascia_print_job_add_op       (PrintJob        *job,
                                      const Op        *op);
double fascia_print_job_add_figure   (PrintJob        *job,
                                      double           x,
                                      double           width);
void   fascia_print_job_clear_figure (PrintJob        *job);
void   fascia_print_draw_figure      (cairo_t         *cr,
                                      const PrintJob  *job,
                                      const Op        *op);
void   fascia_print_job_paginate     (PrintJob        *job);
void   fascia_print_job_clear_layout (PrintJob        *job);
void   fascia_print_draw_sheet       (PrintJob        *job,
                                      GtkPrintContext *context,
                                      int              sheet);

G_END_DECLS
