/* fascia-figure-draw.c - the body map's colours, and a view drawn with cairo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The figure on screen (FasciaBodyFigure and its region controls), the
 * pictures on pages (FasciaFigurePicture) and printing all take their
 * colours from here, and the pictures and printing draw with the same code:
 * regions filled by how they are marked, each with a border inside its own
 * edge in a colour that stands out from its own fill (so that two marked
 * neighbours still show their border), then muscles and places on top.
 *
 * Colours are libadwaita's palette (light_3, dark_1, blue_4, …), chosen so
 * that everything that marks a region has a contrast of at least 3:1 with a
 * plain region, in the light and the dark style; tests/test-figure.c checks
 * it. Patterns (the dots of a spillover zone, the hatching of a place never
 * to press) keep their size in pixels whatever the scale.
 */
#define G_LOG_DOMAIN "fascia-figure"

#include "config.h"

#include <math.h>

#include "fascia-figure-draw.h"
#include "fascia-path-cairo.h"

static void
rgba (GdkRGBA    *color,
      const char *spec)
{
  if (!gdk_rgba_parse (color, spec))
    g_assert_not_reached ();
}

/**
 * fascia_figure_palette_init:
 * @palette: the palette to fill
 * @dark: whether for the dark style
 *
 * The figure's colours for the light or the dark style. Printing always
 * uses the light ones: paper is white.
 */
void
fascia_figure_palette_init (FasciaFigurePalette *palette,
                            gboolean             dark)
{
  g_return_if_fail (palette != NULL);

  if (dark)
    {
      rgba (&palette->body, "#3d3846");      /* dark_3 */
      rgba (&palette->border, "#c0bfbc");    /* light_4 */
      rgba (&palette->on_mark, "#241f31");   /* dark_4 */
      rgba (&palette->accent, "#99c1f1");    /* blue_1 */
      rgba (&palette->source, "#ffa348");    /* orange_2 */
      rgba (&palette->muscle, "#dc8add");    /* purple_1 */
      rgba (&palette->pain, "#f66151");      /* red_1 */
      rgba (&palette->place, "#f66151");     /* red_1 */
    }
  else
    {
      rgba (&palette->body, "#deddda");      /* light_3 */
      rgba (&palette->border, "#3d3846");    /* dark_3 */
      rgba (&palette->on_mark, "#ffffff");   /* light_1 */
      rgba (&palette->accent, "#1c71d8");    /* blue_4 */
      rgba (&palette->source, "#c64600");    /* orange_5 */
      rgba (&palette->muscle, "#813d9c");    /* purple_4 */
      rgba (&palette->pain, "#e01b24");      /* red_3 */
      rgba (&palette->place, "#c01c28");     /* red_4 */
    }
}

/**
 * fascia_figure_palette_for_widget:
 * @widget: a widget
 * @palette: the palette to fill
 *
 * The figure's colours for the style @widget is drawn in: light text means
 * the dark style.
 */
void
fascia_figure_palette_for_widget (GtkWidget           *widget,
                                  FasciaFigurePalette *palette)
{
  GdkRGBA fg;

  g_return_if_fail (GTK_IS_WIDGET (widget));

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &fg);
  G_GNUC_END_IGNORE_DEPRECATIONS

  fascia_figure_palette_init (palette, fg.red + fg.green + fg.blue > 1.5);
}

static double
channel (double c)
{
  return c <= 0.03928 ? c / 12.92 : pow ((c + 0.055) / 1.055, 2.4);
}

static double
luminance (const GdkRGBA *color)
{
  return 0.2126 * channel (color->red) + 0.7152 * channel (color->green) + 0.0722 * channel (color->blue);
}

/**
 * fascia_figure_contrast:
 * @a: a colour, opaque
 * @b: another
 *
 * Returns: the WCAG contrast ratio of the two colours, from 1 to 21
 */
double
fascia_figure_contrast (const GdkRGBA *a,
                        const GdkRGBA *b)
{
  double la = luminance (a), lb = luminance (b);

  return (MAX (la, lb) + 0.05) / (MIN (la, lb) + 0.05);
}

/**
 * fascia_figure_content_init:
 * @content: what a picture shows, to set up empty
 */
void
fascia_figure_content_init (FasciaFigureContent *content)
{
  g_return_if_fail (content != NULL);

  content->marks = g_hash_table_new (g_str_hash, g_str_equal);
  content->muscles = g_ptr_array_new ();
  content->places = g_ptr_array_new ();
}

/**
 * fascia_figure_content_clear:
 * @content: what a picture shows
 *
 * Frees what fascia_figure_content_init() made. The regions, muscles and
 * places belong to the map, which must outlive the content.
 */
void
fascia_figure_content_clear (FasciaFigureContent *content)
{
  g_return_if_fail (content != NULL);

  g_clear_pointer (&content->marks, g_hash_table_unref);
  g_clear_pointer (&content->muscles, g_ptr_array_unref);
  g_clear_pointer (&content->places, g_ptr_array_unref);
}

/**
 * fascia_figure_content_set_mark:
 * @content: what a picture shows
 * @region: a region of the map
 * @mark: how to mark it
 *
 * Marks @region. A region marked twice keeps the stronger mark: the page's
 * own region over a zone, an essential zone over a spillover one.
 */
void
fascia_figure_content_set_mark (FasciaFigureContent    *content,
                                const FasciaBodyRegion *region,
                                FasciaFigureMark        mark)
{
  FasciaFigureMark old;

  g_return_if_fail (content != NULL);
  g_return_if_fail (region != NULL);

  old = fascia_figure_content_get_mark (content, region);
  if (old != FASCIA_FIGURE_PLAIN && old <= mark)
    return;

  g_hash_table_insert (content->marks, region->id, GUINT_TO_POINTER (mark));
}

/**
 * fascia_figure_content_get_mark:
 * @content: what a picture shows
 * @region: a region of the map
 *
 * Returns: how @region is marked; %FASCIA_FIGURE_PLAIN when it is not
 */
FasciaFigureMark
fascia_figure_content_get_mark (const FasciaFigureContent *content,
                                const FasciaBodyRegion    *region)
{
  g_return_val_if_fail (content != NULL, FASCIA_FIGURE_PLAIN);
  g_return_val_if_fail (region != NULL, FASCIA_FIGURE_PLAIN);

  return GPOINTER_TO_UINT (g_hash_table_lookup (content->marks, region->id));
}

/**
 * fascia_figure_content_shows_view:
 * @content: what a picture shows
 * @view: a view of the map
 *
 * Returns: whether anything of @content is on @view: a marked region, a
 *   muscle or a place drawn there. A picture leaves out the other views.
 */
gboolean
fascia_figure_content_shows_view (const FasciaFigureContent *content,
                                  const FasciaBodyView      *view)
{
  g_return_val_if_fail (content != NULL, FALSE);
  g_return_val_if_fail (view != NULL, FALSE);

  for (guint r = 0; r < view->regions->len; r++)
    if (fascia_figure_content_get_mark (content, g_ptr_array_index (view->regions, r)) != FASCIA_FIGURE_PLAIN)
      return TRUE;

  for (guint m = 0; m < content->muscles->len; m++)
    {
      const FasciaBodyMuscle *muscle = g_ptr_array_index (content->muscles, m);

      for (guint s = 0; s < muscle->shapes->len; s++)
        if (((FasciaBodyShape *)g_ptr_array_index (muscle->shapes, s))->view == view)
          return TRUE;
    }

  for (guint p = 0; p < content->places->len; p++)
    {
      const FasciaBodyPlace *place = g_ptr_array_index (content->places, p);

      for (guint s = 0; s < place->shapes->len; s++)
        if (((FasciaBodyShape *)g_ptr_array_index (place->shapes, s))->view == view)
          return TRUE;
    }

  return FALSE;
}

static void
set_color (cairo_t       *cr,
           const GdkRGBA *color)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha);
}

/**
 * fascia_figure_content_for_page:
 * @content: what a picture shows, set up with fascia_figure_content_init()
 * @figure: what a page's picture shows
 *
 * Marks and adds what @figure shows: a muscle with its pattern (the
 * essential zone solid, the spillover zone dotted), a region page's own
 * regions, a technique's areas and the places its steps keep off.
 */
void
fascia_figure_content_for_page (FasciaFigureContent    *content,
                                const FasciaPageFigure *figure)
{
  g_return_if_fail (content != NULL);
  g_return_if_fail (figure != NULL);

  if (figure->muscle != NULL)
    {
      GPtrArray *essential = figure->muscle->zones[FASCIA_ZONE_ESSENTIAL];
      GPtrArray *spillover = figure->muscle->zones[FASCIA_ZONE_SPILLOVER];

      for (guint i = 0; i < essential->len; i++)
        fascia_figure_content_set_mark (content, g_ptr_array_index (essential, i), FASCIA_FIGURE_ESSENTIAL);
      for (guint i = 0; i < spillover->len; i++)
        fascia_figure_content_set_mark (content, g_ptr_array_index (spillover, i), FASCIA_FIGURE_SPILLOVER);
      g_ptr_array_add (content->muscles, (gpointer)figure->muscle);
    }

  for (guint i = 0; i < figure->subject->len; i++)
    fascia_figure_content_set_mark (content, g_ptr_array_index (figure->subject, i), FASCIA_FIGURE_SUBJECT);
  for (guint i = 0; i < figure->areas->len; i++)
    fascia_figure_content_set_mark (content, g_ptr_array_index (figure->areas, i), FASCIA_FIGURE_AREA);
  for (guint i = 0; i < figure->places->len; i++)
    g_ptr_array_add (content->places, g_ptr_array_index (figure->places, i));
}

/* A pattern of @size pixels drawn by @draw, repeating, sized in pixels
 * whatever the current scale. */
static void
set_source_tile (cairo_t       *cr,
                 const GdkRGBA *color,
                 int            size,
                 void         (*draw) (cairo_t *tile, int size))
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, size, size);
  cairo_t *tile = cairo_create (surface);
  cairo_pattern_t *pattern;
  cairo_matrix_t matrix, user;

  cairo_set_source_rgba (tile, color->red, color->green, color->blue, color->alpha);
  draw (tile, size);
  cairo_destroy (tile);

  pattern = cairo_pattern_create_for_surface (surface);
  cairo_pattern_set_extend (pattern, CAIRO_EXTEND_REPEAT);
  /* The pattern's space is device pixels: undo the user scale. */
  cairo_get_matrix (cr, &user);
  cairo_matrix_init_scale (&matrix, hypot (user.xx, user.yx), hypot (user.xy, user.yy));
  cairo_pattern_set_matrix (pattern, &matrix);
  cairo_set_source (cr, pattern);

  cairo_pattern_destroy (pattern);
  cairo_surface_destroy (surface);
}

static void
draw_dot (cairo_t *tile,
          int      size)
{
  cairo_arc (tile, size / 2.0, size / 2.0, 1.6, 0, 2 * G_PI);
  cairo_fill (tile);
}

static void
draw_hatch (cairo_t *tile,
            int      size)
{
  /* A diagonal that meets itself across the tile's edges. */
  cairo_set_line_width (tile, 2.0);
  cairo_move_to (tile, -1, size + 1);
  cairo_line_to (tile, size + 1, -1);
  cairo_move_to (tile, -1, 1);
  cairo_line_to (tile, 1, -1);
  cairo_move_to (tile, size - 1, size + 1);
  cairo_line_to (tile, size + 1, size - 1);
  cairo_stroke (tile);
}

/**
 * fascia_figure_set_source_dots:
 * @cr: a cairo context
 * @color: the dots' colour
 *
 * Sets the source to the dots of a spillover zone, 6 pixels apart.
 */
void
fascia_figure_set_source_dots (cairo_t       *cr,
                               const GdkRGBA *color)
{
  set_source_tile (cr, color, 6, draw_dot);
}

/**
 * fascia_figure_set_source_hatch:
 * @cr: a cairo context
 * @color: the lines' colour
 *
 * Sets the source to the hatching of a place never to press.
 */
void
fascia_figure_set_source_hatch (cairo_t       *cr,
                                const GdkRGBA *color)
{
  set_source_tile (cr, color, 7, draw_hatch);
}

/* The width, in pixels, of the border between two regions, and of the
 * line inside a marked region's border that stands out from its fill. */
#define BORDER_WIDTH  1.5
#define ON_MARK_WIDTH 1.5

/* A line along the inside of the shape's edge, @width pixels wide. */
static void
stroke_inside (cairo_t          *cr,
               const FasciaPath *path,
               const GdkRGBA    *color,
               double            width,
               double            scale)
{
  cairo_save (cr);
  fascia_path_append_to_cairo (path, cr);
  cairo_clip_preserve (cr);
  cairo_set_line_width (cr, 2 * width / scale);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  set_color (cr, color);
  cairo_stroke (cr);
  cairo_restore (cr);
}

/**
 * fascia_figure_draw_border:
 * @cr: a cairo context whose user space is the map's, @scale pixels a unit
 * @path: a region's shape
 * @palette: the colours
 * @marked: whether the region is filled with a mark's colour
 * @scale: pixels per map unit
 *
 * Draws a region's border, centred on its edge, once all the fills are
 * drawn (two neighbours drawing half a border each would leave a light
 * seam where their antialiasing meets); a marked region also gets a line
 * inside its border in the colour that stands out from its fill.
 */
void
fascia_figure_draw_border (cairo_t                   *cr,
                           const FasciaPath          *path,
                           const FasciaFigurePalette *palette,
                           gboolean                   marked,
                           double                     scale)
{
  if (marked)
    stroke_inside (cr, path, &palette->on_mark, BORDER_WIDTH / 2 + ON_MARK_WIDTH, scale);

  fascia_path_append_to_cairo (path, cr);
  cairo_set_line_width (cr, BORDER_WIDTH / scale);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  set_color (cr, &palette->border);
  cairo_stroke (cr);
}

/**
 * fascia_figure_fill_region:
 * @cr: a cairo context whose user space is the map's, @scale pixels a unit
 * @path: a region's shape
 * @palette: the colours
 * @mark: how the region is marked
 *
 * Fills a region as @mark says: the body's colour, a mark's, or the body's
 * with the dots of a spillover zone.
 */
void
fascia_figure_fill_region (cairo_t                   *cr,
                           const FasciaPath          *path,
                           const FasciaFigurePalette *palette,
                           FasciaFigureMark           mark)
{
  const GdkRGBA *fill = &palette->body;

  switch (mark)
    {
    case FASCIA_FIGURE_SUBJECT:
    case FASCIA_FIGURE_AREA:
      fill = &palette->accent;
      break;
    case FASCIA_FIGURE_ESSENTIAL:
      fill = &palette->pain;
      break;
    case FASCIA_FIGURE_SPILLOVER:
    case FASCIA_FIGURE_PLAIN:
    default:
      break;
    }

  fascia_path_append_to_cairo (path, cr);
  set_color (cr, fill);
  cairo_fill (cr);

  if (mark == FASCIA_FIGURE_SPILLOVER)
    {
      fascia_path_append_to_cairo (path, cr);
      fascia_figure_set_source_dots (cr, &palette->pain);
      cairo_fill (cr);
    }
}

/**
 * fascia_figure_draw_view:
 * @cr: a cairo context whose user space is the map's, @scale pixels a unit
 * @view: the view to draw
 * @content: (nullable): how to mark its regions, and what to draw on top
 * @palette: the colours
 * @scale: pixels per map unit, for line widths and patterns
 *
 * Draws @view's regions, each filled as @content marks it and with its
 * border inside its edge, then @content's muscles and places.
 */
void
fascia_figure_draw_view (cairo_t                   *cr,
                         const FasciaBodyView      *view,
                         const FasciaFigureContent *content,
                         const FasciaFigurePalette *palette,
                         double                     scale)
{
  g_return_if_fail (cr != NULL);
  g_return_if_fail (view != NULL);
  g_return_if_fail (palette != NULL);
  g_return_if_fail (scale > 0);

  /* The fills first, then every border over them. */
  for (guint r = 0; r < view->regions->len; r++)
    {
      const FasciaBodyRegion *region = g_ptr_array_index (view->regions, r);
      FasciaFigureMark mark = content != NULL ? fascia_figure_content_get_mark (content, region) : FASCIA_FIGURE_PLAIN;

      if (region->shape != NULL)
        fascia_figure_fill_region (cr, region->shape, palette, mark);
    }

  for (guint r = 0; r < view->regions->len; r++)
    {
      const FasciaBodyRegion *region = g_ptr_array_index (view->regions, r);
      FasciaFigureMark mark = content != NULL ? fascia_figure_content_get_mark (content, region) : FASCIA_FIGURE_PLAIN;

      if (region->shape != NULL)
        fascia_figure_draw_border (cr, region->shape, palette,
                                   mark != FASCIA_FIGURE_PLAIN && mark != FASCIA_FIGURE_SPILLOVER, scale);
    }

  if (content != NULL)
    fascia_figure_draw_overlays (cr, view, content->muscles, content->places, palette, scale);
}

/**
 * fascia_figure_draw_overlays:
 * @cr: a cairo context whose user space is the map's, @scale pixels a unit
 * @view: the view drawn
 * @muscles: (nullable) (element-type FasciaBodyMuscle): muscles to draw
 * @places: (nullable) (element-type FasciaBodyPlace): places to draw
 * @palette: the colours
 * @scale: pixels per map unit
 *
 * Draws the shapes on @view of @muscles (filled, with a border) and of
 * @places (hatched, with a border), over whatever is drawn already.
 */
void
fascia_figure_draw_overlays (cairo_t                   *cr,
                             const FasciaBodyView      *view,
                             GPtrArray                 *muscles,
                             GPtrArray                 *places,
                             const FasciaFigurePalette *palette,
                             double                     scale)
{
  for (guint m = 0; muscles != NULL && m < muscles->len; m++)
    {
      const FasciaBodyMuscle *muscle = g_ptr_array_index (muscles, m);

      for (guint s = 0; s < muscle->shapes->len; s++)
        {
          const FasciaBodyShape *shape = g_ptr_array_index (muscle->shapes, s);

          if (shape->view != view)
            continue;

          fascia_path_append_to_cairo (shape->path, cr);
          set_color (cr, &palette->muscle);
          cairo_fill_preserve (cr);
          cairo_set_line_width (cr, 1.5 / scale);
          set_color (cr, &palette->on_mark);
          cairo_stroke (cr);
        }
    }

  for (guint p = 0; places != NULL && p < places->len; p++)
    {
      const FasciaBodyPlace *place = g_ptr_array_index (places, p);

      for (guint s = 0; s < place->shapes->len; s++)
        {
          const FasciaBodyShape *shape = g_ptr_array_index (place->shapes, s);

          if (shape->view != view)
            continue;

          fascia_path_append_to_cairo (shape->path, cr);
          fascia_figure_set_source_hatch (cr, &palette->place);
          cairo_fill_preserve (cr);
          cairo_set_line_width (cr, 1.5 / scale);
          set_color (cr, &palette->place);
          cairo_stroke (cr);
        }
    }
}

/**
 * fascia_figure_draw_swatch:
 * @cr: a cairo context, at the swatch's top left corner
 * @swatch: what the key stands for
 * @palette: the colours
 * @size: the swatch's width and height, in pixels
 *
 * Draws a legend's key: a rounded square filled, dotted or hatched as the
 * figure draws what it stands for, with the body's colour under patterns.
 */
void
fascia_figure_draw_swatch (cairo_t                   *cr,
                           FasciaSwatch               swatch,
                           const FasciaFigurePalette *palette,
                           double                     size)
{
  double r = size / 4;

  cairo_new_sub_path (cr);
  cairo_arc (cr, size - r, r, r, -G_PI / 2, 0);
  cairo_arc (cr, size - r, size - r, r, 0, G_PI / 2);
  cairo_arc (cr, r, size - r, r, G_PI / 2, G_PI);
  cairo_arc (cr, r, r, r, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);

  switch (swatch)
    {
    case FASCIA_SWATCH_CHOSEN:
      set_color (cr, &palette->accent);
      cairo_fill (cr);
      break;
    case FASCIA_SWATCH_SOURCE:
      set_color (cr, &palette->source);
      cairo_fill (cr);
      break;
    case FASCIA_SWATCH_MUSCLE:
      set_color (cr, &palette->muscle);
      cairo_fill (cr);
      break;
    case FASCIA_SWATCH_ESSENTIAL:
      set_color (cr, &palette->pain);
      cairo_fill (cr);
      break;
    case FASCIA_SWATCH_SPILLOVER:
      set_color (cr, &palette->body);
      cairo_fill_preserve (cr);
      fascia_figure_set_source_dots (cr, &palette->pain);
      cairo_fill (cr);
      break;
    case FASCIA_SWATCH_PLACE:
    default:
      set_color (cr, &palette->body);
      cairo_fill_preserve (cr);
      fascia_figure_set_source_hatch (cr, &palette->place);
      cairo_fill_preserve (cr);
      cairo_set_line_width (cr, 1.5);
      set_color (cr, &palette->place);
      cairo_stroke (cr);
      break;
    }
}

static void
swatch_draw_cb (GtkDrawingArea *area,
                cairo_t        *cr,
                int             width,
                int             height,
                gpointer        data)
{
  FasciaFigurePalette palette;

  fascia_figure_palette_for_widget (GTK_WIDGET (area), &palette);
  fascia_figure_draw_swatch (cr, GPOINTER_TO_UINT (data), &palette, MIN (width, height));
}

/**
 * fascia_figure_swatch_new:
 * @swatch: what the key stands for
 *
 * Returns: (transfer floating): a 16-pixel key for a legend, drawn as the
 *   figure draws what it stands for, in the light or dark style
 */
GtkWidget *
fascia_figure_swatch_new (FasciaSwatch swatch)
{
  GtkWidget *area = gtk_drawing_area_new ();

  gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (area), 16);
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (area), 16);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (area), swatch_draw_cb, GUINT_TO_POINTER (swatch), NULL);
  gtk_widget_set_valign (area, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (area, "legend-swatch");
  /* The label beside it says what it means. */
  gtk_accessible_update_state (GTK_ACCESSIBLE (area), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);

  return area;
}
