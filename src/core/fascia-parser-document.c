/* fascia-parser-document.c - the safe XML reader, shared by pages and the body map
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Content files are read with libxml2 under a tight set of rules: no network,
 * no DOCTYPE (and so no entity declarations, no external entities and no DTD
 * loading), no XInclude, a size limit and a nesting limit. Before libxml2
 * sees a file its bytes are checked for a NUL and counted for attributes, so
 * that nothing it does can take long. A file is checked to be well formed,
 * then against the shipped RELAX NG schema; only then do fascia-parser.c
 * and fascia-body-map.c read it. Every problem becomes a GError whose
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
#include "fascia-parser.h"
#include "fascia-parser-private.h"
#include "fascia-safe-file.h"

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

/**
 * fascia_parser_init:
 *
 * Readies libxml2 for reading content: once per process, and before a
 * second thread may use it (libxml2 wants its global state set up by one
 * thread). Reading calls it too, so only a program that reads content on a
 * worker thread needs to call it first, from the main thread.
 */
void
fascia_parser_init (void)
{
  static gsize done;

  if (g_once_init_enter (&done))
    {
      xmlInitParser ();
      xmlSetExternalEntityLoader (refuse_external_entity);
      g_once_init_leave (&done, 1);
    }
}

static xmlRelaxNGPtr
get_schema (const char *resource)
{
  static GMutex mutex;
  static GHashTable *schemas;
  xmlRelaxNGPtr schema;

  fascia_parser_init ();
  g_mutex_lock (&mutex);

  /* Schemas live as long as the process: they are parsed once. */
  if (schemas == NULL)
    schemas = g_hash_table_new (g_str_hash, g_str_equal);

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

/**
 * fascia_parser_set_fatal:
 * @state: the status of the file being read
 * @code: the kind of problem
 * @line: where it is in the file, from 1
 * @format: the message, printf() style
 * @...: the message's arguments
 *
 * Records a problem that stops the file from loading. Only the first is
 * kept, the one that stopped the file: a later call does nothing.
 */
void
fascia_parser_set_fatal (FasciaParseStatus  *state,
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
  FasciaParseStatus *state = ctxt->_private;
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
  fascia_parser_set_fatal (state, code, err->line > 0 ? (guint)err->line : 1, "%s", what);
}

static void
on_doctype (void          *user_data,
            const xmlChar *name,
            const xmlChar *external_id,
            const xmlChar *system_id)
{
  xmlParserCtxtPtr ctxt = user_data;
  FasciaParseStatus *state = ctxt->_private;

  /* Stop before a single declaration of the subset is read: that is where
   * entity expansion bombs and external entities live. */
  fascia_parser_set_fatal (state, FASCIA_CONTENT_ERROR_FORBIDDEN, (guint)xmlSAX2GetLineNumber (ctxt), "%s",
             _("DOCTYPE declarations are not allowed in content files"));
  xmlStopParser (ctxt);
}

static void
on_schema_error (void        *user_data,
                 xmlErrorPtr  err)
{
  FasciaParseStatus *state = user_data;
  g_autofree char *what = NULL;
  guint line = err->line > 0 ? (guint)err->line : 0;

  if (err->node != NULL)
    {
      long node_line = xmlGetLineNo ((xmlNodePtr)err->node);

      if (node_line > 0)
        line = (guint)node_line;
    }

  what = clean_message (err->message);
  fascia_parser_set_fatal (state, FASCIA_CONTENT_ERROR_SCHEMA, MAX (line, 1), "%s", what);
}

/**
 * fascia_parser_node_line:
 * @node: a node of a document read by fascia_parser_read_document()
 *
 * Returns: the node's line in its file, or 1 when libxml2 does not know it,
 *   so that every message can name a line
 */
guint
fascia_parser_node_line (xmlNode *node)
{
  long line = xmlGetLineNo (node);

  return line > 0 ? (guint)line : 1;
}

static gboolean
check_depth (FasciaParseStatus *state,
             xmlNode    *node,
             guint       depth)
{
  if (depth > FASCIA_PARSER_MAX_DEPTH)
    {
      fascia_parser_set_fatal (state, FASCIA_CONTENT_ERROR_TOO_DEEP, fascia_parser_node_line (node),
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

/**
 * fascia_parser_get_attr:
 * @node: an element
 * @name: the attribute's name; its namespace is not looked at
 *
 * Returns: (transfer full) (nullable): a copy of the attribute's value, to
 *   free with g_free() rather than xmlFree(), or %NULL when @node does not
 *   have it
 */
char *
fascia_parser_get_attr (xmlNode    *node,
                        const char *name)
{
  xmlChar *value = xmlGetProp (node, (const xmlChar *)name);
  char *copy = g_strdup ((const char *)value);

  xmlFree (value);

  return copy;
}

/**
 * fascia_parser_is_ident:
 * @str: the text to check; it need not end with a NUL
 * @length: how many bytes of @str to check
 *
 * An id is one or more words of [a-z0-9] joined by single hyphens, at most
 * %FASCIA_PARSER_MAX_ID_LENGTH characters: ids end up in links, bookmarks,
 * settings and messages, none of which has room for a hundred kilobytes.
 *
 * Returns: whether the first @length bytes of @str are an id; %FALSE when
 *   @length is 0
 */
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
  FasciaParseStatus state = { path, problems, NULL };
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

  fascia_parser_init ();
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
  xmlCtxtUseOptions (ctxt, XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_BIG_LINES | XML_PARSE_COMPACT);

  xmlParseDocument (ctxt);
  doc = ctxt->myDoc;
  ctxt->myDoc = NULL;

  if (state.fatal == NULL && (!ctxt->wellFormed || doc == NULL))
    fascia_parser_set_fatal (&state, FASCIA_CONTENT_ERROR_MALFORMED, 1, "%s", _("the file is not well-formed XML"));

  xmlFreeParserCtxt (ctxt);

  root = doc != NULL ? xmlDocGetRootElement (doc) : NULL;

  if (state.fatal == NULL && root != NULL)
    check_depth (&state, root, 1);

  if (state.fatal == NULL && root != NULL)
    {
      xmlRelaxNGValidCtxtPtr vctxt = xmlRelaxNGNewValidCtxt (schema);

      xmlRelaxNGSetValidStructuredErrors (vctxt, on_schema_error, &state);
      if (xmlRelaxNGValidateDoc (vctxt, doc) != 0 && state.fatal == NULL)
        fascia_parser_set_fatal (&state, FASCIA_CONTENT_ERROR_SCHEMA, fascia_parser_node_line (root), "%s",
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
