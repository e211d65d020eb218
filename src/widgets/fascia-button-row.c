/* fascia-button-row.c - buttons side by side, one under the other when they do not fit
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A GtkBox of buttons asks for the sum of its buttons' widths, and a
 * translation a third longer than the English then widens the narrowest
 * window. This row asks only for its widest button: given room for all of
 * them at their least, it lays them out in a row, otherwise in a column,
 * each as wide as the row. It can also be told to stack always (the body
 * map's modes in the column beside the figures).
 */
#define G_LOG_DOMAIN "fascia-widgets"

#include "config.h"

#include "fascia-button-row.h"

struct _FasciaButtonRow
{
  GtkWidget parent_instance;

  int       spacing;
  gboolean  homogeneous;  /* in a row, every child as wide as the widest */
  gboolean  stacked;      /* always a column */
};

G_DEFINE_FINAL_TYPE (FasciaButtonRow, fascia_button_row, GTK_TYPE_WIDGET)

/* The least width a row of the visible children needs, and how many there are. */
static int
row_min_width (FasciaButtonRow *self,
               guint           *n_visible)
{
  int sum = 0, widest = 0;
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int min;

      if (!gtk_widget_should_layout (child))
        continue;
      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
      sum += min;
      widest = MAX (widest, min);
      n++;
    }

  *n_visible = n;
  if (n == 0)
    return 0;
  return (self->homogeneous ? widest * (int)n : sum) + self->spacing * ((int)n - 1);
}

static gboolean
fits_in_row (FasciaButtonRow *self,
             int              width)
{
  guint n;
  int needed = row_min_width (self, &n);

  return !self->stacked && (width < 0 || needed <= width);
}

/* The widths of the visible children in a row @width wide: each its
 * least, then what is left shared out towards their natural widths (or
 * evenly, when homogeneous). The measure and the allocation share it, so a
 * child is measured at the width it gets. */
static GArray *
row_widths (FasciaButtonRow *self,
            int              width)
{
  GArray *sizes = g_array_new (FALSE, TRUE, sizeof (GtkRequestedSize));
  int extra = width;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkRequestedSize size = { child, 0, 0 };

      if (!gtk_widget_should_layout (child))
        continue;
      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &size.minimum_size, &size.natural_size, NULL, NULL);
      extra -= size.minimum_size;
      g_array_append_val (sizes, size);
    }
  if (sizes->len == 0)
    return sizes;
  extra -= self->spacing * ((int)sizes->len - 1);

  if (self->homogeneous)
    {
      int each = (width - self->spacing * ((int)sizes->len - 1)) / (int)sizes->len;

      for (guint i = 0; i < sizes->len; i++)
        g_array_index (sizes, GtkRequestedSize, i).minimum_size = each;
    }
  else
    gtk_distribute_natural_allocation (MAX (0, extra), sizes->len, (GtkRequestedSize *)sizes->data);

  return sizes;
}

static void
fascia_button_row_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  FasciaButtonRow *self = FASCIA_BUTTON_ROW (widget);
  gboolean row = orientation == GTK_ORIENTATION_HORIZONTAL ? !self->stacked : fits_in_row (self, for_size);
  int widest_nat = 0;
  guint n = 0;

  *minimum = *natural = 0;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
         child = gtk_widget_get_next_sibling (child))
      {
        int min, nat;

        if (!gtk_widget_should_layout (child))
          continue;
        gtk_widget_measure (child, orientation, -1, &min, &nat, NULL, NULL);
        /* Stacked is always possible: the least is the widest child. */
        *minimum = MAX (*minimum, min);
        widest_nat = MAX (widest_nat, nat);
        *natural = row ? *natural + nat : MAX (*natural, nat);
        n++;
      }
  else if (row)
    {
      /* Each child at the width the allocation will give it; with no width
       * given, at its natural width. */
      g_autoptr(GArray) sizes = row_widths (self, for_size >= 0 ? for_size : G_MAXINT / 2);

      for (guint i = 0; i < sizes->len; i++)
        {
          GtkRequestedSize *size = &g_array_index (sizes, GtkRequestedSize, i);
          int width = for_size >= 0 ? size->minimum_size : size->natural_size;
          int min, nat;

          gtk_widget_measure (size->data, orientation, width, &min, &nat, NULL, NULL);
          *minimum = MAX (*minimum, min);
          *natural = MAX (*natural, nat);
        }
      n = sizes->len;
    }
  else
    for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
         child = gtk_widget_get_next_sibling (child))
      {
        int min, nat;

        if (!gtk_widget_should_layout (child))
          continue;
        gtk_widget_measure (child, orientation, for_size, &min, &nat, NULL, NULL);
        *minimum += min;
        *natural += nat;
        n++;
      }

  if (n > 1 && (orientation == GTK_ORIENTATION_HORIZONTAL) == row)
    {
      if (orientation == GTK_ORIENTATION_HORIZONTAL && self->homogeneous)
        *natural = widest_nat * (int)n;
      *natural += self->spacing * ((int)n - 1);
      if (orientation == GTK_ORIENTATION_VERTICAL)
        *minimum += self->spacing * ((int)n - 1);
    }

  *minimum_baseline = *natural_baseline = -1;
}

static void
fascia_button_row_size_allocate (GtkWidget *widget,
                                 int        width,
                                 int        height,
                                 int        baseline)
{
  FasciaButtonRow *self = FASCIA_BUTTON_ROW (widget);
  g_autoptr(GArray) sizes = NULL;
  int x = 0, y = 0;
  guint n;

  row_min_width (self, &n);
  if (n == 0)
    return;

  if (!fits_in_row (self, width))
    {
      for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
           child = gtk_widget_get_next_sibling (child))
        {
          int child_height;

          if (!gtk_widget_should_layout (child))
            continue;
          gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, width, &child_height, NULL, NULL, NULL);
          gtk_widget_size_allocate (child, &(GtkAllocation) { 0, y, width, child_height }, -1);
          y += child_height + self->spacing;
        }
      return;
    }

  sizes = row_widths (self, width);
  for (guint i = 0; i < sizes->len; i++)
    {
      GtkRequestedSize *size = &g_array_index (sizes, GtkRequestedSize, i);
      gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
      int child_x = rtl ? width - x - size->minimum_size : x;

      gtk_widget_size_allocate (size->data, &(GtkAllocation) { child_x, 0, size->minimum_size, height }, -1);
      x += size->minimum_size + self->spacing;
    }
}

static GtkSizeRequestMode
fascia_button_row_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
fascia_button_row_dispose (GObject *object)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (fascia_button_row_parent_class)->dispose (object);
}

static void
fascia_button_row_class_init (FasciaButtonRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fascia_button_row_dispose;
  widget_class->measure = fascia_button_row_measure;
  widget_class->size_allocate = fascia_button_row_size_allocate;
  widget_class->get_request_mode = fascia_button_row_get_request_mode;
  gtk_widget_class_set_css_name (widget_class, "buttonrow");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
fascia_button_row_init (FasciaButtonRow *self)
{
}

/**
 * fascia_button_row_new:
 * @spacing: pixels between two buttons, across or down
 * @homogeneous: whether buttons in a row are all as wide as the widest
 *
 * Returns: (transfer floating): a new, empty row
 */
GtkWidget *
fascia_button_row_new (int      spacing,
                       gboolean homogeneous)
{
  FasciaButtonRow *self = g_object_new (FASCIA_TYPE_BUTTON_ROW, NULL);

  self->spacing = MAX (spacing, 0);
  self->homogeneous = homogeneous;

  return GTK_WIDGET (self);
}

/**
 * fascia_button_row_append:
 * @self: a row
 * @child: a button, or any widget, to put after the others
 */
void
fascia_button_row_append (FasciaButtonRow *self,
                          GtkWidget       *child)
{
  g_return_if_fail (FASCIA_IS_BUTTON_ROW (self));
  g_return_if_fail (GTK_IS_WIDGET (child));

  gtk_widget_insert_before (child, GTK_WIDGET (self), NULL);
}

/**
 * fascia_button_row_set_stacked:
 * @self: a row
 * @stacked: whether the buttons always go one under the other
 */
void
fascia_button_row_set_stacked (FasciaButtonRow *self,
                               gboolean         stacked)
{
  g_return_if_fail (FASCIA_IS_BUTTON_ROW (self));

  if (self->stacked == !!stacked)
    return;
  self->stacked = !!stacked;
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

/**
 * fascia_button_row_is_stacked:
 * @self: a row
 *
 * Returns: whether the buttons are one under the other as last laid out:
 *   told to, or too wide for a row at the width given
 */
gboolean
fascia_button_row_is_stacked (FasciaButtonRow *self)
{
  g_return_val_if_fail (FASCIA_IS_BUTTON_ROW (self), FALSE);

  return !fits_in_row (self, gtk_widget_get_width (GTK_WIDGET (self)));
}
