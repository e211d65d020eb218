/* fascia-print-paginate.c - the blocks of a laid-out page placed on sheets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * fascia-print-layout.c makes each part of a page a Block with its height
 * and the places it may be cut; this decides which sheet each goes on and
 * where the long ones are cut: never leaving a lone line either side of a
 * cut, never a heading at the foot of a sheet without what follows it.
 */
#define G_LOG_DOMAIN "fascia-print"

#include "config.h"

#include "fascia-print-private.h"

static gboolean
is_long (const Block *block,
         double       body_height)
{
  return block->height > body_height / 4;
}

/* The last place in (@from, @limit] where @block may be cut, or -1. A cut
 * between two lines of text must leave two lines either side of it, unless
 * @anywhere. */
static double
find_break (const Block *block,
            double       from,
            double       limit,
            gboolean     anywhere)
{
  for (guint i = block->breaks->len; i > 0; i--)
    {
      const Break *br = &g_array_index (block->breaks, Break, i - 1);

      if (br->y > limit || br->y <= from)
        continue;
      if (anywhere || br->strong ||
          (br->y - from >= MIN_CHUNK && block->height - br->y >= MIN_CHUNK))
        return br->y;
    }

  return -1;
}

/* How much of @block must follow a heading on the same sheet: all of it
 * when it is short, as it will not be cut, else its first part. */
static double
first_chunk (const Block *block,
             double       body_height)
{
  if (!is_long (block, body_height))
    return block->height;

  for (guint i = 0; i < block->breaks->len; i++)
    {
      const Break *br = &g_array_index (block->breaks, Break, i);

      if (br->strong || (br->y >= MIN_CHUNK && block->height - br->y >= MIN_CHUNK))
        return br->y;
    }

  return block->height;
}

static void
place (GArray *sheet,
       guint   block,
       double  from,
       double  to,
       double  y,
       double  lead)
{
  Placement placement = { block, from, to, y, lead };

  g_array_append_val (sheet, placement);
}

/**
 * fascia_print_job_paginate:
 * @job: a job whose blocks are built
 *
 * Places the blocks on sheets, top to bottom: a short block or a heading
 * moves on to the next sheet whole, a long one is cut where it allows it,
 * a table's header row is repeated on each sheet it runs on, and no sheet
 * is left empty at the end.
 */
void
fascia_print_job_paginate (PrintJob *job)
{
  double top = MARGIN_TOP;
  double bottom = job->sheet_height - MARGIN_BOTTOM;
  double body_height = bottom - top;
  GArray *sheet = g_array_new (FALSE, FALSE, sizeof (Placement));
  double y = top;
  gboolean empty = TRUE;

  g_ptr_array_add (job->sheets, sheet);

  for (guint i = 0; i < job->blocks->len; i++)
    {
      const Block *block = g_ptr_array_index (job->blocks, i);
      double from = 0;

      while (from < block->height)
        {
          double gap = empty ? 0 : block->space_before;
          double lead = from > 0 ? block->repeat_to - block->repeat_from : 0;
          double avail;
          double rest = block->height - from;
          double need = rest;
          double cut;

          /* A header row too tall to repeat is not repeated, so that
           * every sheet has room for some of the table itself. */
          if (lead > body_height / 2)
            lead = 0;
          avail = bottom - y - gap - lead;

          if (block->keep_with_next && from == 0 && i + 1 < job->blocks->len)
            {
              const Block *next = g_ptr_array_index (job->blocks, i + 1);

              need += next->space_before + first_chunk (next, body_height);
            }

          if (need <= avail || (empty && rest <= avail))
            {
              place (sheet, i, from, block->height, y + gap, lead);
              y += gap + lead + rest;
              empty = FALSE;
              break;
            }

          /* It does not fit: short blocks and headings move on to the
           * next sheet whole, long ones are cut where they allow it. */
          cut = -1;
          if (!block->keep_with_next && is_long (block, body_height))
            cut = find_break (block, from, from + avail, FALSE);
          if (cut < 0 && empty)
            {
              /* Not even a whole sheet holds it: cut where possible, or
               * else at the bottom of the sheet. */
              cut = find_break (block, from, from + avail, TRUE);
              if (cut < 0)
                cut = from + avail;
            }

          if (cut > from)
            {
              place (sheet, i, from, cut, y + gap, lead);
              from = cut;
            }

          sheet = g_array_new (FALSE, FALSE, sizeof (Placement));
          g_ptr_array_add (job->sheets, sheet);
          y = top;
          empty = TRUE;
        }
    }

  /* Never end on an empty sheet, whatever the blocks were. */
  if (job->sheets->len > 1 && sheet->len == 0)
    g_ptr_array_remove_index (job->sheets, job->sheets->len - 1);
}
