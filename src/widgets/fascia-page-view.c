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

#include <string.h>

#include <glib/gi18n.h>
#include <adwaita.h>

#include "fascia-hold-timer-view.h"
#include "fascia-a11y.h"
#include "fascia-markup.h"
#include "fascia-page-view.h"
#include "fascia-present.h"
#include "fascia-target.h"

struct _FasciaPageView
{
  GtkWidget       parent_instance;

  GtkWidget      *scroller;
  GtkWidget      *clamp;
  GtkWidget      *box;

  FasciaLibrary  *library;
  FasciaPage     *page;
  FasciaSafetyAnswers *answers;
  gulong          answers_changed_id;
  GtkWidget      *safety_box;   /* on technique pages, under the summary */
  GPtrArray      *mark_slots;   /* list items that suggest a technique */
  GHashTable     *anchors;      /* section or source id → widget */
  GPtrArray      *labels;       /* every text label, for dup_text */

  char           *pending_anchor;
  double          pending_scroll;
  guint           scroll_tick;

  /* Long pages are built in parts: enough for the first screen before the
   * first frame, the rest from an idle callback right after it. */
  guint           next_section;
  gboolean        sources_built;
  guint           build_idle;

  /* Text size: a style provider of the view's own. */
  GtkCssProvider *text_css;
  double          text_scale;

  /* Find in page: every match as (label, start, end) byte offsets. */
  char           *find_text;
  GArray         *matches;
  guint           find_current;
};

typedef struct
{
  GtkLabel *label;
  guint     start;
  guint     end;
} Match;

/* About a screenful of blocks: what must be there for the first frame. */
#define FIRST_FRAME_BLOCKS 4
#define SECTIONS_PER_IDLE  2

enum {
  PROP_0,
  PROP_PAGE,
  N_PROPS
};

enum {
  NAVIGATE,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (FasciaPageView, fascia_page_view, GTK_TYPE_WIDGET)

static gboolean
on_activate_link_cb (GtkLabel       *label,
                     const char     *uri,
                     FasciaPageView *self)
{
  return fascia_page_view_activate_link (self, uri);
}

static GtkWidget *
text_label (FasciaPageView *self,
            const char     *markup,
            const char     *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_markup (GTK_LABEL (label), markup);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_widget_set_halign (label, GTK_ALIGN_FILL);
  gtk_widget_set_hexpand (label, TRUE);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);

  g_signal_connect (label, "activate-link", G_CALLBACK (on_activate_link_cb), self);
  g_ptr_array_add (self->labels, label);

  return label;
}

static GtkWidget *
inline_label (FasciaPageView *self,
              GPtrArray      *inlines,
              const char     *css_class)
{
  g_autofree char *markup = fascia_inlines_to_markup (inlines, self->page);

  return text_label (self, markup, css_class);
}

static GtkWidget *
plain_label (FasciaPageView *self,
             const char     *text,
             const char     *css_class)
{
  g_autofree char *markup = g_markup_escape_text (text != NULL ? text : "", -1);

  return text_label (self, markup, css_class);
}

static GtkWidget *
heading_label (FasciaPageView *self,
               const char     *text,
               int             level,
               const char     *css_class)
{
  GtkWidget *label = g_object_new (GTK_TYPE_LABEL,
                                   "accessible-role", GTK_ACCESSIBLE_ROLE_HEADING,
                                   "label", text != NULL ? text : "",
                                   "wrap", TRUE,
                                   "wrap-mode", PANGO_WRAP_WORD_CHAR,
                                   "xalign", 0.0f,
                                   "selectable", TRUE,
                                   NULL);

  gtk_accessible_update_property (GTK_ACCESSIBLE (label),
                                  GTK_ACCESSIBLE_PROPERTY_LEVEL, level,
                                  -1);
  gtk_widget_add_css_class (label, css_class);
  g_ptr_array_add (self->labels, label);

  return label;
}

static GtkWidget *
vbox (int spacing)
{
  return gtk_box_new (GTK_ORIENTATION_VERTICAL, spacing);
}

static GtkWidget *build_block (FasciaPageView    *self,
                               const FasciaBlock *block);

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
static void
update_mark_slot (FasciaPageView *self,
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
  GtkWidget *list = vbox (6);

  gtk_widget_add_css_class (list, "page-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  block->numbered ? _("Numbered list") : _("List"),
                                  -1);

  for (guint i = 0; i < block->children->len; i++)
    {
      const FasciaBlock *item = g_ptr_array_index (block->children, i);
      GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
      g_autofree char *marker_text = block->numbered ? g_strdup_printf ("%u.", i + 1) : g_strdup ("•");
      GtkWidget *marker = gtk_label_new (marker_text);
      const char *technique;

      gtk_label_set_xalign (GTK_LABEL (marker), 1.0f);
      gtk_label_set_yalign (GTK_LABEL (marker), 0.0f);
      gtk_widget_set_valign (marker, GTK_ALIGN_START);
      gtk_widget_set_size_request (marker, 22, -1);
      gtk_widget_add_css_class (marker, "list-marker");
      gtk_box_append (GTK_BOX (row), marker);
      technique = self->library ? linked_technique (self, item->inlines) : NULL;
      if (technique != NULL)
        {
          GtkWidget *column = vbox (2);

          gtk_box_append (GTK_BOX (column), inline_label (self, item->inlines, NULL));
          g_object_set_data_full (G_OBJECT (column), "fascia-technique", g_strdup (technique), g_free);
          g_ptr_array_add (self->mark_slots, column);
          update_mark_slot (self, column);
          gtk_box_append (GTK_BOX (row), column);
        }
      else
        gtk_box_append (GTK_BOX (row), inline_label (self, item->inlines, NULL));
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
  GtkWidget *note = vbox (6);
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *icon = gtk_image_new_from_icon_name (note_icon (block->note_kind));
  const char *kind_label = fascia_note_kind_get_title (block->note_kind);
  const char *title = block->title != NULL ? block->title : kind_label;
  GtkWidget *title_label = plain_label (self, title, "note-title");

  gtk_widget_add_css_class (note, "note");
  gtk_widget_add_css_class (note, fascia_note_kind_to_string (block->note_kind));
  gtk_accessible_update_property (GTK_ACCESSIBLE (note),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, kind_label,
                                  -1);

  gtk_accessible_update_property (GTK_ACCESSIBLE (icon),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, kind_label,
                                  -1);
  gtk_box_append (GTK_BOX (header), icon);
  gtk_box_append (GTK_BOX (header), title_label);
  gtk_box_append (GTK_BOX (note), header);

  for (guint i = 0; i < block->children->len; i++)
    gtk_box_append (GTK_BOX (note), build_block (self, g_ptr_array_index (block->children, i)));

  return note;
}

static GtkWidget *
build_table (FasciaPageView    *self,
             const FasciaBlock *block)
{
  GtkWidget *outer = vbox (6);
  GtkWidget *grid = gtk_grid_new ();

  gtk_widget_add_css_class (grid, "page-table");
  gtk_widget_add_css_class (grid, "card");
  gtk_grid_set_column_homogeneous (GTK_GRID (grid), FALSE);

  if (block->inlines != NULL)
    gtk_box_append (GTK_BOX (outer), inline_label (self, block->inlines, "table-caption"));

  for (guint r = 0; r < block->children->len; r++)
    {
      const FasciaBlock *row = g_ptr_array_index (block->children, r);

      for (guint c = 0; c < row->children->len; c++)
        {
          const FasciaBlock *cell = g_ptr_array_index (row->children, c);
          GtkWidget *label = inline_label (self, cell->inlines, row->header ? "table-header" : "table-cell");

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
  GtkWidget *steps = vbox (10);
  g_autofree char *where = fascia_steps_area_to_markup (self->library, block->areas, FASCIA_MARKUP_SCREEN);
  g_autofree char *keep_off = fascia_steps_keep_off_to_markup (self->library, block->keep_off, FASCIA_MARKUP_SCREEN);

  gtk_widget_add_css_class (steps, "steps");

  /* Where the steps work, and the places never to press next to it. */
  if (where != NULL)
    gtk_box_append (GTK_BOX (steps), text_label (self, where, "steps-where"));
  if (keep_off != NULL)
    gtk_box_append (GTK_BOX (steps), text_label (self, keep_off, "keep-off"));

  for (guint i = 0; i < block->children->len; i++)
    {
      const FasciaBlock *step = g_ptr_array_index (block->children, i);
      GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
      GtkWidget *text = vbox (4);
      g_autofree char *number_text = g_strdup_printf ("%u", i + 1);
      g_autofree char *dose = fascia_step_dup_dose (step);
      GtkWidget *number = gtk_label_new (number_text);

      gtk_widget_add_css_class (row, "step");
      gtk_widget_add_css_class (number, "step-number");
      gtk_widget_set_valign (number, GTK_ALIGN_START);
      gtk_accessible_update_property (GTK_ACCESSIBLE (number),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, number_text,
                                      -1);
      gtk_box_append (GTK_BOX (row), number);
      gtk_box_append (GTK_BOX (text), inline_label (self, step->inlines, NULL));

      {
        g_autofree char *step_keep_off = fascia_steps_keep_off_to_markup (self->library, step->keep_off, FASCIA_MARKUP_SCREEN);

        if (step_keep_off != NULL)
          gtk_box_append (GTK_BOX (text), text_label (self, step_keep_off, "keep-off"));
      }

      if (dose != NULL)
        {
          gtk_box_append (GTK_BOX (text), plain_label (self, dose, "step-dose"));

          if (step->hold_seconds > 0)
            gtk_box_append (GTK_BOX (text),
                            fascia_hold_timer_view_new (step->hold_seconds, MAX (step->sets, 1), i + 1));
        }

      gtk_box_append (GTK_BOX (row), text);
      gtk_box_append (GTK_BOX (steps), row);
    }

  return steps;
}

static GtkWidget *
build_evidence (FasciaPageView    *self,
                const FasciaBlock *block)
{
  GtkWidget *box = vbox (6);
  g_autofree char *badge_text = fascia_evidence_dup_badge (block->evidence_level);
  GtkWidget *badge = gtk_label_new (badge_text);

  gtk_widget_add_css_class (box, "evidence");
  gtk_widget_add_css_class (box, fascia_evidence_level_to_string (block->evidence_level));
  gtk_widget_add_css_class (badge, "evidence-badge");
  gtk_widget_set_halign (badge, GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (box), badge);
  gtk_box_append (GTK_BOX (box), inline_label (self, block->inlines, NULL));

  return box;
}

static GtkWidget *
build_referrers (FasciaPageView    *self,
                 const FasciaBlock *block)
{
  GtkWidget *list = vbox (8);

  gtk_widget_add_css_class (list, "referrers");

  for (guint i = 0; i < block->children->len; i++)
    {
      const FasciaBlock *referrer = g_ptr_array_index (block->children, i);
      g_autofree char *detail = fascia_referrer_to_markup (self->library, self->page, referrer,
                                                           FASCIA_MARKUP_SCREEN);
      g_autofree char *markup = g_strdup_printf ("%u. %s", i + 1, detail);

      gtk_box_append (GTK_BOX (list), text_label (self, markup, NULL));
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
  GtkWidget *card = vbox (8);
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);
  GtkWidget *icon = gtk_image_new_from_icon_name (icons[block->urgency]);
  const char *urgency_label = fascia_urgency_get_label (block->urgency);
  const char *title = block->title != NULL ? block->title : fascia_urgency_get_heading (block->urgency);
  const char *advice = fascia_urgency_get_advice (block->urgency);
  GtkWidget *list = vbox (6);

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
  gtk_box_append (GTK_BOX (header), icon);
  gtk_box_append (GTK_BOX (header), heading_label (self, title, 3, "red-flags-title"));
  gtk_box_append (GTK_BOX (card), header);
  gtk_box_append (GTK_BOX (card), plain_label (self, advice, "red-flags-advice"));

  gtk_widget_add_css_class (list, "red-flags-list");
  for (guint i = 0; i < block->children->len; i++)
    {
      const FasciaBlock *flag = g_ptr_array_index (block->children, i);
      GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
      GtkWidget *bullet = gtk_label_new ("•");

      gtk_widget_set_valign (bullet, GTK_ALIGN_START);
      gtk_accessible_update_state (GTK_ACCESSIBLE (bullet), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
      gtk_box_append (GTK_BOX (row), bullet);
      gtk_box_append (GTK_BOX (row), inline_label (self, flag->inlines, NULL));
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
  GtkWidget *card = vbox (8);
  g_autofree char *ask = fascia_inlines_to_text (block->inlines);

  gtk_widget_add_css_class (card, "question");
  gtk_widget_add_css_class (card, "card");
  gtk_accessible_update_property (GTK_ACCESSIBLE (card),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, ask,
                                  -1);
  gtk_box_append (GTK_BOX (card), heading_label (self, ask, 3, "question-ask"));

  gtk_box_append (GTK_BOX (card), plain_label (self, _("If your answer is yes:"), "question-if"));

  for (guint i = 0; i < block->children->len; i++)
    {
      const FasciaBlock *child = g_ptr_array_index (block->children, i);

      if (child->kind == FASCIA_BLOCK_QUESTION_HELP)
        {
          /* The help reads best right under the question. */
          GtkWidget *help = inline_label (self, child->inlines, "question-help");

          gtk_widget_add_css_class (help, "dim-label");
          gtk_box_insert_child_after (GTK_BOX (card), help, gtk_widget_get_first_child (card));
        }
      else if (child->kind == FASCIA_BLOCK_EFFECT)
        {
          g_autofree char *techniques = effect_techniques_markup (self, child);
          g_autofree char *why = fascia_inlines_to_markup (child->inlines, self->page);
          g_autofree char *level = g_markup_escape_text (fascia_safety_level_get_label (child->safety_level), -1);
          g_autofree char *markup = g_strdup_printf ("<b>%s</b>: %s. %s", level, techniques, why);
          GtkWidget *label = text_label (self, markup, "question-effect");

          gtk_widget_add_css_class (label, child->safety_level == FASCIA_SAFETY_AVOID ? "avoid" : "care");
          gtk_box_append (GTK_BOX (card), label);
        }
    }

  return card;
}

static GtkWidget *
build_block (FasciaPageView    *self,
             const FasciaBlock *block)
{
  switch (block->kind)
    {
    case FASCIA_BLOCK_PARAGRAPH:
      return inline_label (self, block->inlines, "paragraph");
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

static GtkWidget *
build_sources (FasciaPageView *self)
{
  GPtrArray *sources = fascia_page_get_sources (self->page);
  GtkWidget *box = vbox (8);

  gtk_widget_add_css_class (box, "sources");
  gtk_box_append (GTK_BOX (box), heading_label (self, _("Sources"), 2, "title-2"));

  for (guint i = 0; i < sources->len; i++)
    {
      const FasciaSource *source = g_ptr_array_index (sources, i);
      g_autofree char *reference = fascia_source_to_markup (source, FASCIA_MARKUP_SCREEN);
      g_autofree char *markup = g_strdup_printf ("%u. %s", i + 1, reference);
      GtkWidget *label = text_label (self, markup, "source");

      g_hash_table_insert (self->anchors, g_strconcat ("source:", source->id, NULL), label);
      gtk_box_append (GTK_BOX (box), label);
    }

  return box;
}

/* On a region page: where its pain may come from, as the body map shows it,
 * and a link to the map with the region highlighted. */
static GtkWidget *
build_body_map_link (FasciaPageView *self)
{
  FasciaBodyMap *map = self->library ? fascia_library_get_body_map (self->library) : NULL;
  g_autoptr(GPtrArray) regions = NULL;
  g_autofree char *origins = NULL;
  g_autofree char *target = NULL;
  g_autofree char *link = NULL;
  const FasciaBodyRegion *region;
  GtkWidget *box;

  if (map == NULL || fascia_page_get_page_type (self->page) != FASCIA_PAGE_REGION)
    return NULL;

  regions = fascia_body_map_dup_regions_for_page (map, fascia_page_get_id (self->page));
  if (regions->len == 0)
    return NULL;

  region = g_ptr_array_index (regions, 0);
  box = vbox (12);
  gtk_widget_add_css_class (box, "section");
  gtk_box_append (GTK_BOX (box), heading_label (self, _("On the Body Map"), 2, "title-2"));

  origins = fascia_region_page_dup_origins_markup (self->library, self->page, FASCIA_MARKUP_SCREEN);
  if (origins != NULL)
    gtk_box_append (GTK_BOX (box), text_label (self, origins, "paragraph"));

  target = fascia_target_build (FASCIA_BODY_MAP_TARGET, region->id);
  link = fascia_markup_link (target, _("Show where it may come from on the body map"), FASCIA_MARKUP_SCREEN);
  gtk_box_append (GTK_BOX (box), text_label (self, link, "paragraph"));

  return box;
}

static GtkWidget *
safety_button (const char *label)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.safety-check");
  gtk_widget_set_halign (button, GTK_ALIGN_START);
  gtk_widget_add_css_class (button, "pill");
  fascia_a11y_name_mnemonic_buttons (button);

  return button;
}

/* On technique pages, right under the summary: what the reader's safety
 * check answers mean for this technique, or an offer to take the check. */
static GtkWidget *
build_safety_box (FasciaPageView *self)
{
  FasciaSafetyCheck *check = self->library ? fascia_library_get_safety_check (self->library) : NULL;
  g_autoptr(GArray) warnings = NULL;
  GtkWidget *box;

  if (check == NULL || self->answers == NULL || fascia_safety_check_get_n_questions (check) == 0 ||
      fascia_page_get_page_type (self->page) != FASCIA_PAGE_TECHNIQUE)
    return NULL;

  box = vbox (10);
  gtk_widget_add_css_class (box, "safety-box");
  warnings = fascia_safety_check_evaluate (check, self->answers, fascia_page_get_id (self->page));

  if (warnings->len == 0 && fascia_safety_answers_get_n_answered (self->answers) == 0)
    {
      GtkWidget *card = vbox (8);

      gtk_widget_add_css_class (card, "safety-offer");
      gtk_widget_add_css_class (card, "card");
      gtk_accessible_update_property (GTK_ACCESSIBLE (card),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("Is this safe for you?"),
                                      -1);
      gtk_box_append (GTK_BOX (card), heading_label (self, _("Is this safe for you?"), 2, "title-4"));
      gtk_box_append (GTK_BOX (card),
                      plain_label (self, _("Some health conditions make a technique unwise. A short safety check "
                                           "asks about them and marks the techniques to avoid. Your answers stay "
                                           "on this computer."), NULL));
      gtk_box_append (GTK_BOX (card), safety_button (_("Take the _Safety Check")));
      gtk_box_append (GTK_BOX (box), card);
      return box;
    }

  if (warnings->len == 0)
    {
      gtk_box_append (GTK_BOX (box),
                      plain_label (self, _("Your safety check answers raise nothing against this technique. "
                                           "Its own cautions below still apply."), "safety-clear"));
      gtk_box_append (GTK_BOX (box), safety_button (_("Change _Answers")));
      return box;
    }

  for (guint i = 0; i < warnings->len; i++)
    {
      const FasciaSafetyWarning *warning = &g_array_index (warnings, FasciaSafetyWarning, i);
      gboolean avoid = warning->effect->safety_level == FASCIA_SAFETY_AVOID;
      gboolean unsure = warning->answer == FASCIA_ANSWER_NOT_SURE;
      GtkWidget *card = vbox (6);
      GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);
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
      gtk_box_append (GTK_BOX (header), icon);
      gtk_box_append (GTK_BOX (header), heading_label (self, title, 3, "safety-warning-title"));
      gtk_box_append (GTK_BOX (card), header);
      why_label = text_label (self, why, NULL);
      gtk_box_append (GTK_BOX (card), why_label);
      if (unsure)
        gtk_box_append (GTK_BOX (card),
                        plain_label (self, _("You answered “not sure”. Ask your doctor before you try it."),
                                     "dim-label"));
      gtk_box_append (GTK_BOX (box), card);
    }

  gtk_box_append (GTK_BOX (box), safety_button (_("Change _Answers")));

  return box;
}

/* On region pages, right under the summary: a way to the warning signs
 * that does not wait for the reader to scroll past everything else. */
static GtkWidget *
build_red_flags_pointer (FasciaPageView *self)
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

  row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Warning"), -1);
  gtk_widget_add_css_class (row, "red-flags-pointer");
  gtk_box_append (GTK_BOX (row), icon);
  gtk_box_append (GTK_BOX (row), text_label (self, markup, NULL));

  return row;
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
  g_ptr_array_set_size (self->labels, 0);
  g_ptr_array_set_size (self->mark_slots, 0);
  self->safety_box = NULL;
  g_array_set_size (self->matches, 0);
  self->find_current = 0;
  g_clear_handle_id (&self->build_idle, g_source_remove);
  self->next_section = 0;
  self->sources_built = FALSE;
}

static guint
build_section (FasciaPageView      *self,
               const FasciaSection *section)
{
  GtkWidget *section_box = vbox (12);
  GtkWidget *heading = heading_label (self, section->title, 2, "title-2");

  gtk_widget_add_css_class (section_box, "section");
  if (section->role == FASCIA_SECTION_ROLE_RED_FLAGS)
    gtk_widget_add_css_class (section_box, "red-flags");
  gtk_box_append (GTK_BOX (section_box), heading);
  g_hash_table_insert (self->anchors, g_strdup (section->id), heading);

  if (section->role == FASCIA_SECTION_ROLE_SAFETY_CHECK && self->answers != NULL)
    gtk_box_append (GTK_BOX (section_box), safety_button (_("Take the _Safety Check")));

  for (guint j = 0; j < section->blocks->len; j++)
    gtk_box_append (GTK_BOX (section_box), build_block (self, g_ptr_array_index (section->blocks, j)));

  gtk_box_append (GTK_BOX (self->box), section_box);

  return section->blocks->len;
}

/* Builds up to @max_sections more sections (all when 0), and the sources
 * after the last one. Returns whether the page is now complete. */
static gboolean
build_more (FasciaPageView *self,
            guint           max_sections)
{
  GPtrArray *sections = fascia_page_get_sections (self->page);
  guint built = 0;

  while (self->next_section < sections->len && (max_sections == 0 || built < max_sections))
    {
      build_section (self, g_ptr_array_index (sections, self->next_section++));
      built++;
    }

  if (self->next_section >= sections->len && !self->sources_built)
    {
      GtkWidget *map_box = build_body_map_link (self);

      if (map_box != NULL)
        gtk_box_append (GTK_BOX (self->box), map_box);
      gtk_box_append (GTK_BOX (self->box), build_sources (self));
      self->sources_built = TRUE;
    }

  return self->sources_built;
}

static gboolean
build_idle_cb (gpointer user_data)
{
  FasciaPageView *self = user_data;

  if (self->page != NULL && !build_more (self, SECTIONS_PER_IDLE))
    return G_SOURCE_CONTINUE;

  self->build_idle = 0;
  return G_SOURCE_REMOVE;
}

/* Returns whether anything had still to be built. */
static gboolean
ensure_built (FasciaPageView *self)
{
  if (self->page == NULL || self->sources_built)
    return FALSE;

  build_more (self, 0);
  g_clear_handle_id (&self->build_idle, g_source_remove);
  return TRUE;
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

  title = heading_label (self, fascia_page_get_title (self->page), 1, "title-1");
  gtk_box_append (GTK_BOX (self->box), title);
  gtk_box_append (GTK_BOX (self->box),
                  inline_label (self, fascia_page_get_summary (self->page), "summary"));

  if ((extra = build_red_flags_pointer (self)) != NULL)
    gtk_box_append (GTK_BOX (self->box), extra);
  if ((self->safety_box = build_safety_box (self)) != NULL)
    gtk_box_append (GTK_BOX (self->box), self->safety_box);

  self->next_section = 0;
  self->sources_built = FALSE;

  /* Measuring wrapped text is what a first frame waits for: give it only
   * what fills the window, and build the rest once the window is up. */
  while (self->next_section < sections->len && n_blocks < FIRST_FRAME_BLOCKS)
    n_blocks += build_section (self, g_ptr_array_index (sections, self->next_section++));

  if (!build_more (self, 1) && self->build_idle == 0)
    self->build_idle = g_idle_add_full (G_PRIORITY_LOW, build_idle_cb, self, NULL);
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
  if ((self->pending_anchor != NULL || value > 0) && ensure_built (self))
    return G_SOURCE_CONTINUE;

  if (self->pending_anchor != NULL)
    {
      GtkWidget *anchor = g_hash_table_lookup (self->anchors, self->pending_anchor);
      graphene_point_t point;

      if (anchor != NULL &&
          gtk_widget_compute_point (anchor, self->box, &GRAPHENE_POINT_INIT (0, 0), &point))
        value = MAX (0.0, point.y - 12.0);

      if (anchor != NULL)
        gtk_widget_grab_focus (anchor);
    }

  gtk_adjustment_set_value (vadj, value);

  g_clear_pointer (&self->pending_anchor, g_free);
  self->scroll_tick = 0;

  return G_SOURCE_REMOVE;
}

static void
queue_scroll (FasciaPageView *self,
              const char     *anchor,
              double          scroll)
{
  g_free (self->pending_anchor);
  self->pending_anchor = g_strdup (anchor);
  self->pending_scroll = scroll;

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
      if (page != NULL)
        build_page (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAGE]);
    }

  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scroller)), 0);
  queue_scroll (self, section_id, scroll);
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

double
fascia_page_view_get_scroll (FasciaPageView *self)
{
  g_return_val_if_fail (FASCIA_IS_PAGE_VIEW (self), 0);

  return gtk_adjustment_get_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scroller)));
}

void
fascia_page_view_rebuild (FasciaPageView *self)
{
  g_autoptr(FasciaPage) page = NULL;
  double scroll;

  if (self->page == NULL)
    return;

  scroll = fascia_page_view_get_scroll (self);
  page = g_object_ref (self->page);
  clear_content (self);
  build_page (self);
  /* A link's section or a restored position still to be scrolled to wins. */
  if (self->scroll_tick == 0)
    queue_scroll (self, NULL, scroll);
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

  for (guint i = self->labels->len; i-- > 0;)
    if (gtk_widget_is_ancestor (g_ptr_array_index (self->labels, i), old))
      {
        g_ptr_array_remove_index (self->labels, i);
        position = i;
      }
  if (position == G_MAXUINT)
    position = self->labels->len;

  before = self->labels->len;
  fresh = build_safety_box (self);
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
    update_mark_slot (self, g_ptr_array_index (self->mark_slots, i));

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
    self->answers_changed_id = g_signal_connect (answers, "changed", G_CALLBACK (on_answers_changed_cb), self);

  fascia_page_view_rebuild (self);
}

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

      queue_scroll (self, anchor, fascia_page_view_get_scroll (self));
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

  ensure_built (self);

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

  g_clear_handle_id (&self->build_idle, g_source_remove);
  if (self->labels != NULL)
    g_ptr_array_set_size (self->labels, 0);
  if (self->mark_slots != NULL)
    g_ptr_array_set_size (self->mark_slots, 0);
  self->safety_box = NULL;
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

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fascia_page_view_class_init (FasciaPageViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fascia_page_view_dispose;
  object_class->finalize = fascia_page_view_finalize;
  object_class->get_property = fascia_page_view_get_property;

  properties[PROP_PAGE] =
    g_param_spec_object ("page", NULL, NULL,
                         FASCIA_TYPE_PAGE,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
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

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
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

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  self->text_css = gtk_css_provider_new ();
  gtk_style_context_add_provider (gtk_widget_get_style_context (GTK_WIDGET (self)),
                                  GTK_STYLE_PROVIDER (self->text_css),
                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  G_GNUC_END_IGNORE_DEPRECATIONS

  self->scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scroller),
                                  GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_parent (self->scroller, GTK_WIDGET (self));

  self->clamp = adw_clamp_new ();
  adw_clamp_set_maximum_size (ADW_CLAMP (self->clamp), 760);
  adw_clamp_set_tightening_threshold (ADW_CLAMP (self->clamp), 600);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scroller), self->clamp);

  self->box = vbox (18);
  gtk_widget_add_css_class (self->box, "page-content");
  adw_clamp_set_child (ADW_CLAMP (self->clamp), self->box);
}

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

  scale = CLAMP (scale, 0.5, 3.0);
  self->text_scale = scale;
  g_ascii_formatd (number, sizeof number, "%.0f", scale * 100);
  css = g_strdup_printf ("pageview { font-size: %s%%; }", number);
  gtk_css_provider_load_from_data (self->text_css, css, -1);
}

double
fascia_page_view_get_text_scale (FasciaPageView *self)
{
  g_return_val_if_fail (FASCIA_IS_PAGE_VIEW (self), 1.0);
  return self->text_scale;
}

void
fascia_page_view_set_scroll (FasciaPageView *self,
                             double          scroll)
{
  g_return_if_fail (FASCIA_IS_PAGE_VIEW (self));
  queue_scroll (self, NULL, scroll);
}

/* Case-insensitive search for @needle (already lower case) in @haystack,
 * character by character so that byte offsets stay those of @haystack. */
static void
find_in_text (FasciaPageView *self,
              GtkLabel       *label,
              const char     *haystack,
              const char     *needle)
{
  for (const char *p = haystack; *p; p = g_utf8_next_char (p))
    {
      const char *h = p;
      const char *n = needle;

      while (*n && *h && g_unichar_tolower (g_utf8_get_char (h)) == g_utf8_get_char (n))
        {
          h = g_utf8_next_char (h);
          n = g_utf8_next_char (n);
        }

      if (*n == '\0')
        {
          Match match = { label, (guint)(p - haystack), (guint)(h - haystack) };

          g_array_append_val (self->matches, match);
          p = h - 1;
          /* Step back to a character start for the loop's next_char. */
          while (p > haystack && (*p & 0xC0) == 0x80)
            p--;
        }
    }
}

static void
apply_highlights (FasciaPageView *self)
{
  GtkLabel *previous = NULL;
  PangoAttrList *attrs = NULL;

  for (guint i = 0; i < self->labels->len; i++)
    gtk_label_set_attributes (g_ptr_array_index (self->labels, i), NULL);

  for (guint i = 0; i <= self->matches->len; i++)
    {
      Match *match = i < self->matches->len ? &g_array_index (self->matches, Match, i) : NULL;
      PangoAttribute *attr;

      if (previous != NULL && (match == NULL || match->label != previous))
        {
          gtk_label_set_attributes (previous, attrs);
          g_clear_pointer (&attrs, pango_attr_list_unref);
        }
      if (match == NULL)
        break;

      if (attrs == NULL)
        attrs = pango_attr_list_new ();
      previous = match->label;

      /* Yellow for every match, orange for the current one, with dark text
       * so that both read well in light and dark styles. */
      if (i == self->find_current)
        attr = pango_attr_background_new (0xffff, 0xa300, 0x4800);
      else
        attr = pango_attr_background_new (0xf800, 0xe400, 0x5c00);
      attr->start_index = match->start;
      attr->end_index = match->end;
      pango_attr_list_insert (attrs, attr);
      attr = pango_attr_foreground_new (0x2000, 0x2000, 0x2000);
      attr->start_index = match->start;
      attr->end_index = match->end;
      pango_attr_list_insert (attrs, attr);
    }
}

static void
scroll_to_current (FasciaPageView *self)
{
  Match *match;
  graphene_point_t point;
  PangoRectangle pos;
  int layout_x, layout_y;
  GtkAdjustment *vadj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scroller));
  double top, page_size;

  if (self->find_current >= self->matches->len)
    return;

  match = &g_array_index (self->matches, Match, self->find_current);
  if (!gtk_widget_compute_point (GTK_WIDGET (match->label), self->box, &GRAPHENE_POINT_INIT (0, 0), &point))
    return;

  pango_layout_index_to_pos (gtk_label_get_layout (match->label), (int)match->start, &pos);
  gtk_label_get_layout_offsets (match->label, &layout_x, &layout_y);
  top = point.y + pos.y / (double)PANGO_SCALE;
  page_size = gtk_adjustment_get_page_size (vadj);

  /* Only scroll when the match is out of sight, and then put it a third of
   * the way down, where the eye expects it. */
  if (top < gtk_adjustment_get_value (vadj) || top + 24 > gtk_adjustment_get_value (vadj) + page_size)
    gtk_adjustment_set_value (vadj, MAX (0, top - page_size / 3));
}

/**
 * fascia_page_view_find:
 * @text: (nullable): what to find; %NULL or "" clears
 *
 * Highlights every case-insensitive match of @text in the page and makes
 * the first one current.
 *
 * Returns: the number of matches
 */
guint
fascia_page_view_find (FasciaPageView *self,
                       const char     *text)
{
  g_autofree char *needle = NULL;

  g_return_val_if_fail (FASCIA_IS_PAGE_VIEW (self), 0);

  g_array_set_size (self->matches, 0);
  self->find_current = 0;
  /* Copy before freeing: @text may be find_text itself. */
  text = g_strdup (text);
  g_free (self->find_text);
  self->find_text = (char *)text;

  if (text != NULL && text[0] != '\0' && g_utf8_validate (text, -1, NULL))
    {
      ensure_built (self);
      needle = g_utf8_strdown (text, -1);

      for (guint i = 0; i < self->labels->len; i++)
        {
          GtkLabel *label = g_ptr_array_index (self->labels, i);

          find_in_text (self, label, gtk_label_get_text (label), needle);
        }
    }

  apply_highlights (self);
  scroll_to_current (self);

  return self->matches->len;
}

/**
 * fascia_page_view_find_step:
 * @direction: 1 for the next match, -1 for the previous one
 *
 * Moves to the next or previous match, wrapping around.
 */
void
fascia_page_view_find_step (FasciaPageView *self,
                            int             direction)
{
  guint n;

  g_return_if_fail (FASCIA_IS_PAGE_VIEW (self));

  n = self->matches->len;
  if (n == 0)
    return;

  self->find_current = (self->find_current + n + (direction >= 0 ? 1 : n - 1)) % n;
  apply_highlights (self);
  scroll_to_current (self);
}

/**
 * fascia_page_view_get_find_current:
 *
 * Returns: the current match, counting from 1, or 0 when there is none
 */
guint
fascia_page_view_get_find_current (FasciaPageView *self)
{
  g_return_val_if_fail (FASCIA_IS_PAGE_VIEW (self), 0);
  return self->matches->len > 0 ? self->find_current + 1 : 0;
}

guint
fascia_page_view_get_find_count (FasciaPageView *self)
{
  g_return_val_if_fail (FASCIA_IS_PAGE_VIEW (self), 0);
  return self->matches->len;
}
