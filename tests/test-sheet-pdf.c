/* test-sheet-pdf.c - the sheet for the clinician saved as PDF, read back with poppler-utils
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each test fills in a sheet, saves it with fascia_sheet_print_to_pdf() (the
 * print operation the print dialog runs) and reads the text back with
 * pdftotext -layout, whitespace collapsed. Whatever the content, the sheet
 * is one page.
 */
#include "config.h"

#include <string.h>

#include <gtk/gtk.h>

#include "fascia-clinician-sheet.h"
#include "fascia-library.h"
#include "fascia-sheet-print.h"
#include "fascia-test-util.h"

typedef struct
{
  char  *dir;
  char  *pdf;
  char  *text;      /* whitespace collapsed */
  guint  n_pages;
} Printed;

static void
printed_free (Printed *printed)
{
  fascia_test_remove_pdf (printed->dir, printed->pdf);
  g_free (printed->dir);
  g_free (printed->pdf);
  g_free (printed->text);
  g_free (printed);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Printed, printed_free)

static Printed *
print_sheet (FasciaClinicianSheet *sheet)
{
  Printed *printed = g_new0 (Printed, 1);
  g_autoptr(GError) error = NULL;
  g_autofree char *layout_text = NULL;

  printed->pdf = fascia_test_pdf_path ("fascia-sheet-XXXXXX", "sheet.pdf", &printed->dir);

  g_assert_true (fascia_sheet_print_to_pdf (sheet, printed->pdf, &error));
  g_assert_no_error (error);
  fascia_test_assert_pdf_file (printed->pdf);

  layout_text = fascia_test_pdftotext (printed->pdf, "-layout");
  /* In the log (meson test --verbose), the sheet as a reader gets it. */
  g_test_message ("%s", layout_text);
  printed->text = fascia_test_collapse_whitespace (layout_text);
  printed->n_pages = fascia_test_pdf_n_pages (printed->pdf, layout_text);

  return printed;
}

/* The first @n words of @text, enough to find it although it may wrap. */
static char *
first_words (const char *text,
             guint       n)
{
  const char *end = text;

  for (guint i = 0; i < n && end != NULL; i++)
    end = strchr (end + (i > 0), ' ');

  return end != NULL ? g_strndup (text, end - text) : g_strdup (text);
}

/* How a warning sign answered @answer begins on the sheet. */
static char *
answer_line (const char            *answer,
             const FasciaSheetFlag *flag)
{
  g_autofree char *start = first_words (flag->text, 6);

  return g_strconcat (answer, " ", start, NULL);
}

static void
assert_matches (const char *text,
                const char *pattern)
{
  if (!g_regex_match_simple (pattern, text, 0, 0))
    g_error ("nothing matches /%s/ in the sheet's text:\n%s", pattern, text);
}

static FasciaLibrary *
load_folder (const char *first_part,
             const char *second_part)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, first_part, second_part, NULL);
  g_autoptr(GError) error = NULL;
  FasciaLibrary *library = fascia_library_load (dir, &error);

  g_assert_no_error (error);
  g_assert_nonnull (library);

  return library;
}

static void
set_notes (FasciaClinicianSheet *sheet)
{
  fascia_clinician_sheet_set_note (sheet, FASCIA_SHEET_NOTE_SINCE, "Since the marathon in May");
  fascia_clinician_sheet_set_note (sheet, FASCIA_SHEET_NOTE_WORSE, "Sitting for long, stairs");
  fascia_clinician_sheet_set_note (sheet, FASCIA_SHEET_NOTE_OTHER, "Heat helps <b>a bit</b> & rest");
}

static void
test_real_content (void)
{
  g_autoptr(FasciaLibrary) library = NULL;
  g_autoptr(FasciaClinicianSheet) sheet = NULL;
  g_autoptr(GDateTime) date = g_date_time_new_local (2024, 3, 5, 10, 0, 0);
  g_autoptr(Printed) printed = NULL;
  const char * const chosen[] = { "front-outer-hip-left", "front-outer-hip-right", "back-buttock-right", NULL };
  const FasciaSheetFlag *soon = NULL, *emergency = NULL;
  GPtrArray *flags;

  if (fascia_test_skip_without_poppler ())
    return;

  library = load_folder ("..", "content");
  sheet = fascia_clinician_sheet_new (library, chosen);
  fascia_clinician_sheet_set_date (sheet, date);
  set_notes (sheet);

  flags = fascia_clinician_sheet_get_red_flags (sheet);
  for (guint i = 0; i < flags->len; i++)
    {
      const FasciaSheetFlag *flag = g_ptr_array_index (flags, i);

      if (flag->urgency == FASCIA_URGENCY_EMERGENCY && emergency == NULL)
        emergency = flag;
      if (flag->urgency == FASCIA_URGENCY_SOON && soon == NULL)
        soon = flag;
    }
  /* The shipped region pages list warning signs of both kinds. */
  g_assert_nonnull (emergency);
  g_assert_nonnull (soon);
  g_assert_true (fascia_clinician_sheet_set_answer (sheet, emergency->key, FASCIA_FLAG_NO));
  g_assert_true (fascia_clinician_sheet_set_answer (sheet, soon->key, FASCIA_FLAG_YES));

  printed = print_sheet (sheet);
  g_assert_cmpuint (printed->n_pages, ==, 1);

  fascia_test_assert_has (printed->text, "For my clinician");
  fascia_test_assert_has (printed->text, "5 March 2024");
  fascia_test_assert_has (printed->text, "Outer hip, your left, front");
  fascia_test_assert_has (printed->text, "Outer hip, your right, front");
  fascia_test_assert_has (printed->text, "Buttock, your right, back");
  fascia_test_assert_has (printed->text, "1. Gluteus minimus — explains 3 of 3 regions");
  fascia_test_assert_before (printed->text, "Gluteus minimus", "Quadratus lumborum");
  fascia_test_assert_has (printed->text, "Since the marathon in May");
  fascia_test_assert_has (printed->text, "Sitting for long, stairs");
  /* The reader's words are text, not markup. */
  fascia_test_assert_has (printed->text, "Heat helps <b>a bit</b> & rest");
  fascia_test_assert_has (printed->text, "This sheet is for education and for talking with a professional. It is not a diagnosis.");

  {
    g_autofree char *no_line = answer_line ("No", emergency);
    g_autofree char *yes_line = answer_line ("Yes", soon);

    fascia_test_assert_has (printed->text, no_line);
    fascia_test_assert_has (printed->text, yes_line);
    fascia_test_assert_before (printed->text, "Get emergency help now", "See a doctor soon");
  }
}

static void
test_fixture_red_flags (void)
{
  g_autoptr(FasciaLibrary) library = NULL;
  g_autoptr(FasciaClinicianSheet) sheet = NULL;
  g_autoptr(Printed) printed = NULL;
  g_autoptr(Printed) alarmed = NULL;
  const char * const chosen[] = { "front-hip-left", "back-low-back", NULL };

  if (fascia_test_skip_without_poppler ())
    return;

  library = load_folder ("data", "clinician");
  sheet = fascia_clinician_sheet_new (library, chosen);
  set_notes (sheet);
  g_assert_true (fascia_clinician_sheet_set_answer (sheet, "region-hip#0", FASCIA_FLAG_NO));
  g_assert_true (fascia_clinician_sheet_set_answer (sheet, "region-hip#2", FASCIA_FLAG_YES));

  printed = print_sheet (sheet);
  g_assert_cmpuint (printed->n_pages, ==, 1);
  fascia_test_assert_has (printed->text, "Hip, your left, front");
  fascia_test_assert_has (printed->text, "Low back, back");
  fascia_test_assert_has (printed->text, "1. Beta muscle — explains 2 of 2 regions, essential zone in 1");
  fascia_test_assert_has (printed->text, "No Hip emergency one.");
  fascia_test_assert_has (printed->text, "Not answered Hip emergency two, spread over lines.");
  fascia_test_assert_has (printed->text, "Yes Hip soon one.");
  fascia_test_assert_before (printed->text, "Get emergency help now", "Back emergency one.");
  fascia_test_assert_before (printed->text, "Back emergency one.", "See a doctor soon");
  fascia_test_assert_before (printed->text, "See a doctor soon", "Hip soon one.");
  g_assert_null (strstr (printed->text, "I answered “Yes” to a warning sign that needs emergency care"));

  /* An emergency "yes" is said first, in a box of its own. */
  g_assert_true (fascia_clinician_sheet_set_answer (sheet, "back-low-back", FASCIA_FLAG_YES) == FALSE);
  g_assert_true (fascia_clinician_sheet_set_answer (sheet, "region-back#0", FASCIA_FLAG_YES));
  alarmed = print_sheet (sheet);
  g_assert_cmpuint (alarmed->n_pages, ==, 1);
  fascia_test_assert_has (alarmed->text, "Yes Back emergency one.");
  fascia_test_assert_before (alarmed->text, "I answered “Yes” to a warning sign that needs emergency care", "Where it hurts");
}

/* Every region of the map, long notes: one page, lists cut short with "and
 * N more", and the education note at the foot. Warning signs answered
 * "Yes" are never left out: the ones without room on the first page go on
 * over the next, each page with the education note. */
static void
test_long (void)
{
  g_autoptr(FasciaLibrary) library = NULL;
  g_autoptr(FasciaClinicianSheet) sheet = NULL;
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  g_autoptr(GString) note = g_string_new (NULL);
  g_autoptr(Printed) printed = NULL;
  GPtrArray *views;
  GPtrArray *flags;

  if (fascia_test_skip_without_poppler ())
    return;

  library = load_folder ("..", "content");
  views = fascia_body_map_get_views (fascia_library_get_body_map (library));
  for (guint v = 0; v < views->len; v++)
    {
      FasciaBodyView *view = g_ptr_array_index (views, v);

      for (guint r = 0; r < view->regions->len; r++)
        g_ptr_array_add (ids, ((FasciaBodyRegion *)g_ptr_array_index (view->regions, r))->id);
    }
  g_ptr_array_add (ids, NULL);
  sheet = fascia_clinician_sheet_new (library, (const char * const *)ids->pdata);
  g_assert_cmpuint (fascia_clinician_sheet_get_regions (sheet)->len, ==, ids->len - 1);

  for (guint i = 0; i < 60; i++)
    g_string_append (note, "It aches and it burns and it wakes me up at night. ");
  for (guint i = 0; i < FASCIA_SHEET_N_NOTES; i++)
    fascia_clinician_sheet_set_note (sheet, i, note->str);

  /* More "Yes" answers than one page has room for: every one is printed,
   * and the line that counts the rest says where they went. */
  flags = fascia_clinician_sheet_get_red_flags (sheet);
  g_assert_cmpuint (flags->len, >, 10);
  for (guint i = 0; i < flags->len; i++)
    fascia_clinician_sheet_set_answer (sheet, ((FasciaSheetFlag *)g_ptr_array_index (flags, i))->key,
                                       i % 2 ? FASCIA_FLAG_YES : FASCIA_FLAG_NO);

  printed = print_sheet (sheet);
  g_assert_cmpuint (printed->n_pages, >, 1);
  fascia_test_assert_has (printed->text, "For my clinician");
  fascia_test_assert_has (printed->text, "For my clinician (continued)");
  fascia_test_assert_has (printed->text, "the ones answered “Yes” are on the next page");
  g_assert_cmpuint (fascia_test_count (printed->text, "It is not a diagnosis."), ==, printed->n_pages);
  for (guint i = 0; i < flags->len; i++)
    {
      const FasciaSheetFlag *flag = g_ptr_array_index (flags, i);
      g_autofree char *yes_line = answer_line ("Yes", flag);

      if (fascia_clinician_sheet_get_answer (sheet, flag->key) == FASCIA_FLAG_YES)
        fascia_test_assert_has (printed->text, yes_line);
    }
  /* The regions, the muscles and the warning signs are all cut short. */
  assert_matches (printed->text, "Where it hurts .* and [0-9]+ more My notes");
  assert_matches (printed->text, "Muscles that may send pain there .* and [0-9]+ more Warning signs I was asked about");
  assert_matches (printed->text, "Warning signs I was asked about .* and [0-9]+ more \\(the ones answered");
  g_assert_null (strstr (printed->text, "none answered"));
  fascia_test_assert_has (printed->text, "It is not a diagnosis.");
  for (guint i = 0; i < flags->len; i++)
    {
      const FasciaSheetFlag *flag = g_ptr_array_index (flags, i);
      g_autofree char *no_line = answer_line ("No", flag);

      if (fascia_clinician_sheet_get_answer (sheet, flag->key) == FASCIA_FLAG_NO && strstr (printed->text, no_line))
        g_error ("“%s” is printed while a “Yes” is left out:\n%s", no_line, printed->text);
    }

  /* Three "Yes" answers, the three the sheet would leave out first were
   * they "No": the last sign of each level. All are printed on the one
   * page, under their own headings; what is left out holds no "Yes". */
  {
    const FasciaSheetFlag *last[FASCIA_N_URGENCIES] = { NULL, };
    g_autoptr(Printed) few = NULL;
    g_autofree char *emergency_line = NULL;
    g_autofree char *urgent_line = NULL;
    g_autofree char *soon_line = NULL;

    for (guint i = 0; i < flags->len; i++)
      {
        const FasciaSheetFlag *flag = g_ptr_array_index (flags, i);

        fascia_clinician_sheet_set_answer (sheet, flag->key, FASCIA_FLAG_NO);
        last[flag->urgency] = flag;
      }
    for (guint u = 0; u < FASCIA_N_URGENCIES; u++)
      {
        g_assert_nonnull (last[u]);
        g_assert_true (fascia_clinician_sheet_set_answer (sheet, last[u]->key, FASCIA_FLAG_YES));
      }

    few = print_sheet (sheet);
    g_assert_cmpuint (few->n_pages, ==, 1);
    emergency_line = answer_line ("Yes", last[FASCIA_URGENCY_EMERGENCY]);
    urgent_line = answer_line ("Yes", last[FASCIA_URGENCY_URGENT]);
    soon_line = answer_line ("Yes", last[FASCIA_URGENCY_SOON]);
    fascia_test_assert_has (few->text, emergency_line);
    fascia_test_assert_has (few->text, urgent_line);
    fascia_test_assert_has (few->text, soon_line);
    fascia_test_assert_before (few->text, emergency_line, "Get medical advice today");
    fascia_test_assert_before (few->text, "Get medical advice today", urgent_line);
    fascia_test_assert_before (few->text, urgent_line, "See a doctor soon");
    fascia_test_assert_before (few->text, "See a doctor soon", soon_line);
    {
      /* The first sign is the last "No" to go: the check above would see it. */
      g_autofree char *first_no = answer_line ("No", g_ptr_array_index (flags, 0));

      fascia_test_assert_has (few->text, first_no);
    }
    assert_matches (few->text, "and [0-9]+ more \\(none answered “Yes”\\) This sheet is for education");
    fascia_test_assert_before (few->text, "I answered “Yes” to a warning sign that needs emergency care", "Where it hurts");
  }
}

static void
test_empty (void)
{
  g_autoptr(FasciaLibrary) library = NULL;
  g_autoptr(FasciaClinicianSheet) sheet = NULL;
  g_autoptr(Printed) printed = NULL;

  if (fascia_test_skip_without_poppler ())
    return;

  library = load_folder ("data", "clinician");
  sheet = fascia_clinician_sheet_new (library, NULL);
  printed = print_sheet (sheet);
  g_assert_cmpuint (printed->n_pages, ==, 1);
  fascia_test_assert_has (printed->text, "No region was marked.");
  fascia_test_assert_has (printed->text, "Since when?");
  fascia_test_assert_has (printed->text, "It is not a diagnosis.");
}

int
main (int   argc,
      char *argv[])
{
  fascia_test_init (&argc, &argv);

  g_test_add_func ("/sheet-pdf/real-content", test_real_content);
  g_test_add_func ("/sheet-pdf/red-flags", test_fixture_red_flags);
  g_test_add_func ("/sheet-pdf/long", test_long);
  g_test_add_func ("/sheet-pdf/empty", test_empty);

  return g_test_run ();
}
