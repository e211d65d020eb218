/* fascia-parser.c - a page from its checked XML document
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * fascia-parser-document.c reads a file safely and checks it against the
 * page schema; this turns the document into a FasciaPage: ids and link
 * targets checked for form, white space collapsed as HTML does, inline runs
 * and blocks in order. Every problem becomes a GError whose message starts
 * with "file:line:".
 */
#define G_LOG_DOMAIN "fascia-parser"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <libxml/tree.h>

#include "fascia-content-error.h"
#include "fascia-page-private.h"
#include "fascia-parser.h"
#include "fascia-parser-private.h"

#define PAGE_NS "http://fasciaapp.org/ns/page/1"

typedef struct
{
  FasciaParseStatus status;
  FasciaPage       *page;
  const char       *in_link;   /* the name of the link being read, if any */
} ParseState;

static gboolean
is_element (xmlNode    *node,
            const char *name)
{
  return node->type == XML_ELEMENT_NODE &&
         node->ns != NULL &&
         g_strcmp0 ((const char *)node->ns->href, PAGE_NS) == 0 &&
         g_strcmp0 ((const char *)node->name, name) == 0;
}

static gboolean
is_target (const char *str)
{
  const char *hash = strchr (str, '#');

  if (hash == NULL)
    return fascia_parser_is_ident (str, strlen (str));

  return (hash == str || fascia_parser_is_ident (str, hash - str)) && fascia_parser_is_ident (hash + 1, strlen (hash + 1));
}

static void
set_ident_problem (ParseState *state,
                   xmlNode    *node,
                   const char *name,
                   const char *value,
                   gboolean    target)
{
  if (fascia_parser_ident_too_long (value))
    fascia_parser_set_fatal (&state->status, FASCIA_CONTENT_ERROR_SCHEMA, fascia_parser_node_line (node),
               _("“%s” in %s=\"…\" is too long: an id has at most %d characters"),
               value, name, FASCIA_PARSER_MAX_ID_LENGTH);
  else if (target)
    fascia_parser_set_fatal (&state->status, FASCIA_CONTENT_ERROR_SCHEMA, fascia_parser_node_line (node),
               _("“%s” in %s=\"…\" is not a valid link target: use lower-case letters, digits and single hyphens, and # before a section"),
               value, name);
  else
    fascia_parser_set_fatal (&state->status, FASCIA_CONTENT_ERROR_SCHEMA, fascia_parser_node_line (node),
               _("“%s” in %s=\"…\" is not a valid id: use lower-case letters, digits and single hyphens"),
               value, name);
}

/* Reads an attribute that must be an id (or, with @target, a link target),
 * recording a problem when it is not of that form. */
static char *
get_ident_attr (ParseState *state,
                xmlNode    *node,
                const char *name,
                gboolean    target)
{
  char *value = fascia_parser_get_attr (node, name);

  if (value != NULL && !(target ? is_target (value) : fascia_parser_is_ident (value, strlen (value))))
    set_ident_problem (state, node, name, value, target);

  return value;
}

/* Splits a space-separated attribute into its words, dropping empty ones. */
static char **
split_words (const char *value)
{
  g_auto(GStrv) parts = g_strsplit_set (value != NULL ? value : "", " \t\r\n", -1);
  GPtrArray *words = g_ptr_array_new ();

  for (guint i = 0; parts[i] != NULL; i++)
    if (parts[i][0] != '\0')
      g_ptr_array_add (words, g_strdup (parts[i]));
  g_ptr_array_add (words, NULL);

  return (char **)g_ptr_array_free (words, FALSE);
}

/* A list names a few pages or places; half a million ids in one attribute
 * would each be checked, and each missing one reported, for nothing. */
static gboolean
check_list_length (ParseState  *state,
                   xmlNode     *node,
                   const char  *name,
                   char       **words)
{
  guint n_words = g_strv_length (words);

  if (n_words <= FASCIA_PARSER_MAX_LIST_IDS)
    return TRUE;

  fascia_parser_set_fatal (&state->status, FASCIA_CONTENT_ERROR_TOO_LARGE, fascia_parser_node_line (node),
             _("%s=\"…\" names %u ids: a list has at most %d"), name, n_words, FASCIA_PARSER_MAX_LIST_IDS);
  return FALSE;
}

/* Reads an attribute that lists ids separated by white space, recording a
 * problem for the first word that is not an id. %NULL when it is absent. */
static char **
get_ident_list_attr (ParseState *state,
                     xmlNode    *node,
                     const char *name)
{
  g_autofree char *value = fascia_parser_get_attr (node, name);
  char **words;

  if (value == NULL)
    return NULL;

  words = split_words (value);
  if (!check_list_length (state, node, name, words))
    return words;

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (!fascia_parser_is_ident (words[i], strlen (words[i])))
        {
          set_ident_problem (state, node, name, words[i], FALSE);
          break;
        }
    }

  return words;
}

static guint
get_uint_attr (xmlNode    *node,
               const char *name)
{
  g_autofree char *value = fascia_parser_get_attr (node, name);

  if (value == NULL)
    return 0;

  return (guint)MIN (g_ascii_strtoull (value, NULL, 10), G_MAXUINT);
}

static char *
get_text (xmlNode *node)
{
  xmlChar *content = xmlNodeGetContent (node);
  const char *raw = content != NULL ? (const char *)content : "";
  char *text = g_malloc (fascia_fold_space (NULL, raw) + 1);

  fascia_fold_space (text, raw);
  xmlFree (content);

  return g_strstrip (text);
}

static GPtrArray *read_inlines (ParseState *state,
                                xmlNode    *parent);

static FasciaInline *
read_inline (ParseState *state,
             xmlNode    *node)
{
  static const struct {
    const char       *name;
    FasciaInlineKind  kind;
    const char       *target_attr;
  } kinds[] = {
    { "em", FASCIA_INLINE_EMPHASIS, NULL },
    { "strong", FASCIA_INLINE_STRONG, NULL },
    { "term", FASCIA_INLINE_TERM, NULL },
    { "link", FASCIA_INLINE_LINK, "to" },
    { "ext", FASCIA_INLINE_EXTERNAL, "href" },
    { "cite", FASCIA_INLINE_CITATION, "ref" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      FasciaInline *run;

      if (!is_element (node, kinds[i].name))
        continue;

      run = fascia_inline_new (kinds[i].kind, fascia_parser_node_line (node));

      /* A label cannot hold a link in a link: the outer one would be lost
       * on screen, and with it where the words lead. */
      if (state->in_link != NULL &&
          (run->kind == FASCIA_INLINE_LINK || run->kind == FASCIA_INLINE_EXTERNAL ||
           run->kind == FASCIA_INLINE_CITATION))
        fascia_parser_set_fatal (&state->status, FASCIA_CONTENT_ERROR_SCHEMA, run->line,
                   _("<%s> inside <%s>: links cannot be nested; end the one before starting the other"),
                   kinds[i].name, state->in_link);

      if (run->kind == FASCIA_INLINE_LINK)
        run->target = get_ident_attr (state, node, "to", TRUE);
      else if (run->kind == FASCIA_INLINE_CITATION)
        run->target = get_ident_attr (state, node, "ref", FALSE);
      else if (kinds[i].target_attr != NULL)
        run->target = fascia_parser_get_attr (node, kinds[i].target_attr);

      /* "#section" means a section of this page: store the full target so
       * that everything after the parser sees one form. */
      if (run->kind == FASCIA_INLINE_LINK && run->target != NULL && run->target[0] == '#')
        {
          char *full = g_strconcat (state->page->id, run->target, NULL);

          g_free (run->target);
          run->target = full;
        }

      if (run->children != NULL)
        {
          const char *outer = state->in_link;

          if (run->kind == FASCIA_INLINE_LINK || run->kind == FASCIA_INLINE_EXTERNAL)
            state->in_link = kinds[i].name;
          g_ptr_array_unref (run->children);
          run->children = read_inlines (state, node);
          state->in_link = outer;
        }

      return run;
    }

  return NULL;
}

static void
trim_edges (GPtrArray *inlines,
            gboolean   leading)
{
  while (inlines != NULL && inlines->len > 0)
    {
      guint index = leading ? 0 : inlines->len - 1;
      FasciaInline *run = g_ptr_array_index (inlines, index);

      if (run->kind == FASCIA_INLINE_TEXT)
        {
          if (leading)
            g_strchug (run->text);
          else
            g_strchomp (run->text);

          if (run->text[0] == '\0')
            {
              g_ptr_array_remove_index (inlines, index);
              continue;
            }
        }
      else if (run->children != NULL)
        {
          trim_edges (run->children, leading);
        }

      break;
    }
}

static GPtrArray *
read_inlines (ParseState *state,
              xmlNode    *parent)
{
  GPtrArray *inlines;
  guint n = 0;

  /* Sized once: a page has thousands of these lists, mostly short. */
  for (xmlNode *node = parent->children; node != NULL; node = node->next)
    n++;
  inlines = g_ptr_array_new_full (n, (GDestroyNotify)fascia_inline_free);

  for (xmlNode *node = parent->children; node != NULL; node = node->next)
    {
      if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE)
        {
          g_ptr_array_add (inlines, fascia_inline_new_text (fascia_parser_node_line (node),
                                                            node->content != NULL ? (const char *)node->content : ""));
        }
      else if (node->type == XML_ELEMENT_NODE)
        {
          FasciaInline *run = read_inline (state, node);

          if (run != NULL)
            g_ptr_array_add (inlines, run);
        }
    }

  return inlines;
}

static GPtrArray *
read_block_inlines (ParseState *state,
                    xmlNode    *parent)
{
  GPtrArray *inlines = read_inlines (state, parent);

  trim_edges (inlines, TRUE);
  trim_edges (inlines, FALSE);

  return inlines;
}

static GPtrArray *
new_block_array (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify)fascia_block_free);
}

static int
lookup (const char         *value,
        const char * const *names,
        guint               n_names)
{
  for (guint i = 0; i < n_names; i++)
    {
      if (g_strcmp0 (value, names[i]) == 0)
        return (int)i;
    }

  return 0;
}

static FasciaBlock *read_block (ParseState *state,
                                xmlNode    *node);

static FasciaBlock *
read_simple (ParseState      *state,
             xmlNode         *node,
             FasciaBlockKind  kind)
{
  FasciaBlock *block = fascia_block_new (kind, fascia_parser_node_line (node));

  block->inlines = read_block_inlines (state, node);

  return block;
}

static FasciaBlock *
read_container (ParseState      *state,
                xmlNode         *node,
                FasciaBlockKind  kind)
{
  FasciaBlock *block = fascia_block_new (kind, fascia_parser_node_line (node));

  block->children = new_block_array ();

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      FasciaBlock *inner;

      if (child->type != XML_ELEMENT_NODE)
        continue;

      if (is_element (child, "caption") || is_element (child, "ask"))
        {
          block->inlines = read_block_inlines (state, child);
          continue;
        }

      inner = read_block (state, child);
      if (inner != NULL)
        g_ptr_array_add (block->children, inner);
    }

  return block;
}

static FasciaBlock *
read_block (ParseState *state,
            xmlNode    *node)
{
  static const char * const list_styles[] = { "bullet", "numbered" };
  static const char * const note_kinds[] = { "tip", "info", "caution", "danger" };
  static const char * const levels[] = { "strong", "moderate", "limited", "disputed", "opinion" };
  static const char * const zones[] = { "essential", "spillover" };
  static const char * const urgencies[] = { "emergency", "urgent", "soon" };
  static const char * const safety_levels[] = { "avoid", "care" };
  FasciaBlock *block = NULL;
  g_autofree char *value = NULL;

  if (is_element (node, "p"))
    return read_simple (state, node, FASCIA_BLOCK_PARAGRAPH);

  if (is_element (node, "item"))
    return read_simple (state, node, FASCIA_BLOCK_LIST_ITEM);

  if (is_element (node, "cell"))
    return read_simple (state, node, FASCIA_BLOCK_TABLE_CELL);

  if (is_element (node, "list"))
    {
      block = read_container (state, node, FASCIA_BLOCK_LIST);
      value = fascia_parser_get_attr (node, "style");
      block->numbered = lookup (value, list_styles, G_N_ELEMENTS (list_styles)) == 1;
      return block;
    }

  if (is_element (node, "note"))
    {
      block = read_container (state, node, FASCIA_BLOCK_NOTE);
      value = fascia_parser_get_attr (node, "kind");
      block->note_kind = lookup (value, note_kinds, G_N_ELEMENTS (note_kinds));
      block->title = fascia_parser_get_attr (node, "title");
      return block;
    }

  if (is_element (node, "table"))
    return read_container (state, node, FASCIA_BLOCK_TABLE);

  if (is_element (node, "header") || is_element (node, "row"))
    {
      block = read_container (state, node, FASCIA_BLOCK_TABLE_ROW);
      block->header = is_element (node, "header");
      return block;
    }

  if (is_element (node, "steps"))
    {
      block = read_container (state, node, FASCIA_BLOCK_STEPS);
      block->areas = get_ident_list_attr (state, node, "area");
      block->keep_off = get_ident_list_attr (state, node, "keep-off");
      return block;
    }

  if (is_element (node, "step"))
    {
      block = read_simple (state, node, FASCIA_BLOCK_STEP);
      block->hold_seconds = get_uint_attr (node, "hold");
      block->sets = get_uint_attr (node, "sets");
      block->rest_seconds = get_uint_attr (node, "rest");
      block->keep_off = get_ident_list_attr (state, node, "keep-off");
      return block;
    }

  if (is_element (node, "evidence"))
    {
      block = read_simple (state, node, FASCIA_BLOCK_EVIDENCE);
      value = fascia_parser_get_attr (node, "level");
      block->evidence_level = lookup (value, levels, G_N_ELEMENTS (levels));
      return block;
    }

  if (is_element (node, "referrers"))
    return read_container (state, node, FASCIA_BLOCK_REFERRERS);

  if (is_element (node, "referrer"))
    {
      block = read_simple (state, node, FASCIA_BLOCK_REFERRER);
      block->target = get_ident_attr (state, node, "page", FALSE);
      value = fascia_parser_get_attr (node, "zone");
      block->zone = lookup (value, zones, G_N_ELEMENTS (zones));
      return block;
    }

  if (is_element (node, "red-flags"))
    {
      block = read_container (state, node, FASCIA_BLOCK_RED_FLAGS);
      value = fascia_parser_get_attr (node, "urgency");
      block->urgency = lookup (value, urgencies, G_N_ELEMENTS (urgencies));
      block->title = fascia_parser_get_attr (node, "title");
      return block;
    }

  if (is_element (node, "flag"))
    return read_simple (state, node, FASCIA_BLOCK_RED_FLAG);

  if (is_element (node, "question"))
    {
      block = read_container (state, node, FASCIA_BLOCK_QUESTION);
      block->id = get_ident_attr (state, node, "id", FALSE);
      block->title = fascia_parser_get_attr (node, "label");
      return block;
    }

  if (is_element (node, "help"))
    return read_simple (state, node, FASCIA_BLOCK_QUESTION_HELP);

  if (is_element (node, "effect"))
    {
      g_autofree char *techniques = fascia_parser_get_attr (node, "techniques");

      block = read_simple (state, node, FASCIA_BLOCK_EFFECT);
      value = fascia_parser_get_attr (node, "level");
      block->safety_level = lookup (value, safety_levels, G_N_ELEMENTS (safety_levels));
      block->targets = split_words (techniques);
      check_list_length (state, node, "techniques", block->targets);
      return block;
    }

  /* The schema has already refused anything else. */
  g_warn_if_reached ();
  return NULL;
}

static FasciaSection *
read_section (ParseState *state,
              xmlNode    *node)
{
  static const char * const roles[] = { "", "contraindications", "stop", "red-flags", "professional",
                                         "safety-check", "self-care", "place" };
  FasciaSection *section = fascia_section_new ();
  g_autofree char *role = fascia_parser_get_attr (node, "role");

  section->id = get_ident_attr (state, node, "id", FALSE);
  section->line = fascia_parser_node_line (node);
  section->role = lookup (role, roles, G_N_ELEMENTS (roles));
  section->near = get_ident_list_attr (state, node, "near");

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      FasciaBlock *block;

      if (child->type != XML_ELEMENT_NODE)
        continue;

      if (is_element (child, "title"))
        {
          section->title = get_text (child);
          if (fascia_parser_is_blank (section->title))
            fascia_parser_set_fatal (&state->status, FASCIA_CONTENT_ERROR_SCHEMA, fascia_parser_node_line (child), "%s",
                       _("the section's <title> is empty: a reader would see a heading with no words"));
          continue;
        }

      block = read_block (state, child);
      if (block != NULL)
        g_ptr_array_add (section->blocks, block);
    }

  return section;
}

static FasciaSource *
read_source (ParseState *state,
             xmlNode    *node)
{
  FasciaSource *source = fascia_source_new ();

  source->id = get_ident_attr (state, node, "id", FALSE);
  source->line = fascia_parser_node_line (node);

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      char **field = NULL;

      if (is_element (child, "authors"))
        field = &source->authors;
      else if (is_element (child, "year"))
        field = &source->year;
      else if (is_element (child, "title"))
        field = &source->title;
      else if (is_element (child, "venue"))
        field = &source->venue;
      else if (is_element (child, "url"))
        field = &source->url;

      if (field != NULL)
        {
          g_free (*field);
          *field = get_text (child);
        }
    }

  return source;
}

static void
read_page (ParseState *state,
           xmlNode    *root)
{
  FasciaPage *page = state->page;
  g_autofree char *type = fascia_parser_get_attr (root, "type");

  page->id = get_ident_attr (state, root, "id", FALSE);
  page->line = fascia_parser_node_line (root);
  page->order = get_uint_attr (root, "order");
  {
    /* xml:lang, written by build-aux/po.py into a translated page. */
    xmlChar *language = xmlNodeGetLang (root);

    if (language != NULL && language[0] != '\0')
      page->language = g_intern_string ((const char *)language);
    xmlFree (language);
  }
  if (!fascia_page_type_from_string (type, &page->type))
    g_warn_if_reached ();

  for (xmlNode *child = root->children; child != NULL; child = child->next)
    {
      if (is_element (child, "title"))
        {
          page->title = get_text (child);
          if (fascia_parser_is_blank (page->title))
            fascia_parser_set_fatal (&state->status, FASCIA_CONTENT_ERROR_SCHEMA, fascia_parser_node_line (child), "%s",
                       _("the page's <title> is empty: the sidebar would show a blank entry"));
        }
      else if (is_element (child, "summary"))
        {
          g_ptr_array_unref (page->summary);
          page->summary = read_block_inlines (state, child);
        }
      else if (is_element (child, "keywords"))
        {
          page->keywords = get_text (child);
        }
      else if (is_element (child, "section"))
        {
          g_ptr_array_add (page->sections, read_section (state, child));
        }
      else if (is_element (child, "sources"))
        {
          for (xmlNode *node = child->children; node != NULL; node = node->next)
            {
              if (is_element (node, "source"))
                g_ptr_array_add (page->sources, read_source (state, node));
            }
        }
    }
}

/**
 * fascia_parser_parse_data:
 * @data: the bytes of a content file
 * @length: their number
 * @path: the file's name as problems should show it
 * @problems: (element-type GError): where problems are added
 *
 * Reads one page. A problem that stops the page from loading (the file is
 * too large, not well formed, holds a DOCTYPE, nests too deep, does not
 * match the schema or has a malformed id) is added to @problems and %NULL
 * is returned.
 *
 * Returns: (transfer full) (nullable): the page
 */
FasciaPage *
fascia_parser_parse_data (const char *data,
                          gsize       length,
                          const char *path,
                          GPtrArray  *problems)
{
  ParseState state = { { path, problems, NULL }, NULL, NULL };
  g_autoptr(FasciaPage) page = NULL;
  xmlDocPtr doc;

  doc = fascia_parser_read_document (data, length, path, FASCIA_PAGE_SCHEMA, problems);
  if (doc == NULL)
    return NULL;

  page = state.page = fascia_page_new ();
  page->path = g_strdup (path);
  read_page (&state, xmlDocGetRootElement (doc));
  xmlFreeDoc (doc);

  if (state.status.fatal != NULL)
    {
      g_ptr_array_add (problems, state.status.fatal);
      return NULL;
    }

  return g_steal_pointer (&page);
}

/**
 * fascia_parser_parse_file:
 * @path: the file
 * @problems: (element-type GError): where problems are added
 *
 * Like fascia_parser_parse_data(), reading @path first. A file larger than
 * the limit is refused without being read whole.
 *
 * Returns: (transfer full) (nullable): the page
 */
FasciaPage *
fascia_parser_parse_file (const char *path,
                          GPtrArray  *problems)
{
  g_autofree char *data = NULL;
  gsize length;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (problems != NULL, NULL);

  data = fascia_parser_read_file (path, &length, problems);
  if (data == NULL)
    return NULL;

  return fascia_parser_parse_data (data, length, path, problems);
}

/**
 * fascia_parser_load_page:
 * @path: the file
 * @error: the first problem that stopped the page from loading
 *
 * Returns: (transfer full) (nullable): the page
 */
FasciaPage *
fascia_parser_load_page (const char  *path,
                         GError     **error)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify)g_error_free);
  FasciaPage *page = fascia_parser_parse_file (path, problems);

  if (page == NULL)
    {
      g_assert (problems->len > 0);
      g_propagate_error (error, g_ptr_array_steal_index (problems, 0));
    }

  return page;
}
