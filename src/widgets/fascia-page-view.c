/* fascia-page-view.c - shows one page as GTK widgets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every block becomes real widgets: headings are labels with the heading
 * role, text is wrapped and selectable, notes, evidence and steps are boxes
 * styled by CSS classes. All text reaches Pango through
 * fascia_inlines_to_markup() or as plain text, never as raw content.
 *
 * CSS nodes: pageview, with the classes .note.tip/.info/.caution/.danger,
 * .evidence.<level>, .steps, .step-number, .page-table and .sources inside.
 *
 * Accessibility: headings carry GTK_ACCESSIBLE_ROLE_HEADING and their level;
 * links inside text are Pango links that GTK exposes and activates.
 */
#define G_LOG_DOMAIN "fascia-page-view"

#include "config.h"

#include <math.h>

#include <string.h>

#include <glib/gi18n.h>
#include <adwaita.h>

#include "fascia-hold-timer-view.h"
#include "fascia-a11y.h"
#include "fascia-markup.h"
#include "fascia-find-bar.h"
#include "fascia-page-view-private.h"
#include "fascia-present.h"
#include "fascia-target.h"

/* About a screenful of blocks: what must be there for the first frame. */
#define FIRST_FRAME_BLOCKS 4
#define SECTIONS_PER_IDLE  2
/* Sources, in the first frame when the sections all fit in it, and then a
 * step at a time. */
#define FIRST_FRAME_SOURCES 12
#define SOURCES_PER_IDLE    24

enum {
  PROP_0,
  PROP_PAGE,
  PROP_TEXT_SCALE,
  N_PROPS
};

enum {
  NAVIGATE,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (FasciaPageView, fascia_page_view, GTK_TYPE_WIDGET)

/* Stops building the rest of the page, whether it waits for the first
 * frame or is under way. */
static void
stop_building (FasciaPageView *self)
{
  g_clear_handle_id (&self->build_idle, g_source_remove);
  if (self->build_clock != NULL)
    {
      /* A clock run down with its window let go of its handlers already. */
      if (g_signal_handler_is_connected (self->build_clock, self->build_after_paint))
        g_signal_handler_disconnect (self->build_clock, self->build_after_paint);
      self->build_after_paint = 0;
      g_clear_object (&self->build_clock);
    }
}

static void
clear_content (FasciaPageView *self)
{
  GtkWidget *child;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;

  /* Let go of the focus before its widget goes: the scrolled window's
   * viewport would otherwise keep scrolling to a widget that is gone. */
  if (focus != NULL && gtk_widget_is_ancestor (focus, self->box))
    gtk_root_set_focus (root, NULL);

  while ((child = gtk_widget_get_first_child (self->box)) != NULL)
    gtk_box_remove (GTK_BOX (self->box), child);

  g_hash_table_remove_all (self->anchors);
  _fascia_page_select_forget (self);
  g_ptr_array_set_size (self->labels, 0);
  g_ptr_array_set_size (self->mark_slots, 0);
  self->safety_box = NULL;
  self->title = NULL;
  g_array_set_size (self->matches, 0);
  self->find_current = 0;
  stop_building (self);
  self->next_section = 0;
  self->sources_built = FALSE;
  self->sources_box = NULL;
  self->next_source = 0;
}

static guint
build_section (FasciaPageView      *self,
               const FasciaSection *section)
{
  GtkWidget *section_box = _fascia_page_vbox (12);
  GtkWidget *heading = _fascia_page_heading_label (self, section->title, 2, "page-heading");
  GtkWidget *figure;

  gtk_widget_add_css_class (section_box, "section");
  if (section->role == FASCIA_SECTION_ROLE_RED_FLAGS)
    gtk_widget_add_css_class (section_box, "red-flags");
  gtk_box_append (GTK_BOX (section_box), heading);
  g_hash_table_insert (self->anchors, g_strdup (section->id), heading);

  if (section->role == FASCIA_SECTION_ROLE_SAFETY_CHECK && self->answers != NULL)
    gtk_box_append (GTK_BOX (section_box), _fascia_page_safety_button (_("Take the _Safety Check")));

  /* A muscle's or a technique's picture, at the head of its section. */
  if ((figure = _fascia_page_build_figure (self, section)) != NULL)
    gtk_box_append (GTK_BOX (section_box), figure);

  for (guint j = 0; j < section->blocks->len; j++)
    gtk_box_append (GTK_BOX (section_box), _fascia_page_build_block (self, g_ptr_array_index (section->blocks, j)));

  gtk_box_append (GTK_BOX (self->box), section_box);

  return section->blocks->len;
}

/* Builds up to @max_sections more sections (all when 0), then the sources
 * after the last one, up to @max_sources of them (all when 0). Returns
 * whether the page is now complete. */
static gboolean
build_more (FasciaPageView *self,
            guint           max_sections,
            guint           max_sources)
{
  GPtrArray *sections = fascia_page_get_sections (self->page);
  GPtrArray *sources = fascia_page_get_sources (self->page);
  guint built = 0;
  guint end;

  while (self->next_section < sections->len && (max_sections == 0 || built < max_sections))
    {
      build_section (self, g_ptr_array_index (sections, self->next_section++));
      built++;
    }

  if (self->next_section < sections->len || self->sources_built)
    return self->sources_built;

  if (self->sources_box == NULL)
    {
      GtkWidget *map_box = _fascia_page_build_body_map_link (self);

      if (map_box != NULL)
        gtk_box_append (GTK_BOX (self->box), map_box);
      self->sources_box = _fascia_page_build_sources (self);
      gtk_box_append (GTK_BOX (self->box), self->sources_box);
    }

  end = max_sources == 0 ? sources->len : MIN (sources->len, self->next_source + max_sources);
  while (self->next_source < end)
    _fascia_page_add_source (self, self->sources_box, self->next_source++);

  self->sources_built = self->next_source >= sources->len;
  return self->sources_built;
}

static gboolean
build_idle_cb (gpointer user_data)
{
  FasciaPageView *self = user_data;

  if (self->page != NULL && !build_more (self, SECTIONS_PER_IDLE, SOURCES_PER_IDLE))
    return G_SOURCE_CONTINUE;

  self->build_idle = 0;
  return G_SOURCE_REMOVE;
}

/* Returns whether anything had still to be built. */
gboolean
_fascia_page_view_ensure_built (FasciaPageView *self)
{
  if (self->page == NULL || self->sources_built)
    return FALSE;

  build_more (self, 0, 0);
  stop_building (self);
  return TRUE;
}

static void
first_frame_painted_cb (GdkFrameClock  *clock,
                        FasciaPageView *self)
{
  stop_building (self);
  self->build_idle = g_idle_add_full (G_PRIORITY_LOW, build_idle_cb, self, NULL);
}

/* The rest of a long page is built after the frame that shows its first
 * screen, a few sections at a time. Not before: an idle callback that ran
 * while the frame clock waited for its next frame added whole sections, or
 * the sources, to that frame, and made its layout ten times longer. */
static void
build_rest_later (FasciaPageView *self)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));

  if (self->build_idle != 0 || self->build_clock != NULL)
    return;

  if (clock == NULL)
    {
      /* Not on screen: nothing waits for a frame. */
      self->build_idle = g_idle_add_full (G_PRIORITY_LOW, build_idle_cb, self, NULL);
      return;
    }

  self->build_clock = g_object_ref (clock);
  self->build_after_paint = g_signal_connect (clock, "after-paint", G_CALLBACK (first_frame_painted_cb), self);
}

static void
build_page (FasciaPageView *self)
{
  GPtrArray *sections = fascia_page_get_sections (self->page);
  GtkWidget *type_label;
  GtkWidget *title;
  GtkWidget *extra;
  guint n_blocks = 0;

  type_label = gtk_label_new (fascia_page_type_get_label (fascia_page_get_page_type (self->page)));
  gtk_label_set_xalign (GTK_LABEL (type_label), 0.0f);
  gtk_widget_add_css_class (type_label, "page-kind");
  gtk_widget_add_css_class (type_label, "dim-label");
  gtk_box_append (GTK_BOX (self->box), type_label);

  title = _fascia_page_heading_label (self, fascia_page_get_title (self->page), 1, "page-title");
  self->title = title;
  gtk_box_append (GTK_BOX (self->box), title);
  gtk_box_append (GTK_BOX (self->box),
                  _fascia_page_inline_label (self, fascia_page_get_summary (self->page), "summary"));

  if ((extra = _fascia_page_build_red_flags_pointer (self)) != NULL)
    gtk_box_append (GTK_BOX (self->box), extra);
  if ((self->safety_box = _fascia_page_build_safety_box (self)) != NULL)
    gtk_box_append (GTK_BOX (self->box), self->safety_box);

  self->next_section = 0;
  self->sources_built = FALSE;

  /* Measuring wrapped text is what a first frame waits for: give it only
   * what fills the window, and build the rest once the window is up. */
  while (self->next_section < sections->len && n_blocks < FIRST_FRAME_BLOCKS)
    n_blocks += build_section (self, g_ptr_array_index (sections, self->next_section++));

  /* A short page is done now, with its first sources; a long one, or a
   * long list of sources, goes on after the first frame. */
  if (self->next_section < sections->len || !build_more (self, 0, FIRST_FRAME_SOURCES))
    build_rest_later (self);
}

static gboolean
focus_in_find_bar (FasciaPageView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  return focus != NULL && gtk_widget_is_ancestor (focus, self->find_bar);
}

static gboolean
apply_scroll_cb (GtkWidget     *widget,
                 GdkFrameClock *frame_clock,
                 gpointer       user_data)
{
  FasciaPageView *self = FASCIA_PAGE_VIEW (widget);
  GtkAdjustment *vadj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scroller));
  double value = self->pending_scroll;

  /* What was just built has no size yet: scroll on the next frame. */
  if ((self->pending_anchor != NULL || value > 0) && _fascia_page_view_ensure_built (self))
    return G_SOURCE_CONTINUE;

  /* Built already, by the idle that builds a long page, but maybe not laid
   * out yet: a place further down than the page reaches so far would be
   * cut short to its end. A few frames at most, in case the page did get
   * shorter since. */
  if (self->pending_anchor == NULL && value > 0 &&
      value > gtk_adjustment_get_upper (vadj) - gtk_adjustment_get_page_size (vadj) &&
      self->scroll_frames++ < 4)
    return G_SOURCE_CONTINUE;

  if (self->pending_anchor != NULL)
    {
      GtkWidget *anchor = g_hash_table_lookup (self->anchors, self->pending_anchor);
      graphene_point_t point;

      /* Built already, but maybe in this very frame, before any layout: an
       * anchor with no size has no place yet. A few frames at most, in case
       * it is hidden. */
      if (anchor != NULL && gtk_widget_get_height (anchor) == 0 && self->scroll_frames++ < 4)
        return G_SOURCE_CONTINUE;

      if (anchor != NULL &&
          gtk_widget_compute_point (anchor, self->box, &GRAPHENE_POINT_INIT (0, 0), &point))
        value = MAX (0.0, point.y - 12.0);

      if (anchor != NULL)
        _fascia_page_focus_anchor (anchor);
    }
  else if (self->focus_title && self->title != NULL && !focus_in_find_bar (self))
    {
      /* A new page: the keyboard starts at its title, where a screen
       * reader starts reading. */
      _fascia_page_focus_anchor (self->title);
    }
  self->focus_title = FALSE;

  gtk_adjustment_set_value (vadj, value);

  g_clear_pointer (&self->pending_anchor, g_free);
  self->scroll_tick = 0;
  self->scroll_frames = 0;

  return G_SOURCE_REMOVE;
}

void
_fascia_page_view_queue_scroll (FasciaPageView *self,
                                const char     *anchor,
                                double          scroll)
{
  g_free (self->pending_anchor);
  self->pending_anchor = g_strdup (anchor);
  self->pending_scroll = scroll;
  self->scroll_frames = 0;

  /* Widgets just added have no allocation yet: scroll once the next frame
   * has laid them out. */
  if (self->scroll_tick == 0)
    self->scroll_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), apply_scroll_cb, NULL, NULL);
}

/**
 * fascia_page_view_show_page:
 * @page: (nullable): the page, or %NULL for none
 * @section_id: (nullable): a section to scroll to
 * @scroll: where to scroll when no section is given, in pixels from the top
 */
void
fascia_page_view_show_page (FasciaPageView *self,
                            FasciaPage     *page,
                            const char     *section_id,
                            double          scroll)
{
  g_return_if_fail (FASCIA_IS_PAGE_VIEW (self));
  g_return_if_fail (page == NULL || FASCIA_IS_PAGE (page));

  if (page != self->page)
    {
      clear_content (self);
      g_set_object (&self->page, page);
      self->focus_title = TRUE;
      if (page != NULL)
        build_page (self);
      /* What the reader was finding is looked for in the new page too. */
      _fascia_page_find_refresh (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAGE]);
    }

  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scroller)), 0);
  _fascia_page_view_queue_scroll (self, section_id, scroll);
}

/**
 * fascia_page_view_is_settled:
 *
 * Returns: whether the page is built in full and scrolled where it was
 *   asked to be, with nothing left to do after the next frame
 */
gboolean
fascia_page_view_is_settled (FasciaPageView *self)
{
  g_return_val_if_fail (FASCIA_IS_PAGE_VIEW (self), FALSE);

  return self->scroll_tick == 0 && self->build_idle == 0 && self->build_clock == NULL;
}

/**
 * fascia_page_view_get_page:
 *
 * Returns: (transfer none) (nullable): the page shown
 */
FasciaPage *
fascia_page_view_get_page (FasciaPageView *self)
{
  g_return_val_if_fail (FASCIA_IS_PAGE_VIEW (self), NULL);
  return self->page;
}

/**
 * fascia_page_view_get_scroll:
 * @self: a page view
 *
 * Returns: how far down the page is scrolled now, in pixels; a scroll still
 *   waiting for the next frame is not counted
 */
double
fascia_page_view_get_scroll (FasciaPageView *self)
{
  g_return_val_if_fail (FASCIA_IS_PAGE_VIEW (self), 0);

  return gtk_adjustment_get_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scroller)));
}

/**
 * fascia_page_view_rebuild:
 * @self: a page view
 *
 * Builds the page's widgets again, as when the safety answers they show are
 * replaced, and keeps the scroll position unless a section or position
 * asked for is still waiting to be scrolled to. What the find bar looks for
 * is found again in the new widgets. Does nothing when no page is shown.
 */
void
fascia_page_view_rebuild (FasciaPageView *self)
{
  g_autoptr(FasciaPage) page = NULL;
  double scroll;

  g_return_if_fail (FASCIA_IS_PAGE_VIEW (self));

  if (self->page == NULL)
    return;

  scroll = fascia_page_view_get_scroll (self);
  page = g_object_ref (self->page);
  clear_content (self);
  build_page (self);
  /* The matches were in the widgets just replaced: find them again. */
  _fascia_page_find_refresh (self);
  /* A link's section or a restored position still to be scrolled to wins. */
  if (self->scroll_tick == 0)
    _fascia_page_view_queue_scroll (self, NULL, scroll);
}

static GtkWidget *
find_button (GtkWidget *widget)
{
  if (GTK_IS_BUTTON (widget))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Swaps the technique page's safety box for one that says what the answers
 * say now, keeping the page's text labels in reading order, find in page
 * right and the keyboard focus where it was. */
static void
replace_safety_box (FasciaPageView *self)
{
  GtkWidget *old = self->safety_box;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;
  gboolean had_focus = focus != NULL && gtk_widget_is_ancestor (focus, old);
  guint position = G_MAXUINT;
  guint before;
  GtkWidget *fresh;

  /* The span names labels by their place, which is about to change. */
  _fascia_page_select_clear (self);
  for (guint i = self->labels->len; i-- > 0;)
    if (gtk_widget_is_ancestor (g_ptr_array_index (self->labels, i), old))
      {
        g_ptr_array_remove_index (self->labels, i);
        position = i;
      }
  if (position == G_MAXUINT)
    position = self->labels->len;

  before = self->labels->len;
  fresh = _fascia_page_build_safety_box (self);
  g_return_if_fail (fresh != NULL);

  /* The new labels were added at the end: move them where the old were. */
  for (guint i = 0; i < self->labels->len - before; i++)
    {
      gpointer label = g_ptr_array_steal_index (self->labels, before + i);

      g_ptr_array_insert (self->labels, position + i, label);
    }

  if (had_focus)
    gtk_root_set_focus (root, NULL);
  gtk_box_insert_child_after (GTK_BOX (self->box), fresh, old);
  gtk_box_remove (GTK_BOX (self->box), old);
  self->safety_box = fresh;

  if (self->find_text != NULL && self->find_text[0] != '\0')
    fascia_page_view_find (self, self->find_text);
  else
    g_array_set_size (self->matches, 0);

  if (had_focus)
    {
      /* Its button: "Take the Safety Check" or "Change Answers". */
      GtkWidget *button = find_button (fresh);

      if (button != NULL)
        gtk_widget_grab_focus (button);
    }
}

static void
on_answers_changed_cb (FasciaSafetyAnswers *answers,
                       FasciaPageView      *self)
{
  /* Changed in place: a running hold timer, the scroll position and the
   * focus all stay as they are. */
  for (guint i = 0; i < self->mark_slots->len; i++)
    _fascia_page_update_mark_slot (self, g_ptr_array_index (self->mark_slots, i));

  if (self->safety_box != NULL)
    replace_safety_box (self);
}

/**
 * fascia_page_view_set_safety_answers:
 * @self: a page view
 * @answers: (nullable): the reader's safety check answers
 *
 * Technique pages then say what the answers mean for them, and follow
 * every change.
 */
void
fascia_page_view_set_safety_answers (FasciaPageView      *self,
                                     FasciaSafetyAnswers *answers)
{
  g_return_if_fail (FASCIA_IS_PAGE_VIEW (self));
  g_return_if_fail (answers == NULL || FASCIA_IS_SAFETY_ANSWERS (answers));

  if (self->answers == answers)
    return;

  if (self->answers != NULL)
    g_clear_signal_handler (&self->answers_changed_id, self->answers);
  g_set_object (&self->answers, answers);
  if (answers != NULL)
    self->answers_changed_id = g_signal_connect_object (answers, "changed", G_CALLBACK (on_answers_changed_cb),
                                                        self, 0);

  fascia_page_view_rebuild (self);
}

/**
 * fascia_page_view_set_library:
 * @self: a page view
 * @library: (nullable): the library of the pages shown
 *
 * What a page names only by id is looked up in @library: other pages'
 * titles, the body map, the safety check. Without a library those parts
 * are left out. A page already shown keeps what it was built with until it
 * is shown again or rebuilt.
 */
void
fascia_page_view_set_library (FasciaPageView *self,
                              FasciaLibrary  *library)
{
  g_return_if_fail (FASCIA_IS_PAGE_VIEW (self));
  g_set_object (&self->library, library);
}

/**
 * fascia_page_view_activate_link:
 * @uri: a link address from the page's text
 *
 * Follows a link as a click would: a citation scrolls to its source, an
 * internal link is handed to whoever listens to #FasciaPageView::navigate.
 *
 * Returns: %TRUE when the link was handled here, %FALSE for web addresses,
 *   which GTK then opens in the user's browser
 */
gboolean
fascia_page_view_activate_link (FasciaPageView *self,
                                const char     *uri)
{
  g_return_val_if_fail (FASCIA_IS_PAGE_VIEW (self), FALSE);
  g_return_val_if_fail (uri != NULL, FALSE);

  if (g_str_has_prefix (uri, FASCIA_CITE_SCHEME))
    {
      g_autofree char *anchor = g_strconcat ("source:", uri + strlen (FASCIA_CITE_SCHEME), NULL);

      _fascia_page_view_queue_scroll (self, anchor, fascia_page_view_get_scroll (self));
      return TRUE;
    }

  if (g_str_has_prefix (uri, FASCIA_LINK_SCHEME))
    {
      g_signal_emit (self, signals[NAVIGATE], 0, uri + strlen (FASCIA_LINK_SCHEME));
      return TRUE;
    }

  return FALSE;
}

/**
 * fascia_page_view_dup_text:
 *
 * Returns: (transfer full): the text of every label of the page, one a line,
 *   as a reader would read it (used by tests and find)
 */
char *
fascia_page_view_dup_text (FasciaPageView *self)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (FASCIA_IS_PAGE_VIEW (self), NULL);

  _fascia_page_view_ensure_built (self);

  for (guint i = 0; i < self->labels->len; i++)
    {
      g_string_append (out, gtk_label_get_text (g_ptr_array_index (self->labels, i)));
      g_string_append_c (out, '\n');
    }

  return g_string_free (out, FALSE);
}

static void
fascia_page_view_dispose (GObject *object)
{
  FasciaPageView *self = (FasciaPageView *)object;

  if (self->scroll_tick != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->scroll_tick);
      self->scroll_tick = 0;
    }

  stop_building (self);
  if (self->labels != NULL)
    g_ptr_array_set_size (self->labels, 0);
  if (self->mark_slots != NULL)
    g_ptr_array_set_size (self->mark_slots, 0);
  self->safety_box = NULL;
  g_clear_pointer (&self->find_bar, gtk_widget_unparent);
  g_clear_pointer (&self->scroller, gtk_widget_unparent);
  g_clear_object (&self->page);
  g_clear_object (&self->library);
  if (self->answers != NULL)
    g_clear_signal_handler (&self->answers_changed_id, self->answers);
  g_clear_object (&self->answers);

  G_OBJECT_CLASS (fascia_page_view_parent_class)->dispose (object);
}

static void
fascia_page_view_finalize (GObject *object)
{
  FasciaPageView *self = (FasciaPageView *)object;

  g_clear_pointer (&self->anchors, g_hash_table_unref);
  g_clear_pointer (&self->labels, g_ptr_array_unref);
  g_clear_pointer (&self->mark_slots, g_ptr_array_unref);
  g_clear_pointer (&self->pending_anchor, g_free);
  g_clear_pointer (&self->matches, g_array_unref);
  g_clear_pointer (&self->find_text, g_free);
  g_clear_object (&self->text_css);

  G_OBJECT_CLASS (fascia_page_view_parent_class)->finalize (object);
}

static void
fascia_page_view_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  FasciaPageView *self = FASCIA_PAGE_VIEW (object);

  switch (prop_id)
    {
    case PROP_PAGE:
      g_value_set_object (value, self->page);
      break;

    case PROP_TEXT_SCALE:
      g_value_set_double (value, self->text_scale);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fascia_page_view_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  FasciaPageView *self = FASCIA_PAGE_VIEW (object);

  switch (prop_id)
    {
    case PROP_TEXT_SCALE:
      fascia_page_view_set_text_scale (self, g_value_get_double (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* The text column holds about COLUMN_CHARS characters of body text, as
 * books and good reading apps do, whatever the text size: its width is
 * worked out from the font as the page's text is styled now. */
#define COLUMN_CHARS  68
#define COLUMN_MARGIN 36   /* .page-content's margins, left and right */

static void
update_column (FasciaPageView *self)
{
  PangoFontMetrics *metrics = pango_context_get_metrics (gtk_widget_get_pango_context (GTK_WIDGET (self)),
                                                         NULL, NULL);
  double char_width = pango_units_to_double (pango_font_metrics_get_approximate_char_width (metrics));
  int width = (int)ceil (COLUMN_CHARS * char_width) + COLUMN_MARGIN;

  pango_font_metrics_unref (metrics);
  adw_clamp_set_maximum_size (ADW_CLAMP (self->clamp), width);
  adw_clamp_set_tightening_threshold (ADW_CLAMP (self->clamp), width * 3 / 4);
}

/* A page waiting for a frame from a window it leaves would wait on the
 * clock of that window: it is built on without it. */
static void
fascia_page_view_unrealize (GtkWidget *widget)
{
  FasciaPageView *self = FASCIA_PAGE_VIEW (widget);

  if (self->build_clock != NULL)
    {
      stop_building (self);
      self->build_idle = g_idle_add_full (G_PRIORITY_LOW, build_idle_cb, self, NULL);
    }

  GTK_WIDGET_CLASS (fascia_page_view_parent_class)->unrealize (widget);
}

static void
fascia_page_view_css_changed (GtkWidget         *widget,
                              GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (fascia_page_view_parent_class)->css_changed (widget, change);
  update_column (FASCIA_PAGE_VIEW (widget));
}

/**
 * fascia_page_view_get_column_chars:
 * @self: a page view
 *
 * Returns: how many characters of body text, on average, the text column
 *   holds at its widest, as laid out now
 */
double
fascia_page_view_get_column_chars (FasciaPageView *self)
{
  PangoFontMetrics *metrics;
  double char_width;

  g_return_val_if_fail (FASCIA_IS_PAGE_VIEW (self), 0);

  metrics = pango_context_get_metrics (gtk_widget_get_pango_context (self->box), NULL, NULL);
  char_width = pango_units_to_double (pango_font_metrics_get_approximate_char_width (metrics));
  pango_font_metrics_unref (metrics);

  return (gtk_widget_get_width (self->box)) / char_width;
}

/* The least height the page's scrolled area asks for: room for a few lines. */
#define MIN_SCROLLER_HEIGHT 96

/* The page scrolls, so its text never decides the view's size. Yet GTK
 * asks for sizes when the window works out its own, after every page
 * change: a width at some height, and a height at the window's least
 * width. A GtkScrolledWindow answers both by measuring the whole page
 * again, wrapped label by wrapped label (a width at a height is a search of
 * a dozen text layouts per label), which took most of the time a page took
 * to open. The view answers for itself: its width at any height, and for
 * a height, the find bar's and a few lines. Allocating it lays the page out
 * at the width it really gets, once. */
static void
fascia_page_view_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  FasciaPageView *self = FASCIA_PAGE_VIEW (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      GTK_WIDGET_CLASS (fascia_page_view_parent_class)->measure (widget, orientation, -1, minimum, natural,
                                                                 minimum_baseline, natural_baseline);
      return;
    }

  gtk_widget_measure (self->find_bar, orientation, for_size, minimum, natural, NULL, NULL);
  *minimum += MIN_SCROLLER_HEIGHT;
  *natural += MIN_SCROLLER_HEIGHT;
  *minimum_baseline = *natural_baseline = -1;
}

static void
fascia_page_view_class_init (FasciaPageViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fascia_page_view_dispose;
  object_class->finalize = fascia_page_view_finalize;
  object_class->get_property = fascia_page_view_get_property;
  object_class->set_property = fascia_page_view_set_property;
  widget_class->css_changed = fascia_page_view_css_changed;
  widget_class->unrealize = fascia_page_view_unrealize;
  widget_class->measure = fascia_page_view_measure;

  properties[PROP_PAGE] =
    g_param_spec_object ("page", NULL, NULL,
                         FASCIA_TYPE_PAGE,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  /**
   * FasciaPageView:text-scale:
   *
   * The size of the page's text, 1.0 being the normal size.
   */
  properties[PROP_TEXT_SCALE] =
    g_param_spec_double ("text-scale", NULL, NULL,
                         FASCIA_TEXT_SCALE_MIN, FASCIA_TEXT_SCALE_MAX, 1.0,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * FasciaPageView::navigate:
   * @target: "page" or "page#section"
   *
   * Emitted when the reader follows a link to a page of the library.
   */
  signals[NAVIGATE] =
    g_signal_new ("navigate",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "pageview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
fascia_page_view_init (FasciaPageView *self)
{
  self->anchors = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->labels = g_ptr_array_new ();
  self->mark_slots = g_ptr_array_new ();
  self->matches = g_array_new (FALSE, FALSE, sizeof (Match));
  self->text_scale = 1.0;

  /* A paragraph that takes the focus (it has links) must not show all of
   * its text selected, nor hide which link Enter follows. */
  g_object_set (gtk_widget_get_settings (GTK_WIDGET (self)), "gtk-label-select-on-focus", FALSE, NULL);

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  self->text_css = gtk_css_provider_new ();
  gtk_style_context_add_provider (gtk_widget_get_style_context (GTK_WIDGET (self)),
                                  GTK_STYLE_PROVIDER (self->text_css),
                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  G_GNUC_END_IGNORE_DEPRECATIONS

  gtk_orientable_set_orientation (GTK_ORIENTABLE (gtk_widget_get_layout_manager (GTK_WIDGET (self))),
                                  GTK_ORIENTATION_VERTICAL);
  _fascia_page_find_init (self);

  self->scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scroller),
                                  GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (self->scroller, TRUE);
  gtk_widget_set_parent (self->scroller, GTK_WIDGET (self));

  self->clamp = adw_clamp_new ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scroller), self->clamp);

  self->box = _fascia_page_vbox (18);
  gtk_widget_add_css_class (self->box, "page-content");
  adw_clamp_set_child (ADW_CLAMP (self->clamp), self->box);
  _fascia_page_select_init (self);
  update_column (self);
}

/**
 * fascia_page_view_new:
 *
 * Returns: (transfer floating): a page view showing no page yet
 */
GtkWidget *
fascia_page_view_new (void)
{
  return g_object_new (FASCIA_TYPE_PAGE_VIEW, NULL);
}

/**
 * fascia_page_view_set_text_scale:
 * @scale: 1.0 for the normal size
 *
 * Scales all the page's text. Headings keep their proportions, as their
 * sizes are relative.
 */
void
fascia_page_view_set_text_scale (FasciaPageView *self,
                                 double          scale)
{
  g_autofree char *css = NULL;
  char number[G_ASCII_DTOSTR_BUF_SIZE];

  g_return_if_fail (FASCIA_IS_PAGE_VIEW (self));

  scale = CLAMP (scale, FASCIA_TEXT_SCALE_MIN, FASCIA_TEXT_SCALE_MAX);
  if (G_APPROX_VALUE (self->text_scale, scale, 0.0001))
    return;

  self->text_scale = scale;
  g_ascii_formatd (number, sizeof number, "%.0f", scale * 100);
  css = g_strdup_printf ("pageview { font-size: %s%%; }", number);
  gtk_css_provider_load_from_data (self->text_css, css, -1);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT_SCALE]);
}

/**
 * fascia_page_view_get_text_scale:
 * @self: a page view
 *
 * Returns: the size of the page's text, 1.0 being the normal size, from
 *   %FASCIA_TEXT_SCALE_MIN to %FASCIA_TEXT_SCALE_MAX
 */
double
fascia_page_view_get_text_scale (FasciaPageView *self)
{
  g_return_val_if_fail (FASCIA_IS_PAGE_VIEW (self), 1.0);
  return self->text_scale;
}

/**
 * fascia_page_view_set_scroll:
 * @self: a page view
 * @scroll: how far down to scroll, in pixels from the top
 *
 * Scrolls once the next frame has laid the page out, building the rest of
 * the page first when it is not built in full. A section that
 * fascia_page_view_show_page() was asked for and that is still waiting to
 * be scrolled to is dropped.
 */
void
fascia_page_view_set_scroll (FasciaPageView *self,
                             double          scroll)
{
  g_return_if_fail (FASCIA_IS_PAGE_VIEW (self));
  _fascia_page_view_queue_scroll (self, NULL, scroll);
}

/**
 * fascia_page_view_dup_selection:
 * @self: a page view
 *
 * Returns: (transfer full) (nullable): the text selected in the page, which
 *   may run across paragraphs (a blank line between them), or %NULL
 */
char *
fascia_page_view_dup_selection (FasciaPageView *self)
{
  g_return_val_if_fail (FASCIA_IS_PAGE_VIEW (self), NULL);
  return _fascia_page_select_dup_text (self);
}

/**
 * fascia_page_view_copy_selection:
 * @self: a page view
 *
 * Copies the text selected in the page, if any, to the clipboard. A
 * paragraph keeps its selection without holding the keyboard focus, so
 * Ctrl+C can come from anywhere in the window.
 *
 * Returns: whether there was a selection to copy
 */
gboolean
fascia_page_view_copy_selection (FasciaPageView *self)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (FASCIA_IS_PAGE_VIEW (self), FALSE);

  if ((text = _fascia_page_select_dup_text (self)) == NULL)
    return FALSE;

  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (self)), text);
  return TRUE;
}
