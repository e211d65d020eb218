/* fascia-text-row.c - a marker or icon beside wrapped text, laid out without width-for-height
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A horizontal GtkBox in GTK 4.8 asks each child, every time it is
 * allocated, how wide it must be at the row's height. A wrapped label
 * answers that by laying its text out at width after width, a search of a
 * dozen layouts, and a page has dozens of such rows (list items, steps,
 * warning signs, note headings): that was most of the time a page took to
 * open. Text flows down, never across: its width does not depend on its
 * height. So this row asks each child for its widths at any height (which
 * GTK keeps from one frame to the next), shares out the width as a box does
 * (each child its least, then towards its natural width, what is left to
 * the children that expand), and gives each the row's height. Children are
 * placed from the start edge: the right in a right-to-left locale.
 */
#define G_LOG_DOMAIN "fascia-widgets"

#include "config.h"

#include "fascia-text-row.h"

struct _FasciaTextRow
{
  GtkWidget parent_instance;

  int       spacing;
};

G_DEFINE_FINAL_TYPE (FasciaTextRow, fascia_text_row, GTK_TYPE_WIDGET)

/* The width of each visible child when the row is @width wide. */
static GArray *
child_widths (FasciaTextRow *self,
              int            width)
{
  GArray *sizes = g_array_new (FALSE, TRUE, sizeof (GtkRequestedSize));
  int extra = width;
  guint n_expand = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkRequestedSize size = { child, 0, 0 };

      if (!gtk_widget_should_layout (child))
        continue;
      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &size.minimum_size, &size.natural_size, NULL, NULL);
      extra -= size.minimum_size;
      n_expand += gtk_widget_compute_expand (child, GTK_ORIENTATION_HORIZONTAL);
      g_array_append_val (sizes, size);
    }
  if (sizes->len == 0)
    return sizes;

  extra -= self->spacing * ((int)sizes->len - 1);
  extra = gtk_distribute_natural_allocation (MAX (0, extra), sizes->len, (GtkRequestedSize *)sizes->data);
  if (n_expand > 0 && extra > 0)
    {
      int share = extra / (int)n_expand, rest = extra % (int)n_expand;

      for (guint i = 0; i < sizes->len; i++)
        {
          GtkRequestedSize *size = &g_array_index (sizes, GtkRequestedSize, i);

          if (gtk_widget_compute_expand (size->data, GTK_ORIENTATION_HORIZONTAL))
            size->minimum_size += share + (rest-- > 0 ? 1 : 0);
        }
    }

  return sizes;
}

static void
fascia_text_row_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  FasciaTextRow *self = FASCIA_TEXT_ROW (widget);
  g_autoptr(GArray) sizes = NULL;

  *minimum = *natural = 0;
  *minimum_baseline = *natural_baseline = -1;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      guint n = 0;

      for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
           child = gtk_widget_get_next_sibling (child))
        {
          int min, nat;

          if (!gtk_widget_should_layout (child))
            continue;
          gtk_widget_measure (child, orientation, -1, &min, &nat, NULL, NULL);
          *minimum += min;
          *natural += nat;
          n++;
        }
      if (n > 1)
        {
          *minimum += self->spacing * ((int)n - 1);
          *natural += self->spacing * ((int)n - 1);
        }
      return;
    }

  /* As tall as the tallest child at the width it would get; with no width
   * given, at its natural width. */
  sizes = child_widths (self, for_size >= 0 ? for_size : G_MAXINT / 4);
  for (guint i = 0; i < sizes->len; i++)
    {
      GtkRequestedSize *size = &g_array_index (sizes, GtkRequestedSize, i);
      int min, nat;

      gtk_widget_measure (size->data, orientation, for_size >= 0 ? size->minimum_size : size->natural_size,
                          &min, &nat, NULL, NULL);
      *minimum = MAX (*minimum, min);
      *natural = MAX (*natural, nat);
    }
}

static void
fascia_text_row_size_allocate (GtkWidget *widget,
                               int        width,
                               int        height,
                               int        baseline)
{
  FasciaTextRow *self = FASCIA_TEXT_ROW (widget);
  g_autoptr(GArray) sizes = child_widths (self, width);
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  int x = 0;

  for (guint i = 0; i < sizes->len; i++)
    {
      GtkRequestedSize *size = &g_array_index (sizes, GtkRequestedSize, i);
      int child_x = rtl ? width - x - size->minimum_size : x;

      gtk_widget_size_allocate (size->data, &(GtkAllocation) { child_x, 0, size->minimum_size, height }, -1);
      x += size->minimum_size + self->spacing;
    }
}

static GtkSizeRequestMode
fascia_text_row_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
fascia_text_row_compute_expand (GtkWidget *widget,
                                gboolean  *hexpand,
                                gboolean  *vexpand)
{
  *hexpand = *vexpand = FALSE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      *hexpand |= gtk_widget_compute_expand (child, GTK_ORIENTATION_HORIZONTAL);
      *vexpand |= gtk_widget_compute_expand (child, GTK_ORIENTATION_VERTICAL);
    }
}

static void
fascia_text_row_dispose (GObject *object)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (fascia_text_row_parent_class)->dispose (object);
}

static void
fascia_text_row_class_init (FasciaTextRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fascia_text_row_dispose;
  widget_class->measure = fascia_text_row_measure;
  widget_class->size_allocate = fascia_text_row_size_allocate;
  widget_class->get_request_mode = fascia_text_row_get_request_mode;
  widget_class->compute_expand = fascia_text_row_compute_expand;
  gtk_widget_class_set_css_name (widget_class, "textrow");
}

static void
fascia_text_row_init (FasciaTextRow *self)
{
}

/**
 * fascia_text_row_new:
 * @spacing: pixels between two children
 *
 * Returns: (transfer floating): a new, empty row
 */
GtkWidget *
fascia_text_row_new (int spacing)
{
  FasciaTextRow *self = g_object_new (FASCIA_TYPE_TEXT_ROW, NULL);

  self->spacing = MAX (spacing, 0);
  return GTK_WIDGET (self);
}

/**
 * fascia_text_row_append:
 * @self: a row
 * @child: a widget to put after the others
 */
void
fascia_text_row_append (FasciaTextRow *self,
                        GtkWidget     *child)
{
  g_return_if_fail (FASCIA_IS_TEXT_ROW (self));
  g_return_if_fail (GTK_IS_WIDGET (child));

  gtk_widget_insert_before (child, GTK_WIDGET (self), NULL);
}
