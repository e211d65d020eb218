/* bench-hostile.c - how long the worst files under the size cap take to check
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each shape is one page of nearly 1 MiB built to hit one costly path:
 * attributes, namespaces, nesting, entities, long words, many elements,
 * floods of problems. Each is loaded as a library of its own, which is what
 * --check-content and the window do, and its time printed. The budget is
 * about a second each; `meson test --benchmark` runs this.
 */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "fascia-library.h"
#include "fascia-parser.h"

#define HEAD "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" \
             "<page xmlns=\"http://fasciaapp.org/ns/page/1\" id=\"shape\" type=\"article\">\n" \
             "<title>T</title><summary>S.</summary>\n" \
             "<section id=\"body\"><title>B</title>\n"
#define TAIL "<evidence level=\"opinion\">O <cite ref=\"s\"/>.</evidence></section>\n" \
             "<sources><source id=\"s\"><authors>A</authors><year>2020</year><title>T</title>" \
             "<venue>V</venue></source></sources>\n</page>\n"

/* Room for the body of a page that stays under the cap. */
#define ROOM (FASCIA_PARSER_MAX_FILE_SIZE - 4096)

typedef void (*ShapeFunc) (GString *body);

static void
repeat (GString    *body,
        const char *unit)
{
  gsize start = body->len;

  while (body->len - start + strlen (unit) < ROOM - 64)
    g_string_append (body, unit);
}

static void
shape_attributes (GString *body)
{
  g_string_append (body, "<p");
  for (guint i = 0; body->len < ROOM - 64; i++)
    g_string_append_printf (body, " a%u=\"\"", i);
  g_string_append (body, ">x</p>");
}

static void
shape_attributes_at_cap (GString *body)
{
  g_autoptr(GString) unit = g_string_new ("<p");

  for (guint i = 0; i < FASCIA_PARSER_MAX_ATTRIBUTES; i++)
    g_string_append_printf (unit, " a%u=\"\"", i);
  g_string_append (unit, ">x</p>\n");
  repeat (body, unit->str);
}

static void
shape_namespaces (GString *body)
{
  g_string_append (body, "<p");
  for (guint i = 0; body->len < ROOM - 64; i++)
    g_string_append_printf (body, " xmlns:n%u=\"urn:n\"", i);
  g_string_append (body, ">x</p>");
}

static void
shape_namespaces_at_cap (GString *body)
{
  g_string_append (body, "<p");
  for (guint i = 1; i < FASCIA_PARSER_MAX_NAMESPACES; i++)
    g_string_append_printf (body, " xmlns:n%u=\"urn:n%u\"", i, i);
  g_string_append (body, ">");
  repeat (body, "<n1:x n2:a=\"1\"/>");
  g_string_append (body, "</p>");
}

static void
shape_deep (GString *body)
{
  repeat (body, "<em>");
}

static void
shape_deep_at_cap (GString *body)
{
  g_autoptr(GString) unit = g_string_new (NULL);

  for (guint i = 0; i < FASCIA_PARSER_MAX_DEPTH - 4; i++)
    g_string_append (unit, "<em>");
  g_string_append (unit, "x");
  for (guint i = 0; i < FASCIA_PARSER_MAX_DEPTH - 4; i++)
    g_string_append (unit, "</em>");
  g_string_append (body, "<p>");
  repeat (body, unit->str);
  g_string_append (body, "</p>");
}

static void
shape_long_word (GString *body)
{
  g_string_append (body, "<p>");
  repeat (body, "abcdefghijklmnopqrstuvwxyz");
  g_string_append (body, "</p>");
}

static void
shape_many_words (GString *body)
{
  g_string_append (body, "<p>");
  for (guint i = 0; body->len < ROOM - 64; i++)
    g_string_append_printf (body, "w%u ", i);
  g_string_append (body, "</p>");
}

static void
shape_character_references (GString *body)
{
  g_string_append (body, "<p>");
  repeat (body, "&#x41;&amp;");
  g_string_append (body, "</p>");
}

static void
shape_paragraphs (GString *body)
{
  repeat (body, "<p>x</p>");
}

static void
shape_inlines (GString *body)
{
  g_string_append (body, "<p>");
  repeat (body, "<em>x</em>");
  g_string_append (body, "</p>");
}

static void
shape_sections (GString *body)
{
  g_string_append (body, "<p>x</p>");
  for (guint i = 0; body->len < ROOM - 128; i++)
    g_string_append_printf (body, "</section><section id=\"s%u\"><title>S</title><p>x</p>\n", i);
}

static void
shape_bad_links (GString *body)
{
  g_string_append (body, "<p>");
  for (guint i = 0; body->len < ROOM - 64; i++)
    g_string_append_printf (body, "<link to=\"nowhere-%u\">x</link>", i);
  g_string_append (body, "</p>");
}

static void
shape_bad_areas (GString *body)
{
  g_string_append (body, "<steps area=\"");
  repeat (body, "a ");
  g_string_append (body, "\"><step>x</step></steps>");
}

static void
shape_comments (GString *body)
{
  repeat (body, "<!-- a=\"1\" b=\"2\" --><?pi c=\"3\"?>");
}

static const struct {
  const char *name;
  ShapeFunc   func;
} shapes[] = {
  { "100k attributes on one element", shape_attributes },
  { "32 attributes on every element", shape_attributes_at_cap },
  { "50k namespace declarations", shape_namespaces },
  { "64 namespaces, prefixed elements", shape_namespaces_at_cap },
  { "256k nested elements", shape_deep },
  { "nesting at the cap, repeated", shape_deep_at_cap },
  { "one 1 MiB word", shape_long_word },
  { "100k distinct words", shape_many_words },
  { "character references", shape_character_references },
  { "130k paragraphs", shape_paragraphs },
  { "100k inline elements", shape_inlines },
  { "17k sections", shape_sections },
  { "30k links to nowhere", shape_bad_links },
  { "500k bad area ids", shape_bad_areas },
  { "comments and instructions", shape_comments },
};

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("fascia-bench-hostile-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "shape.xml", NULL);
  double worst = 0;

  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (shapes); i++)
    {
      g_autoptr(GString) page = g_string_new (HEAD);
      g_autoptr(FasciaLibrary) library = NULL;
      gint64 start;
      double ms;

      shapes[i].func (page);
      g_string_append (page, TAIL);
      g_assert_cmpuint (page->len, <=, FASCIA_PARSER_MAX_FILE_SIZE);
      g_file_set_contents (path, page->str, (gssize)page->len, &error);
      g_assert_no_error (error);

      start = g_get_monotonic_time ();
      library = fascia_library_load (dir, &error);
      ms = (g_get_monotonic_time () - start) / 1000.0;
      g_assert_no_error (error);

      g_print ("%-36s %7zu bytes %8.1f ms  %u problems, %u pages\n", shapes[i].name, page->len, ms,
               fascia_library_get_problems (library)->len, fascia_library_get_n_pages (library));
      worst = MAX (worst, ms);
    }

  g_print ("worst: %.1f ms (budget: about 1000 ms)\n", worst);

  g_unlink (path);
  g_rmdir (dir);

  return 0;
}
