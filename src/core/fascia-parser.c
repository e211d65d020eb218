/* fascia-parser.c - the safe reader of content files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Content files are read with libxml2 under a tight set of rules: no network,
 * no DOCTYPE (and so no entity declarations, no external entities and no DTD
 * loading), no XInclude, a size limit and a nesting limit. A file is first
 * checked to be well formed, then against the shipped RELAX NG schema, and
 * only then turned into a FasciaPage. Every problem becomes a GError whose
 * message starts with "file:line:".
 */
#define G_LOG_DOMAIN "fascia-parser"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <gio/gio.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/relaxng.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

#include "fascia-content-error.h"
#include "fascia-core-resources.h"
#include "fascia-page-private.h"
#include "fascia-parser.h"
#include "fascia-parser-private.h"
#include "fascia-safe-file.h"

#define PAGE_NS "http://fasciaapp.org/ns/page/1"

typedef struct
{
  const char *path;
  GError     *fatal;
  GPtrArray  *problems;
  FasciaPage *page;
  const char *in_link;   /* the name of the link being read, if any */
} ParseState;

static xmlParserInputPtr
refuse_external_entity (const char       *url,
                        const char       *id,
                        xmlParserCtxtPtr  ctxt)
{
  /* A content file is self-contained: nothing outside it is ever read, not
   * even a local file. The DOCTYPE check below already stops every way in,
   * this loader is the second lock on the same door. */
  return NULL;
}

static xmlRelaxNGPtr
load_schema (const char *resource)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  xmlRelaxNGParserCtxtPtr pctxt;
  xmlRelaxNGPtr schema;
  gsize size;
  const char *text;

  bytes = g_resource_lookup_data (fascia_core_get_resource (), resource,
                                  G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  if (bytes == NULL)
    g_error ("The content schema is missing from the resources: %s", error->message);

  text = g_bytes_get_data (bytes, &size);
  pctxt = xmlRelaxNGNewMemParserCtxt (text, (int)size);
  schema = xmlRelaxNGParse (pctxt);
  xmlRelaxNGFreeParserCtxt (pctxt);

  if (schema == NULL)
    g_error ("The content schema %s does not parse", resource);

  return schema;
}

static xmlRelaxNGPtr
get_schema (const char *resource)
{
  static GMutex mutex;
  static GHashTable *schemas;
  xmlRelaxNGPtr schema;

  g_mutex_lock (&mutex);

  if (schemas == NULL)
    {
      xmlInitParser ();
      xmlSetExternalEntityLoader (refuse_external_entity);
      /* Schemas live as long as the process: they are parsed once. */
      schemas = g_hash_table_new (g_str_hash, g_str_equal);
    }

  schema = g_hash_table_lookup (schemas, resource);
  if (schema == NULL)
    {
      schema = load_schema (resource);
      g_hash_table_insert (schemas, (char *)resource, schema);
    }

  g_mutex_unlock (&mutex);

  return schema;
}

/* libxml2's messages may run over several lines, the later ones quoting
 * the file: only the first line says what is wrong. */
static char *
clean_message (const char *message)
{
  const char *text = message != NULL ? message : "unknown error";
  const char *newline;

  while (*text == '\n' || *text == '\r' || *text == ' ')
    text++;
  newline = strpbrk (text, "\r\n");

  return g_strstrip (newline != NULL ? g_strndup (text, newline - text) : g_strdup (text));
}

static void set_fatal (ParseState         *state,
                       FasciaContentError  code,
                       guint               line,
                       const char         *format,
                       ...) G_GNUC_PRINTF (4, 5);

/* Keeps the first problem only: the one that stops the file. */
static void
set_fatal (ParseState         *state,
           FasciaContentError  code,
           guint               line,
           const char         *format,
           ...)
{
  va_list args;

  if (state->fatal != NULL)
    return;

  va_start (args, format);
  state->fatal = fascia_content_error_new_valist (code, state->path, line, format, args);
  va_end (args);
}

static void
on_parse_error (void        *user_data,
                xmlErrorPtr  err)
{
  xmlParserCtxtPtr ctxt = user_data;
  ParseState *state = ctxt->_private;
  g_autofree char *what = NULL;
  FasciaContentError code = FASCIA_CONTENT_ERROR_MALFORMED;

  if (err->level < XML_ERR_ERROR)
    return;

  switch (err->code)
    {
    case XML_ERR_UNDECLARED_ENTITY:
    case XML_WAR_UNDECLARED_ENTITY:
    case XML_ERR_ENTITY_LOOP:
    case XML_ERR_ENTITY_BOUNDARY:
    case XML_ERR_EXT_ENTITY_STANDALONE:
      code = FASCIA_CONTENT_ERROR_FORBIDDEN;
      break;
    default:
      break;
    }

  what = clean_message (err->message);
  set_fatal (state, code, err->line > 0 ? (guint)err->line : 1, "%s", what);
}

static void
on_doctype (void          *user_data,
            const xmlChar *name,
            const xmlChar *external_id,
            const xmlChar *system_id)
{
  xmlParserCtxtPtr ctxt = user_data;
  ParseState *state = ctxt->_private;

  /* Stop before a single declaration of the subset is read: that is where
   * entity expansion bombs and external entities live. */
  set_fatal (state, FASCIA_CONTENT_ERROR_FORBIDDEN, (guint)xmlSAX2GetLineNumber (ctxt), "%s",
             _("DOCTYPE declarations are not allowed in content files"));
  xmlStopParser (ctxt);
}

static void
on_schema_error (void        *user_data,
                 xmlErrorPtr  err)
{
  ParseState *state = user_data;
  g_autofree char *what = NULL;
  guint line = err->line > 0 ? (guint)err->line : 0;

  if (err->node != NULL)
    {
      long node_line = xmlGetLineNo ((xmlNodePtr)err->node);

      if (node_line > 0)
        line = (guint)node_line;
    }

  what = clean_message (err->message);
  set_fatal (state, FASCIA_CONTENT_ERROR_SCHEMA, MAX (line, 1), "%s", what);
}

guint
fascia_parser_node_line (xmlNode *node)
{
  long line = xmlGetLineNo (node);

  return line > 0 ? (guint)line : 1;
}

static gboolean
check_depth (ParseState *state,
             xmlNode    *node,
             guint       depth)
{
  if (depth > FASCIA_PARSER_MAX_DEPTH)
    {
      set_fatal (state, FASCIA_CONTENT_ERROR_TOO_DEEP, fascia_parser_node_line (node),
                 _("elements are nested more than %d deep"), FASCIA_PARSER_MAX_DEPTH);
      return FALSE;
    }

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (child->type == XML_ELEMENT_NODE && !check_depth (state, child, depth + 1))
        return FALSE;
    }

  return TRUE;
}

static gboolean
is_element (xmlNode    *node,
            const char *name)
{
  return node->type == XML_ELEMENT_NODE &&
         node->ns != NULL &&
         g_strcmp0 ((const char *)node->ns->href, PAGE_NS) == 0 &&
         g_strcmp0 ((const char *)node->name, name) == 0;
}

char *
fascia_parser_get_attr (xmlNode    *node,
          const char *name)
{
  xmlChar *value = xmlGetProp (node, (const xmlChar *)name);
  char *copy = g_strdup ((const char *)value);

  xmlFree (value);

  return copy;
}

/* An id is one or more words of [a-z0-9] joined by single hyphens, at most
 * FASCIA_PARSER_MAX_ID_LENGTH characters: ids end up in links, bookmarks,
 * settings and messages, none of which has room for a hundred kilobytes. */
gboolean
fascia_parser_is_ident (const char *str,
                        gsize       length)
{
  gboolean after_hyphen = TRUE;

  if (length == 0 || length > FASCIA_PARSER_MAX_ID_LENGTH)
    return FALSE;

  for (gsize i = 0; i < length; i++)
    {
      char c = str[i];

      if (c == '-')
        {
          if (after_hyphen)
            return FALSE;
          after_hyphen = TRUE;
        }
      else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
        after_hyphen = FALSE;
      else
        return FALSE;
    }

  return !after_hyphen;
}

static gboolean
is_target (const char *str)
{
  const char *hash = strchr (str, '#');

  if (hash == NULL)
    return fascia_parser_is_ident (str, strlen (str));

  return (hash == str || fascia_parser_is_ident (str, hash - str)) && fascia_parser_is_ident (hash + 1, strlen (hash + 1));
}

/**
 * fascia_parser_ident_too_long:
 * @value: an id, a list of ids or a link target
 *
 * Returns: whether one of the ids in @value (separated by white space or
 *   "#") is longer than %FASCIA_PARSER_MAX_ID_LENGTH, which then is what a
 *   message should say rather than which characters an id may have
 */
gboolean
fascia_parser_ident_too_long (const char *value)
{
  gsize run = 0;

  for (const char *p = value; *p != '\0'; p++)
    {
      if (*p == '#' || g_ascii_isspace (*p))
        run = 0;
      else if (++run > FASCIA_PARSER_MAX_ID_LENGTH)
        return TRUE;
    }

  return FALSE;
}

static void
set_ident_problem (ParseState *state,
                   xmlNode    *node,
                   const char *name,
                   const char *value,
                   gboolean    target)
{
  if (fascia_parser_ident_too_long (value))
    set_fatal (state, FASCIA_CONTENT_ERROR_SCHEMA, fascia_parser_node_line (node),
               _("“%s” in %s=\"…\" is too long: an id has at most %d characters"),
               value, name, FASCIA_PARSER_MAX_ID_LENGTH);
  else if (target)
    set_fatal (state, FASCIA_CONTENT_ERROR_SCHEMA, fascia_parser_node_line (node),
               _("“%s” in %s=\"…\" is not a valid link target: use lower-case letters, digits and single hyphens, and # before a section"),
               value, name);
  else
    set_fatal (state, FASCIA_CONTENT_ERROR_SCHEMA, fascia_parser_node_line (node),
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

  set_fatal (state, FASCIA_CONTENT_ERROR_TOO_LARGE, fascia_parser_node_line (node),
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

/* Folds every run of white space into one space, as a reader expects from
 * text that is indented and wrapped in the source file. */
static char *
collapse_space (const char *text)
{
  GString *out = g_string_sized_new (strlen (text));
  gboolean in_space = FALSE;

  for (const char *p = text; *p; p++)
    {
      if (g_ascii_isspace (*p))
        {
          if (!in_space)
            g_string_append_c (out, ' ');
          in_space = TRUE;
        }
      else
        {
          g_string_append_c (out, *p);
          in_space = FALSE;
        }
    }

  return g_string_free (out, FALSE);
}

static char *
get_text (xmlNode *node)
{
  xmlChar *content = xmlNodeGetContent (node);
  char *text = collapse_space (content != NULL ? (const char *)content : "");

  xmlFree (content);

  return g_strstrip (text);
}

/**
 * fascia_parser_is_blank:
 * @text: text from a file
 *
 * Returns: whether @text shows nothing: it is empty, or only spaces of any
 *   kind, controls and invisible format characters (such as U+200B)
 */
gboolean
fascia_parser_is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      GUnicodeType type = g_unichar_type (c);

      if (!g_unichar_isspace (c) && type != G_UNICODE_CONTROL && type != G_UNICODE_FORMAT &&
          type != G_UNICODE_SPACE_SEPARATOR && type != G_UNICODE_LINE_SEPARATOR &&
          type != G_UNICODE_PARAGRAPH_SEPARATOR)
        return FALSE;
    }

  return TRUE;
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
        set_fatal (state, FASCIA_CONTENT_ERROR_SCHEMA, run->line,
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
  GPtrArray *inlines = g_ptr_array_new_with_free_func ((GDestroyNotify)fascia_inline_free);

  for (xmlNode *node = parent->children; node != NULL; node = node->next)
    {
      if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE)
        {
          FasciaInline *run = fascia_inline_new (FASCIA_INLINE_TEXT, fascia_parser_node_line (node));

          run->text = collapse_space ((const char *)node->content);
          g_ptr_array_add (inlines, run);
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
            set_fatal (state, FASCIA_CONTENT_ERROR_SCHEMA, fascia_parser_node_line (child), "%s",
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
  if (!fascia_page_type_from_string (type, &page->type))
    g_warn_if_reached ();

  for (xmlNode *child = root->children; child != NULL; child = child->next)
    {
      if (is_element (child, "title"))
        {
          page->title = get_text (child);
          if (fascia_parser_is_blank (page->title))
            set_fatal (state, FASCIA_CONTENT_ERROR_SCHEMA, fascia_parser_node_line (child), "%s",
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

/* libxml2 stops at a NUL byte in memory as if the file ended there, so a
 * valid page followed by a NUL and anything at all would load, and what
 * follows be silently dropped. XML allows no NUL anywhere. */
static gboolean
check_nul (const char *data,
           gsize       length,
           const char *path,
           GPtrArray  *problems)
{
  const char *nul = length > 0 ? memchr (data, '\0', length) : NULL;
  guint line = 1;

  if (nul == NULL)
    return TRUE;

  /* UTF-16 and UTF-32 are full of NULs; say what the file is instead. */
  if (length >= 2 && (((guchar)data[0] == 0xff && (guchar)data[1] == 0xfe) ||
                      ((guchar)data[0] == 0xfe && (guchar)data[1] == 0xff) ||
                      data[0] == '\0'))
    {
      fascia_content_error_add (problems, FASCIA_CONTENT_ERROR_MALFORMED, path, 1, "%s",
                                _("the file is not in UTF-8 (it looks like UTF-16 or UTF-32): save it as UTF-8"));
      return FALSE;
    }

  for (const char *p = data; p < nul; p++)
    if (*p == '\n')
      line++;

  fascia_content_error_add (problems, FASCIA_CONTENT_ERROR_MALFORMED, path, line, "%s",
                            _("the file holds a NUL byte, which XML does not allow; "
                              "everything after it would be lost"));
  return FALSE;
}

/* Moves past the first @marker at or after @p, counting lines; to @end when
 * there is none. */
static const char *
skip_past (const char *p,
           const char *end,
           const char *marker,
           guint      *line)
{
  gsize n = strlen (marker);

  for (; p < end; p++)
    {
      if (*p == '\n')
        (*line)++;
      else if (*p == marker[0] && (gsize)(end - p) >= n && memcmp (p, marker, n) == 0)
        return p + n;
    }

  return end;
}

static gboolean
is_xml_space (char c)
{
  return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/* libxml2 checks each attribute of an element against every one before it,
 * and each namespace declaration likewise, so 100,000 attributes on one
 * element, which fit in the size cap, take it a quarter of a minute. By the
 * time a SAX callback sees the element that time is spent, so the raw bytes
 * are counted first, in one pass: each "=" outside quotes in a start tag is
 * an attribute or, named xmlns or xmlns:…, a namespace declaration.
 * Comments, CDATA, processing instructions and end tags are skipped. The
 * count need not be exact for a malformed file, which libxml2 refuses
 * anyway; it only has to be linear and never miss an attribute. */
static gboolean
check_tags (const char *data,
            gsize       length,
            const char *path,
            GPtrArray  *problems)
{
  const char *p = data;
  const char *end = data + length;
  guint line = 1;
  guint n_namespaces = 0;

  while (p < end)
    {
      const char *name;
      gsize name_len;
      guint tag_line, n_attributes = 0;
      const char *token = NULL, *token_end = NULL;
      gboolean after_space = FALSE;
      char quote = '\0';

      if (*p == '\n')
        line++;
      if (*p != '<')
        {
          p++;
          continue;
        }

      if ((gsize)(end - p) >= 4 && memcmp (p, "<!--", 4) == 0)
        {
          p = skip_past (p + 4, end, "-->", &line);
          continue;
        }
      if ((gsize)(end - p) >= 9 && memcmp (p, "<![CDATA[", 9) == 0)
        {
          p = skip_past (p + 9, end, "]]>", &line);
          continue;
        }
      if ((gsize)(end - p) >= 2 && p[1] == '?')
        {
          p = skip_past (p + 2, end, "?>", &line);
          continue;
        }
      if ((gsize)(end - p) >= 2 && (p[1] == '!' || p[1] == '/'))
        {
          p = skip_past (p + 2, end, ">", &line);
          continue;
        }

      /* A start tag: its name, then its attributes. */
      tag_line = line;
      name = ++p;
      while (p < end && !is_xml_space (*p) && *p != '>' && *p != '/' && *p != '<')
        p++;
      name_len = MIN ((gsize)(p - name), 64);

      for (; p < end; p++)
        {
          char c = *p;

          if (c == '\n')
            line++;

          if (quote != '\0')
            {
              if (c == quote)
                quote = '\0';
              continue;
            }

          if (c == '"' || c == '\'')
            quote = c;
          else if (c == '>' || c == '<')
            break;
          else if (is_xml_space (c))
            after_space = TRUE;
          else if (c == '=')
            {
              gsize token_len = token != NULL ? (gsize)(token_end - token) : 0;

              if ((token_len == 5 && memcmp (token, "xmlns", 5) == 0) ||
                  (token_len > 6 && memcmp (token, "xmlns:", 6) == 0))
                n_namespaces++;
              else
                n_attributes++;
              token = NULL;

              if (n_attributes > FASCIA_PARSER_MAX_ATTRIBUTES)
                {
                  g_autofree char *element = g_strndup (name, name_len);

                  fascia_content_error_add (problems, FASCIA_CONTENT_ERROR_TOO_LARGE, path, tag_line,
                                            _("<%s> has more than %d attributes"),
                                            element, FASCIA_PARSER_MAX_ATTRIBUTES);
                  return FALSE;
                }
              if (n_namespaces > FASCIA_PARSER_MAX_NAMESPACES)
                {
                  fascia_content_error_add (problems, FASCIA_CONTENT_ERROR_TOO_LARGE, path, tag_line,
                                            _("the file declares more than %d namespaces"),
                                            FASCIA_PARSER_MAX_NAMESPACES);
                  return FALSE;
                }
            }
          else
            {
              /* The name before "=", which may have spaces around it. */
              if (token == NULL || after_space)
                token = p;
              after_space = FALSE;
              token_end = p + 1;
            }
        }

      /* Past the ">"; a "<" starts the next tag. */
      if (p < end && *p == '>')
        p++;
    }

  return TRUE;
}

/**
 * fascia_parser_read_document:
 * @data: the bytes of a content file
 * @length: their number
 * @path: the file's name as problems should show it
 * @schema_resource: the resource path of the RELAX NG schema to check against
 * @problems: (element-type GError): where a problem is added
 *
 * Reads and checks one XML document under the content rules: size limit,
 * no NUL byte, attributes and namespace declarations, well-formedness, no DOCTYPE,
 * nesting limit, the schema.
 *
 * Returns: (transfer full) (nullable): the document, or %NULL after adding
 *   the problem that stopped it
 */
xmlDocPtr
fascia_parser_read_document (const char *data,
                             gsize       length,
                             const char *path,
                             const char *schema_resource,
                             GPtrArray  *problems)
{
  ParseState state = { path, NULL, problems, NULL };
  xmlParserCtxtPtr ctxt;
  xmlDocPtr doc = NULL;
  xmlNode *root;
  xmlRelaxNGPtr schema;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (problems != NULL, NULL);

  schema = get_schema (schema_resource);

  if (length > FASCIA_PARSER_MAX_FILE_SIZE)
    {
      fascia_content_error_add (problems, FASCIA_CONTENT_ERROR_TOO_LARGE, path, 1,
                                _("the file is larger than %d KiB"),
                                FASCIA_PARSER_MAX_FILE_SIZE / 1024);
      return NULL;
    }

  if (!check_nul (data, length, path, problems))
    return NULL;

  if (!check_tags (data, length, path, problems))
    return NULL;

  ctxt = xmlCreateMemoryParserCtxt (data != NULL ? data : "", (int)length);
  if (ctxt == NULL)
    {
      fascia_content_error_add (problems, FASCIA_CONTENT_ERROR_MALFORMED, path, 1,
                                _("the file is empty or cannot be read as XML"));
      return NULL;
    }

  ctxt->_private = &state;
  ctxt->sax->serror = on_parse_error;
  ctxt->sax->internalSubset = on_doctype;
  xmlCtxtUseOptions (ctxt, XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_BIG_LINES);

  xmlParseDocument (ctxt);
  doc = ctxt->myDoc;
  ctxt->myDoc = NULL;

  if (state.fatal == NULL && (!ctxt->wellFormed || doc == NULL))
    set_fatal (&state, FASCIA_CONTENT_ERROR_MALFORMED, 1, "%s", _("the file is not well-formed XML"));

  xmlFreeParserCtxt (ctxt);

  root = doc != NULL ? xmlDocGetRootElement (doc) : NULL;

  if (state.fatal == NULL && root != NULL)
    check_depth (&state, root, 1);

  if (state.fatal == NULL && root != NULL)
    {
      xmlRelaxNGValidCtxtPtr vctxt = xmlRelaxNGNewValidCtxt (schema);

      xmlRelaxNGSetValidStructuredErrors (vctxt, on_schema_error, &state);
      if (xmlRelaxNGValidateDoc (vctxt, doc) != 0 && state.fatal == NULL)
        set_fatal (&state, FASCIA_CONTENT_ERROR_SCHEMA, fascia_parser_node_line (root), "%s",
                   _("the file does not match its schema"));
      xmlRelaxNGFreeValidCtxt (vctxt);
    }

  if (state.fatal != NULL)
    {
      g_clear_pointer (&doc, xmlFreeDoc);
      g_ptr_array_add (problems, state.fatal);
      return NULL;
    }

  return doc;
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
  ParseState state = { path, NULL, problems, NULL };
  g_autoptr(FasciaPage) page = NULL;
  xmlDocPtr doc;

  doc = fascia_parser_read_document (data, length, path, FASCIA_PAGE_SCHEMA, problems);
  if (doc == NULL)
    return NULL;

  page = state.page = fascia_page_new ();
  page->path = g_strdup (path);
  read_page (&state, xmlDocGetRootElement (doc));
  xmlFreeDoc (doc);

  if (state.fatal != NULL)
    {
      g_ptr_array_add (problems, state.fatal);
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
 * fascia_parser_read_file:
 * @path: a file
 * @length: (out): how many bytes were read
 * @problems: (element-type GError): where a problem is added
 *
 * Reads at most one byte more than the size limit, which is enough to know
 * a file is too large however large it really is. Only a regular file is
 * read, and a symbolic link only when it leads to a file of the same folder:
 * see fascia_safe_file_read().
 *
 * Returns: (transfer full) (nullable): the bytes, or %NULL after adding the
 *   problem
 */
char *
fascia_parser_read_file (const char *path,
                         gsize      *length,
                         GPtrArray  *problems)
{
  g_autoptr(GError) error = NULL;
  char *data;

  /* Never a pipe, a device or a link out of the file's folder. */
  data = fascia_safe_file_read (path, FASCIA_PARSER_MAX_FILE_SIZE + 1, length, &error);
  if (data == NULL)
    fascia_content_error_add (problems, FASCIA_CONTENT_ERROR_IO, path, 1,
                              _("cannot read the file: %s"), error->message);

  return data;
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
