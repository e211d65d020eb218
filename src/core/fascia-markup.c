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

#include <glib/gi18n-lib.h>

#include "fascia-library.h"
#include "fascia-markup.h"

static void
append_escaped (GString    *out,
                const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text != NULL ? text : "", -1);

  g_string_append (out, escaped);
}

static void append_inlines (GString    *out,
                            GPtrArray  *inlines,
                            FasciaPage *page);

static void
append_wrapped (GString            *out,
                const char         *open,
                const char         *close,
                const FasciaInline *run,
                FasciaPage         *page)
{
  g_string_append (out, open);
  append_inlines (out, run->children, page);
  g_string_append (out, close);
}

static void
append_inlines (GString    *out,
                GPtrArray  *inlines,
                FasciaPage *page)
{
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
          append_wrapped (out, "<i>", "</i>", run, page);
          break;

        case FASCIA_INLINE_STRONG:
          append_wrapped (out, "<b>", "</b>", run, page);
          break;

        case FASCIA_INLINE_TERM:
          append_wrapped (out, "<i><b>", "</b></i>", run, page);
          break;

        case FASCIA_INLINE_LINK:
        case FASCIA_INLINE_EXTERNAL:
          g_string_append (out, "<a href=\"");
          if (run->kind == FASCIA_INLINE_LINK)
            g_string_append (out, FASCIA_LINK_SCHEME);
          append_escaped (out, run->target);
          g_string_append (out, "\">");
          append_inlines (out, run->children, page);
          g_string_append (out, "</a>");
          break;

        case FASCIA_INLINE_CITATION:
          {
            int index = page != NULL ? fascia_page_find_source (page, run->target) : -1;

            /* Citations read as numbers into the page's list of sources. */
            g_string_append (out, "<a href=\"" FASCIA_CITE_SCHEME);
            append_escaped (out, run->target);
            if (index >= 0)
              g_string_append_printf (out, "\">[%d]</a>", index + 1);
            else
              g_string_append (out, "\">[?]</a>");
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
  GString *out = g_string_new (NULL);

  append_inlines (out, inlines, page);

  return g_string_free (out, FALSE);
}

/* "Label: A · B", each name a link to @page_id (or to its section, when
 * @in_page is set) and escaped. */
static char *
named_list_markup (const char  *label,
                   char       **ids,
                   FasciaPage  *in_page,
                   FasciaLibrary *library,
                   gboolean     links)
{
  GString *out;

  if (ids == NULL || ids[0] == NULL)
    return NULL;

  out = g_string_new (NULL);
  append_escaped (out, label);
  g_string_append (out, " ");

  for (guint i = 0; ids[i] != NULL; i++)
    {
      const char *name = ids[i];
      g_autofree char *target = NULL;

      if (in_page != NULL)
        {
          const FasciaSection *section = fascia_page_find_section (in_page, ids[i]);

          if (section != NULL && section->title != NULL)
            name = section->title;
          target = g_strdup_printf ("%s#%s", fascia_page_get_id (in_page), ids[i]);
        }
      else
        {
          FasciaPage *page = library != NULL ? fascia_library_get_page (library, ids[i]) : NULL;

          if (page != NULL)
            name = fascia_page_get_title (page);
          target = g_strdup (ids[i]);
        }

      if (i > 0)
        g_string_append (out, " · ");
      if (links)
        {
          g_string_append (out, "<a href=\"" FASCIA_LINK_SCHEME);
          append_escaped (out, target);
          g_string_append (out, "\">");
        }
      append_escaped (out, name);
      if (links)
        g_string_append (out, "</a>");
    }

  return g_string_free (out, FALSE);
}

/**
 * fascia_steps_area_to_markup:
 * @library: (nullable): the library, for the region pages' titles
 * @areas: (nullable) (array zero-terminated=1): region page ids
 * @links: whether the names link to their pages (not on paper)
 *
 * Returns: (transfer full) (nullable): "Where: Outer hip · Thigh" as
 *   markup, or %NULL without areas
 */
char *
fascia_steps_area_to_markup (FasciaLibrary  *library,
                             char          **areas,
                             gboolean        links)
{
  return named_list_markup (_("Where:"), areas, NULL, library, links);
}

/**
 * fascia_steps_keep_off_to_markup:
 * @library: (nullable): the library, for the places' names
 * @keep_off: (nullable) (array zero-terminated=1): ids of places never to
 *   press
 * @links: whether the names link to the places (not on paper)
 *
 * Returns: (transfer full) (nullable): "Keep off: The groin crease · …" as
 *   markup, or %NULL without places
 */
char *
fascia_steps_keep_off_to_markup (FasciaLibrary  *library,
                                 char          **keep_off,
                                 gboolean        links)
{
  FasciaPage *places = library != NULL ? fascia_library_get_page (library, FASCIA_PLACES_PAGE) : NULL;

  return named_list_markup (_("Keep off:"), keep_off, places, library, links && places != NULL);
}
