/* fascia-body-figure.c - one view of the body map: the figure and its region controls
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Draws the figure's outline from the map's path data, scaled to fit and
 * centred, in the window's foreground colour so that it follows dark mode,
 * and lays out one FasciaRegionButton per region over it. Drawing is vector
 * work done at paint time, so it is crisp at any size and scale factor.
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
#include "fascia-path-cairo.h"

#define PADDING 8.0
#define CAPTION 24.0

struct _FasciaBodyFigure
{
  GtkWidget             parent_instance;

  FasciaBodyMap        *map;
  const FasciaBodyView *view;
  double                scale;
  double                offset_x;
  double                offset_y;
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
  double w = fascia_body_map_get_width (self->map);
  double h = fascia_body_map_get_height (self->map);

  /* Small enough for a phone-sized window, large enough to aim at. */
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = (int)(w + 2 * PADDING);
      *natural = (int)(w * 1.4 + 2 * PADDING);
    }
  else
    {
      *minimum = (int)(h + 2 * PADDING + CAPTION);
      *natural = (int)(h * 1.4 + 2 * PADDING + CAPTION);
    }
}

static void
fascia_body_figure_size_allocate (GtkWidget *widget,
                                  int        width,
                                  int        height,
                                  int        baseline)
{
  FasciaBodyFigure *self = FASCIA_BODY_FIGURE (widget);
  double w = fascia_body_map_get_width (self->map);
  double h = fascia_body_map_get_height (self->map);

  self->scale = MAX (0.01, MIN ((width - 2 * PADDING) / w, (height - 2 * PADDING - CAPTION) / h));
  self->offset_x = (width - w * self->scale) / 2;
  self->offset_y = (height - CAPTION - h * self->scale) / 2;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      FasciaRegionButton *button = FASCIA_REGION_BUTTON (child);
      const FasciaBodyRegion *region = fascia_region_button_get_region (button);
      FasciaRect bounds;
      double x0, y0, x1, y1;

      fascia_path_get_bounds (region->shape, &bounds);

      /* Whole pixels around the shape's bounds, with room for the focus ring. */
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
  cairo_t *cr;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &fg);
  G_GNUC_END_IGNORE_DEPRECATIONS

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  cairo_translate (cr, self->offset_x, self->offset_y);
  cairo_scale (cr, self->scale, self->scale);

  /* Each outline piece is filled opaque into a group that is then painted
   * at a low alpha: overlapping pieces neither darken nor cancel out,
   * whichever way their paths run. */
  cairo_push_group (cr);
  cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 1.0);
  for (guint i = 0; i < self->view->outlines->len; i++)
    {
      fascia_path_append_to_cairo (g_ptr_array_index (self->view->outlines, i), cr);
      cairo_fill (cr);
    }
  cairo_pop_group_to_source (cr);
  cairo_paint_with_alpha (cr, 0.12);
  cairo_destroy (cr);

  /* The view's name under the figure. */
  {
    PangoLayout *layout = gtk_widget_create_pango_layout (widget, self->view->title);
    int text_width, text_height;

    pango_layout_get_pixel_size (layout, &text_width, &text_height);
    gtk_snapshot_save (snapshot);
    gtk_snapshot_translate (snapshot,
                            &GRAPHENE_POINT_INIT ((width - text_width) / 2.0,
                                                  height - text_height));
    gtk_snapshot_append_layout (snapshot, layout, &(GdkRGBA) { fg.red, fg.green, fg.blue, 0.7 });
    gtk_snapshot_restore (snapshot);
    g_object_unref (layout);
  }

  GTK_WIDGET_CLASS (fascia_body_figure_parent_class)->snapshot (widget, snapshot);
}

static void
button_centre (GtkWidget *button,
               double    *x,
               double    *y)
{
  fascia_path_get_centre (fascia_region_button_get_region (FASCIA_REGION_BUTTON (button))->shape, x, y);
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

      if (child == focus)
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
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, view->title,
                                  -1);

  for (guint i = 0; i < view->regions->len; i++)
    gtk_widget_set_parent (fascia_region_button_new (g_ptr_array_index (view->regions, i)),
                           GTK_WIDGET (self));

  return GTK_WIDGET (self);
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
      if (g_strcmp0 (fascia_region_button_get_region (FASCIA_REGION_BUTTON (child))->id, region_id) == 0)
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
