/* fascia-figure-picture.c - a page's picture of the body: a muscle and its pattern, a region, where to work
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the picture shows is decided in core (FasciaPageFigure) and drawn by
 * fascia-figure-draw.c, as printing draws it too. Only the views with
 * something on them are drawn, side by side, each scaled to the height
 * the width allows and never taller than MAX_HEIGHT. The picture is an
 * image to screen readers, named by the description core words for it;
 * fascia_figure_picture_new_block() adds the legend under it.
 *
 * CSS nodes: figurepicture.
 */
#define G_LOG_DOMAIN "fascia-figure-picture"

#include "config.h"

#include <glib/gi18n.h>

#include "fascia-figure-picture.h"

#define MAX_HEIGHT 320.0
#define MIN_HEIGHT 160.0
#define SPACING    16.0

struct _FasciaFigurePicture
{
  GtkWidget            parent_instance;

  FasciaLibrary       *library;
  FasciaPageFigure    *figure;
  FasciaFigureContent  content;
  GPtrArray           *views;    /* const FasciaBodyView *: those drawn */
  FasciaRect           bounds;   /* of the views' outlines, together */
};

G_DEFINE_FINAL_TYPE (FasciaFigurePicture, fascia_figure_picture, GTK_TYPE_WIDGET)

/* The width the views take side by side for @height pixels of figure. */
static double
width_for_height (FasciaFigurePicture *self,
                  double               height)
{
  double scale = height / self->bounds.height;
  guint n = self->views->len;

  return n * self->bounds.width * scale + (n > 0 ? (n - 1) * SPACING : 0);
}

static double
height_for_width (FasciaFigurePicture *self,
                  double               width)
{
  guint n = self->views->len;
  double per_view = (width - (n > 0 ? (n - 1) * SPACING : 0)) / MAX (n, 1);

  return CLAMP (per_view * self->bounds.height / self->bounds.width, 0, MAX_HEIGHT);
}

static GtkSizeRequestMode
fascia_figure_picture_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
fascia_figure_picture_measure (GtkWidget      *widget,
                               GtkOrientation  orientation,
                               int             for_size,
                               int            *minimum,
                               int            *natural,
                               int            *minimum_baseline,
                               int            *natural_baseline)
{
  FasciaFigurePicture *self = FASCIA_FIGURE_PICTURE (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = (int)ceil (width_for_height (self, MIN_HEIGHT) / 2);
      *natural = (int)ceil (width_for_height (self, MAX_HEIGHT));
    }
  else
    {
      double height = for_size < 0 ? MAX_HEIGHT : height_for_width (self, for_size);

      *minimum = *natural = (int)ceil (height);
    }
}

static void
fascia_figure_picture_snapshot (GtkWidget   *widget,
                                GtkSnapshot *snapshot)
{
  FasciaFigurePicture *self = FASCIA_FIGURE_PICTURE (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  double scale, used;
  FasciaFigurePalette palette;
  cairo_t *cr;

  if (self->views->len == 0 || width <= 0 || height <= 0)
    return;

  scale = MIN (height / self->bounds.height,
               (width - (self->views->len - 1) * SPACING) / (self->views->len * self->bounds.width));
  used = width_for_height (self, self->bounds.height * scale);
  fascia_figure_palette_for_widget (widget, &palette);

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  /* Centred in the width given, as the page's text column is. */
  cairo_translate (cr, (width - used) / 2, 0);
  for (guint v = 0; v < self->views->len; v++)
    {
      cairo_save (cr);
      cairo_translate (cr, v * (self->bounds.width * scale + SPACING), 0);
      cairo_scale (cr, scale, scale);
      cairo_translate (cr, -self->bounds.x, -self->bounds.y);
      fascia_figure_draw_view (cr, g_ptr_array_index (self->views, v), &self->content, &palette, scale);
      cairo_restore (cr);
    }
  cairo_destroy (cr);
}

static void
fascia_figure_picture_dispose (GObject *object)
{
  FasciaFigurePicture *self = FASCIA_FIGURE_PICTURE (object);

  fascia_figure_content_clear (&self->content);
  g_clear_pointer (&self->figure, fascia_page_figure_free);
  g_clear_pointer (&self->views, g_ptr_array_unref);
  g_clear_object (&self->library);

  G_OBJECT_CLASS (fascia_figure_picture_parent_class)->dispose (object);
}

static void
fascia_figure_picture_class_init (FasciaFigurePictureClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fascia_figure_picture_dispose;
  widget_class->get_request_mode = fascia_figure_picture_get_request_mode;
  widget_class->measure = fascia_figure_picture_measure;
  widget_class->snapshot = fascia_figure_picture_snapshot;

  gtk_widget_class_set_css_name (widget_class, "figurepicture");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
fascia_figure_picture_init (FasciaFigurePicture *self)
{
  fascia_figure_content_init (&self->content);
  self->views = g_ptr_array_new ();
  /* A picture of the body: the person's left stays where it is drawn. */
  gtk_widget_set_direction (GTK_WIDGET (self), GTK_TEXT_DIR_LTR);
}

/**
 * fascia_figure_picture_new:
 * @library: the library, with its body map
 * @page: a page
 *
 * Returns: (transfer floating) (nullable): the picture of the body @page
 *   has (see fascia_page_figure_new()), or %NULL when it has none
 */
GtkWidget *
fascia_figure_picture_new (FasciaLibrary *library,
                           FasciaPage    *page)
{
  FasciaPageFigure *figure;
  FasciaFigurePicture *self;
  g_autofree char *description = NULL;
  GPtrArray *views;
  gboolean first = TRUE;

  g_return_val_if_fail (FASCIA_IS_LIBRARY (library), NULL);
  g_return_val_if_fail (FASCIA_IS_PAGE (page), NULL);

  if ((figure = fascia_page_figure_new (library, page)) == NULL)
    return NULL;

  self = g_object_new (FASCIA_TYPE_FIGURE_PICTURE, NULL);
  self->library = g_object_ref (library);
  self->figure = figure;
  fascia_figure_content_for_page (&self->content, figure);

  views = fascia_body_map_get_views (fascia_library_get_body_map (library));
  for (guint v = 0; v < views->len; v++)
    {
      const FasciaBodyView *view = g_ptr_array_index (views, v);

      if (!fascia_figure_content_shows_view (&self->content, view))
        continue;

      g_ptr_array_add (self->views, (gpointer)view);
      for (guint o = 0; o < view->outlines->len; o++, first = FALSE)
        fascia_path_add_bounds (&self->bounds, g_ptr_array_index (view->outlines, o), first);
    }

  description = fascia_page_figure_dup_description (figure, library);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Picture of the body"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), description);

  return GTK_WIDGET (self);
}

/**
 * fascia_figure_picture_get_n_views:
 * @self: a picture
 *
 * Returns: how many views of the body it draws, side by side
 */
guint
fascia_figure_picture_get_n_views (FasciaFigurePicture *self)
{
  g_return_val_if_fail (FASCIA_IS_FIGURE_PICTURE (self), 0);
  return self->views->len;
}

static void
add_key (GtkWidget    *keys,
         FasciaSwatch  swatch,
         const char   *text)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_box_append (GTK_BOX (box), fascia_figure_swatch_new (swatch));
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (keys), box);
}

/**
 * fascia_figure_picture_new_block:
 * @library: the library, with its body map
 * @page: a page
 *
 * Returns: (transfer floating) (nullable): @page's picture of the body with
 *   its legend under it, in a vertical box; %NULL when the page has none
 */
GtkWidget *
fascia_figure_picture_new_block (FasciaLibrary *library,
                                 FasciaPage    *page)
{
  GtkWidget *picture = fascia_figure_picture_new (library, page);
  FasciaFigurePicture *self;
  GtkWidget *box, *keys;

  if (picture == NULL)
    return NULL;

  self = FASCIA_FIGURE_PICTURE (picture);
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  gtk_widget_add_css_class (box, "figure-block");
  gtk_box_append (GTK_BOX (box), picture);

  /* The keys one under the other, under the picture: a few short lines
   * that fit any width. */
  keys = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  gtk_widget_set_halign (keys, GTK_ALIGN_CENTER);

  if (self->figure->muscle != NULL)
    {
      add_key (keys, FASCIA_SWATCH_MUSCLE, _("The muscle"));
      add_key (keys, FASCIA_SWATCH_ESSENTIAL, _("Main zone of its pain"));
      if (self->figure->muscle->zones[FASCIA_ZONE_SPILLOVER]->len > 0)
        add_key (keys, FASCIA_SWATCH_SPILLOVER, _("Spillover zone"));
    }
  if (self->figure->subject->len > 0)
    add_key (keys, FASCIA_SWATCH_CHOSEN, _("This page’s area"));
  if (self->figure->areas->len > 0)
    add_key (keys, FASCIA_SWATCH_CHOSEN, _("Where to work"));
  if (self->figure->places->len > 0)
    add_key (keys, FASCIA_SWATCH_PLACE, _("Never press here"));
  gtk_box_append (GTK_BOX (box), keys);

  return box;
}
