/* fascia-body-map-view.c - the body map: both views, the "where may it come from" control, a legend
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The front and back figures stand side by side when there is room; in a
 * narrow window one shows at a time with a Front View/Back View switch
 * above it. Choosing a region opens its page; asking where its pain may
 * come from (the toggle, a secondary click, the Menu key) draws the muscles
 * commonly described as referring pain to it, marks the regions they lie
 * in, on either view, and says so in a sentence naming them.
 *
 * "Mark Where It Hurts" turns on marking: then choosing a region marks it
 * (or unmarks it) instead of opening its page, the regions' controls say
 * so to screen readers (pressed or not), and a FasciaMarkBar counts the
 * marks and offers to make a sheet for the clinician (::make-sheet). The
 * marks are kept while marking is off, only not shown.
 *
 * "Places Never to Press" lays the places over the figure, hatched; each
 * opens its part of the page of that name.
 *
 * Layout: the mode toggles and one status area (the hint, or the sources'
 * sentence, or the mark bar, or the places' legend, as tall as the tallest
 * of them) in a column beside the figures when there is room, so that the
 * figures have the whole height; else the toggles above the figures and
 * the status under them. Either way the figures never move when the mode
 * changes.
 *
 * CSS nodes: bodymapview.
 */
#define G_LOG_DOMAIN "fascia-body-map-view"

#include "config.h"

#include <glib/gi18n.h>

#include "fascia-button-row.h"
#include "fascia-body-map-view-private.h"
#include "fascia-figure-draw.h"
#include "fascia-mark-bar.h"
#include "fascia-markup.h"
#include "fascia-page-figure.h"
#include "fascia-target.h"

#define SPACING 12
/* The column beside the figures, for the modes and the status, when there
 * is room: the figures then have the window's whole height. */
#define SIDE_WIDTH 260



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

/* Calls @func on each region's control (not on the places'). */
void
_fascia_body_map_view_for_each_button (FasciaBodyMapView *self,
                 void             (*func) (FasciaRegionButton *button, gpointer data),
                 gpointer           data)
{
  for (guint i = 0; i < self->figures->len; i++)
    for (GtkWidget *child = gtk_widget_get_first_child (g_ptr_array_index (self->figures, i));
         child != NULL;
         child = gtk_widget_get_next_sibling (child))
      if (fascia_region_button_get_region (FASCIA_REGION_BUTTON (child)) != NULL)
        func (FASCIA_REGION_BUTTON (child), data);
}


gboolean
_fascia_body_map_view_is_marked (FasciaBodyMapView *self,
           const char        *region_id)
{
  return g_ptr_array_find_with_equal_func (self->marked, region_id, g_str_equal, NULL);
}

gboolean
_fascia_body_map_view_get_marking (FasciaBodyMapView *self)
{
  return self->mark_toggle != NULL && gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->mark_toggle));
}

/* While marking, a marked region shows as chosen: where it hurts. */
static void
unmark (FasciaRegionButton *button,
        gpointer            data)
{
  FasciaBodyMapView *self = data;
  gboolean marked = _fascia_body_map_view_get_marking (self) && _fascia_body_map_view_is_marked (self, fascia_region_button_get_region (button)->id);

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

  _fascia_body_map_view_for_each_button (self, unmark, self);
  g_clear_pointer (&self->chosen, g_free);
  for (guint i = 0; i < self->figures->len; i++)
    fascia_body_figure_set_muscles (g_ptr_array_index (self->figures, i), NULL);
  _fascia_body_map_view_update_status (self);
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
 * Marks @region_id, draws the muscles whose pain is commonly described as
 * referring to it and marks the regions they lie in, and says so in the
 * status area. Marking and the places never to press are turned off.
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
  g_autoptr(GPtrArray) muscles = NULL;

  g_return_val_if_fail (FASCIA_IS_BODY_MAP_VIEW (self), FALSE);

  if (self->map == NULL || (region = fascia_body_map_find_region (self->map, region_id)) == NULL)
    return FALSE;

  fascia_body_map_view_set_marking (self, FALSE);
  fascia_body_map_view_set_show_places (self, FALSE);
  fascia_body_map_view_clear (self);
  self->chosen = g_strdup (region_id);

  button = fascia_body_map_view_find_button (self, region_id);
  fascia_region_button_set_mark (button, FASCIA_REGION_CHOSEN);

  /* The regions the muscles lie in, and the muscles themselves. */
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

  muscles = g_ptr_array_new ();
  for (guint i = 0; i < region->sources->len; i++)
    g_ptr_array_add (muscles, (gpointer)((FasciaBodySource *)g_ptr_array_index (region->sources, i))->muscle);
  for (guint i = 0; i < self->figures->len; i++)
    fascia_body_figure_set_muscles (g_ptr_array_index (self->figures, i), muscles);

  text = fascia_body_region_dup_sources_text (self->library, region);
  if (self->narrow && n_other_view > 0)
    {
      char *longer = g_strdup_printf ("%s %s", text, _("Some of the highlighted areas are on the other view."));

      g_free (text);
      text = longer;
    }
  gtk_label_set_text (GTK_LABEL (self->legend_label), text);
  _fascia_body_map_view_update_status (self);

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
  const FasciaBodyPlace *place = fascia_region_button_get_place (button);

  if (place != NULL)
    {
      g_autofree char *target = fascia_target_build (FASCIA_PLACES_PAGE, place->id);

      g_signal_emit (self, signals[OPEN_PAGE], 0, target);
    }
  else if (_fascia_body_map_view_get_marking (self))
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
  /* While marking, every region is a toggle: nothing else happens. A
   * place has no sources. */
  if (_fascia_body_map_view_get_marking (self) || fascia_region_button_get_region (button) == NULL)
    return;

  fascia_body_map_view_show_sources (self, fascia_region_button_get_region (button)->id);
}

/* Hovering or focusing a control names it in the status area, as a
 * tooltip would, only at once. */
static void
name_region (FasciaBodyMapView  *self,
             FasciaRegionButton *button)
{
  const FasciaBodyRegion *region = fascia_region_button_get_region (button);

  gtk_label_set_text (GTK_LABEL (self->hint),
                      region != NULL ? region->label : gtk_widget_get_tooltip_text (GTK_WIDGET (button)));
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
sources_hint (void)
{
  return _("Choose where it hurts to see which muscles are commonly described as sending pain there.");
}

static void
region_leave_cb (GtkEventController *controller,
                 FasciaBodyMapView  *self)
{
  _fascia_body_map_view_update_status (self);
}

/* Which part of the status area shows, and what the hint says. */
void
_fascia_body_map_view_update_status (FasciaBodyMapView *self)
{
  const char *page = "hint";

  if (_fascia_body_map_view_get_marking (self))
    page = "marking";
  else if (self->chosen != NULL)
    page = "sources";
  else if (self->places_toggle != NULL && gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->places_toggle)))
    page = "places";

  gtk_stack_set_visible_child_name (GTK_STACK (self->status), page);
  gtk_label_set_text (GTK_LABEL (self->hint),
                      self->from_toggle != NULL && gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->from_toggle))
                        ? sources_hint () : default_hint ());
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


/* The places' names on the page of places never to press, by id, as they
 * read in a sentence. */
static GHashTable *
dup_place_titles (FasciaLibrary *library)
{
  GHashTable *titles = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  FasciaPage *page = fascia_library_get_page (library, FASCIA_PLACES_PAGE);
  GPtrArray *sections = page != NULL ? fascia_page_get_sections (page) : NULL;

  for (guint i = 0; sections != NULL && i < sections->len; i++)
    {
      const FasciaSection *section = g_ptr_array_index (sections, i);

      if (section->role == FASCIA_SECTION_ROLE_PLACE && section->title != NULL)
        g_hash_table_insert (titles, section->id, fascia_dup_name_in_sentence (section->title));
    }

  return titles;
}

/**
 * fascia_body_map_view_set_library:
 * @self: a body map view
 * @library: (nullable): the library whose map to show, or %NULL for none
 *
 * Shows the library's body map, one figure per view, with the places never
 * to press ready to be shown. The sources shown and the regions marked are
 * cleared, even when the map is the one shown already: another map's
 * region ids would mean nothing here.
 */
void
fascia_body_map_view_set_library (FasciaBodyMapView *self,
                                  FasciaLibrary     *library)
{
  FasciaBodyMap *map = library != NULL ? fascia_library_get_body_map (library) : NULL;
  g_autoptr(GHashTable) titles = NULL;
  GPtrArray *views;

  g_return_if_fail (FASCIA_IS_BODY_MAP_VIEW (self));
  g_return_if_fail (library == NULL || FASCIA_IS_LIBRARY (library));

  fascia_body_map_view_clear (self);
  remove_figures (self);
  g_set_object (&self->library, library);
  g_set_object (&self->map, map);
  /* The ids of another map's regions mean nothing here. */
  g_ptr_array_set_size (self->marked, 0);

  if (map == NULL)
    {
      _fascia_body_map_view_marks_changed (self);
      return;
    }

  titles = dup_place_titles (library);
  views = fascia_body_map_get_views (map);
  for (guint i = 0; i < views->len; i++)
    {
      GtkWidget *figure = fascia_body_figure_new (map, g_ptr_array_index (views, i));

      fascia_body_figure_add_places (FASCIA_BODY_FIGURE (figure), fascia_body_map_get_places (map), titles);
      fascia_body_figure_set_show_places (FASCIA_BODY_FIGURE (figure), fascia_body_map_view_get_show_places (self));
      gtk_widget_insert_before (figure, GTK_WIDGET (self), self->status);
      g_ptr_array_add (self->figures, figure);

      for (GtkWidget *child = gtk_widget_get_first_child (figure);
           child != NULL;
           child = gtk_widget_get_next_sibling (child))
        connect_button (FASCIA_REGION_BUTTON (child), self);
    }

  /* New controls say whether they are marked, when marking is on. */
  _fascia_body_map_view_marks_changed (self);
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
  int header_min, header_nat, status_min, status_nat, fig_min = 0, fig_nat = 0;
  int for_width = orientation == GTK_ORIENTATION_VERTICAL ? for_size : -1;

  gtk_widget_measure (self->header, orientation, for_width, &header_min, &header_nat, NULL, NULL);
  gtk_widget_measure (self->status, orientation, for_width, &status_min, &status_nat, NULL, NULL);
  if (self->figures->len > 0)
    gtk_widget_measure (g_ptr_array_index (self->figures, 0), orientation, -1, &fig_min, &fig_nat, NULL, NULL);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* One figure at a time is the least it needs; both, side by side,
       * with the column beside them, is what it would like. */
      *minimum = MAX (MAX (header_min, status_min), fig_min);
      *natural = MAX (*minimum, (int)self->figures->len * fig_nat + SIDE_WIDTH + (int)self->figures->len * SPACING);
    }
  else
    {
      *minimum = header_min + fig_min + status_min + 2 * SPACING;
      *natural = header_nat + fig_nat + status_nat + 2 * SPACING;
    }
}

static gboolean
relayout_idle_cb (gpointer data)
{
  FasciaBodyMapView *self = data;

  self->relayout_idle = 0;
  gtk_widget_set_visible (self->switcher, self->narrow && self->figures->len > 1);
  fascia_button_row_set_stacked (FASCIA_BUTTON_ROW (self->modes), self->side);
  gtk_widget_queue_allocate (GTK_WIDGET (self));

  return G_SOURCE_REMOVE;
}

/* Lays the figures out in @x, @y, @width, @height: side by side, or the
 * current one alone when narrow. */
static void
allocate_figures (FasciaBodyMapView *self,
                  int                x,
                  int                y,
                  int                width,
                  int                height)
{
  guint n = self->figures->len;

  for (guint i = 0; i < n; i++)
    {
      GtkWidget *figure = g_ptr_array_index (self->figures, i);

      if (self->narrow)
        {
          gtk_widget_set_child_visible (figure, i == self->current);
          if (i == self->current)
            gtk_widget_size_allocate (figure, &(GtkAllocation) { x, y, width, height }, -1);
        }
      else
        {
          int w = (width - SPACING * ((int)n - 1)) / (int)n;

          gtk_widget_set_child_visible (figure, TRUE);
          gtk_widget_size_allocate (figure, &(GtkAllocation) { x + (int)i * (w + SPACING), y, w, height }, -1);
        }
    }
}

static void
fascia_body_map_view_size_allocate (GtkWidget *widget,
                                    int        width,
                                    int        height,
                                    int        baseline)
{
  FasciaBodyMapView *self = FASCIA_BODY_MAP_VIEW (widget);
  int header_height, status_height, fig_min;
  guint n = self->figures->len;
  gboolean narrow, side;

  fig_min = figure_min_width (self);
  narrow = n > 1 && width < (int)n * fig_min + SPACING * ((int)n - 1);
  side = !narrow && width >= (int)n * fig_min + SPACING * (int)n + SIDE_WIDTH;

  if (narrow != self->narrow || side != self->side)
    {
      /* The switcher and the modes' orientation change the header: after
       * this allocation, not in the middle of it. */
      self->narrow = narrow;
      self->side = side;
      if (self->relayout_idle == 0)
        self->relayout_idle = g_idle_add (relayout_idle_cb, self);
    }

  if (side)
    {
      /* The modes and the status in a column at the right, the figures the
       * whole height beside it. The status is as tall as its tallest page,
       * so nothing under it moves either. */
      int column_x = width - SIDE_WIDTH;

      gtk_widget_measure (self->header, GTK_ORIENTATION_VERTICAL, SIDE_WIDTH, &header_height, NULL, NULL, NULL);
      gtk_widget_size_allocate (self->header, &(GtkAllocation) { column_x, 0, SIDE_WIDTH, header_height }, -1);
      gtk_widget_measure (self->status, GTK_ORIENTATION_VERTICAL, SIDE_WIDTH, &status_height, NULL, NULL, NULL);
      gtk_widget_size_allocate (self->status,
                                &(GtkAllocation) { column_x, header_height + SPACING, SIDE_WIDTH, status_height },
                                -1);
      allocate_figures (self, 0, 0, column_x - SPACING, height);
      return;
    }

  /* Above and below the figures. The status area is as tall as its
   * tallest page at this width, so the figures keep their place whichever
   * page shows. */
  gtk_widget_measure (self->header, GTK_ORIENTATION_VERTICAL, width, &header_height, NULL, NULL, NULL);
  gtk_widget_size_allocate (self->header, &(GtkAllocation) { 0, 0, width, header_height }, -1);
  gtk_widget_measure (self->status, GTK_ORIENTATION_VERTICAL, width, &status_height, NULL, NULL, NULL);
  gtk_widget_size_allocate (self->status,
                            &(GtkAllocation) { 0, MAX (0, height - status_height), width, status_height },
                            -1);
  allocate_figures (self, 0, header_height + SPACING, width,
                    MAX (0, height - header_height - status_height - 2 * SPACING));
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
    {
      fascia_body_map_view_clear (self);
      return;
    }

  /* One mode at a time. */
  fascia_body_map_view_set_marking (self, FALSE);
  fascia_body_map_view_set_show_places (self, FALSE);
  _fascia_body_map_view_update_status (self);
}

static void
places_toggled_cb (GtkToggleButton   *toggle,
                   FasciaBodyMapView *self)
{
  gboolean show = gtk_toggle_button_get_active (toggle);

  if (show)
    {
      fascia_body_map_view_set_marking (self, FALSE);
      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->from_toggle), FALSE);
      fascia_body_map_view_clear (self);
    }

  for (guint i = 0; i < self->figures->len; i++)
    fascia_body_figure_set_show_places (g_ptr_array_index (self->figures, i), show);
  _fascia_body_map_view_update_status (self);
}

/**
 * fascia_body_map_view_set_show_places:
 * @self: a body map view
 * @show: whether to lay the places never to press over the figures
 *
 * Shows the places, hatched, each a control that opens its part of the
 * page of places never to press; showing them turns the other modes off.
 */
void
fascia_body_map_view_set_show_places (FasciaBodyMapView *self,
                                      gboolean           show)
{
  g_return_if_fail (FASCIA_IS_BODY_MAP_VIEW (self));

  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->places_toggle), show);
}

/**
 * fascia_body_map_view_get_show_places:
 * @self: a body map view
 *
 * Returns: whether the places never to press are shown
 */
gboolean
fascia_body_map_view_get_show_places (FasciaBodyMapView *self)
{
  g_return_val_if_fail (FASCIA_IS_BODY_MAP_VIEW (self), FALSE);
  return self->places_toggle != NULL && gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->places_toggle));
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
  g_clear_pointer (&self->status, gtk_widget_unparent);
  g_clear_object (&self->map);
  g_clear_object (&self->library);

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
legend_swatch (FasciaSwatch  swatch,
               const char   *text)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  gtk_box_append (GTK_BOX (box), fascia_figure_swatch_new (swatch));
  if (text != NULL)
    gtk_box_append (GTK_BOX (box), gtk_label_new (text));

  return box;
}

static GtkWidget *
mode_toggle (const char *label,
             const char *tooltip)
{
  GtkWidget *toggle = gtk_toggle_button_new_with_mnemonic (label);

  gtk_label_set_wrap (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (toggle))), TRUE);
  gtk_label_set_justify (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (toggle))), GTK_JUSTIFY_CENTER);
  gtk_widget_set_tooltip_text (toggle, tooltip);
  gtk_widget_set_hexpand (toggle, TRUE);
  /* GTK 4.8 says a toggle button is pressed or not only once it has been
   * toggled; until then a screen reader would take it for a plain button. */
  gtk_accessible_update_state (GTK_ACCESSIBLE (toggle), GTK_ACCESSIBLE_STATE_PRESSED, FALSE, -1);

  return toggle;
}

static GtkWidget *
status_label (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  return label;
}

static gboolean
places_link_cb (GtkLabel          *label,
                const char        *uri,
                FasciaBodyMapView *self)
{
  g_signal_emit (self, signals[OPEN_PAGE], 0, uri);
  return TRUE;
}

static void
fascia_body_map_view_init (FasciaBodyMapView *self)
{
  GtkWidget *row, *keys, *clear, *box, *label;
  g_autofree char *places_text = NULL;
  g_autofree char *places_link = NULL;

  self->figures = g_ptr_array_new ();
  self->marked = g_ptr_array_new_with_free_func (g_free);

  self->header = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  gtk_widget_add_css_class (self->header, "body-map-header");
  gtk_widget_set_parent (self->header, GTK_WIDGET (self));

  /* Front View and Back View, not Front and Back: the window's own Back
   * button goes back in history, and the two must not share a name. */
  self->switcher = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_widget_add_css_class (self->switcher, "linked");
  self->front_toggle = gtk_toggle_button_new_with_mnemonic (_("_Front View"));
  self->back_toggle = gtk_toggle_button_new_with_mnemonic (_("Bac_k View"));
  gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (self->back_toggle), GTK_TOGGLE_BUTTON (self->front_toggle));
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->front_toggle), TRUE);
  g_signal_connect (self->front_toggle, "toggled", G_CALLBACK (view_toggled_cb), self);
  g_signal_connect (self->back_toggle, "toggled", G_CALLBACK (view_toggled_cb), self);
  gtk_box_append (GTK_BOX (self->switcher), self->front_toggle);
  gtk_box_append (GTK_BOX (self->switcher), self->back_toggle);
  gtk_widget_set_visible (self->switcher, FALSE);
  /* On a row of its own: beside the mode toggles it would not fit 360 px. */
  gtk_widget_set_halign (self->switcher, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (self->header), self->switcher);

  /* Three modes, at most one on at a time: in a row above the figures, or
   * one under the other in the column beside them. */
  self->modes = fascia_button_row_new (6, TRUE);
  gtk_box_append (GTK_BOX (self->header), self->modes);

  self->from_toggle = mode_toggle (_("_Where May It Come From?"),
                                   _("When on, choosing a region draws the muscles commonly described as "
                                     "sending pain there"));
  g_signal_connect (self->from_toggle, "toggled", G_CALLBACK (from_toggled_cb), self);
  fascia_button_row_append (FASCIA_BUTTON_ROW (self->modes), self->from_toggle);

  self->places_toggle = mode_toggle (_("_Places Never to Press"),
                                     _("Shows the places where a roller, ball or thumb must never press"));
  g_signal_connect (self->places_toggle, "toggled", G_CALLBACK (places_toggled_cb), self);
  fascia_button_row_append (FASCIA_BUTTON_ROW (self->modes), self->places_toggle);

  self->mark_toggle = mode_toggle (_("_Mark Where It Hurts"),
                                   _("When on, choosing a region marks it as a place that hurts, "
                                     "to make a sheet for your clinician"));
  g_signal_connect (self->mark_toggle, "toggled", G_CALLBACK (_fascia_body_map_view_mark_toggled_cb), self);
  fascia_button_row_append (FASCIA_BUTTON_ROW (self->modes), self->mark_toggle);

  /* The status area, under the figures. */
  self->status = gtk_stack_new ();
  gtk_stack_set_vhomogeneous (GTK_STACK (self->status), TRUE);
  gtk_stack_set_transition_type (GTK_STACK (self->status), GTK_STACK_TRANSITION_TYPE_CROSSFADE);
  gtk_widget_add_css_class (self->status, "body-map-status");
  gtk_widget_set_parent (self->status, GTK_WIDGET (self));

  self->hint = status_label (default_hint ());
  gtk_widget_add_css_class (self->hint, "dim-label");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->hint),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, _("Body map help"),
                                  -1);
  gtk_widget_set_valign (self->hint, GTK_ALIGN_START);
  gtk_stack_add_named (GTK_STACK (self->status), self->hint, "hint");

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_add_css_class (box, "body-map-legend");
  self->legend_label = status_label (NULL);
  gtk_box_append (GTK_BOX (box), self->legend_label);
  row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  /* A flow box, so that the keys stack up in a narrow window. */
  keys = gtk_flow_box_new ();
  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (keys), GTK_SELECTION_NONE);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (keys), 3);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (keys), 18);
  gtk_widget_set_can_focus (keys, FALSE);
  gtk_widget_set_hexpand (keys, TRUE);
  gtk_flow_box_append (GTK_FLOW_BOX (keys), legend_swatch (FASCIA_SWATCH_CHOSEN, _("Where it hurts")));
  gtk_flow_box_append (GTK_FLOW_BOX (keys), legend_swatch (FASCIA_SWATCH_MUSCLE, _("The muscles")));
  gtk_flow_box_append (GTK_FLOW_BOX (keys), legend_swatch (FASCIA_SWATCH_SOURCE, _("Where they lie")));
  gtk_box_append (GTK_BOX (row), keys);
  clear = gtk_button_new_with_mnemonic (_("_Clear"));
  gtk_widget_set_valign (clear, GTK_ALIGN_CENTER);
  g_signal_connect (clear, "clicked", G_CALLBACK (clear_clicked_cb), self);
  gtk_box_append (GTK_BOX (row), clear);
  gtk_box_append (GTK_BOX (box), row);
  gtk_widget_set_valign (box, GTK_ALIGN_START);
  gtk_stack_add_named (GTK_STACK (self->status), box, "sources");

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  label = status_label (_fascia_body_map_view_marking_hint ());
  gtk_widget_add_css_class (label, "dim-label");
  gtk_box_append (GTK_BOX (box), label);
  self->mark_bar = fascia_mark_bar_new ();
  g_signal_connect (self->mark_bar, "clear", G_CALLBACK (_fascia_body_map_view_mark_bar_clear_cb), self);
  g_signal_connect (self->mark_bar, "make-sheet", G_CALLBACK (_fascia_body_map_view_mark_bar_make_sheet_cb), self);
  gtk_box_append (GTK_BOX (box), self->mark_bar);
  gtk_widget_set_valign (box, GTK_ALIGN_START);
  gtk_stack_add_named (GTK_STACK (self->status), box, "marking");

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_box_append (GTK_BOX (box), legend_swatch (FASCIA_SWATCH_PLACE, NULL));
  places_link = fascia_markup_link (FASCIA_PLACES_PAGE, _("why, and what to do instead"), FASCIA_MARKUP_SCREEN);
  /* Translators: the last %s is a link, "why, and what to do instead". */
  places_text = g_strdup_printf (_("Hatched: places where nerves, blood vessels or organs lie close under the "
                                   "skin. Choose one to read %s."), places_link);
  label = status_label (NULL);
  gtk_label_set_markup (GTK_LABEL (label), places_text);
  gtk_widget_set_hexpand (label, TRUE);
  g_signal_connect (label, "activate-link", G_CALLBACK (places_link_cb), self);
  gtk_box_append (GTK_BOX (box), label);
  gtk_widget_set_valign (box, GTK_ALIGN_START);
  gtk_stack_add_named (GTK_STACK (self->status), box, "places");

  gtk_stack_set_visible_child_name (GTK_STACK (self->status), "hint");
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
