/* fascia-body-map.c - the body map: views, the figure's outline, regions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * content/body-map.xml holds the whole figure: nothing about its geometry
 * lives in C. It is read by the same safe reader as the pages and checked
 * against content/fascia-body-map.rng; path data that does not parse is
 * reported with its file and line. Links from regions to pages are checked
 * by the library, which knows the pages.
 */
#define G_LOG_DOMAIN "fascia-body-map"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <libxml/tree.h>

#include "fascia-body-map.h"
#include "fascia-content-error.h"
#include "fascia-parser.h"
#include "fascia-parser-private.h"
#include "fascia-target.h"

#define BODY_MAP_NS "http://fasciaapp.org/ns/body-map/1"

struct _FasciaBodyMap
{
  GObject     parent_instance;

  char       *path;
  double      width;
  double      height;
  GPtrArray  *views;
  GHashTable *regions_by_id;
  GPtrArray  *muscles;         /* FasciaBodyMuscle */
  GPtrArray  *places;          /* FasciaBodyPlace */
};

G_DEFINE_FINAL_TYPE (FasciaBodyMap, fascia_body_map, G_TYPE_OBJECT)

static void
region_free (FasciaBodyRegion *region)
{
  g_free (region->id);
  g_free (region->name);
  g_free (region->page_id);
  g_clear_pointer (&region->shape, fascia_path_free);
  g_clear_pointer (&region->sources, g_ptr_array_unref);
  g_clear_pointer (&region->from, g_ptr_array_unref);
  g_free (region->label);
  g_free (region);
}

static void
shape_free (FasciaBodyShape *shape)
{
  g_clear_pointer (&shape->path, fascia_path_free);
  g_free (shape);
}

static void
muscle_free (FasciaBodyMuscle *muscle)
{
  g_free (muscle->page_id);
  g_clear_pointer (&muscle->regions, g_ptr_array_unref);
  g_clear_pointer (&muscle->shapes, g_ptr_array_unref);
  for (guint z = 0; z < G_N_ELEMENTS (muscle->zones); z++)
    g_clear_pointer (&muscle->zones[z], g_ptr_array_unref);
  g_free (muscle);
}

static void
place_free (FasciaBodyPlace *place)
{
  g_free (place->id);
  g_clear_pointer (&place->shapes, g_ptr_array_unref);
  g_free (place);
}

static void
view_free (FasciaBodyView *view)
{
  g_free (view->id);
  g_free (view->title);
  g_clear_pointer (&view->outlines, g_ptr_array_unref);
  g_clear_pointer (&view->regions, g_ptr_array_unref);
  g_free (view);
}

static void
fascia_body_map_finalize (GObject *object)
{
  FasciaBodyMap *self = (FasciaBodyMap *)object;

  g_clear_pointer (&self->regions_by_id, g_hash_table_unref);
  g_clear_pointer (&self->muscles, g_ptr_array_unref);
  g_clear_pointer (&self->places, g_ptr_array_unref);
  g_clear_pointer (&self->views, g_ptr_array_unref);
  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (fascia_body_map_parent_class)->finalize (object);
}

static void
fascia_body_map_class_init (FasciaBodyMapClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = fascia_body_map_finalize;
}

static void
fascia_body_map_init (FasciaBodyMap *self)
{
  self->views = g_ptr_array_new_with_free_func ((GDestroyNotify)view_free);
  self->regions_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->muscles = g_ptr_array_new_with_free_func ((GDestroyNotify)muscle_free);
  self->places = g_ptr_array_new_with_free_func ((GDestroyNotify)place_free);
}

static gboolean
is_element (xmlNode    *node,
            const char *name)
{
  return node->type == XML_ELEMENT_NODE && node->ns != NULL &&
         g_strcmp0 ((const char *)node->ns->href, BODY_MAP_NS) == 0 &&
         g_strcmp0 ((const char *)node->name, name) == 0;
}

/**
 * fascia_side_get_label:
 *
 * Returns: how the side is said to the person, "your left" or "your right",
 *   or %NULL for the centre
 */
const char *
fascia_side_get_label (FasciaSide side)
{
  switch (side)
    {
    case FASCIA_SIDE_LEFT:
      return _("your left");
    case FASCIA_SIDE_RIGHT:
      return _("your right");
    case FASCIA_SIDE_CENTRE:
    default:
      return NULL;
    }
}

static FasciaPath *
read_path (xmlNode    *node,
           const char *path,
           GPtrArray  *problems,
           gboolean   *ok)
{
  g_autofree char *d = fascia_parser_get_attr (node, "d");
  g_autoptr(GError) error = NULL;
  FasciaPath *shape = fascia_path_parse (d != NULL ? d : "", &error);

  if (shape == NULL)
    {
      fascia_content_error_add (problems, FASCIA_CONTENT_ERROR_INVALID, path,
                                fascia_parser_node_line (node), "%s", error->message);
      *ok = FALSE;
    }

  return shape;
}

static gboolean
check_ident (xmlNode    *node,
             const char *attr,
             const char *value,
             const char *path,
             GPtrArray  *problems)
{
  if (value != NULL && fascia_parser_is_ident (value, strlen (value)))
    return TRUE;

  if (value != NULL && fascia_parser_ident_too_long (value))
    fascia_content_error_add (problems, FASCIA_CONTENT_ERROR_SCHEMA, path, fascia_parser_node_line (node),
                              _("“%s” in %s=\"…\" is too long: an id has at most %d characters"),
                              value, attr, FASCIA_PARSER_MAX_ID_LENGTH);
  else
    fascia_content_error_add (problems, FASCIA_CONTENT_ERROR_SCHEMA, path, fascia_parser_node_line (node),
                              _("“%s” in %s=\"…\" is not a valid id: use lower-case letters, digits and single hyphens"),
                              value ? value : "", attr);
  return FALSE;
}

/* A region or view is named to screen readers and on screen by this. */
static gboolean
check_not_blank (xmlNode    *node,
                 const char *attr,
                 const char *value,
                 const char *path,
                 GPtrArray  *problems)
{
  if (!fascia_parser_is_blank (value))
    return TRUE;

  fascia_content_error_add (problems, FASCIA_CONTENT_ERROR_SCHEMA, path, fascia_parser_node_line (node),
                            _("%s=\"…\" is empty: it is what the map says this is called"), attr);
  return FALSE;
}

/* A side as the map writes it; the schema allows nothing else. */
static FasciaSide
read_side (xmlNode *node)
{
  static const char * const sides[] = { "left", "right", "centre" };
  g_autofree char *side = fascia_parser_get_attr (node, "side");

  for (guint i = 0; i < G_N_ELEMENTS (sides); i++)
    if (g_strcmp0 (side, sides[i]) == 0)
      return i;

  return FASCIA_SIDE_CENTRE;
}

static FasciaBodyRegion *
read_region (FasciaBodyView *view,
             xmlNode        *node,
             const char     *path,
             GPtrArray      *problems,
             gboolean       *ok)
{
  FasciaBodyRegion *region = g_new0 (FasciaBodyRegion, 1);
  g_autofree char *stand_in = fascia_parser_get_attr (node, "stand-in");
  g_autofree char *view_title = g_utf8_strdown (view->title, -1);
  const char *side_label;

  region->view = view;
  region->line = fascia_parser_node_line (node);
  region->id = fascia_parser_get_attr (node, "id");
  region->name = fascia_parser_get_attr (node, "name");
  region->page_id = fascia_parser_get_attr (node, "page");
  region->side = read_side (node);
  region->stand_in = g_strcmp0 (stand_in, "true") == 0;
  region->sources = g_ptr_array_new_with_free_func (g_free);
  region->from = g_ptr_array_new_with_free_func (g_free);

  *ok &= check_ident (node, "id", region->id, path, problems);
  *ok &= check_ident (node, "page", region->page_id, path, problems);
  *ok &= check_not_blank (node, "name", region->name, path, problems);

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (is_element (child, "shape"))
        region->shape = read_path (child, path, problems, ok);
    }

  side_label = fascia_side_get_label (region->side);
  /* Translators: a body map region as a screen reader names it, such as
   * "Outer hip, your left, front". */
  region->label = side_label != NULL
    ? g_strdup_printf (_("%s, %s, %s"), region->name, side_label, view_title)
    : g_strdup_printf (_("%s, %s"), region->name, view_title);

  return region;
}

static FasciaBodyView *
read_view (xmlNode    *node,
           const char *path,
           GPtrArray  *problems,
           gboolean   *ok)
{
  FasciaBodyView *view = g_new0 (FasciaBodyView, 1);

  view->id = fascia_parser_get_attr (node, "id");
  view->title = fascia_parser_get_attr (node, "title");
  view->line = fascia_parser_node_line (node);
  view->outlines = g_ptr_array_new_with_free_func ((GDestroyNotify)fascia_path_free);
  view->regions = g_ptr_array_new_with_free_func ((GDestroyNotify)region_free);

  *ok &= check_ident (node, "id", view->id, path, problems);
  *ok &= check_not_blank (node, "title", view->title, path, problems);

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (is_element (child, "outline"))
        {
          FasciaPath *outline = read_path (child, path, problems, ok);

          if (outline != NULL)
            g_ptr_array_add (view->outlines, outline);
        }
      else if (is_element (child, "region"))
        {
          g_ptr_array_add (view->regions, read_region (view, child, path, problems, ok));
        }
    }

  return view;
}

/* The shape of a muscle or a place on one view; %NULL after a problem. */
static FasciaBodyShape *
read_view_shape (FasciaBodyMap *self,
                 xmlNode       *node,
                 GPtrArray     *problems,
                 gboolean      *ok)
{
  g_autofree char *view_id = fascia_parser_get_attr (node, "view");
  FasciaBodyView *view = view_id != NULL ? fascia_body_map_find_view (self, view_id) : NULL;
  FasciaBodyShape *shape;
  FasciaPath *path;

  if (view == NULL)
    {
      fascia_content_error_add (problems, FASCIA_CONTENT_ERROR_DANGLING_LINK, self->path,
                                fascia_parser_node_line (node),
                                _("a shape is drawn on the view “%s”, which the map does not have"),
                                view_id != NULL ? view_id : "");
      return NULL;
    }

  if ((path = read_path (node, self->path, problems, ok)) == NULL)
    return NULL;

  shape = g_new0 (FasciaBodyShape, 1);
  shape->view = view;
  shape->path = path;

  return shape;
}

/* The regions named by the list attribute @attr of @node; a name the map
 * does not have is a problem, and left out. */
static GPtrArray *
read_region_list (FasciaBodyMap *self,
                  xmlNode       *node,
                  const char    *attr,
                  GPtrArray     *problems)
{
  g_autofree char *value = fascia_parser_get_attr (node, attr);
  g_auto(GStrv) ids = g_strsplit_set (value != NULL ? value : "", " \t\r\n", -1);
  GPtrArray *regions = g_ptr_array_new ();

  for (guint i = 0; ids[i] != NULL; i++)
    {
      const FasciaBodyRegion *region;

      if (ids[i][0] == '\0')
        continue;

      region = g_hash_table_lookup (self->regions_by_id, ids[i]);
      if (region == NULL)
        fascia_content_error_add (problems, FASCIA_CONTENT_ERROR_DANGLING_LINK, self->path,
                                  fascia_parser_node_line (node),
                                  _("%s=\"…\" names the region “%s”, which the map does not have"), attr, ids[i]);
      else if (!g_ptr_array_find (regions, region, NULL))
        g_ptr_array_add (regions, (gpointer)region);
    }

  return regions;
}

static FasciaBodyMuscle *
read_muscle (FasciaBodyMap *self,
             xmlNode       *node,
             GPtrArray     *problems,
             gboolean      *ok)
{
  FasciaBodyMuscle *muscle = g_new0 (FasciaBodyMuscle, 1);

  muscle->line = fascia_parser_node_line (node);
  muscle->page_id = fascia_parser_get_attr (node, "page");
  muscle->side = read_side (node);
  muscle->regions = read_region_list (self, node, "regions", problems);
  muscle->shapes = g_ptr_array_new_with_free_func ((GDestroyNotify)shape_free);
  for (guint z = 0; z < G_N_ELEMENTS (muscle->zones); z++)
    muscle->zones[z] = g_ptr_array_new ();

  *ok &= check_ident (node, "page", muscle->page_id, self->path, problems);

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (is_element (child, "shape"))
        {
          FasciaBodyShape *shape = read_view_shape (self, child, problems, ok);

          if (shape != NULL)
            g_ptr_array_add (muscle->shapes, shape);
        }
      else if (is_element (child, "zone"))
        {
          g_autofree char *kind = fascia_parser_get_attr (child, "kind");
          FasciaReferralZone zone = g_strcmp0 (kind, "spillover") == 0 ? FASCIA_ZONE_SPILLOVER : FASCIA_ZONE_ESSENTIAL;
          g_autoptr(GPtrArray) regions = read_region_list (self, child, "regions", problems);

          g_ptr_array_extend (muscle->zones[zone], regions, NULL, NULL);
        }
    }

  /* A region is in one zone of a pattern: nearly always, or sometimes. */
  for (guint i = 0; i < muscle->zones[FASCIA_ZONE_SPILLOVER]->len; i++)
    {
      const FasciaBodyRegion *region = g_ptr_array_index (muscle->zones[FASCIA_ZONE_SPILLOVER], i);

      if (g_ptr_array_find (muscle->zones[FASCIA_ZONE_ESSENTIAL], region, NULL))
        fascia_content_error_add (problems, FASCIA_CONTENT_ERROR_INVALID, self->path, muscle->line,
                                  _("the region “%s” is in both the essential and the spillover zone of “%s”"),
                                  region->id, muscle->page_id != NULL ? muscle->page_id : "");
    }

  return muscle;
}

static FasciaBodyPlace *
read_place (FasciaBodyMap *self,
            xmlNode       *node,
            GPtrArray     *problems,
            gboolean      *ok)
{
  FasciaBodyPlace *place = g_new0 (FasciaBodyPlace, 1);

  place->line = fascia_parser_node_line (node);
  place->id = fascia_parser_get_attr (node, "id");
  place->shapes = g_ptr_array_new_with_free_func ((GDestroyNotify)shape_free);

  *ok &= check_ident (node, "id", place->id, self->path, problems);
  if (place->id != NULL && fascia_body_map_find_place (self, place->id) != NULL)
    {
      fascia_content_error_add (problems, FASCIA_CONTENT_ERROR_DUPLICATE_ID, self->path, place->line,
                                _("a place with id “%s” is already on the map"), place->id);
      *ok = FALSE;
    }

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (is_element (child, "shape"))
        {
          FasciaBodyShape *shape = read_view_shape (self, child, problems, ok);

          if (shape != NULL)
            g_ptr_array_add (place->shapes, shape);
        }
    }

  return place;
}

static gboolean
has_string (GPtrArray  *strings,
            const char *string)
{
  for (guint i = 0; i < strings->len; i++)
    if (strcmp (g_ptr_array_index (strings, i), string) == 0)
      return TRUE;

  return FALSE;
}

/* Which muscles a region's pain may come from, worked out from their
 * patterns: the essential zones first, so that a muscle whose pattern
 * nearly always reaches a region is named before one that only sometimes
 * does, then the regions those muscles lie in. */
static void
add_sources (FasciaBodyMap *self)
{
  for (guint z = 0; z < 2; z++)
    {
      for (guint m = 0; m < self->muscles->len; m++)
        {
          const FasciaBodyMuscle *muscle = g_ptr_array_index (self->muscles, m);

          for (guint i = 0; i < muscle->zones[z]->len; i++)
            {
              FasciaBodyRegion *region = g_ptr_array_index (muscle->zones[z], i);
              FasciaBodySource *source;
              gboolean listed = FALSE;

              for (guint s = 0; s < region->sources->len && !listed; s++)
                listed = ((FasciaBodySource *)g_ptr_array_index (region->sources, s))->muscle == muscle;
              if (listed)
                continue;

              source = g_new0 (FasciaBodySource, 1);
              source->muscle = muscle;
              source->zone = z;
              g_ptr_array_add (region->sources, source);

              for (guint r = 0; r < muscle->regions->len; r++)
                {
                  const FasciaBodyRegion *where = g_ptr_array_index (muscle->regions, r);

                  if (!has_string (region->from, where->id))
                    g_ptr_array_add (region->from, g_strdup (where->id));
                }
            }
        }
    }
}

/* Regions are named to screen readers by their labels: two alike could not
 * be told apart. */
static void
check_labels (FasciaBodyMap *self,
              GPtrArray     *problems)
{
  g_autoptr(GHashTable) labels = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint v = 0; v < self->views->len; v++)
    {
      FasciaBodyView *view = g_ptr_array_index (self->views, v);

      for (guint r = 0; r < view->regions->len; r++)
        {
          FasciaBodyRegion *region = g_ptr_array_index (view->regions, r);

          if (!g_hash_table_add (labels, region->label))
            fascia_content_error_add (problems, FASCIA_CONTENT_ERROR_DUPLICATE_ID, self->path, region->line,
                                      _("another region is also called “%s”: a screen reader could not tell them apart"),
                                      region->label);
        }
    }
}

/**
 * fascia_body_map_parse_data:
 * @path: the file's name as problems should show it
 * @problems: (element-type GError): where problems are added
 *
 * Returns: (transfer full) (nullable): the map, or %NULL when it has a
 *   problem that keeps it from being shown (bad XML, schema, path data or
 *   a duplicate region or place id)
 */
FasciaBodyMap *
fascia_body_map_parse_data (const char *data,
                            gsize       length,
                            const char *path,
                            GPtrArray  *problems)
{
  g_autoptr(FasciaBodyMap) self = NULL;
  xmlDocPtr doc;
  xmlNode *root;
  g_autofree char *width = NULL;
  g_autofree char *height = NULL;
  gboolean ok = TRUE;

  doc = fascia_parser_read_document (data, length, path, FASCIA_BODY_MAP_SCHEMA, problems);
  if (doc == NULL)
    return NULL;

  root = xmlDocGetRootElement (doc);
  self = g_object_new (FASCIA_TYPE_BODY_MAP, NULL);
  self->path = g_strdup (path);
  width = fascia_parser_get_attr (root, "width");
  height = fascia_parser_get_attr (root, "height");
  self->width = g_ascii_strtod (width, NULL);
  self->height = g_ascii_strtod (height, NULL);

  for (xmlNode *child = root->children; child != NULL; child = child->next)
    {
      if (is_element (child, "view"))
        g_ptr_array_add (self->views, read_view (child, path, problems, &ok));
    }

  for (guint v = 0; v < self->views->len; v++)
    {
      FasciaBodyView *view = g_ptr_array_index (self->views, v);

      for (guint r = 0; r < view->regions->len; r++)
        {
          FasciaBodyRegion *region = g_ptr_array_index (view->regions, r);

          if (region->id == NULL)
            continue;

          if (g_str_equal (region->id, FASCIA_BODY_MAP_PLACES))
            {
              fascia_content_error_add (problems, FASCIA_CONTENT_ERROR_INVALID, path, region->line,
                                        _("the region id “%s” is kept for the places never to press: choose another"),
                                        region->id);
              ok = FALSE;
            }
          else if (g_hash_table_contains (self->regions_by_id, region->id))
            {
              fascia_content_error_add (problems, FASCIA_CONTENT_ERROR_DUPLICATE_ID, path, region->line,
                                        _("a region with id “%s” is already on the map"), region->id);
              ok = FALSE;
            }
          else
            {
              g_hash_table_insert (self->regions_by_id, region->id, region);
            }
        }
    }

  /* Muscles and places name views and regions, read above. */
  for (xmlNode *child = root->children; child != NULL; child = child->next)
    {
      if (is_element (child, "muscle"))
        g_ptr_array_add (self->muscles, read_muscle (self, child, problems, &ok));
      else if (is_element (child, "place"))
        g_ptr_array_add (self->places, read_place (self, child, problems, &ok));
    }

  xmlFreeDoc (doc);

  if (!ok)
    return NULL;

  check_labels (self, problems);
  add_sources (self);

  return g_steal_pointer (&self);
}

/**
 * fascia_body_map_parse_file:
 *
 * Returns: (transfer full) (nullable): the map
 */
FasciaBodyMap *
fascia_body_map_parse_file (const char *path,
                            GPtrArray  *problems)
{
  g_autofree char *data = NULL;
  gsize length = 0;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (problems != NULL, NULL);

  data = fascia_parser_read_file (path, &length, problems);
  if (data == NULL)
    return NULL;

  return fascia_body_map_parse_data (data, length, path, problems);
}

/**
 * fascia_body_map_get_path:
 * @self: a body map
 *
 * Returns: the file the map was read from, as its problems name it
 */
const char *
fascia_body_map_get_path (FasciaBodyMap *self)
{
  g_return_val_if_fail (FASCIA_IS_BODY_MAP (self), NULL);
  return self->path;
}

/**
 * fascia_body_map_get_width:
 * @self: a body map
 *
 * Returns: the width of the map's own coordinate space, which every view
 *   and region shape shares
 */
double
fascia_body_map_get_width (FasciaBodyMap *self)
{
  g_return_val_if_fail (FASCIA_IS_BODY_MAP (self), 0);
  return self->width;
}

/**
 * fascia_body_map_get_height:
 * @self: a body map
 *
 * Returns: the height of the map's own coordinate space, y pointing down,
 *   which every view and region shape shares
 */
double
fascia_body_map_get_height (FasciaBodyMap *self)
{
  g_return_val_if_fail (FASCIA_IS_BODY_MAP (self), 0);
  return self->height;
}

/**
 * fascia_body_map_get_views:
 *
 * Returns: (transfer none) (element-type FasciaBodyView): the views
 */
GPtrArray *
fascia_body_map_get_views (FasciaBodyMap *self)
{
  g_return_val_if_fail (FASCIA_IS_BODY_MAP (self), NULL);
  return self->views;
}

/**
 * fascia_body_map_get_n_regions:
 * @self: a body map
 *
 * Returns: how many regions the map has, over all its views
 */
guint
fascia_body_map_get_n_regions (FasciaBodyMap *self)
{
  g_return_val_if_fail (FASCIA_IS_BODY_MAP (self), 0);
  return g_hash_table_size (self->regions_by_id);
}

/**
 * fascia_body_map_find_region:
 * @self: a body map
 * @region_id: a region's id
 *
 * Returns: (transfer none) (nullable): the region with @region_id, on
 *   whichever view it is, or %NULL when the map has none by that id
 */
const FasciaBodyRegion *
fascia_body_map_find_region (FasciaBodyMap *self,
                             const char    *region_id)
{
  g_return_val_if_fail (FASCIA_IS_BODY_MAP (self), NULL);
  g_return_val_if_fail (region_id != NULL, NULL);
  return g_hash_table_lookup (self->regions_by_id, region_id);
}

/**
 * fascia_body_map_dup_regions_for_page:
 *
 * Returns: (transfer container) (element-type FasciaBodyRegion): the regions
 *   that open @page_id, in map order
 */
GPtrArray *
fascia_body_map_dup_regions_for_page (FasciaBodyMap *self,
                                      const char    *page_id)
{
  GPtrArray *result = g_ptr_array_new ();

  g_return_val_if_fail (FASCIA_IS_BODY_MAP (self), result);

  for (guint v = 0; v < self->views->len; v++)
    {
      FasciaBodyView *view = g_ptr_array_index (self->views, v);

      for (guint r = 0; r < view->regions->len; r++)
        {
          FasciaBodyRegion *region = g_ptr_array_index (view->regions, r);

          if (g_strcmp0 (region->page_id, page_id) == 0)
            g_ptr_array_add (result, region);
        }
    }

  return result;
}

/**
 * fascia_body_map_hit_test:
 * @view_id: a view
 * @x: a point in map coordinates
 * @y: a point in map coordinates
 *
 * Returns: (nullable): the region of @view_id whose shape holds the point;
 *   where shapes overlap, the one drawn last (on top)
 */
const FasciaBodyRegion *
fascia_body_map_hit_test (FasciaBodyMap *self,
                          const char    *view_id,
                          double         x,
                          double         y)
{
  g_return_val_if_fail (FASCIA_IS_BODY_MAP (self), NULL);

  for (guint v = 0; v < self->views->len; v++)
    {
      FasciaBodyView *view = g_ptr_array_index (self->views, v);

      if (g_strcmp0 (view->id, view_id) != 0)
        continue;

      for (guint r = view->regions->len; r > 0; r--)
        {
          FasciaBodyRegion *region = g_ptr_array_index (view->regions, r - 1);

          if (region->shape != NULL && fascia_path_contains (region->shape, x, y))
            return region;
        }
    }

  return NULL;
}

/**
 * fascia_body_map_find_view:
 * @self: a body map
 * @view_id: a view's id
 *
 * Returns: (transfer none) (nullable): the view with @view_id, or %NULL
 */
FasciaBodyView *
fascia_body_map_find_view (FasciaBodyMap *self,
                           const char    *view_id)
{
  g_return_val_if_fail (FASCIA_IS_BODY_MAP (self), NULL);
  g_return_val_if_fail (view_id != NULL, NULL);

  for (guint v = 0; v < self->views->len; v++)
    {
      FasciaBodyView *view = g_ptr_array_index (self->views, v);

      if (g_strcmp0 (view->id, view_id) == 0)
        return view;
    }

  return NULL;
}

/**
 * fascia_body_map_get_muscles:
 * @self: a body map
 *
 * Returns: (transfer none) (element-type FasciaBodyMuscle): the muscles,
 *   each side of the body once, in map order
 */
GPtrArray *
fascia_body_map_get_muscles (FasciaBodyMap *self)
{
  g_return_val_if_fail (FASCIA_IS_BODY_MAP (self), NULL);
  return self->muscles;
}

/**
 * fascia_body_map_find_muscle:
 * @self: a body map
 * @page_id: a muscle page's id
 * @side: the side of the body
 *
 * Returns: (transfer none) (nullable): the muscle of @page_id on @side, or
 *   %NULL when the map does not draw it there
 */
const FasciaBodyMuscle *
fascia_body_map_find_muscle (FasciaBodyMap *self,
                             const char    *page_id,
                             FasciaSide     side)
{
  g_return_val_if_fail (FASCIA_IS_BODY_MAP (self), NULL);
  g_return_val_if_fail (page_id != NULL, NULL);

  for (guint m = 0; m < self->muscles->len; m++)
    {
      const FasciaBodyMuscle *muscle = g_ptr_array_index (self->muscles, m);

      if (muscle->side == side && g_strcmp0 (muscle->page_id, page_id) == 0)
        return muscle;
    }

  return NULL;
}

/**
 * fascia_body_map_get_places:
 * @self: a body map
 *
 * Returns: (transfer none) (element-type FasciaBodyPlace): the places never
 *   to press, in map order
 */
GPtrArray *
fascia_body_map_get_places (FasciaBodyMap *self)
{
  g_return_val_if_fail (FASCIA_IS_BODY_MAP (self), NULL);
  return self->places;
}

/**
 * fascia_body_map_find_place:
 * @self: a body map
 * @place_id: the id of a place's section on the places page
 *
 * Returns: (transfer none) (nullable): the place, or %NULL when the map
 *   does not draw it
 */
const FasciaBodyPlace *
fascia_body_map_find_place (FasciaBodyMap *self,
                            const char    *place_id)
{
  g_return_val_if_fail (FASCIA_IS_BODY_MAP (self), NULL);
  g_return_val_if_fail (place_id != NULL, NULL);

  for (guint p = 0; p < self->places->len; p++)
    {
      const FasciaBodyPlace *place = g_ptr_array_index (self->places, p);

      if (g_strcmp0 (place->id, place_id) == 0)
        return place;
    }

  return NULL;
}
