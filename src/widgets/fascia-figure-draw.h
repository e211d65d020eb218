/* fascia-figure-draw.h - the body map's colours, and a view drawn with cairo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "fascia-body-map.h"
#include "fascia-page-figure.h"

G_BEGIN_DECLS

/* The colours of the figure, from libadwaita's palette. Every colour that
 * marks a region (and the border of a plain one) has a contrast of at
 * least 3:1 with the plain body, as WCAG asks of controls. */
typedef struct
{
  GdkRGBA body;        /* a plain region */
  GdkRGBA border;      /* a plain region's border */
  GdkRGBA on_mark;     /* the border of a marked region */
  GdkRGBA accent;      /* hover and focus rings, a chosen region, where to work */
  GdkRGBA source;      /* where pain may come from */
  GdkRGBA muscle;      /* a muscle drawn where it lies */
  GdkRGBA pain;        /* a pain pattern: solid where essential, dotted where spillover */
  GdkRGBA place;       /* a place never to press, hatched */
} FasciaFigurePalette;

/* How a picture marks a region. */
typedef enum
{
  FASCIA_FIGURE_PLAIN,
  FASCIA_FIGURE_SUBJECT,     /* the region the page is about */
  FASCIA_FIGURE_ESSENTIAL,   /* in a muscle's essential zone */
  FASCIA_FIGURE_SPILLOVER,   /* in a muscle's spillover zone */
  FASCIA_FIGURE_AREA,        /* where a technique works */
} FasciaFigureMark;

/* What a picture of the figure shows besides the body. */
typedef struct
{
  GHashTable *marks;         /* region id → FasciaFigureMark */
  GPtrArray  *muscles;       /* const FasciaBodyMuscle * */
  GPtrArray  *places;        /* const FasciaBodyPlace * */
} FasciaFigureContent;

/* A key of a legend: what a colour or pattern stands for. */
typedef enum
{
  FASCIA_SWATCH_CHOSEN,      /* where it hurts; the page's own region; where to work */
  FASCIA_SWATCH_SOURCE,      /* where the muscles lie */
  FASCIA_SWATCH_MUSCLE,
  FASCIA_SWATCH_ESSENTIAL,
  FASCIA_SWATCH_SPILLOVER,
  FASCIA_SWATCH_PLACE,
} FasciaSwatch;

void     fascia_figure_palette_init    (FasciaFigurePalette       *palette,
                                        gboolean                   dark);
void     fascia_figure_palette_for_widget (GtkWidget              *widget,
                                        FasciaFigurePalette       *palette);
void     fascia_figure_draw_swatch     (cairo_t                   *cr,
                                        FasciaSwatch               swatch,
                                        const FasciaFigurePalette *palette,
                                        double                     size);
GtkWidget *fascia_figure_swatch_new    (FasciaSwatch               swatch);
double   fascia_figure_contrast        (const GdkRGBA             *a,
                                        const GdkRGBA             *b);

void     fascia_figure_content_init    (FasciaFigureContent       *content);
void     fascia_figure_content_clear   (FasciaFigureContent       *content);
void     fascia_figure_content_set_mark (FasciaFigureContent      *content,
                                        const FasciaBodyRegion    *region,
                                        FasciaFigureMark           mark);
FasciaFigureMark fascia_figure_content_get_mark (const FasciaFigureContent *content,
                                        const FasciaBodyRegion    *region);
gboolean fascia_figure_content_shows_view (const FasciaFigureContent *content,
                                        const FasciaBodyView      *view);
void     fascia_figure_content_for_page (FasciaFigureContent      *content,
                                        const FasciaPageFigure    *figure);

void     fascia_figure_set_source_dots (cairo_t                   *cr,
                                        const GdkRGBA             *color);
void     fascia_figure_set_source_hatch (cairo_t                  *cr,
                                        const GdkRGBA             *color);
void     fascia_figure_fill_region     (cairo_t                   *cr,
                                        const FasciaPath          *path,
                                        const FasciaFigurePalette *palette,
                                        FasciaFigureMark           mark);
void     fascia_figure_draw_border     (cairo_t                   *cr,
                                        const FasciaPath          *path,
                                        const FasciaFigurePalette *palette,
                                        gboolean                   marked,
                                        double                     scale);
void     fascia_figure_draw_view       (cairo_t                   *cr,
                                        const FasciaBodyView      *view,
                                        const FasciaFigureContent *content,
                                        const FasciaFigurePalette *palette,
                                        double                     scale);
void     fascia_figure_draw_overlays   (cairo_t                   *cr,
                                        const FasciaBodyView      *view,
                                        GPtrArray                 *muscles,
                                        GPtrArray                 *places,
                                        const FasciaFigurePalette *palette,
                                        double                     scale);

G_END_DECLS
