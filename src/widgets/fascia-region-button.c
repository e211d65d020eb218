/* fascia-region-button.c - one region of the body map: a focusable control shaped like its region
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Modelled on GTK's colour swatch: a focusable widget with a click gesture
 * (primary opens, secondary asks where pain may come from), Space and Enter
 * to activate, Menu or Shift+F10 for the secondary action, the button role
 * and a label a screen reader reads ("Outer hip, your left, front"), which
 * is also its tooltip. Its action, region.activate, is what assistive
 * tools see on the accessibility bus and can call. Its allocation is the region's bounding box;
 * GtkWidgetClass.contains makes the pointer hit only the true shape.
 *
 * The same control stands for a place never to press when the map shows
 * them: hatched, and choosing it opens that place's part of the page.
 *
 * Colours are the figure's (fascia-figure-draw.c): a plain region in the
 * body colour with its border inside its edge; hover a ring in the accent
 * colour; keyboard focus a wider ring with a line inside it; chosen and
 * source regions filled, each with a border that stands out from its fill.
 *
 * CSS nodes: regionbutton, with .source and .chosen when marked, .place for
 * a place.
 */
#define G_LOG_DOMAIN "fascia-region-button"

#include "config.h"

#include <glib/gi18n.h>

#include "fascia-figure-draw.h"
#include "fascia-path-cairo.h"
#include "fascia-region-button.h"

struct _FasciaRegionButton
{
  GtkWidget               parent_instance;

  const FasciaBodyRegion *region;   /* one of these two */
  const FasciaBodyPlace  *place;
  const FasciaPath       *shape;
  double                  origin_x;
  double                  origin_y;
  double                  scale;
  FasciaRegionMark        mark;
  gboolean                hover;
};

enum {
  ACTIVATE,
  SHOW_SOURCES,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (FasciaRegionButton, fascia_region_button, GTK_TYPE_WIDGET)

static void
to_map (FasciaRegionButton *self,
        double              x,
        double              y,
        double             *mx,
        double             *my)
{
  *mx = self->origin_x + x / self->scale;
  *my = self->origin_y + y / self->scale;
}

static gboolean
fascia_region_button_contains (GtkWidget *widget,
                               double     x,
                               double     y)
{
  FasciaRegionButton *self = FASCIA_REGION_BUTTON (widget);
  double mx, my;

  if (self->shape == NULL || self->scale <= 0)
    return FALSE;

  to_map (self, x, y, &mx, &my);

  return fascia_path_contains (self->shape, mx, my);
}

static void
append_shape (FasciaRegionButton *self,
              cairo_t            *cr)
{
  cairo_scale (cr, self->scale, self->scale);
  cairo_translate (cr, -self->origin_x, -self->origin_y);
  fascia_path_append_to_cairo (self->shape, cr);
}

static void
set_color (cairo_t       *cr,
           const GdkRGBA *color)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha);
}

/* A ring inside the shape's edge, @width pixels wide. */
static void
ring (FasciaRegionButton *self,
      cairo_t            *cr,
      const GdkRGBA      *color,
      double              width)
{
  cairo_save (cr);
  append_shape (self, cr);
  cairo_clip_preserve (cr);
  cairo_identity_matrix (cr);
  cairo_set_line_width (cr, 2 * width);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  set_color (cr, color);
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* The figure draws every region plainly, borders and all; a control draws
 * only what shows its state over that: a mark's fill and its border, the
 * hover and focus rings, or a place never to press. */
static void
fascia_region_button_snapshot (GtkWidget   *widget,
                               GtkSnapshot *snapshot)
{
  FasciaRegionButton *self = FASCIA_REGION_BUTTON (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  gboolean focused = gtk_widget_has_visible_focus (widget);
  FasciaFigurePalette palette;
  cairo_t *cr;

  if (self->shape == NULL || width <= 0 || height <= 0)
    return;
  if (self->place == NULL && self->mark == FASCIA_REGION_NORMAL && !focused && !self->hover)
    return;

  fascia_figure_palette_for_widget (widget, &palette);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));

  if (self->place != NULL)
    {
      /* A place lies over the regions: hatched, its edge drawn. */
      append_shape (self, cr);
      fascia_figure_set_source_hatch (cr, &palette.place);
      cairo_fill_preserve (cr);
      cairo_identity_matrix (cr);
      cairo_set_line_width (cr, 1.5);
      set_color (cr, &palette.place);
      cairo_stroke (cr);
    }
  else if (self->mark != FASCIA_REGION_NORMAL)
    {
      cairo_save (cr);
      append_shape (self, cr);
      cairo_identity_matrix (cr);
      set_color (cr, self->mark == FASCIA_REGION_SOURCE ? &palette.source : &palette.accent);
      cairo_fill (cr);
      cairo_restore (cr);

      cairo_save (cr);
      cairo_scale (cr, self->scale, self->scale);
      cairo_translate (cr, -self->origin_x, -self->origin_y);
      fascia_figure_draw_border (cr, self->shape, &palette, TRUE, self->scale);
      cairo_restore (cr);
    }

  /* Hover: a ring in the accent colour inside the border. Focus: a wider
   * one, with a line inside it in the colour that stands out from the
   * accent, so that it shows on a chosen region too. */
  if (focused)
    {
      ring (self, cr, &palette.on_mark, 6.5);
      ring (self, cr, &palette.accent, 5.0);
      ring (self, cr, &palette.border, 0.75);
    }
  else if (self->hover)
    {
      ring (self, cr, &palette.accent, 4.0);
      ring (self, cr, &palette.border, 0.75);
    }

  cairo_destroy (cr);
}

static void
click_pressed_cb (GtkGestureClick    *gesture,
                  int                 n_press,
                  double              x,
                  double              y,
                  FasciaRegionButton *self)
{
  guint button = gtk_gesture_single_get_current_button (GTK_GESTURE_SINGLE (gesture));

  if (button == GDK_BUTTON_SECONDARY)
    {
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
      g_signal_emit (self, signals[SHOW_SOURCES], 0);
    }
  else if (button == GDK_BUTTON_PRIMARY)
    {
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
    }
}

static void
click_released_cb (GtkGestureClick    *gesture,
                   int                 n_press,
                   double              x,
                   double              y,
                   FasciaRegionButton *self)
{
  if (gtk_gesture_single_get_current_button (GTK_GESTURE_SINGLE (gesture)) == GDK_BUTTON_PRIMARY &&
      fascia_region_button_contains (GTK_WIDGET (self), x, y))
    g_signal_emit (self, signals[ACTIVATE], 0);
}

static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                FasciaRegionButton    *self)
{
  switch (keyval)
    {
    case GDK_KEY_space:
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
      g_signal_emit (self, signals[ACTIVATE], 0);
      return TRUE;

    case GDK_KEY_Menu:
      g_signal_emit (self, signals[SHOW_SOURCES], 0);
      return TRUE;

    case GDK_KEY_F10:
      if (state & GDK_SHIFT_MASK)
        {
          g_signal_emit (self, signals[SHOW_SOURCES], 0);
          return TRUE;
        }
      return FALSE;

    default:
      return FALSE;
    }
}

static void
motion_enter_cb (GtkEventControllerMotion *controller,
                 double                    x,
                 double                    y,
                 FasciaRegionButton       *self)
{
  self->hover = TRUE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
motion_leave_cb (GtkEventControllerMotion *controller,
                 FasciaRegionButton       *self)
{
  self->hover = FALSE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
focus_changed_cb (FasciaRegionButton *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
region_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  g_signal_emit (widget, signals[ACTIVATE], 0);
}

static void
fascia_region_button_class_init (FasciaRegionButtonClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  widget_class->contains = fascia_region_button_contains;
  widget_class->snapshot = fascia_region_button_snapshot;

  /**
   * FasciaRegionButton::activate:
   *
   * The reader chose the region: a click, Enter or Space.
   */
  signals[ACTIVATE] =
    g_signal_new ("activate", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST | G_SIGNAL_ACTION,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  gtk_widget_class_set_activate_signal (widget_class, signals[ACTIVATE]);

  /**
   * FasciaRegionButton::show-sources:
   *
   * The reader asked where pain here may come from: a secondary click,
   * the Menu key or Shift+F10.
   */
  signals[SHOW_SOURCES] =
    g_signal_new ("show-sources", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST | G_SIGNAL_ACTION,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  /* What the accessibility bus offers as the control's action: one, so
   * that it is the default a screen reader or switch access performs.
   * Where pain may come from stays the Menu key and the map's toggle. */
  gtk_widget_class_install_action (widget_class, "region.activate", NULL, region_action);

  gtk_widget_class_set_css_name (widget_class, "regionbutton");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_BUTTON);
}

static void
fascia_region_button_init (FasciaRegionButton *self)
{
  GtkGesture *click;
  GtkEventController *controller;

  self->scale = 1.0;
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "pointer");

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), 0);
  g_signal_connect (click, "pressed", G_CALLBACK (click_pressed_cb), self);
  g_signal_connect (click, "released", G_CALLBACK (click_released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  controller = gtk_event_controller_key_new ();
  g_signal_connect (controller, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  controller = gtk_event_controller_motion_new ();
  g_signal_connect (controller, "enter", G_CALLBACK (motion_enter_cb), self);
  g_signal_connect (controller, "leave", G_CALLBACK (motion_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  controller = gtk_event_controller_focus_new ();
  g_signal_connect_swapped (controller, "enter", G_CALLBACK (focus_changed_cb), self);
  g_signal_connect_swapped (controller, "leave", G_CALLBACK (focus_changed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

/**
 * fascia_region_button_new:
 * @region: the region; it must outlive the widget (the library holds it)
 *
 * Returns: (transfer floating): a control for @region, named and with a
 *   tooltip as "Outer hip, your left, front"
 */
GtkWidget *
fascia_region_button_new (const FasciaBodyRegion *region)
{
  FasciaRegionButton *self;

  g_return_val_if_fail (region != NULL, NULL);

  self = g_object_new (FASCIA_TYPE_REGION_BUTTON, NULL);
  self->region = region;
  self->shape = region->shape;
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), region->label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, region->label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _("Opens the page about pain here. The context menu key shows where it may come from."),
                                  -1);

  return GTK_WIDGET (self);
}

/**
 * fascia_region_button_new_for_place:
 * @place: a place never to press; it must outlive the widget
 * @shape: the place's shape on the view the control is on
 * @label: what the place is called, as on the page of places never to press
 *
 * Returns: (transfer floating): a control for @place, hatched, that opens
 *   the part of the page about it
 */
GtkWidget *
fascia_region_button_new_for_place (const FasciaBodyPlace *place,
                                    const FasciaBodyShape *shape,
                                    const char            *label)
{
  FasciaRegionButton *self;
  g_autofree char *name = NULL;

  g_return_val_if_fail (place != NULL, NULL);
  g_return_val_if_fail (shape != NULL, NULL);
  g_return_val_if_fail (label != NULL, NULL);

  self = g_object_new (FASCIA_TYPE_REGION_BUTTON, NULL);
  self->place = place;
  self->shape = shape->path;
  gtk_widget_add_css_class (GTK_WIDGET (self), "place");
  /* Translators: a place never to press on the body map, as a screen
   * reader names it and as its tooltip says, such as "Never press: the
   * groin crease". */
  name = g_strdup_printf (_("Never press: %s"), label);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _("Opens why not to press here, and what to do instead."),
                                  -1);

  return GTK_WIDGET (self);
}

/**
 * fascia_region_button_get_place:
 * @self: a control of the body map
 *
 * Returns: (transfer none) (nullable): the place never to press the control
 *   stands for, or %NULL when it stands for a region
 */
const FasciaBodyPlace *
fascia_region_button_get_place (FasciaRegionButton *self)
{
  g_return_val_if_fail (FASCIA_IS_REGION_BUTTON (self), NULL);
  return self->place;
}

/**
 * fascia_region_button_get_shape:
 * @self: a control of the body map
 *
 * Returns: (transfer none): the shape the control is, in map coordinates
 */
const FasciaPath *
fascia_region_button_get_shape (FasciaRegionButton *self)
{
  g_return_val_if_fail (FASCIA_IS_REGION_BUTTON (self), NULL);
  return self->shape;
}

/**
 * fascia_region_button_get_region:
 * @self: a region control
 *
 * Returns: (transfer none) (nullable): the region the control stands for,
 *   or %NULL when it stands for a place; the map keeps it
 */
const FasciaBodyRegion *
fascia_region_button_get_region (FasciaRegionButton *self)
{
  g_return_val_if_fail (FASCIA_IS_REGION_BUTTON (self), NULL);
  return self->region;
}

/**
 * fascia_region_button_set_transform:
 * @origin_x: the map coordinate at the widget's left edge
 * @origin_y: the map coordinate at the widget's top edge
 * @scale: widget pixels per map unit
 */
void
fascia_region_button_set_transform (FasciaRegionButton *self,
                                    double              origin_x,
                                    double              origin_y,
                                    double              scale)
{
  g_return_if_fail (FASCIA_IS_REGION_BUTTON (self));

  self->origin_x = origin_x;
  self->origin_y = origin_y;
  self->scale = scale;
}

/**
 * fascia_region_button_set_mark:
 * @self: a region control
 * @mark: how the region is to show
 *
 * Colours the region as where pain may come from, as chosen, or plainly,
 * with the .source and .chosen CSS classes, and tells screen readers it is
 * selected unless plain. Nothing happens when the mark is the same.
 */
void
fascia_region_button_set_mark (FasciaRegionButton *self,
                               FasciaRegionMark    mark)
{
  g_return_if_fail (FASCIA_IS_REGION_BUTTON (self));

  if (self->mark == mark)
    return;

  if (self->mark == FASCIA_REGION_SOURCE)
    gtk_widget_remove_css_class (GTK_WIDGET (self), "source");
  else if (self->mark == FASCIA_REGION_CHOSEN)
    gtk_widget_remove_css_class (GTK_WIDGET (self), "chosen");

  self->mark = mark;

  if (mark == FASCIA_REGION_SOURCE)
    gtk_widget_add_css_class (GTK_WIDGET (self), "source");
  else if (mark == FASCIA_REGION_CHOSEN)
    gtk_widget_add_css_class (GTK_WIDGET (self), "chosen");

  gtk_accessible_update_state (GTK_ACCESSIBLE (self),
                               GTK_ACCESSIBLE_STATE_SELECTED, mark != FASCIA_REGION_NORMAL,
                               -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * fascia_region_button_get_mark:
 * @self: a region control
 *
 * Returns: how the region is marked now
 */
FasciaRegionMark
fascia_region_button_get_mark (FasciaRegionButton *self)
{
  g_return_val_if_fail (FASCIA_IS_REGION_BUTTON (self), FASCIA_REGION_NORMAL);
  return self->mark;
}
