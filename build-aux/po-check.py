#!/usr/bin/env python3
# po-check.py - checks what msgfmt cannot: that a translation keeps the
# markup of its message, so that itstool can join it back into the page.
# SPDX-License-Identifier: GPL-3.0-or-later
#
# usage: po-check.py [--complete] FILE.po...
#
# For every translated message of a page, the body map or a .ui file:
#   - the translation is well-formed XML in the same way as the message
#     (itstool would otherwise drop it and keep the English);
#   - it has the same elements with the same attributes (the same cites,
#     the same links to the same pages, as many terms), in any order;
#   - entities stay entities (&amp; in the message, &amp; in the translation).
# With --complete, a message left untranslated or fuzzy is a problem too.
# Problems name the file and the line of the message; exit status 1 if any.

import re
import sys
import xml.etree.ElementTree as ET


def unquote(s):
    out = []
    i = 0
    while i < len(s):
        c = s[i]
        if c == '\\' and i + 1 < len(s):
            n = s[i + 1]
            out.append({'n': '\n', 't': '\t', '"': '"', '\\': '\\'}.get(n, '\\' + n))
            i += 2
        else:
            out.append(c)
            i += 1
    return ''.join(out)


class Entry:
    def __init__(self):
        self.line = 0
        self.refs = []
        self.flags = set()
        self.obsolete = False
        self.msgctxt = None
        self.msgid = ''
        self.msgid_plural = None
        self.msgstr = {}


def read_po(path):
    entries = []
    entry = Entry()
    current = None
    started = False

    def finish():
        nonlocal entry, started
        if started:
            entries.append(entry)
        entry = Entry()
        started = False

    with open(path, encoding='utf-8') as f:
        for number, raw in enumerate(f, 1):
            line = raw.rstrip('\n')
            if not line.strip():
                finish()
                current = None
                continue
            if line.startswith('#~'):
                entry.obsolete = True
                started = True
                continue
            if line.startswith('#:'):
                if current is not None and current[0] == 'msgstr':
                    finish()
                entry.refs += line[2:].split()
                continue
            if line.startswith('#,'):
                entry.flags |= {x.strip() for x in line[2:].split(',')}
                continue
            if line.startswith('#'):
                continue
            m = re.match(r'^(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?)\s+"(.*)"\s*$', line)
            if m:
                key = m.group(1)
                if key in ('msgid', 'msgctxt') and current is not None and current[0] == 'msgstr':
                    finish()
                if not started:
                    entry.line = number
                started = True
                value = unquote(m.group(3))
                if key == 'msgctxt':
                    entry.msgctxt = value
                    current = ('msgctxt', None)
                elif key == 'msgid':
                    entry.msgid = value
                    current = ('msgid', None)
                elif key == 'msgid_plural':
                    entry.msgid_plural = value
                    current = ('msgid_plural', None)
                else:
                    index = int(m.group(2)) if m.group(2) else 0
                    entry.msgstr[index] = value
                    current = ('msgstr', index)
                continue
            m = re.match(r'^\s*"(.*)"\s*$', line)
            if m and current is not None:
                value = unquote(m.group(1))
                kind, index = current
                if kind == 'msgctxt':
                    entry.msgctxt += value
                elif kind == 'msgid':
                    entry.msgid += value
                elif kind == 'msgid_plural':
                    entry.msgid_plural += value
                else:
                    entry.msgstr[index] += value
                continue
            raise SyntaxError(f'{path}:{number}: cannot read this line')
    finish()
    return entries


def is_content(entry):
    return any(r.startswith('content/') for r in entry.refs)


def shape(text):
    """The elements (with attributes) and entities of a piece of page text."""
    root = ET.fromstring('<r xmlns="http://fasciaapp.org/ns/page/1">' + text + '</r>')
    elements = sorted(
        (el.tag.split('}')[-1], tuple(sorted(el.attrib.items())))
        for el in root.iter() if el is not root)
    entities = sorted(re.findall(r'&[a-zA-Z]+;|&#x?[0-9a-fA-F]+;', text))
    return elements, entities


def check_entry(path, entry, complete):
    problems = []
    where = f'{path}:{entry.line}'
    translations = [v for v in entry.msgstr.values()]
    translated = any(translations) and 'fuzzy' not in entry.flags
    if not translated:
        if complete:
            state = 'fuzzy' if 'fuzzy' in entry.flags else 'untranslated'
            problems.append(f'{where}: {state}: "{entry.msgid[:60]}"')
        return problems
    if entry.msgid_plural is None and not all(translations):
        problems.append(f'{where}: a plural form is empty')
    if not is_content(entry):
        return problems
    try:
        want = shape(entry.msgid)
    except ET.ParseError:
        return problems
    for text in translations:
        try:
            have = shape(text)
        except ET.ParseError as e:
            problems.append(f'{where}: the translation is not well-formed XML ({e}); '
                            'itstool would keep the English')
            continue
        if have[0] != want[0]:
            missing = [x for x in want[0] if x not in have[0]]
            extra = [x for x in have[0] if x not in want[0]]
            problems.append(f'{where}: the markup differs from the message: '
                            f'missing {missing}, extra {extra}')
        if have[1] != want[1]:
            problems.append(f'{where}: the entities differ: {want[1]} in the message, {have[1]} here')
    return problems


def main(argv):
    complete = '--complete' in argv
    files = [a for a in argv if a != '--complete']
    if not files:
        print(__doc__ or 'usage: po-check.py [--complete] FILE.po...', file=sys.stderr)
        return 2
    problems = []
    for path in files:
        try:
            entries = read_po(path)
        except (OSError, SyntaxError, UnicodeDecodeError) as e:
            problems.append(str(e))
            continue
        for entry in entries:
            if entry.obsolete or entry.msgid == '':
                continue
            problems += check_entry(path, entry, complete)
    for p in problems:
        print(p)
    if problems:
        print(f'{len(problems)} problem(s)', file=sys.stderr)
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
