/* fascia-figure-picture.h - a page's picture of the body: a muscle and its pattern, a region, where to work
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "fascia-figure-draw.h"
#include "fascia-library.h"
#include "fascia-page-figure.h"

G_BEGIN_DECLS

#define FASCIA_TYPE_FIGURE_PICTURE (fascia_figure_picture_get_type ())

G_DECLARE_FINAL_TYPE (FasciaFigurePicture, fascia_figure_picture, FASCIA, FIGURE_PICTURE, GtkWidget)

GtkWidget *fascia_figure_picture_new          (FasciaLibrary             *library,
                                               FasciaPage                *page);
GtkWidget *fascia_figure_picture_new_block    (FasciaLibrary             *library,
                                               FasciaPage                *page);
guint      fascia_figure_picture_get_n_views  (FasciaFigurePicture       *self);

G_END_DECLS
