#!/usr/bin/python3
# generate-library.py - a large content folder that checks clean, for benchmarks
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes a content folder of about N pages made from the shipped content.

The shipped folder is copied once as it is (body map, regions, muscles,
places, safety check and sources: there is one of each in a library). Then
the pages a library may hold many of (articles, exercises, techniques and
conditions) are copied again and again as "sets" under new ids, page-2-…,
page-3-…, until the folder holds N pages. A link from a copy to a page of
its kind is rewritten to that page's copy in the same set; links to the
single pages stay (and the pages with the safety check and the places
never to press are single, though they are articles). Each set has an index page linking to all of its pages,
and the indexes link each other in a ring, so every page is linked from
another. The result is a valid library: fascia --check-content passes on
it, which the test suite checks.

    generate-library.py CONTENT OUT N"""

import os
import re
import shutil
import sys

COPIED = ('article', 'exercise', 'technique', 'condition')
PAGE_RE = re.compile(r'(<page\b[^>]*\bid=")([a-z0-9-]+)(")')
TYPE_RE = re.compile(r'<page\b[^>]*\btype="([a-z]+)"')
LINK_RE = re.compile(r'(<link\s+to=")([a-z0-9-]+)([#"])')

INDEX = '''<?xml version="1.0" encoding="UTF-8"?>
<page xmlns="http://fasciaapp.org/ns/page/1" id="{id}" type="article" order="{order}">
  <title>Set {n}</title>
  <summary>Every page of set {n}.</summary>
  <section id="pages">
    <title>The pages</title>
    <list>
{items}
    </list>
    <p>Next: <link to="{next}">set {next_n}</link>.</p>
    <evidence level="opinion">A generated page <cite ref="{source}"/>.</evidence>
  </section>
  <sources>
{source_xml}
  </sources>
</page>
'''


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    content, out, total = sys.argv[1], sys.argv[2], int(sys.argv[3])
    pages_in = os.path.join(content, 'pages')
    pages_out = os.path.join(out, 'pages')

    if os.path.exists(out):
        shutil.rmtree(out)
    os.makedirs(pages_out)
    for name in os.listdir(content):
        if name.endswith('.xml') or name.endswith('.rng'):
            shutil.copy(os.path.join(content, name), out)

    texts = {}
    for name in sorted(os.listdir(pages_in)):
        if not name.endswith('.xml'):
            continue
        with open(os.path.join(pages_in, name), encoding='utf-8') as f:
            text = f.read()
        page_id = PAGE_RE.search(text).group(2)
        texts[page_id] = text
        shutil.copy(os.path.join(pages_in, name), pages_out)

    # Pages that hold the library's one safety check or its places never to
    # press are single, whatever their type.
    copied = [i for i, t in texts.items()
              if TYPE_RE.search(t).group(1) in COPIED
              and 'role="safety-check"' not in t and 'role="place"' not in t]
    # The one source every index cites: the first source of the first copied page.
    first = texts[copied[0]]
    source_xml = re.search(r'<source id="[^"]+">.*?</source>', first, re.S).group(0)
    source_id = re.search(r'<source id="([^"]+)"', source_xml).group(1)

    n_sets = max(0, (total - len(texts) + len(copied)) // (len(copied) + 1))
    for k in range(2, n_sets + 2):
        ids = {i: 'page-%d-%s' % (k, i) for i in copied}
        ids = {i: v[:64] for i, v in ids.items()}
        for page_id in copied:
            text = PAGE_RE.sub(lambda m: m.group(1) + ids[page_id] + m.group(3), texts[page_id], count=1)
            text = LINK_RE.sub(lambda m: m.group(1) + ids.get(m.group(2), m.group(2)) + m.group(3), text)
            with open(os.path.join(pages_out, ids[page_id] + '.xml'), 'w', encoding='utf-8') as f:
                f.write(text)
        items = '\n'.join('      <item><link to="%s">%s</link></item>' % (ids[i], i) for i in copied)
        next_k = k + 1 if k < n_sets + 1 else 2
        index = INDEX.format(id='set-%d' % k, order=1000 + k, n=k, items=items,
                             next='set-%d' % next_k, next_n=next_k,
                             source=source_id, source_xml='    ' + source_xml)
        with open(os.path.join(pages_out, 'set-%d.xml' % k), 'w', encoding='utf-8') as f:
            f.write(index)

    print('%s: %d pages' % (out, len(os.listdir(pages_out))))


if __name__ == '__main__':
    main()
