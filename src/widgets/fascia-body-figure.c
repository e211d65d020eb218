/* fascia-body-figure.c - one view of the body map: the figure and its region controls
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The regions of a view tile the figure, so the figure is its regions: one
 * FasciaRegionButton each, laid out over the outline's bounds scaled to fit
 * and centred, each drawing itself. Over them, when asked, the muscles a
 * region's pain may come from, and the places never to press as controls
 * of their own. Drawing is vector work done at paint time, so it is crisp
 * at any size and scale factor. The view's name sits in the top corner,
 * beside the head, where the figure leaves room.
 *
 * The figure never mirrors, whatever the text direction: the person's left
 * stays where the map draws it.
 *
 * Keyboard: Tab moves between regions in document order; the arrow keys move
 * to the nearest region in that direction.
 *
 * CSS nodes: bodyfigure.
 */
#define G_LOG_DOMAIN "fascia-body-figure"

#include "config.h"

#include <math.h>

#include "fascia-body-figure.h"
#include "fascia-figure-draw.h"
#include "fascia-path-cairo.h"

#define PADDING 4.0

struct _FasciaBodyFigure
{
  GtkWidget             parent_instance;

  FasciaBodyMap        *map;
  const FasciaBodyView *view;
  FasciaRect            bounds;    /* of the outline, in map units */
  double                scale;
  double                offset_x;
  double                offset_y;
  GPtrArray            *muscles;   /* const FasciaBodyMuscle *, drawn on top */
  gboolean              show_places;
};

G_DEFINE_FINAL_TYPE (FasciaBodyFigure, fascia_body_figure, GTK_TYPE_WIDGET)

static void
fascia_body_figure_measure (GtkWidget      *widget,
                            GtkOrientation  orientation,
                            int             for_size,
                            int            *minimum,
                            int            *natural,
                            int            *minimum_baseline,
                            int            *natural_baseline)
{
  FasciaBodyFigure *self = FASCIA_BODY_FIGURE (widget);
  double w = self->bounds.width;
  double h = self->bounds.height;

  /* At least a pixel a unit across, so that every region stays large
   * enough to aim at: narrower, the map shows one view at a time. Heights
   * may shrink further: a short window still shows the whole figure. */
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = (int)(w + 2 * PADDING);
      *natural = (int)(w * 1.5 + 2 * PADDING);
    }
  else
    {
      *minimum = (int)(h * 0.8 + 2 * PADDING);
      *natural = (int)(h * 1.5 + 2 * PADDING);
    }
}

static gboolean
is_shown (GtkWidget *child)
{
  return gtk_widget_get_visible (child);
}

static void
fascia_body_figure_size_allocate (GtkWidget *widget,
                                  int        width,
                                  int        height,
                                  int        baseline)
{
  FasciaBodyFigure *self = FASCIA_BODY_FIGURE (widget);
  double w = self->bounds.width;
  double h = self->bounds.height;

  self->scale = MAX (0.01, MIN ((width - 2 * PADDING) / w, (height - 2 * PADDING) / h));
  self->offset_x = (width - w * self->scale) / 2 - self->bounds.x * self->scale;
  self->offset_y = (height - h * self->scale) / 2 - self->bounds.y * self->scale;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      FasciaRegionButton *button = FASCIA_REGION_BUTTON (child);
      FasciaRect bounds;
      double x0, y0, x1, y1;

      if (!is_shown (child))
        continue;

      fascia_path_get_bounds (fascia_region_button_get_shape (button), &bounds);

      /* Whole pixels around the shape's bounds, with room for the rings. */
      x0 = floor (self->offset_x + bounds.x * self->scale) - 2;
      y0 = floor (self->offset_y + bounds.y * self->scale) - 2;
      x1 = ceil (self->offset_x + (bounds.x + bounds.width) * self->scale) + 2;
      y1 = ceil (self->offset_y + (bounds.y + bounds.height) * self->scale) + 2;

      fascia_region_button_set_transform (button,
                                          (x0 - self->offset_x) / self->scale,
                                          (y0 - self->offset_y) / self->scale,
                                          self->scale);
      gtk_widget_size_allocate (child,
                                &(GtkAllocation) { (int)x0, (int)y0, (int)(x1 - x0), (int)(y1 - y0) },
                                -1);
    }
}

static void
fascia_body_figure_snapshot (GtkWidget   *widget,
                             GtkSnapshot *snapshot)
{
  FasciaBodyFigure *self = FASCIA_BODY_FIGURE (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  GdkRGBA fg;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &fg);
  G_GNUC_END_IGNORE_DEPRECATIONS

  /* Every region plainly, then their controls over them (each draws only
   * what shows its state), and the places when shown. */
  {
    FasciaFigurePalette palette;
    cairo_t *cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));

    fascia_figure_palette_for_widget (widget, &palette);
    cairo_translate (cr, self->offset_x, self->offset_y);
    cairo_scale (cr, self->scale, self->scale);
    fascia_figure_draw_view (cr, self->view, NULL, &palette, self->scale);
    cairo_destroy (cr);
  }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    gtk_widget_snapshot_child (widget, child, snapshot);

  /* The muscles a pain may come from, over the regions. */
  if (self->muscles->len > 0)
    {
      FasciaFigurePalette palette;
      cairo_t *cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));

      fascia_figure_palette_for_widget (widget, &palette);
      cairo_translate (cr, self->offset_x, self->offset_y);
      cairo_scale (cr, self->scale, self->scale);
      fascia_figure_draw_overlays (cr, self->view, self->muscles, NULL, &palette, self->scale);
      cairo_destroy (cr);
    }

  /* The view's name in the top corner, beside the head. */
  {
    PangoLayout *layout = gtk_widget_create_pango_layout (widget, self->view->title);

    gtk_snapshot_save (snapshot);
    gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (PADDING, PADDING));
    gtk_snapshot_append_layout (snapshot, layout, &(GdkRGBA) { fg.red, fg.green, fg.blue, 0.75 });
    gtk_snapshot_restore (snapshot);
    g_object_unref (layout);
  }
}

static void
button_centre (GtkWidget *button,
               double    *x,
               double    *y)
{
  fascia_path_get_centre (fascia_region_button_get_shape (FASCIA_REGION_BUTTON (button)), x, y);
}

/* Moves the focus to the region nearest to the focused one in a direction:
 * distance along the direction counts once, distance across it twice, so
 * that Down from a knee goes to the calf below and not to the other knee. */
static gboolean
move_focus (FasciaBodyFigure *self,
            double            dx,
            double            dy)
{
  GtkWidget *focus = gtk_widget_get_focus_child (GTK_WIDGET (self));
  GtkWidget *best = NULL;
  double best_score = G_MAXDOUBLE;
  double fx, fy;

  if (focus == NULL)
    return FALSE;

  button_centre (focus, &fx, &fy);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      double cx, cy, along, across, score;

      if (child == focus || !is_shown (child))
        continue;

      button_centre (child, &cx, &cy);
      along = (cx - fx) * dx + (cy - fy) * dy;
      across = fabs ((cx - fx) * dy - (cy - fy) * dx);

      if (along <= 0.5)
        continue;

      score = along + 2 * across;
      if (score < best_score)
        {
          best_score = score;
          best = child;
        }
    }

  if (best == NULL)
    return FALSE;

  return gtk_widget_grab_focus (best);
}

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  FasciaBodyFigure *self = FASCIA_BODY_FIGURE (widget);

  if (g_str_equal (action_name, "figure.move-left"))
    move_focus (self, -1, 0);
  else if (g_str_equal (action_name, "figure.move-right"))
    move_focus (self, 1, 0);
  else if (g_str_equal (action_name, "figure.move-up"))
    move_focus (self, 0, -1);
  else if (g_str_equal (action_name, "figure.move-down"))
    move_focus (self, 0, 1);
}

static void
fascia_body_figure_dispose (GObject *object)
{
  FasciaBodyFigure *self = FASCIA_BODY_FIGURE (object);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_clear_object (&self->map);
  g_clear_pointer (&self->muscles, g_ptr_array_unref);

  G_OBJECT_CLASS (fascia_body_figure_parent_class)->dispose (object);
}

static void
fascia_body_figure_class_init (FasciaBodyFigureClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fascia_body_figure_dispose;
  widget_class->measure = fascia_body_figure_measure;
  widget_class->size_allocate = fascia_body_figure_size_allocate;
  widget_class->snapshot = fascia_body_figure_snapshot;

  gtk_widget_class_install_action (widget_class, "figure.move-left", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "figure.move-right", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "figure.move-up", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "figure.move-down", NULL, move_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, 0, "figure.move-left", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Left, 0, "figure.move-left", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, 0, "figure.move-right", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Right, 0, "figure.move-right", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, 0, "figure.move-up", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Up, 0, "figure.move-up", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, 0, "figure.move-down", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Down, 0, "figure.move-down", NULL);

  gtk_widget_class_set_css_name (widget_class, "bodyfigure");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
fascia_body_figure_init (FasciaBodyFigure *self)
{
  self->scale = 1.0;
  self->muscles = g_ptr_array_new ();
  gtk_widget_set_direction (GTK_WIDGET (self), GTK_TEXT_DIR_LTR);
}

static void
outline_bounds (const FasciaBodyView *view,
                FasciaRect           *bounds)
{
  double x1 = 0, y1 = 0;

  for (guint o = 0; o < view->outlines->len; o++)
    {
      FasciaRect b;

      fascia_path_get_bounds (g_ptr_array_index (view->outlines, o), &b);
      if (o == 0)
        {
          *bounds = b;
          x1 = b.x + b.width;
          y1 = b.y + b.height;
          continue;
        }
      bounds->x = MIN (bounds->x, b.x);
      bounds->y = MIN (bounds->y, b.y);
      x1 = MAX (x1, b.x + b.width);
      y1 = MAX (y1, b.y + b.height);
    }

  bounds->width = MAX (1.0, x1 - bounds->x);
  bounds->height = MAX (1.0, y1 - bounds->y);
}

/**
 * fascia_body_figure_new:
 * @map: the map
 * @view: one of its views; the map keeps it alive
 */
GtkWidget *
fascia_body_figure_new (FasciaBodyMap        *map,
                        const FasciaBodyView *view)
{
  FasciaBodyFigure *self = g_object_new (FASCIA_TYPE_BODY_FIGURE, NULL);

  self->map = g_object_ref (map);
  self->view = view;
  outline_bounds (view, &self->bounds);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, view->title,
                                  -1);

  for (guint i = 0; i < view->regions->len; i++)
    gtk_widget_set_parent (fascia_region_button_new (g_ptr_array_index (view->regions, i)),
                           GTK_WIDGET (self));

  return GTK_WIDGET (self);
}

/**
 * fascia_body_figure_add_places:
 * @self: a figure
 * @places: (element-type FasciaBodyPlace): the places never to press
 * @titles: (element-type utf8 utf8): each place's name by its id
 *
 * Adds a control, hidden until fascia_body_figure_set_show_places(), for
 * each place drawn on the figure's view. A place without a name is left out.
 */
void
fascia_body_figure_add_places (FasciaBodyFigure *self,
                               GPtrArray        *places,
                               GHashTable       *titles)
{
  g_return_if_fail (FASCIA_IS_BODY_FIGURE (self));
  g_return_if_fail (places != NULL);
  g_return_if_fail (titles != NULL);

  for (guint p = 0; p < places->len; p++)
    {
      const FasciaBodyPlace *place = g_ptr_array_index (places, p);
      const char *title = g_hash_table_lookup (titles, place->id);

      if (title == NULL)
        continue;

      for (guint s = 0; s < place->shapes->len; s++)
        {
          const FasciaBodyShape *shape = g_ptr_array_index (place->shapes, s);
          GtkWidget *button;

          if (shape->view != self->view)
            continue;

          button = fascia_region_button_new_for_place (place, shape, title);
          gtk_widget_set_visible (button, self->show_places);
          gtk_widget_set_parent (button, GTK_WIDGET (self));
        }
    }
}

/**
 * fascia_body_figure_set_show_places:
 * @self: a figure
 * @show: whether to show the places never to press
 *
 * Shows or hides the places' controls, over the regions.
 */
void
fascia_body_figure_set_show_places (FasciaBodyFigure *self,
                                    gboolean          show)
{
  g_return_if_fail (FASCIA_IS_BODY_FIGURE (self));

  self->show_places = !!show;
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (fascia_region_button_get_place (FASCIA_REGION_BUTTON (child)) != NULL)
        gtk_widget_set_visible (child, self->show_places);
    }
}

/**
 * fascia_body_figure_set_muscles:
 * @self: a figure
 * @muscles: (nullable) (element-type FasciaBodyMuscle): the muscles to draw
 *   over the regions, or %NULL for none
 *
 * Draws the shapes of @muscles that lie on the figure's view, as where a
 * pain may come from. The map keeps the muscles.
 */
void
fascia_body_figure_set_muscles (FasciaBodyFigure *self,
                                GPtrArray        *muscles)
{
  g_return_if_fail (FASCIA_IS_BODY_FIGURE (self));

  g_ptr_array_set_size (self->muscles, 0);
  for (guint m = 0; muscles != NULL && m < muscles->len; m++)
    g_ptr_array_add (self->muscles, g_ptr_array_index (muscles, m));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * fascia_body_figure_get_scale:
 * @self: a figure
 *
 * Returns: pixels per map unit as laid out now
 */
double
fascia_body_figure_get_scale (FasciaBodyFigure *self)
{
  g_return_val_if_fail (FASCIA_IS_BODY_FIGURE (self), 1.0);
  return self->scale;
}

/**
 * fascia_body_figure_get_view:
 * @self: a figure
 *
 * Returns: (transfer none): the view the figure draws; the map keeps it
 */
const FasciaBodyView *
fascia_body_figure_get_view (FasciaBodyFigure *self)
{
  g_return_val_if_fail (FASCIA_IS_BODY_FIGURE (self), NULL);
  return self->view;
}

/**
 * fascia_body_figure_find_button:
 *
 * Returns: (transfer none) (nullable): the control of @region_id
 */
FasciaRegionButton *
fascia_body_figure_find_button (FasciaBodyFigure *self,
                                const char       *region_id)
{
  g_return_val_if_fail (FASCIA_IS_BODY_FIGURE (self), NULL);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      const FasciaBodyRegion *region = fascia_region_button_get_region (FASCIA_REGION_BUTTON (child));

      if (region != NULL && g_strcmp0 (region->id, region_id) == 0)
        return FASCIA_REGION_BUTTON (child);
    }

  return NULL;
}

/**
 * fascia_body_figure_map_to_widget:
 *
 * Converts a point in map coordinates to the figure's own coordinates, as
 * laid out now. Returns %FALSE before the figure has been allocated.
 */
gboolean
fascia_body_figure_map_to_widget (FasciaBodyFigure *self,
                                  double            map_x,
                                  double            map_y,
                                  double           *x,
                                  double           *y)
{
  g_return_val_if_fail (FASCIA_IS_BODY_FIGURE (self), FALSE);

  if (gtk_widget_get_width (GTK_WIDGET (self)) == 0)
    return FALSE;

  *x = self->offset_x + map_x * self->scale;
  *y = self->offset_y + map_y * self->scale;

  return TRUE;
}
