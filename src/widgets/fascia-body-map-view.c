/* fascia-body-map-view.c - the body map: both views, the "where may it come from" control, a legend
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The front and back figures stand side by side when there is room; in a
 * narrow window one shows at a time with a Front/Back switch above it.
 * Choosing a region opens its page; asking where its pain may come from
 * (the toggle, a secondary click, the Menu key) marks the regions whose
 * muscles are commonly described as referring pain to it, on either view,
 * and explains the marks in a legend.
 *
 * "Mark Where It Hurts" turns on marking: then choosing a region marks it
 * (or unmarks it) instead of opening its page, the regions' controls say
 * so to screen readers (pressed or not), and a FasciaMarkBar counts the
 * marks and offers to make a sheet for the clinician (::make-sheet). The
 * marks are kept while marking is off, only not shown.
 *
 * CSS nodes: bodymapview, with .legend-swatch.source and .legend-swatch.chosen.
 */
#define G_LOG_DOMAIN "fascia-body-map-view"

#include "config.h"

#include <glib/gi18n.h>

#include "fascia-body-map-view.h"
#include "fascia-mark-bar.h"

#define SPACING 12

struct _FasciaBodyMapView
{
  GtkWidget      parent_instance;

  FasciaBodyMap *map;
  GtkWidget     *header;
  GtkWidget     *switcher;
  GtkWidget     *front_toggle;
  GtkWidget     *back_toggle;
  GtkWidget     *from_toggle;
  GtkWidget     *hint;
  GtkWidget     *legend;
  GtkWidget     *legend_label;
  GtkWidget     *mark_toggle;
  GtkWidget     *mark_revealer;
  GtkWidget     *mark_bar;
  GPtrArray     *figures;
  GPtrArray     *marked;      /* region ids, in the order marked */
  char          *chosen;
  guint          current;     /* the figure shown when narrow */
  gboolean       narrow;
  guint          relayout_idle;
};

enum {
  OPEN_PAGE,
  MAKE_SHEET,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (FasciaBodyMapView, fascia_body_map_view, GTK_TYPE_WIDGET)

static const char *
default_hint (void)
{
  return _("Choose where it hurts to read about it. To see where that pain may come from, "
           "turn on “Where May It Come From?” or use a secondary click.");
}

static void
for_each_button (FasciaBodyMapView *self,
                 void             (*func) (FasciaRegionButton *button, gpointer data),
                 gpointer           data)
{
  for (guint i = 0; i < self->figures->len; i++)
    for (GtkWidget *child = gtk_widget_get_first_child (g_ptr_array_index (self->figures, i));
         child != NULL;
         child = gtk_widget_get_next_sibling (child))
      func (FASCIA_REGION_BUTTON (child), data);
}

static gboolean
is_marked (FasciaBodyMapView *self,
           const char        *region_id)
{
  return g_ptr_array_find_with_equal_func (self->marked, region_id, g_str_equal, NULL);
}

static gboolean
get_marking (FasciaBodyMapView *self)
{
  return self->mark_toggle != NULL && gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->mark_toggle));
}

/* While marking, a marked region shows as chosen: where it hurts. */
static void
unmark (FasciaRegionButton *button,
        gpointer            data)
{
  FasciaBodyMapView *self = data;
  gboolean marked = get_marking (self) && is_marked (self, fascia_region_button_get_region (button)->id);

  fascia_region_button_set_mark (button, marked ? FASCIA_REGION_CHOSEN : FASCIA_REGION_NORMAL);
}

/**
 * fascia_body_map_view_clear:
 *
 * Removes the marks of fascia_body_map_view_show_sources().
 */
void
fascia_body_map_view_clear (FasciaBodyMapView *self)
{
  g_return_if_fail (FASCIA_IS_BODY_MAP_VIEW (self));

  for_each_button (self, unmark, self);
  g_clear_pointer (&self->chosen, g_free);
  gtk_revealer_set_reveal_child (GTK_REVEALER (self->legend), FALSE);
}

static guint
figure_index_of (FasciaBodyMapView      *self,
                 const FasciaBodyRegion *region)
{
  for (guint i = 0; i < self->figures->len; i++)
    if (fascia_body_figure_get_view (g_ptr_array_index (self->figures, i)) == region->view)
      return i;

  return 0;
}

/**
 * fascia_body_map_view_show_sources:
 * @region_id: a region of the map
 *
 * Marks @region_id and the regions whose pain is commonly described as
 * referring to it.
 *
 * Returns: whether the map has @region_id
 */
gboolean
fascia_body_map_view_show_sources (FasciaBodyMapView *self,
                                   const char        *region_id)
{
  const FasciaBodyRegion *region;
  FasciaRegionButton *button;
  guint n_other_view = 0;
  g_autofree char *text = NULL;

  g_return_val_if_fail (FASCIA_IS_BODY_MAP_VIEW (self), FALSE);

  if (self->map == NULL || (region = fascia_body_map_find_region (self->map, region_id)) == NULL)
    return FALSE;

  fascia_body_map_view_set_marking (self, FALSE);
  fascia_body_map_view_clear (self);
  self->chosen = g_strdup (region_id);

  button = fascia_body_map_view_find_button (self, region_id);
  fascia_region_button_set_mark (button, FASCIA_REGION_CHOSEN);

  for (guint i = 0; i < region->from->len; i++)
    {
      const FasciaBodyRegion *source = fascia_body_map_find_region (self->map, g_ptr_array_index (region->from, i));
      FasciaRegionButton *source_button;

      if (source == NULL)
        continue;

      source_button = fascia_body_map_view_find_button (self, source->id);
      if (source_button != NULL && fascia_region_button_get_mark (source_button) != FASCIA_REGION_CHOSEN)
        fascia_region_button_set_mark (source_button, FASCIA_REGION_SOURCE);
      if (source->view != region->view)
        n_other_view++;
    }

  if (region->from->len == 0)
    text = g_strdup_printf (_("No other area is commonly described as sending pain to %s."), region->label);
  else if (self->narrow && n_other_view > 0)
    text = g_strdup_printf (_("Pain in %s is commonly described as coming from the highlighted areas; "
                              "some are on the other view. This is not a diagnosis."), region->label);
  else
    text = g_strdup_printf (_("Pain in %s is commonly described as coming from the highlighted areas. "
                              "This is not a diagnosis."), region->label);

  gtk_label_set_text (GTK_LABEL (self->legend_label), text);
  gtk_revealer_set_reveal_child (GTK_REVEALER (self->legend), TRUE);

  /* In a narrow window, show the chosen region's own view. */
  self->current = figure_index_of (self, region);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->current == 0 ? self->front_toggle : self->back_toggle), TRUE);
  gtk_widget_queue_allocate (GTK_WIDGET (self));

  return TRUE;
}

/**
 * fascia_body_map_view_get_chosen:
 * @self: a body map view
 *
 * Returns: (nullable): the region whose sources are shown, or %NULL when
 *   none is
 */
const char *
fascia_body_map_view_get_chosen (FasciaBodyMapView *self)
{
  g_return_val_if_fail (FASCIA_IS_BODY_MAP_VIEW (self), NULL);
  return self->chosen;
}

static void
region_activate_cb (FasciaRegionButton *button,
                    FasciaBodyMapView  *self)
{
  const FasciaBodyRegion *region = fascia_region_button_get_region (button);

  if (get_marking (self))
    fascia_body_map_view_toggle_mark (self, region->id);
  else if (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->from_toggle)))
    fascia_body_map_view_show_sources (self, region->id);
  else
    g_signal_emit (self, signals[OPEN_PAGE], 0, region->page_id);
}

static void
region_show_sources_cb (FasciaRegionButton *button,
                        FasciaBodyMapView  *self)
{
  /* While marking, every region is a toggle: nothing else happens. */
  if (get_marking (self))
    return;

  fascia_body_map_view_show_sources (self, fascia_region_button_get_region (button)->id);
}

static void
name_region (FasciaBodyMapView  *self,
             FasciaRegionButton *button)
{
  gtk_label_set_text (GTK_LABEL (self->hint), fascia_region_button_get_region (button)->label);
}

static void
region_enter_cb (GtkEventController *controller,
                 double              x,
                 double              y,
                 FasciaBodyMapView  *self)
{
  name_region (self, FASCIA_REGION_BUTTON (gtk_event_controller_get_widget (controller)));
}

static void
region_focus_cb (GtkEventController *controller,
                 FasciaBodyMapView  *self)
{
  name_region (self, FASCIA_REGION_BUTTON (gtk_event_controller_get_widget (controller)));
}

static const char *
marking_hint (void)
{
  return _("Choose each place that hurts, on the front and on the back; choose it again to unmark it. "
           "Then make a sheet for your clinician.");
}

static void
region_leave_cb (GtkEventController *controller,
                 FasciaBodyMapView  *self)
{
  gtk_label_set_text (GTK_LABEL (self->hint), get_marking (self) ? marking_hint () : default_hint ());
}

static void
connect_button (FasciaRegionButton *button,
                gpointer            data)
{
  FasciaBodyMapView *self = data;
  GtkEventController *motion = gtk_event_controller_motion_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();

  g_signal_connect (button, "activate", G_CALLBACK (region_activate_cb), self);
  g_signal_connect (button, "show-sources", G_CALLBACK (region_show_sources_cb), self);
  g_signal_connect (motion, "enter", G_CALLBACK (region_enter_cb), self);
  g_signal_connect (motion, "leave", G_CALLBACK (region_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (button), motion);
  g_signal_connect (focus, "enter", G_CALLBACK (region_focus_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (button), focus);
}

static void
remove_figures (FasciaBodyMapView *self)
{
  for (guint i = 0; i < self->figures->len; i++)
    gtk_widget_unparent (g_ptr_array_index (self->figures, i));
  g_ptr_array_set_size (self->figures, 0);
}

static void marks_changed (FasciaBodyMapView *self);

/**
 * fascia_body_map_view_set_map:
 * @self: a body map view
 * @map: (nullable): the map to show, or %NULL for none
 *
 * Shows @map, one figure per view. The sources shown and the regions
 * marked are cleared, even when @map is the map shown already: another
 * map's region ids would mean nothing here.
 */
void
fascia_body_map_view_set_map (FasciaBodyMapView *self,
                              FasciaBodyMap     *map)
{
  GPtrArray *views;

  g_return_if_fail (FASCIA_IS_BODY_MAP_VIEW (self));

  fascia_body_map_view_clear (self);
  remove_figures (self);
  g_set_object (&self->map, map);
  /* The ids of another map's regions mean nothing here. */
  g_ptr_array_set_size (self->marked, 0);

  if (map == NULL)
    {
      marks_changed (self);
      return;
    }

  views = fascia_body_map_get_views (map);
  for (guint i = 0; i < views->len; i++)
    {
      GtkWidget *figure = fascia_body_figure_new (map, g_ptr_array_index (views, i));

      gtk_widget_set_parent (figure, GTK_WIDGET (self));
      g_ptr_array_add (self->figures, figure);
    }

  for_each_button (self, connect_button, self);
  /* New controls say whether they are marked, when marking is on. */
  marks_changed (self);
  gtk_widget_set_visible (self->switcher, self->narrow && views->len > 1);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

/**
 * fascia_body_map_view_get_map:
 * @self: a body map view
 *
 * Returns: (transfer none) (nullable): the map shown
 */
FasciaBodyMap *
fascia_body_map_view_get_map (FasciaBodyMapView *self)
{
  g_return_val_if_fail (FASCIA_IS_BODY_MAP_VIEW (self), NULL);
  return self->map;
}

/**
 * fascia_body_map_view_get_figure:
 *
 * Returns: (transfer none) (nullable): the figure of @view_id
 */
FasciaBodyFigure *
fascia_body_map_view_get_figure (FasciaBodyMapView *self,
                                 const char        *view_id)
{
  g_return_val_if_fail (FASCIA_IS_BODY_MAP_VIEW (self), NULL);

  for (guint i = 0; i < self->figures->len; i++)
    {
      FasciaBodyFigure *figure = g_ptr_array_index (self->figures, i);

      if (g_strcmp0 (fascia_body_figure_get_view (figure)->id, view_id) == 0)
        return figure;
    }

  return NULL;
}

/**
 * fascia_body_map_view_find_button:
 *
 * Returns: (transfer none) (nullable): the control of @region_id
 */
FasciaRegionButton *
fascia_body_map_view_find_button (FasciaBodyMapView *self,
                                  const char        *region_id)
{
  g_return_val_if_fail (FASCIA_IS_BODY_MAP_VIEW (self), NULL);

  for (guint i = 0; i < self->figures->len; i++)
    {
      FasciaRegionButton *button = fascia_body_figure_find_button (g_ptr_array_index (self->figures, i), region_id);

      if (button != NULL)
        return button;
    }

  return NULL;
}

/**
 * fascia_body_map_view_get_narrow:
 * @self: a body map view
 *
 * Returns: whether the last allocation was too narrow for the figures side
 *   by side, so that one shows at a time under the Front/Back switch;
 *   always %FALSE with fewer than two views
 */
gboolean
fascia_body_map_view_get_narrow (FasciaBodyMapView *self)
{
  g_return_val_if_fail (FASCIA_IS_BODY_MAP_VIEW (self), FALSE);
  return self->narrow;
}

static int
figure_min_width (FasciaBodyMapView *self)
{
  int min = 0;

  if (self->figures->len > 0)
    gtk_widget_measure (g_ptr_array_index (self->figures, 0), GTK_ORIENTATION_HORIZONTAL, -1,
                        &min, NULL, NULL, NULL);

  return min;
}

static void
fascia_body_map_view_measure (GtkWidget      *widget,
                              GtkOrientation  orientation,
                              int             for_size,
                              int            *minimum,
                              int            *natural,
                              int            *minimum_baseline,
                              int            *natural_baseline)
{
  FasciaBodyMapView *self = FASCIA_BODY_MAP_VIEW (widget);
  int header_min, header_nat, fig_min = 0, fig_nat = 0;

  gtk_widget_measure (self->header, orientation, orientation == GTK_ORIENTATION_VERTICAL ? for_size : -1,
                      &header_min, &header_nat, NULL, NULL);
  if (self->figures->len > 0)
    gtk_widget_measure (g_ptr_array_index (self->figures, 0), orientation, -1, &fig_min, &fig_nat, NULL, NULL);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* One figure at a time is the least it needs; both, side by side, is
       * what it would like. */
      *minimum = MAX (header_min, fig_min);
      *natural = MAX (header_nat, (int)self->figures->len * fig_nat + SPACING);
    }
  else
    {
      *minimum = header_min + SPACING + fig_min;
      *natural = header_nat + SPACING + fig_nat;
    }
}

static gboolean
relayout_idle_cb (gpointer data)
{
  FasciaBodyMapView *self = data;

  self->relayout_idle = 0;
  gtk_widget_set_visible (self->switcher, self->narrow && self->figures->len > 1);
  gtk_widget_queue_allocate (GTK_WIDGET (self));

  return G_SOURCE_REMOVE;
}

static void
fascia_body_map_view_size_allocate (GtkWidget *widget,
                                    int        width,
                                    int        height,
                                    int        baseline)
{
  FasciaBodyMapView *self = FASCIA_BODY_MAP_VIEW (widget);
  int header_height, top, available;
  guint n = self->figures->len;
  gboolean narrow;

  gtk_widget_measure (self->header, GTK_ORIENTATION_VERTICAL, width, &header_height, NULL, NULL, NULL);
  gtk_widget_size_allocate (self->header, &(GtkAllocation) { 0, 0, width, header_height }, -1);

  top = header_height + SPACING;
  available = MAX (0, height - top);
  narrow = n > 1 && width < (int)n * figure_min_width (self) + SPACING * ((int)n - 1);

  if (narrow != self->narrow)
    {
      /* Showing or hiding the switcher changes the header: do it after this
       * allocation, not in the middle of it. */
      self->narrow = narrow;
      if (self->relayout_idle == 0)
        self->relayout_idle = g_idle_add (relayout_idle_cb, self);
    }

  for (guint i = 0; i < n; i++)
    {
      GtkWidget *figure = g_ptr_array_index (self->figures, i);

      if (narrow)
        {
          gtk_widget_set_child_visible (figure, i == self->current);
          if (i == self->current)
            gtk_widget_size_allocate (figure, &(GtkAllocation) { 0, top, width, available }, -1);
        }
      else
        {
          int w = (width - SPACING * ((int)n - 1)) / (int)n;

          gtk_widget_set_child_visible (figure, TRUE);
          gtk_widget_size_allocate (figure, &(GtkAllocation) { (int)i * (w + SPACING), top, w, available }, -1);
        }
    }
}

static void
view_toggled_cb (GtkToggleButton   *toggle,
                 FasciaBodyMapView *self)
{
  if (!gtk_toggle_button_get_active (toggle))
    return;

  self->current = GTK_WIDGET (toggle) == self->front_toggle ? 0 : 1;
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

static void
from_toggled_cb (GtkToggleButton   *toggle,
                 FasciaBodyMapView *self)
{
  if (!gtk_toggle_button_get_active (toggle))
    fascia_body_map_view_clear (self);
  else
    fascia_body_map_view_set_marking (self, FALSE);
}

/* Marking */

static void
sync_marking (FasciaRegionButton *button,
              gpointer            data)
{
  FasciaBodyMapView *self = data;
  const FasciaBodyRegion *region = fascia_region_button_get_region (button);

  if (get_marking (self))
    {
      gboolean marked = is_marked (self, region->id);

      fascia_region_button_set_mark (button, marked ? FASCIA_REGION_CHOSEN : FASCIA_REGION_NORMAL);
      gtk_accessible_update_state (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_STATE_PRESSED,
                                   marked ? GTK_ACCESSIBLE_TRISTATE_TRUE : GTK_ACCESSIBLE_TRISTATE_FALSE,
                                   -1);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                      _("Marks this place as one that hurts, or unmarks it."),
                                      -1);
    }
  else
    {
      fascia_region_button_set_mark (button, FASCIA_REGION_NORMAL);
      gtk_accessible_reset_state (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_STATE_PRESSED);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                      _("Opens the page about pain here. The context menu key shows where it may come from."),
                                      -1);
    }
}

static void
marks_changed (FasciaBodyMapView *self)
{
  for_each_button (self, sync_marking, self);
  fascia_mark_bar_set_n_marked (FASCIA_MARK_BAR (self->mark_bar), self->marked->len);
}

static void
mark_toggled_cb (GtkToggleButton   *toggle,
                 FasciaBodyMapView *self)
{
  gboolean marking = gtk_toggle_button_get_active (toggle);

  if (marking)
    {
      /* One mode at a time: the sources' colours would mix with the marks. */
      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->from_toggle), FALSE);
      fascia_body_map_view_clear (self);
    }
  else if (fascia_mark_bar_has_focus (FASCIA_MARK_BAR (self->mark_bar)))
    {
      /* Turned off by a shortcut: the bar is going, the focus must not. */
      gtk_widget_grab_focus (self->mark_toggle);
    }

  gtk_revealer_set_reveal_child (GTK_REVEALER (self->mark_revealer), marking);
  gtk_label_set_text (GTK_LABEL (self->hint), marking ? marking_hint () : default_hint ());
  marks_changed (self);
}

/**
 * fascia_body_map_view_set_marking:
 * @marking: whether choosing a region marks it rather than opening its page
 */
void
fascia_body_map_view_set_marking (FasciaBodyMapView *self,
                                  gboolean           marking)
{
  g_return_if_fail (FASCIA_IS_BODY_MAP_VIEW (self));

  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->mark_toggle), marking);
}

/**
 * fascia_body_map_view_get_marking:
 * @self: a body map view
 *
 * Returns: whether "Mark Where It Hurts" is on, so that choosing a region
 *   marks it rather than opening its page
 */
gboolean
fascia_body_map_view_get_marking (FasciaBodyMapView *self)
{
  g_return_val_if_fail (FASCIA_IS_BODY_MAP_VIEW (self), FALSE);
  return get_marking (self);
}

/**
 * fascia_body_map_view_toggle_mark:
 * @region_id: a region of the map
 *
 * Marks @region_id as a place that hurts, or unmarks it if it was marked.
 *
 * Returns: whether the map has @region_id
 */
gboolean
fascia_body_map_view_toggle_mark (FasciaBodyMapView *self,
                                  const char        *region_id)
{
  guint index;

  g_return_val_if_fail (FASCIA_IS_BODY_MAP_VIEW (self), FALSE);

  if (self->map == NULL || fascia_body_map_find_region (self->map, region_id) == NULL)
    return FALSE;

  if (g_ptr_array_find_with_equal_func (self->marked, region_id, g_str_equal, &index))
    g_ptr_array_remove_index (self->marked, index);
  else
    g_ptr_array_add (self->marked, g_strdup (region_id));

  marks_changed (self);

  return TRUE;
}

/**
 * fascia_body_map_view_dup_marked:
 *
 * Returns: (transfer full): the marked regions' ids, in the order marked
 */
char **
fascia_body_map_view_dup_marked (FasciaBodyMapView *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (FASCIA_IS_BODY_MAP_VIEW (self), NULL);

  for (guint i = 0; i < self->marked->len; i++)
    g_strv_builder_add (builder, g_ptr_array_index (self->marked, i));

  return g_strv_builder_end (builder);
}

/**
 * fascia_body_map_view_clear_marks:
 * @self: a body map view
 *
 * Unmarks every region. The mark bar's buttons then go insensitive, so the
 * keyboard focus moves from them to the marking toggle first.
 */
void
fascia_body_map_view_clear_marks (FasciaBodyMapView *self)
{
  g_return_if_fail (FASCIA_IS_BODY_MAP_VIEW (self));

  /* With no mark, the bar's buttons go insensitive: a keyboard user whose
   * focus is on one would be left nowhere. The toggle that started
   * marking is next to it and stays. */
  if (fascia_mark_bar_has_focus (FASCIA_MARK_BAR (self->mark_bar)))
    gtk_widget_grab_focus (self->mark_toggle);

  g_ptr_array_set_size (self->marked, 0);
  marks_changed (self);
}

static void
mark_bar_clear_cb (FasciaMarkBar     *bar,
                   FasciaBodyMapView *self)
{
  fascia_body_map_view_clear_marks (self);
}

static void
mark_bar_make_sheet_cb (FasciaMarkBar     *bar,
                        FasciaBodyMapView *self)
{
  g_auto(GStrv) marked = fascia_body_map_view_dup_marked (self);

  if (marked[0] != NULL)
    g_signal_emit (self, signals[MAKE_SHEET], 0, marked);
}

static void
clear_clicked_cb (GtkButton         *button,
                  FasciaBodyMapView *self)
{
  fascia_body_map_view_clear (self);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->from_toggle), FALSE);
}

static void
fascia_body_map_view_dispose (GObject *object)
{
  FasciaBodyMapView *self = FASCIA_BODY_MAP_VIEW (object);

  g_clear_handle_id (&self->relayout_idle, g_source_remove);
  if (self->figures != NULL)
    remove_figures (self);
  g_clear_pointer (&self->header, gtk_widget_unparent);
  g_clear_object (&self->map);

  G_OBJECT_CLASS (fascia_body_map_view_parent_class)->dispose (object);
}

static void
fascia_body_map_view_finalize (GObject *object)
{
  FasciaBodyMapView *self = FASCIA_BODY_MAP_VIEW (object);

  g_clear_pointer (&self->figures, g_ptr_array_unref);
  g_clear_pointer (&self->marked, g_ptr_array_unref);
  g_clear_pointer (&self->chosen, g_free);

  G_OBJECT_CLASS (fascia_body_map_view_parent_class)->finalize (object);
}

static void
fascia_body_map_view_class_init (FasciaBodyMapViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fascia_body_map_view_dispose;
  object_class->finalize = fascia_body_map_view_finalize;
  widget_class->measure = fascia_body_map_view_measure;
  widget_class->size_allocate = fascia_body_map_view_size_allocate;

  /**
   * FasciaBodyMapView::open-page:
   * @page_id: the region page of the chosen region
   */
  signals[OPEN_PAGE] =
    g_signal_new ("open-page", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  /**
   * FasciaBodyMapView::make-sheet:
   * @region_ids: the marked regions, in the order marked
   *
   * The reader asked for a sheet for their clinician.
   */
  signals[MAKE_SHEET] =
    g_signal_new ("make-sheet", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRV);

  gtk_widget_class_set_css_name (widget_class, "bodymapview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static GtkWidget *
legend_swatch (const char *kind,
               const char *text)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *swatch = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (swatch, "legend-swatch");
  gtk_widget_add_css_class (swatch, kind);
  gtk_widget_set_valign (swatch, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), swatch);
  gtk_box_append (GTK_BOX (box), label);

  return box;
}

static void
fascia_body_map_view_init (FasciaBodyMapView *self)
{
  GtkWidget *row, *keys, *clear, *legend_box;

  self->figures = g_ptr_array_new ();
  self->marked = g_ptr_array_new_with_free_func (g_free);

  self->header = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  gtk_widget_add_css_class (self->header, "body-map-header");
  gtk_widget_set_parent (self->header, GTK_WIDGET (self));

  row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);

  self->switcher = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_widget_add_css_class (self->switcher, "linked");
  self->front_toggle = gtk_toggle_button_new_with_mnemonic (_("_Front"));
  self->back_toggle = gtk_toggle_button_new_with_mnemonic (_("_Back"));
  gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (self->back_toggle), GTK_TOGGLE_BUTTON (self->front_toggle));
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->front_toggle), TRUE);
  g_signal_connect (self->front_toggle, "toggled", G_CALLBACK (view_toggled_cb), self);
  g_signal_connect (self->back_toggle, "toggled", G_CALLBACK (view_toggled_cb), self);
  gtk_box_append (GTK_BOX (self->switcher), self->front_toggle);
  gtk_box_append (GTK_BOX (self->switcher), self->back_toggle);
  gtk_widget_set_visible (self->switcher, FALSE);
  /* On a row of its own: beside the two toggles it would not fit 360 px. */
  gtk_widget_set_halign (self->switcher, GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (self->header), self->switcher);
  gtk_box_append (GTK_BOX (self->header), row);

  self->mark_toggle = gtk_toggle_button_new_with_mnemonic (_("_Mark Where It Hurts"));
  gtk_label_set_wrap (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (self->mark_toggle))), TRUE);
  gtk_widget_set_tooltip_text (self->mark_toggle,
                               _("When on, choosing a region marks it as a place that hurts, "
                                 "to make a sheet for your clinician"));
  g_signal_connect (self->mark_toggle, "toggled", G_CALLBACK (mark_toggled_cb), self);
  gtk_box_append (GTK_BOX (row), self->mark_toggle);

  self->from_toggle = gtk_toggle_button_new_with_mnemonic (_("_Where May It Come From?"));
  gtk_label_set_wrap (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (self->from_toggle))), TRUE);
  gtk_widget_set_hexpand (self->from_toggle, TRUE);
  gtk_widget_set_halign (self->from_toggle, GTK_ALIGN_END);
  gtk_widget_set_tooltip_text (self->from_toggle,
                               _("When on, choosing a region highlights the areas whose muscles are "
                                 "commonly described as sending pain there"));
  g_signal_connect (self->from_toggle, "toggled", G_CALLBACK (from_toggled_cb), self);
  gtk_box_append (GTK_BOX (row), self->from_toggle);

  self->hint = gtk_label_new (default_hint ());
  gtk_label_set_wrap (GTK_LABEL (self->hint), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->hint), 0.0f);
  gtk_widget_add_css_class (self->hint, "dim-label");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->hint),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, _("Body map help"),
                                  -1);
  gtk_box_append (GTK_BOX (self->header), self->hint);

  self->mark_revealer = gtk_revealer_new ();
  self->mark_bar = fascia_mark_bar_new ();
  g_signal_connect (self->mark_bar, "clear", G_CALLBACK (mark_bar_clear_cb), self);
  g_signal_connect (self->mark_bar, "make-sheet", G_CALLBACK (mark_bar_make_sheet_cb), self);
  gtk_revealer_set_child (GTK_REVEALER (self->mark_revealer), self->mark_bar);
  gtk_box_append (GTK_BOX (self->header), self->mark_revealer);

  self->legend = gtk_revealer_new ();
  legend_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_add_css_class (legend_box, "body-map-legend");
  self->legend_label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->legend_label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->legend_label), 0.0f);
  gtk_box_append (GTK_BOX (legend_box), self->legend_label);
  row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  /* A flow box, so that the keys stack up in a narrow window. */
  keys = gtk_flow_box_new ();
  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (keys), GTK_SELECTION_NONE);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (keys), 2);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (keys), 18);
  gtk_widget_set_can_focus (keys, FALSE);
  gtk_widget_set_hexpand (keys, TRUE);
  gtk_flow_box_append (GTK_FLOW_BOX (keys), legend_swatch ("chosen", _("Where it hurts")));
  gtk_flow_box_append (GTK_FLOW_BOX (keys), legend_swatch ("source", _("Where it may come from")));
  gtk_box_append (GTK_BOX (row), keys);
  clear = gtk_button_new_with_mnemonic (_("_Clear"));
  gtk_widget_set_valign (clear, GTK_ALIGN_CENTER);
  g_signal_connect (clear, "clicked", G_CALLBACK (clear_clicked_cb), self);
  gtk_box_append (GTK_BOX (row), clear);
  gtk_box_append (GTK_BOX (legend_box), row);
  gtk_revealer_set_child (GTK_REVEALER (self->legend), legend_box);
  gtk_box_append (GTK_BOX (self->header), self->legend);
}

/**
 * fascia_body_map_view_new:
 *
 * Returns: (transfer floating): a body map view with no map yet; see
 *   fascia_body_map_view_set_map()
 */
GtkWidget *
fascia_body_map_view_new (void)
{
  return g_object_new (FASCIA_TYPE_BODY_MAP_VIEW, NULL);
}
