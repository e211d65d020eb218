/* fascia-body-map-marking.c - marking where it hurts, on the body map
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "Mark Where It Hurts" turns marking on: choosing a region then marks it
 * (or unmarks it) instead of opening its page, its control says so to
 * screen readers (pressed or not), and the FasciaMarkBar under the figures
 * counts the marks and offers to make a sheet for the clinician
 * (FasciaBodyMapView::make-sheet). The marks are kept while marking is
 * off, only not shown.
 */
#define G_LOG_DOMAIN "fascia-body-map-view"

#include "config.h"

#include <glib/gi18n.h>

#include "fascia-body-map-view-private.h"
#include "fascia-mark-bar.h"

const char *
_fascia_body_map_view_marking_hint (void)
{
  return _("Choose each place that hurts, on the front and on the back; choose it again to unmark it. "
           "Then make a sheet for your clinician.");
}

static void
sync_marking (FasciaRegionButton *button,
              gpointer            data)
{
  FasciaBodyMapView *self = data;
  const FasciaBodyRegion *region = fascia_region_button_get_region (button);

  if (_fascia_body_map_view_get_marking (self))
    {
      gboolean marked = _fascia_body_map_view_is_marked (self, region->id);

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

void
_fascia_body_map_view_marks_changed (FasciaBodyMapView *self)
{
  _fascia_body_map_view_for_each_button (self, sync_marking, self);
  fascia_mark_bar_set_n_marked (FASCIA_MARK_BAR (self->mark_bar), self->marked->len);
}

void
_fascia_body_map_view_mark_toggled_cb (GtkToggleButton   *toggle,
                 FasciaBodyMapView *self)
{
  gboolean marking = gtk_toggle_button_get_active (toggle);

  if (marking)
    {
      /* One mode at a time: the sources' colours would mix with the marks. */
      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->from_toggle), FALSE);
      fascia_body_map_view_set_show_places (self, FALSE);
      fascia_body_map_view_clear (self);
    }
  else if (fascia_mark_bar_has_focus (FASCIA_MARK_BAR (self->mark_bar)))
    {
      /* Turned off by a shortcut: the bar is going, the focus must not. */
      gtk_widget_grab_focus (self->mark_toggle);
    }

  _fascia_body_map_view_marks_changed (self);
  _fascia_body_map_view_update_status (self);
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
  return _fascia_body_map_view_get_marking (self);
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

  _fascia_body_map_view_marks_changed (self);

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
  _fascia_body_map_view_marks_changed (self);
}

void
_fascia_body_map_view_mark_bar_clear_cb (FasciaMarkBar     *bar,
                   FasciaBodyMapView *self)
{
  fascia_body_map_view_clear_marks (self);
}

void
_fascia_body_map_view_mark_bar_make_sheet_cb (FasciaMarkBar     *bar,
                        FasciaBodyMapView *self)
{
  g_auto(GStrv) marked = fascia_body_map_view_dup_marked (self);

  if (marked[0] != NULL)
    g_signal_emit_by_name (self, "make-sheet", marked);
}
