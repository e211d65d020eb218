/* fascia-markup.c - inline content as Pango markup, every text escaped
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * This is the only place where content meets Pango markup. Every piece of
 * text and every attribute value from a content file goes through
 * g_markup_escape_text(), so a page can never inject markup of its own.
 */
#define G_LOG_DOMAIN "fascia-markup"

#include "config.h"


#include "fascia-markup.h"

static void
append_escaped (GString    *out,
                const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text != NULL ? text : "", -1);

  g_string_append (out, escaped);
}

static void append_inlines (GString           *out,
                            GPtrArray         *inlines,
                            FasciaPage        *page,
                            FasciaMarkupFlags  flags);

static void
append_wrapped (GString            *out,
                const char         *open,
                const char         *close,
                const FasciaInline *run,
                FasciaPage         *page,
                FasciaMarkupFlags   flags)
{
  g_string_append (out, open);
  append_inlines (out, run->children, page, flags);
  g_string_append (out, close);
}

/* The plain text of @inlines, to compare a web link's text with its
 * address. */
static void
append_plain (GString   *out,
              GPtrArray *inlines)
{
  for (guint i = 0; inlines != NULL && i < inlines->len; i++)
    {
      const FasciaInline *run = g_ptr_array_index (inlines, i);

      if (run->kind == FASCIA_INLINE_TEXT)
        g_string_append (out, run->text);
      else
        append_plain (out, run->children);
    }
}

static void
append_inlines (GString           *out,
                GPtrArray         *inlines,
                FasciaPage        *page,
                FasciaMarkupFlags  flags)
{
  gboolean printable = (flags & FASCIA_MARKUP_PRINTABLE) != 0;

  if (inlines == NULL)
    return;

  for (guint i = 0; i < inlines->len; i++)
    {
      const FasciaInline *run = g_ptr_array_index (inlines, i);

      switch (run->kind)
        {
        case FASCIA_INLINE_TEXT:
          append_escaped (out, run->text);
          break;

        case FASCIA_INLINE_EMPHASIS:
          append_wrapped (out, "<i>", "</i>", run, page, flags);
          break;

        case FASCIA_INLINE_STRONG:
          append_wrapped (out, "<b>", "</b>", run, page, flags);
          break;

        case FASCIA_INLINE_TERM:
          append_wrapped (out, "<i><b>", "</b></i>", run, page, flags);
          break;

        case FASCIA_INLINE_LINK:
        case FASCIA_INLINE_EXTERNAL:
          if (printable)
            {
              g_autoptr(GString) text = g_string_new (NULL);

              append_inlines (out, run->children, page, flags);
              append_plain (text, run->children);
              /* Paper cannot follow a web link: print where it goes. */
              if (run->kind == FASCIA_INLINE_EXTERNAL && g_strcmp0 (text->str, run->target) != 0)
                {
                  g_string_append (out, " <span size=\"smaller\">(");
                  append_escaped (out, run->target);
                  g_string_append (out, ")</span>");
                }
              break;
            }
          g_string_append (out, "<a href=\"");
          if (run->kind == FASCIA_INLINE_LINK)
            g_string_append (out, FASCIA_LINK_SCHEME);
          append_escaped (out, run->target);
          g_string_append (out, "\">");
          append_inlines (out, run->children, page, flags);
          g_string_append (out, "</a>");
          break;

        case FASCIA_INLINE_CITATION:
          {
            int index = page != NULL ? fascia_page_find_source (page, run->target) : -1;
            g_autofree char *number = index >= 0 ? g_strdup_printf ("[%d]", index + 1) : g_strdup ("[?]");

            /* Citations read as numbers into the page's list of sources. */
            if (printable)
              {
                g_string_append (out, number);
                break;
              }
            g_string_append (out, "<a href=\"" FASCIA_CITE_SCHEME);
            append_escaped (out, run->target);
            g_string_append_printf (out, "\">%s</a>", number);
          }
          break;

        default:
          g_assert_not_reached ();
        }
    }
}

/**
 * fascia_inlines_to_markup:
 * @inlines: (element-type FasciaInline): inline runs
 * @page: (nullable): the page they belong to, for numbering citations
 *
 * Returns: (transfer full): Pango markup for @inlines
 */
char *
fascia_inlines_to_markup (GPtrArray  *inlines,
                          FasciaPage *page)
{
  return fascia_inlines_to_markup_full (inlines, page, FASCIA_MARKUP_SCREEN);
}

/**
 * fascia_inlines_to_markup_full:
 * @inlines: (element-type FasciaInline): inline runs
 * @page: (nullable): the page they belong to, for numbering citations
 * @flags: for the screen or for paper
 *
 * Returns: (transfer full): Pango markup for @inlines
 */
char *
fascia_inlines_to_markup_full (GPtrArray         *inlines,
                               FasciaPage        *page,
                               FasciaMarkupFlags  flags)
{
  GString *out = g_string_new (NULL);

  append_inlines (out, inlines, page, flags);

  return g_string_free (out, FALSE);
}

/**
 * fascia_markup_link:
 * @target: a target in the library ("page" or "page#section")
 * @text: the link's text
 * @flags: on paper, only the text
 *
 * Returns: (transfer full): markup for a link to @target, escaped
 */
char *
fascia_markup_link (const char        *target,
                    const char        *text,
                    FasciaMarkupFlags  flags)
{
  GString *out = g_string_new (NULL);
  gboolean bold = (flags & FASCIA_MARKUP_BOLD) != 0;

  if ((flags & FASCIA_MARKUP_PRINTABLE) != 0)
    {
      g_string_append (out, bold ? "<b>" : "");
      append_escaped (out, text);
      g_string_append (out, bold ? "</b>" : "");
      return g_string_free (out, FALSE);
    }

  /* Bold goes inside the link: outside it, GTK leaves the link without
   * its underline. */
  g_string_append (out, "<a href=\"" FASCIA_LINK_SCHEME);
  append_escaped (out, target);
  g_string_append (out, bold ? "\"><b>" : "\">");
  append_escaped (out, text);
  g_string_append (out, bold ? "</b></a>" : "</a>");

  return g_string_free (out, FALSE);
}

