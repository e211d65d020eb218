/* fascia-page-blocks.c - each block of a page as GTK widgets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Headings are labels with the heading role, text is wrapped and selectable,
 * notes, evidence and steps are boxes styled by CSS classes. All text
 * reaches Pango through fascia_inlines_to_markup(), fascia-present or as
 * plain text, never as raw content.
 */
#define G_LOG_DOMAIN "fascia-page-view"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <adwaita.h>

#include "fascia-text-row.h"
#include "fascia-a11y.h"
#include "fascia-figure-picture.h"
#include "fascia-hold-timer-view.h"
#include "fascia-markup.h"
#include "fascia-page-view-private.h"
#include "fascia-present.h"
#include "fascia-target.h"

/* The least width of a text label, in characters; a table's cells, side by
 * side, have less each. GTK finds a wrapping label's least width by laying
 * its text out at the least width it may have: with none set, at no width
 * at all, a line for each character, which took most of the time a page
 * took to open. A column of a few words is as narrow as any window makes
 * it. */
#define TEXT_LEAST_CHARS 12
#define CELL_LEAST_CHARS 4

static gboolean
on_activate_link_cb (GtkLabel       *label,
                     const char     *uri,
                     FasciaPageView *self)
{
  return fascia_page_view_activate_link (self, uri);
}

/* A label's own Copy (its context menu, or Ctrl+C while it has the focus)
 * copies the page's whole selection, which may run on past the label. */
static void
on_copy_clipboard_cb (GtkLabel       *label,
                      FasciaPageView *self)
{
  if (fascia_page_view_copy_selection (self))
    g_signal_stop_emission_by_name (label, "copy-clipboard");
}

/* Whether Tab stops at @label. A selectable GtkLabel asked to take the
 * focus on the way through says it did even when it is not focusable,
 * which would end Tab's journey on it (GTK 4.8), so a label that is not a
 * stop must not be asked at all: "can-focus" too is off. */
static void
set_tab_stop (GtkWidget *label,
              gboolean   stop)
{
  gtk_widget_set_focusable (label, stop);
  gtk_widget_set_can_focus (label, stop);
}

/* The character offset of the first link in @markup, or -1. */
static int
first_link_offset (const char *markup)
{
  int offset = 0;

  for (const char *p = markup; *p != '\0';)
    {
      if (*p == '<')
        {
          if (g_str_has_prefix (p, "<a "))
            return offset;
          if ((p = strchr (p, '>')) == NULL)
            return -1;
          p++;
        }
      else if (*p == '&')
        {
          /* An entity is one character of the text. */
          if ((p = strchr (p, ';')) == NULL)
            return -1;
          p++;
          offset++;
        }
      else
        {
          p = g_utf8_next_char (p);
          offset++;
        }
    }

  return -1;
}

/* Tab into a paragraph lands on its first link, which Enter follows and
 * the next Tab leaves for the second (Shift+Tab lands on the last, as GTK
 * does by itself after this). GTK would otherwise leave no link current
 * until a second Tab. */
static void
link_label_focus_enter_cb (GtkEventControllerFocus *controller,
                           GtkLabel                *label)
{
  int first = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (label), "fascia-first-link")) - 1;
  int start, end;

  if (first >= 0 && !gtk_label_get_selection_bounds (label, &start, &end))
    gtk_label_select_region (label, first, first);
}

GtkWidget *
_fascia_page_text_label (FasciaPageView *self,
                         const char     *markup,
                         const char     *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);
  int first_link = first_link_offset (markup);

  gtk_label_set_markup (GTK_LABEL (label), markup);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_width_chars (GTK_LABEL (label), TEXT_LEAST_CHARS);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  /* Text can be selected and copied, but only text with links is a stop
   * for Tab: the keyboard goes from link to link, not through every
   * paragraph. A screen reader reads them all the same. */
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  set_tab_stop (label, first_link >= 0);
  if (first_link >= 0)
    {
      GtkEventController *focus = gtk_event_controller_focus_new ();

      g_object_set_data (G_OBJECT (label), "fascia-first-link", GINT_TO_POINTER (first_link + 1));
      g_signal_connect (focus, "enter", G_CALLBACK (link_label_focus_enter_cb), label);
      gtk_widget_add_controller (label, focus);
    }
  gtk_widget_set_halign (label, GTK_ALIGN_FILL);
  gtk_widget_set_hexpand (label, TRUE);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);

  g_signal_connect (label, "activate-link", G_CALLBACK (on_activate_link_cb), self);
  g_signal_connect (label, "copy-clipboard", G_CALLBACK (on_copy_clipboard_cb), self);
  g_ptr_array_add (self->labels, label);

  return label;
}

GtkWidget *
_fascia_page_inline_label (FasciaPageView *self,
                           GPtrArray      *inlines,
                           const char     *css_class)
{
  g_autofree char *markup = fascia_inlines_to_markup (inlines, self->page);

  return _fascia_page_text_label (self, markup, css_class);
}

GtkWidget *
_fascia_page_plain_label (FasciaPageView *self,
                          const char     *text,
                          const char     *css_class)
{
  g_autofree char *markup = g_markup_escape_text (text != NULL ? text : "", -1);

  return _fascia_page_text_label (self, markup, css_class);
}

/* An anchor that took the focus only to be read out stops being a stop
 * when the focus moves on. */
static void
anchor_focus_leave_cb (GtkEventControllerFocus *controller,
                       GtkWidget               *anchor)
{
  set_tab_stop (anchor, FALSE);
}

/* Headings are not stops for Tab; the page focuses one for a moment, after
 * a jump to it or a new page, so that a screen reader says where it is
 * (see _fascia_page_focus_anchor(), which leaves nothing selected). GtkLabel
 * takes the focus only when selectable. */
GtkWidget *
_fascia_page_heading_label (FasciaPageView *self,
                            const char     *text,
                            int             level,
                            const char     *css_class)
{
  GtkWidget *label = g_object_new (GTK_TYPE_LABEL,
                                   "accessible-role", GTK_ACCESSIBLE_ROLE_HEADING,
                                   "label", text != NULL ? text : "",
                                   "wrap", TRUE,
                                   "wrap-mode", PANGO_WRAP_WORD_CHAR,
                                   "width-chars", TEXT_LEAST_CHARS,
                                   "xalign", 0.0f,
                                   "selectable", TRUE,
                                   NULL);
  set_tab_stop (label, FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (label),
                                  GTK_ACCESSIBLE_PROPERTY_LEVEL, level,
                                  -1);
  gtk_widget_add_css_class (label, css_class);
  g_signal_connect (label, "copy-clipboard", G_CALLBACK (on_copy_clipboard_cb), self);
  g_ptr_array_add (self->labels, label);

  return label;
}

/**
 * _fascia_page_focus_anchor:
 * @anchor: a heading made by _fascia_page_heading_label(), or a source
 *
 * Moves the keyboard focus to @anchor (a heading until it leaves it), with
 * nothing selected: GTK selects the whole of a selectable label that takes
 * the focus, which would leave the text looking selected.
 *
 * Returns: whether @anchor took the focus
 */
gboolean
_fascia_page_focus_anchor (GtkWidget *anchor)
{
  gboolean was_stop = gtk_widget_get_focusable (anchor);

  set_tab_stop (anchor, TRUE);
  if (!gtk_widget_grab_focus (anchor))
    {
      set_tab_stop (anchor, was_stop);
      return FALSE;
    }

  /* Once for each anchor that is not a stop of its own. */
  if (!was_stop && g_object_get_data (G_OBJECT (anchor), "fascia-anchor-focus") == NULL)
    {
      GtkEventController *focus = gtk_event_controller_focus_new ();

      g_signal_connect (focus, "leave", G_CALLBACK (anchor_focus_leave_cb), anchor);
      gtk_widget_add_controller (anchor, focus);
      g_object_set_data (G_OBJECT (anchor), "fascia-anchor-focus", focus);
    }

  if (GTK_IS_LABEL (anchor) && gtk_label_get_selectable (GTK_LABEL (anchor)))
    gtk_label_select_region (GTK_LABEL (anchor), 0, 0);

  return TRUE;
}

GtkWidget *
_fascia_page_vbox (int spacing)
{
  return gtk_box_new (GTK_ORIENTATION_VERTICAL, spacing);
}

/* The id of the first technique page @inlines link to, or NULL. */
static const char *
linked_technique (FasciaPageView *self,
                  GPtrArray      *inlines)
{
  for (guint i = 0; inlines != NULL && i < inlines->len; i++)
    {
      const FasciaInline *run = g_ptr_array_index (inlines, i);
      const char *found;

      if (run->kind == FASCIA_INLINE_LINK && strchr (run->target, '#') == NULL)
        {
          FasciaPage *page = fascia_library_get_page (self->library, run->target);

          if (page != NULL && fascia_page_get_page_type (page) == FASCIA_PAGE_TECHNIQUE &&
              page != self->page)
            return run->target;
        }

      if ((found = linked_technique (self, run->children)) != NULL)
        return found;
    }

  return NULL;
}

/* In a list of techniques to try (on region, muscle and condition pages),
 * an item that links to a technique the safety check rules out or calls
 * for care with says so under it. Words and colour, no icon: an icon beside
 * wrapping text trips GTK 4.8's height-for-width check in a list row. */
static GtkWidget *
technique_mark_label (FasciaPageView *self,
                      const char     *technique)
{
  FasciaSafetyCheck *check = self->library ? fascia_library_get_safety_check (self->library) : NULL;
  g_autofree char *text = NULL;
  FasciaSafetyLevel level;
  GtkWidget *label;

  if (check == NULL || self->answers == NULL)
    return NULL;

  text = fascia_safety_check_dup_mark (check, self->answers, technique, &level);
  if (text == NULL)
    return NULL;

  /* Not one of the page's text labels: it comes and goes with the answers. */
  label = gtk_label_new (text);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_widget_add_css_class (label, "safety-inline");
  gtk_widget_add_css_class (label, level == FASCIA_SAFETY_AVOID ? "avoid" : "care");

  return label;
}

/* Shows, under a list item that suggests a technique, what the answers say
 * of it now. */
void
_fascia_page_update_mark_slot (FasciaPageView *self,
                               GtkWidget      *column)
{
  GtkWidget *text = gtk_widget_get_first_child (column);
  GtkWidget *old = text ? gtk_widget_get_next_sibling (text) : NULL;
  GtkWidget *mark = technique_mark_label (self, g_object_get_data (G_OBJECT (column), "fascia-technique"));

  if (old != NULL)
    gtk_box_remove (GTK_BOX (column), old);
  if (mark != NULL)
    gtk_box_append (GTK_BOX (column), mark);
}

static GtkWidget *
build_list (FasciaPageView    *self,
            const FasciaBlock *block)
{
  GtkWidget *list = _fascia_page_vbox (6);

  gtk_widget_add_css_class (list, "page-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  block->numbered ? _("Numbered list") : _("List"),
                                  -1);

  for (guint i = 0; i < block->children->len; i++)
    {
      const FasciaBlock *item = g_ptr_array_index (block->children, i);
      GtkWidget *row = fascia_text_row_new (8);
      g_autofree char *marker_text = block->numbered ? g_strdup_printf ("%u.", i + 1) : g_strdup ("•");
      GtkWidget *marker = gtk_label_new (marker_text);
      const char *technique;

      gtk_label_set_xalign (GTK_LABEL (marker), 1.0f);
      gtk_label_set_yalign (GTK_LABEL (marker), 0.0f);
      gtk_widget_set_valign (marker, GTK_ALIGN_START);
      gtk_widget_set_size_request (marker, 22, -1);
      gtk_widget_add_css_class (marker, "list-marker");
      fascia_text_row_append (FASCIA_TEXT_ROW (row), marker);
      technique = self->library ? linked_technique (self, item->inlines) : NULL;
      if (technique != NULL)
        {
          GtkWidget *column = _fascia_page_vbox (2);

          gtk_box_append (GTK_BOX (column), _fascia_page_inline_label (self, item->inlines, NULL));
          g_object_set_data_full (G_OBJECT (column), "fascia-technique", g_strdup (technique), g_free);
          g_ptr_array_add (self->mark_slots, column);
          _fascia_page_update_mark_slot (self, column);
          fascia_text_row_append (FASCIA_TEXT_ROW (row), column);
        }
      else
        fascia_text_row_append (FASCIA_TEXT_ROW (row), _fascia_page_inline_label (self, item->inlines, NULL));
      gtk_box_append (GTK_BOX (list), row);
    }

  return list;
}

static const char *
note_icon (FasciaNoteKind kind)
{
  switch (kind)
    {
    case FASCIA_NOTE_TIP:
      return "starred-symbolic";
    case FASCIA_NOTE_INFO:
      return "dialog-information-symbolic";
    case FASCIA_NOTE_CAUTION:
      return "dialog-warning-symbolic";
    case FASCIA_NOTE_DANGER:
      return "dialog-error-symbolic";
    default:
      g_return_val_if_reached (NULL);
    }
}

static GtkWidget *
build_note (FasciaPageView    *self,
            const FasciaBlock *block)
{
  GtkWidget *note = _fascia_page_vbox (6);
  GtkWidget *header = fascia_text_row_new (8);
  GtkWidget *icon = gtk_image_new_from_icon_name (note_icon (block->note_kind));
  const char *kind_label = fascia_note_kind_get_title (block->note_kind);
  const char *title = block->title != NULL ? block->title : kind_label;
  GtkWidget *title_label = _fascia_page_plain_label (self, title, "note-title");

  gtk_widget_add_css_class (note, "note");
  gtk_widget_add_css_class (note, fascia_note_kind_to_string (block->note_kind));
  gtk_accessible_update_property (GTK_ACCESSIBLE (note),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, kind_label,
                                  -1);

  gtk_accessible_update_property (GTK_ACCESSIBLE (icon),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, kind_label,
                                  -1);
  fascia_text_row_append (FASCIA_TEXT_ROW (header), icon);
  fascia_text_row_append (FASCIA_TEXT_ROW (header), title_label);
  gtk_box_append (GTK_BOX (note), header);

  for (guint i = 0; i < block->children->len; i++)
    gtk_box_append (GTK_BOX (note), _fascia_page_build_block (self, g_ptr_array_index (block->children, i)));

  return note;
}

static GtkWidget *
build_table (FasciaPageView    *self,
             const FasciaBlock *block)
{
  GtkWidget *outer = _fascia_page_vbox (6);
  GtkWidget *grid = gtk_grid_new ();

  gtk_widget_add_css_class (grid, "page-table");
  gtk_widget_add_css_class (grid, "card");
  gtk_grid_set_column_homogeneous (GTK_GRID (grid), FALSE);

  if (block->inlines != NULL)
    gtk_box_append (GTK_BOX (outer), _fascia_page_inline_label (self, block->inlines, "table-caption"));

  for (guint r = 0; r < block->children->len; r++)
    {
      const FasciaBlock *row = g_ptr_array_index (block->children, r);

      for (guint c = 0; c < row->children->len; c++)
        {
          const FasciaBlock *cell = g_ptr_array_index (row->children, c);
          GtkWidget *label = _fascia_page_inline_label (self, cell->inlines, row->header ? "table-header" : "table-cell");

          gtk_label_set_width_chars (GTK_LABEL (label), CELL_LEAST_CHARS);

          /* A blank cell is room to write in on the printed page: tall, and
           * its column takes the width left over. */
          if (!row->header && fascia_table_cell_is_blank (cell))
            {
              gtk_widget_add_css_class (label, "write-in");
              gtk_widget_set_hexpand (label, TRUE);
              gtk_accessible_update_property (GTK_ACCESSIBLE (label),
                                              GTK_ACCESSIBLE_PROPERTY_LABEL, _("Blank, to fill in"),
                                              -1);
            }

          /* Fill the row's height so that striped rows have no gaps. */
          gtk_widget_set_valign (label, GTK_ALIGN_FILL);
          gtk_label_set_yalign (GTK_LABEL (label), 0.0f);
          if (r % 2 == 0 && !row->header)
            gtk_widget_add_css_class (label, "even");
          gtk_grid_attach (GTK_GRID (grid), label, (int)c, (int)r, 1, 1);
        }
    }

  gtk_box_append (GTK_BOX (outer), grid);

  return outer;
}

static GtkWidget *
build_steps (FasciaPageView    *self,
             const FasciaBlock *block)
{
  GtkWidget *steps = _fascia_page_vbox (10);
  g_autofree char *where = fascia_steps_area_to_markup (self->library, block->areas, FASCIA_MARKUP_SCREEN);
  g_autofree char *keep_off = fascia_steps_keep_off_to_markup (self->library, block->keep_off, FASCIA_MARKUP_SCREEN);

  gtk_widget_add_css_class (steps, "steps");

  /* Where the steps work, and the places never to press next to it. */
  if (where != NULL)
    gtk_box_append (GTK_BOX (steps), _fascia_page_text_label (self, where, "steps-where"));
  if (keep_off != NULL)
    gtk_box_append (GTK_BOX (steps), _fascia_page_text_label (self, keep_off, "keep-off"));

  for (guint i = 0; i < block->children->len; i++)
    {
      const FasciaBlock *step = g_ptr_array_index (block->children, i);
      GtkWidget *row = fascia_text_row_new (12);
      GtkWidget *text = _fascia_page_vbox (4);
      g_autofree char *number_text = g_strdup_printf ("%u", i + 1);
      g_autofree char *dose = fascia_step_dup_dose (step);
      GtkWidget *number = gtk_label_new (number_text);

      gtk_widget_add_css_class (row, "step");
      gtk_widget_add_css_class (number, "step-number");
      gtk_widget_set_valign (number, GTK_ALIGN_START);
      gtk_accessible_update_property (GTK_ACCESSIBLE (number),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, number_text,
                                      -1);
      fascia_text_row_append (FASCIA_TEXT_ROW (row), number);
      gtk_box_append (GTK_BOX (text), _fascia_page_inline_label (self, step->inlines, NULL));

      {
        g_autofree char *step_keep_off = fascia_steps_keep_off_to_markup (self->library, step->keep_off, FASCIA_MARKUP_SCREEN);

        if (step_keep_off != NULL)
          gtk_box_append (GTK_BOX (text), _fascia_page_text_label (self, step_keep_off, "keep-off"));
      }

      if (dose != NULL)
        {
          gtk_box_append (GTK_BOX (text), _fascia_page_plain_label (self, dose, "step-dose"));

          if (step->hold_seconds > 0)
            gtk_box_append (GTK_BOX (text),
                            fascia_hold_timer_view_new (step->hold_seconds, MAX (step->sets, 1),
                                                        step->rest_seconds, i + 1));
        }

      fascia_text_row_append (FASCIA_TEXT_ROW (row), text);
      gtk_box_append (GTK_BOX (steps), row);
    }

  return steps;
}

static GtkWidget *
build_evidence (FasciaPageView    *self,
                const FasciaBlock *block)
{
  GtkWidget *box = _fascia_page_vbox (6);
  g_autofree char *badge_text = fascia_evidence_dup_badge (block->evidence_level);
  GtkWidget *badge = gtk_label_new (badge_text);

  gtk_widget_add_css_class (box, "evidence");
  gtk_widget_add_css_class (box, fascia_evidence_level_to_string (block->evidence_level));
  gtk_widget_add_css_class (badge, "evidence-badge");
  gtk_widget_set_halign (badge, GTK_ALIGN_START);
  /* "Evidencia: opinión de profesionales" must fit a narrow window too. */
  gtk_label_set_wrap (GTK_LABEL (badge), TRUE);
  gtk_box_append (GTK_BOX (box), badge);
  gtk_box_append (GTK_BOX (box), _fascia_page_inline_label (self, block->inlines, NULL));

  return box;
}

static GtkWidget *
build_referrers (FasciaPageView    *self,
                 const FasciaBlock *block)
{
  GtkWidget *list = _fascia_page_vbox (8);

  gtk_widget_add_css_class (list, "referrers");

  for (guint i = 0; i < block->children->len; i++)
    {
      const FasciaBlock *referrer = g_ptr_array_index (block->children, i);
      g_autofree char *detail = fascia_referrer_to_markup (self->library, self->page, referrer,
                                                           FASCIA_MARKUP_SCREEN);
      g_autofree char *markup = g_strdup_printf ("%u. %s", i + 1, detail);

      gtk_box_append (GTK_BOX (list), _fascia_page_text_label (self, markup, NULL));
    }

  return list;
}

static GtkWidget *
build_red_flags (FasciaPageView    *self,
                 const FasciaBlock *block)
{
  static const char * const icons[] = {
    [FASCIA_URGENCY_EMERGENCY] = "dialog-warning-symbolic",
    [FASCIA_URGENCY_URGENT]    = "dialog-warning-symbolic",
    [FASCIA_URGENCY_SOON]      = "appointment-soon-symbolic",
  };
  GtkWidget *card = _fascia_page_vbox (8);
  GtkWidget *header = fascia_text_row_new (10);
  GtkWidget *icon = gtk_image_new_from_icon_name (icons[block->urgency]);
  const char *urgency_label = fascia_urgency_get_label (block->urgency);
  const char *title = block->title != NULL ? block->title : fascia_urgency_get_heading (block->urgency);
  const char *advice = fascia_urgency_get_advice (block->urgency);
  GtkWidget *list = _fascia_page_vbox (6);

  gtk_widget_add_css_class (card, "red-flags-card");
  gtk_widget_add_css_class (card, fascia_urgency_to_string (block->urgency));
  gtk_accessible_update_property (GTK_ACCESSIBLE (card),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, advice,
                                  -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, urgency_label,
                                  -1);
  gtk_image_set_pixel_size (GTK_IMAGE (icon), 24);
  gtk_widget_set_valign (icon, GTK_ALIGN_START);
  fascia_text_row_append (FASCIA_TEXT_ROW (header), icon);
  fascia_text_row_append (FASCIA_TEXT_ROW (header), _fascia_page_heading_label (self, title, 3, "red-flags-title"));
  gtk_box_append (GTK_BOX (card), header);
  gtk_box_append (GTK_BOX (card), _fascia_page_plain_label (self, advice, "red-flags-advice"));

  gtk_widget_add_css_class (list, "red-flags-list");
  for (guint i = 0; i < block->children->len; i++)
    {
      const FasciaBlock *flag = g_ptr_array_index (block->children, i);
      GtkWidget *row = fascia_text_row_new (8);
      GtkWidget *bullet = gtk_label_new ("•");

      gtk_widget_set_valign (bullet, GTK_ALIGN_START);
      gtk_accessible_update_state (GTK_ACCESSIBLE (bullet), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
      fascia_text_row_append (FASCIA_TEXT_ROW (row), bullet);
      fascia_text_row_append (FASCIA_TEXT_ROW (row), _fascia_page_inline_label (self, flag->inlines, NULL));
      gtk_box_append (GTK_BOX (list), row);
    }
  gtk_box_append (GTK_BOX (card), list);

  return card;
}

/* "Massage gun, Foam roller" with links, for the techniques an effect names. */
static char *
effect_techniques_markup (FasciaPageView    *self,
                          const FasciaBlock *effect)
{
  GString *markup = g_string_new (NULL);

  for (guint i = 0; effect->targets != NULL && effect->targets[i] != NULL; i++)
    {
      const char *id = effect->targets[i];
      FasciaPage *page = self->library ? fascia_library_get_page (self->library, id) : NULL;

      if (markup->len > 0)
        g_string_append (markup, ", ");

      if (strcmp (id, "all") == 0)
        g_string_append (markup, _("every technique"));
      else if (page != NULL)
        {
          g_autofree char *escaped_id = g_markup_escape_text (id, -1);
          g_autofree char *title = g_markup_escape_text (fascia_page_get_title (page), -1);

          g_string_append_printf (markup, "<a href=\"%s%s\">%s</a>", FASCIA_LINK_SCHEME, escaped_id, title);
        }
      else
        {
          g_autofree char *escaped_id = g_markup_escape_text (id, -1);

          g_string_append (markup, escaped_id);
        }
    }

  return g_string_free (markup, FALSE);
}

static GtkWidget *
build_question (FasciaPageView    *self,
                const FasciaBlock *block)
{
  GtkWidget *card = _fascia_page_vbox (8);
  g_autofree char *ask = fascia_inlines_to_text (block->inlines);

  gtk_widget_add_css_class (card, "question");
  gtk_widget_add_css_class (card, "card");
  gtk_accessible_update_property (GTK_ACCESSIBLE (card),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, ask,
                                  -1);
  gtk_box_append (GTK_BOX (card), _fascia_page_heading_label (self, ask, 3, "question-ask"));

  gtk_box_append (GTK_BOX (card), _fascia_page_plain_label (self, _("If your answer is yes:"), "question-if"));

  for (guint i = 0; i < block->children->len; i++)
    {
      const FasciaBlock *child = g_ptr_array_index (block->children, i);

      if (child->kind == FASCIA_BLOCK_QUESTION_HELP)
        {
          /* The help reads best right under the question. */
          GtkWidget *help = _fascia_page_inline_label (self, child->inlines, "question-help");

          gtk_widget_add_css_class (help, "dim-label");
          gtk_box_insert_child_after (GTK_BOX (card), help, gtk_widget_get_first_child (card));
        }
      else if (child->kind == FASCIA_BLOCK_EFFECT)
        {
          g_autofree char *techniques = effect_techniques_markup (self, child);
          g_autofree char *why = fascia_inlines_to_markup (child->inlines, self->page);
          g_autofree char *level = g_markup_escape_text (fascia_safety_level_get_label (child->safety_level), -1);
          g_autofree char *markup = g_strdup_printf ("<b>%s</b>: %s. %s", level, techniques, why);
          GtkWidget *label = _fascia_page_text_label (self, markup, "question-effect");

          gtk_widget_add_css_class (label, child->safety_level == FASCIA_SAFETY_AVOID ? "avoid" : "care");
          gtk_box_append (GTK_BOX (card), label);
        }
    }

  return card;
}

GtkWidget *
_fascia_page_build_block (FasciaPageView    *self,
                          const FasciaBlock *block)
{
  switch (block->kind)
    {
    case FASCIA_BLOCK_PARAGRAPH:
      return _fascia_page_inline_label (self, block->inlines, "paragraph");
    case FASCIA_BLOCK_LIST:
      return build_list (self, block);
    case FASCIA_BLOCK_NOTE:
      return build_note (self, block);
    case FASCIA_BLOCK_TABLE:
      return build_table (self, block);
    case FASCIA_BLOCK_STEPS:
      return build_steps (self, block);
    case FASCIA_BLOCK_EVIDENCE:
      return build_evidence (self, block);
    case FASCIA_BLOCK_REFERRERS:
      return build_referrers (self, block);
    case FASCIA_BLOCK_RED_FLAGS:
      return build_red_flags (self, block);
    case FASCIA_BLOCK_QUESTION:
      return build_question (self, block);
    case FASCIA_BLOCK_RED_FLAG:
    case FASCIA_BLOCK_QUESTION_HELP:
    case FASCIA_BLOCK_EFFECT:
    case FASCIA_BLOCK_LIST_ITEM:
    case FASCIA_BLOCK_TABLE_ROW:
    case FASCIA_BLOCK_TABLE_CELL:
    case FASCIA_BLOCK_STEP:
    case FASCIA_BLOCK_REFERRER:
    default:
      /* Only ever inside their container, which builds them. */
      g_return_val_if_reached (gtk_label_new (NULL));
    }
}

GtkWidget *
_fascia_page_build_sources (FasciaPageView *self)
{
  GtkWidget *box = _fascia_page_vbox (8);

  gtk_widget_add_css_class (box, "sources");
  gtk_box_append (GTK_BOX (box), _fascia_page_heading_label (self, _("Sources"), 2, "page-heading"));

  return box;
}

/* Adds the page's source at @index to the list _fascia_page_build_sources()
 * made: the reference page has more than a hundred, built a few at a time. */
void
_fascia_page_add_source (FasciaPageView *self,
                         GtkWidget      *sources_box,
                         guint           index)
{
  const FasciaSource *source = g_ptr_array_index (fascia_page_get_sources (self->page), index);
  g_autofree char *reference = fascia_source_to_markup (source, FASCIA_MARKUP_SCREEN);
  g_autofree char *markup = g_strdup_printf ("%u. %s", index + 1, reference);
  GtkWidget *label = _fascia_page_text_label (self, markup, "source");

  g_hash_table_insert (self->anchors, g_strconcat ("source:", source->id, NULL), label);
  gtk_box_append (GTK_BOX (sources_box), label);
}

/* A muscle's or a technique's picture of the body, with its legend; a
 * technique's with a link to all the places never to press on the map. */
GtkWidget *
_fascia_page_build_figure (FasciaPageView      *self,
                           const FasciaSection *section)
{
  g_autofree char *target = NULL;
  g_autofree char *link = NULL;
  GtkWidget *block;

  if (self->library == NULL || !fascia_page_figure_is_home (self->page, section))
    return NULL;

  if ((block = fascia_figure_picture_new_block (self->library, self->page)) == NULL)
    return NULL;

  if (fascia_page_get_page_type (self->page) == FASCIA_PAGE_TECHNIQUE)
    {
      target = fascia_target_build (FASCIA_BODY_MAP_TARGET, FASCIA_BODY_MAP_PLACES);
      link = fascia_markup_link (target, _("Show all the places never to press on the body map"),
                                 FASCIA_MARKUP_SCREEN);
      gtk_box_append (GTK_BOX (block), _fascia_page_text_label (self, link, "paragraph"));
    }

  return block;
}

/* On a region page: a picture of its region, where its pain may come from
 * as the body map shows it, and a link to the map with the region
 * highlighted. */
GtkWidget *
_fascia_page_build_body_map_link (FasciaPageView *self)
{
  FasciaBodyMap *map = self->library ? fascia_library_get_body_map (self->library) : NULL;
  g_autoptr(GPtrArray) regions = NULL;
  g_autofree char *origins = NULL;
  g_autofree char *target = NULL;
  g_autofree char *link = NULL;
  const FasciaBodyRegion *region;
  GtkWidget *box, *figure;

  if (map == NULL || fascia_page_get_page_type (self->page) != FASCIA_PAGE_REGION)
    return NULL;

  regions = fascia_body_map_dup_regions_for_page (map, fascia_page_get_id (self->page));
  if (regions->len == 0)
    return NULL;

  region = g_ptr_array_index (regions, 0);
  box = _fascia_page_vbox (12);
  gtk_widget_add_css_class (box, "section");
  gtk_box_append (GTK_BOX (box), _fascia_page_heading_label (self, _("On the Body Map"), 2, "page-heading"));
  if ((figure = fascia_figure_picture_new_block (self->library, self->page)) != NULL)
    gtk_box_append (GTK_BOX (box), figure);

  origins = fascia_region_page_dup_origins_markup (self->library, self->page, FASCIA_MARKUP_SCREEN);
  if (origins != NULL)
    gtk_box_append (GTK_BOX (box), _fascia_page_text_label (self, origins, "paragraph"));

  target = fascia_target_build (FASCIA_BODY_MAP_TARGET, region->id);
  link = fascia_markup_link (target, _("Show where it may come from on the body map"), FASCIA_MARKUP_SCREEN);
  gtk_box_append (GTK_BOX (box), _fascia_page_text_label (self, link, "paragraph"));

  return box;
}

GtkWidget *
_fascia_page_safety_button (const char *label)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);
  GtkLabel *text = GTK_LABEL (gtk_button_get_child (GTK_BUTTON (button)));

  /* A longer translation wraps rather than widening the narrowest window. */
  gtk_label_set_wrap (text, TRUE);
  gtk_label_set_justify (text, GTK_JUSTIFY_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.safety-check");
  gtk_widget_set_halign (button, GTK_ALIGN_START);
  gtk_widget_add_css_class (button, "pill");
  fascia_a11y_name_mnemonic_buttons (button);

  return button;
}

/* On technique pages, right under the summary: what the reader's safety
 * check answers mean for this technique, or an offer to take the check. */
GtkWidget *
_fascia_page_build_safety_box (FasciaPageView *self)
{
  FasciaSafetyCheck *check = self->library ? fascia_library_get_safety_check (self->library) : NULL;
  g_autoptr(GArray) warnings = NULL;
  GtkWidget *box;

  if (check == NULL || self->answers == NULL || fascia_safety_check_get_n_questions (check) == 0 ||
      fascia_page_get_page_type (self->page) != FASCIA_PAGE_TECHNIQUE)
    return NULL;

  box = _fascia_page_vbox (10);
  gtk_widget_add_css_class (box, "safety-box");
  warnings = fascia_safety_check_evaluate (check, self->answers, fascia_page_get_id (self->page));

  if (warnings->len == 0 && fascia_safety_answers_get_n_answered (self->answers) == 0)
    {
      GtkWidget *card = _fascia_page_vbox (8);

      gtk_widget_add_css_class (card, "safety-offer");
      gtk_widget_add_css_class (card, "card");
      gtk_accessible_update_property (GTK_ACCESSIBLE (card),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("Is this safe for you?"),
                                      -1);
      gtk_box_append (GTK_BOX (card), _fascia_page_heading_label (self, _("Is this safe for you?"), 2, "card-heading"));
      gtk_box_append (GTK_BOX (card),
                      _fascia_page_plain_label (self, _("Some health conditions make a technique unwise. A short safety check "
                                           "asks about them and marks the techniques to avoid. Your answers stay "
                                           "on this computer."), NULL));
      gtk_box_append (GTK_BOX (card), _fascia_page_safety_button (_("Take the _Safety Check")));
      gtk_box_append (GTK_BOX (box), card);
      return box;
    }

  if (warnings->len == 0)
    {
      gtk_box_append (GTK_BOX (box),
                      _fascia_page_plain_label (self, _("Your safety check answers raise nothing against this technique. "
                                           "Its own cautions below still apply."), "safety-clear"));
      gtk_box_append (GTK_BOX (box), _fascia_page_safety_button (_("Change _Answers")));
      return box;
    }

  for (guint i = 0; i < warnings->len; i++)
    {
      const FasciaSafetyWarning *warning = &g_array_index (warnings, FasciaSafetyWarning, i);
      gboolean avoid = warning->effect->safety_level == FASCIA_SAFETY_AVOID;
      gboolean unsure = warning->answer == FASCIA_ANSWER_NOT_SURE;
      GtkWidget *card = _fascia_page_vbox (6);
      GtkWidget *header = fascia_text_row_new (10);
      GtkWidget *icon = gtk_image_new_from_icon_name (avoid ? "dialog-error-symbolic" : "dialog-warning-symbolic");
      g_autofree char *title = fascia_safety_warning_dup_title (warning);
      g_autofree char *why = NULL;
      FasciaSafetyCheck *owner = check;
      GtkWidget *why_label;

      /* The reason is written on the safety check's page. */
      why = fascia_inlines_to_markup (warning->effect->inlines, fascia_safety_check_get_page (owner));

      gtk_widget_add_css_class (card, "safety-warning");
      gtk_widget_add_css_class (card, avoid ? "avoid" : "care");
      gtk_accessible_update_property (GTK_ACCESSIBLE (card),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                      -1);
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, fascia_safety_level_get_label (warning->effect->safety_level),
                                      -1);
      gtk_widget_set_valign (icon, GTK_ALIGN_START);
      fascia_text_row_append (FASCIA_TEXT_ROW (header), icon);
      fascia_text_row_append (FASCIA_TEXT_ROW (header), _fascia_page_heading_label (self, title, 3, "safety-warning-title"));
      gtk_box_append (GTK_BOX (card), header);
      why_label = _fascia_page_text_label (self, why, NULL);
      gtk_box_append (GTK_BOX (card), why_label);
      if (unsure)
        gtk_box_append (GTK_BOX (card),
                        _fascia_page_plain_label (self, _("You answered “not sure”. Ask your doctor before you try it."),
                                                  "safety-unsure"));
      gtk_box_append (GTK_BOX (box), card);
    }

  gtk_box_append (GTK_BOX (box), _fascia_page_safety_button (_("Change _Answers")));

  return box;
}

/* On region pages, right under the summary: a way to the warning signs
 * that does not wait for the reader to scroll past everything else. */
GtkWidget *
_fascia_page_build_red_flags_pointer (FasciaPageView *self)
{
  const FasciaSection *section;
  g_autofree char *page_id = NULL;
  g_autofree char *section_id = NULL;
  g_autofree char *markup = NULL;
  GtkWidget *row;
  GtkWidget *icon;

  if (fascia_page_get_page_type (self->page) != FASCIA_PAGE_REGION)
    return NULL;

  section = fascia_page_find_section_by_role (self->page, FASCIA_SECTION_ROLE_RED_FLAGS);
  if (section == NULL)
    return NULL;

  page_id = g_markup_escape_text (fascia_page_get_id (self->page), -1);
  section_id = g_markup_escape_text (section->id, -1);
  markup = g_strdup_printf ("<a href=\"%s%s#%s\">%s</a>", FASCIA_LINK_SCHEME, page_id, section_id,
                            _("Warning signs: when to get help"));

  row = fascia_text_row_new (8);
  icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Warning"), -1);
  gtk_widget_add_css_class (row, "red-flags-pointer");
  fascia_text_row_append (FASCIA_TEXT_ROW (row), icon);
  fascia_text_row_append (FASCIA_TEXT_ROW (row), _fascia_page_text_label (self, markup, NULL));

  return row;
}

