/* fuzz-page.c - the page parser on any bytes at all
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A libFuzzer target: build-aux/fuzz builds it with clang, ASan and UBSan
 * and runs it for a bounded time from a seed corpus of real pages. Besides
 * not crashing, leaking or taking long, every input must give a page or
 * problems (never both, never neither), every problem must be a safe line,
 * and the page's text must come out as markup that parses.
 */
#include "config.h"

#include "fascia-markup.h"
#include "fascia-parser.h"
#include "fascia-validate.h"

#include "fuzz-common.h"

#define PATH "fuzz.xml"

/* Pango parses markup with GMarkup: what GMarkup takes, so does a label. */
static void
check_markup (GPtrArray  *inlines,
              FasciaPage *page)
{
  g_autofree char *markup = fascia_inlines_to_markup (inlines, page);
  g_autofree char *wrapped = g_strconcat ("<markup>", markup, "</markup>", NULL);
  static const GMarkupParser parser = { NULL };
  g_autoptr(GMarkupParseContext) context = g_markup_parse_context_new (&parser, 0, NULL, NULL);
  g_autoptr(GError) error = NULL;

  if (!g_markup_parse_context_parse (context, wrapped, -1, &error) ||
      !g_markup_parse_context_end_parse (context, &error))
    g_error ("the page's text made markup that does not parse: %s", error->message);
}

static void
check_block (FasciaPage        *page,
             const FasciaBlock *block,
             gpointer           user_data)
{
  if (block->inlines != NULL)
    check_markup (block->inlines, page);
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify)g_error_free);
  g_autoptr(FasciaPage) page = fascia_parser_parse_data ((const char *)data, size, PATH, problems);

  if ((page == NULL) != (problems->len > 0))
    g_error ("a page and problems, or neither");

  if (page != NULL)
    {
      g_autofree char *summary = fascia_page_dup_summary_text (page);

      g_assert_true (g_utf8_validate (summary, -1, NULL));
      g_assert_true (g_utf8_validate (fascia_page_get_title (page), -1, NULL));
      check_markup (fascia_page_get_summary (page), page);
      fascia_page_foreach_block (page, check_block, NULL);
      fascia_validate_page (page, problems);
    }

  fuzz_check_problems (problems, PATH);

  return 0;
}
