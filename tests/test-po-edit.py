#!/usr/bin/env python3
# test-po-edit.py - a page edited in English shows as untranslated, in the
# translated folder and in the content report, until its PO is updated.
# SPDX-License-Identifier: GPL-3.0-or-later
#
# usage: test-po-edit.py SRCROOT FASCIA LANG
import os
import re
import shutil
import subprocess
import sys
import tempfile

srcroot, fascia, lang = sys.argv[1:4]
print('1..1')
with tempfile.TemporaryDirectory() as tmp:
    tree = os.path.join(tmp, 'src')
    for part in ('content', 'po', 'build-aux'):
        shutil.copytree(os.path.join(srcroot, part), os.path.join(tree, part))
    page = os.path.join(tree, 'content', 'pages', 'muscle-piriformis.xml')
    with open(page, encoding='utf-8') as f:
        text = f.read()
    edited = 'A small and deep buttock muscle, edited in English after translation.'
    text, n = re.subn(r'<summary>.*?</summary>', f'<summary>{edited}</summary>', text, count=1, flags=re.S)
    assert n == 1
    with open(page, 'w', encoding='utf-8') as f:
        f.write(text)

    out = os.path.join(tmp, lang)
    subprocess.run([sys.executable, os.path.join(tree, 'build-aux', 'po.py'), 'content', tree,
                    os.path.join(tree, 'po', lang + '.po'), lang, out, os.path.join(tmp, 'stamp')], check=True)
    with open(os.path.join(out, 'pages', 'muscle-piriformis.xml'), encoding='utf-8') as f:
        translated = f.read()
    # The edited message falls back to English; the rest stays translated.
    assert f'<summary>{edited}</summary>' in translated, 'the edited summary is not shown in English'
    assert 'xml:lang="' + lang + '"' in translated
    title = re.search(r'<title>(.*?)</title>', translated).group(1)
    assert title != 'Piriformis', 'the title lost its translation'

    report = subprocess.run([fascia, '--check-content', out, '--report', os.path.join(tmp, 'report')],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, universal_newlines=True)
    assert report.returncode == 0, report.stdout
    line = re.search(r'^translation: (\d+) of (\d+) messages .*; (\d+) of (\d+) files complete$',
                     report.stdout, re.M)
    assert line, report.stdout
    done, total, complete, files = map(int, line.groups())
    assert total - done == 1 and files - complete == 1, line.group(0)
    assert re.search(r'^\s+pages/muscle-piriformis\.xml\s+\d+ of \d+$', report.stdout, re.M), report.stdout
print('ok 1 /po/edited-page-shows-untranslated')
