#!/usr/bin/env python3
# po.py - Fascia's one translation pipeline, called by meson (po/meson.build,
# content/meson.build) and by the tests.
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Interface strings are extracted with xgettext (GLib's keywords, as meson's
# "glib" preset), page text, the safety check and the body map's names with
# itstool and the ITS rules in content/, as gnome-user-docs does; both go
# into one template, po/fascia.pot, and each language has one po/LANG.po.
# At build time each PO becomes a message catalogue for the interface and,
# joined back into the pages by itstool, a translated content folder; a
# message without a translation stays in English there.
#
#   po.py pot SRCROOT [OUT]          write the template (default po/fascia.pot)
#   po.py update-po SRCROOT          merge the template into every po/LANG.po
#   po.py check SRCROOT              fail if the template is stale, a PO does not
#                                    compile (msgfmt --check) or breaks markup
#   po.py mo PO LOCALEDIR LANG       compile PO into LOCALEDIR/LANG/LC_MESSAGES/fascia.mo
#   po.py content SRCROOT PO LANG OUT STAMP
#                                    write the content folder for LANG into OUT
#   po.py status SRCROOT PO          print how much of each page PO translates
#   po.py install FROM TO            copy the folder FROM into TO (under $DESTDIR)

import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile

PACKAGE = 'fascia'

XGETTEXT_ARGS = [
    '--from-code=UTF-8', '--add-comments', '--package-name=' + PACKAGE,
    '--keyword=_', '--keyword=N_', '--keyword=C_:1c,2', '--keyword=NC_:1c,2',
    '--keyword=g_dcgettext:2', '--keyword=g_dngettext:2,3', '--keyword=g_dpgettext2:2c,3',
    '--flag=N_:1:pass-c-format', '--flag=C_:2:pass-c-format', '--flag=NC_:2:pass-c-format',
    '--flag=g_dngettext:2:pass-c-format', '--flag=g_strdup_printf:1:c-format',
    '--flag=g_string_printf:2:c-format', '--flag=g_string_append_printf:2:c-format',
    '--flag=g_error_new:3:c-format', '--flag=g_set_error:4:c-format',
    '--flag=g_markup_printf_escaped:1:c-format', '--flag=g_log:3:c-format',
    '--flag=g_print:1:c-format', '--flag=g_printerr:1:c-format', '--flag=g_printf:1:c-format',
    '--flag=g_fprintf:2:c-format', '--flag=g_sprintf:2:c-format', '--flag=g_snprintf:3:c-format',
]

import importlib.util  # noqa: E402
_spec = importlib.util.spec_from_file_location(
    'po_check', os.path.join(os.path.dirname(os.path.abspath(__file__)), 'po-check.py'))
po_check = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(po_check)


def fail(message):
    print('po.py: ' + message, file=sys.stderr)
    sys.exit(1)


def run(command, cwd=None, quiet_ok=False):
    result = subprocess.run(command, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            universal_newlines=True)
    if result.returncode != 0:
        fail(f'{" ".join(command)} failed:\n{result.stdout}')
    return result.stdout


def page_files(srcroot):
    return sorted(os.path.relpath(p, srcroot)
                  for p in glob.glob(os.path.join(srcroot, 'content', 'pages', '**', '*.xml'),
                                     recursive=True))


def linguas(srcroot):
    with open(os.path.join(srcroot, 'po', 'LINGUAS'), encoding='utf-8') as f:
        return [w for line in f for w in line.split('#')[0].split()]


def without_date(text):
    return re.sub(r'^"POT-Creation-Date: .*"\n', '', text, flags=re.M)


def messages_only(text):
    """The template without its date and its file:line references: what
    translators see change. A line moving in a source file is not staleness."""
    return re.sub(r'^#: .*\n', '', without_date(text), flags=re.M)


def extract_content(srcroot, tmp):
    """The messages of the pages and the body map, as itstool reads them:
    the paths of two templates written into the folder tmp."""
    pages = os.path.join(tmp, 'pages.pot')
    body_map = os.path.join(tmp, 'body-map.pot')
    run(['itstool', '-i', 'content/fascia-page.its', '-o', pages, *page_files(srcroot)], cwd=srcroot)
    run(['itstool', '-i', 'content/fascia-body-map.its', '-o', body_map, 'content/body-map.xml'], cwd=srcroot)
    return pages, body_map


def make_pot(srcroot, out):
    with open(os.path.join(srcroot, 'po', 'POTFILES.in'), encoding='utf-8') as f:
        sources = [line.strip() for line in f if line.strip() and not line.startswith('#')]
    with tempfile.TemporaryDirectory() as tmp:
        ui = os.path.join(tmp, 'ui.pot')
        run(['xgettext', *XGETTEXT_ARGS, '-o', ui, *sources], cwd=srcroot)
        pages, body_map = extract_content(srcroot, tmp)
        joined = os.path.join(tmp, 'fascia.pot')
        run(['msgcat', '--use-first', '-o', joined, ui, pages, body_map])
        with open(joined, encoding='utf-8') as f:
            text = f.read()
    # Only a change of messages rewrites the file: the date alone does not.
    if os.path.exists(out):
        with open(out, encoding='utf-8') as f:
            if without_date(f.read()) == without_date(text):
                return False
    with open(out, 'w', encoding='utf-8') as f:
        f.write(text)
    return True


def cmd_pot(srcroot, out=None):
    out = out or os.path.join(srcroot, 'po', PACKAGE + '.pot')
    changed = make_pot(srcroot, out)
    print(f'{out}: {"written" if changed else "already current"}')


def cmd_update_po(srcroot):
    pot = os.path.join(srcroot, 'po', PACKAGE + '.pot')
    for lang in linguas(srcroot):
        po = os.path.join(srcroot, 'po', lang + '.po')
        run(['msgmerge', '--quiet', '--update', '--backup=none', '--previous', po, pot])
        print(run(['msgfmt', '--statistics', '-o', '/dev/null', po]).strip().replace('\n', ' '),
              f'({lang})')


def cmd_check(srcroot):
    problems = []
    committed = os.path.join(srcroot, 'po', PACKAGE + '.pot')
    with tempfile.TemporaryDirectory() as tmp:
        fresh = os.path.join(tmp, 'fascia.pot')
        make_pot(srcroot, fresh)
        with open(fresh, encoding='utf-8') as f:
            want = messages_only(f.read())
    with open(committed, encoding='utf-8') as f:
        have = messages_only(f.read())
    if want != have:
        problems.append('po/fascia.pot is stale: run "meson compile -C build fascia-pot fascia-update-po" '
                        'and commit the result')
    for lang in linguas(srcroot):
        po = os.path.join(srcroot, 'po', lang + '.po')
        result = subprocess.run(['msgfmt', '--check', '-o', '/dev/null', po],
                                stdout=subprocess.PIPE, stderr=subprocess.STDOUT, universal_newlines=True)
        if result.returncode != 0:
            problems.append(f'{po}: msgfmt --check fails:\n{result.stdout}')
        for entry in po_check.read_po(po):
            if not entry.obsolete and entry.msgid:
                problems += po_check.check_entry(po, entry, False)
        # Every message of the template must be in the PO (translated or not):
        # otherwise fascia-update-po was not run after the template changed.
        ids = {(e.msgctxt, e.msgid) for e in po_check.read_po(po) if not e.obsolete}
        missing = [e.msgid for e in po_check.read_po(committed) if e.msgid and (e.msgctxt, e.msgid) not in ids]
        if missing:
            problems.append(f'{po}: {len(missing)} message(s) of the template are missing, e.g. '
                            f'"{missing[0][:60]}": run "meson compile -C build fascia-update-po"')
    for p in problems:
        print(p)
    if problems:
        sys.exit(1)
    print(f'po: the template is current; {len(linguas(srcroot))} translation(s) compile and keep their markup')


def cmd_mo(po, localedir, lang, stamp=None):
    target = os.path.join(localedir, lang, 'LC_MESSAGES')
    os.makedirs(target, exist_ok=True)
    run(['msgfmt', '--check', '-o', os.path.join(target, PACKAGE + '.mo'), po])
    if stamp:
        open(stamp, 'w').close()


def page_status(srcroot, po):
    """For each content file: (translated, total) of the messages the pages
    have now, as itstool reads them, translated in PO (not fuzzy). A message
    changed in English and not yet updated in the PO counts as untranslated."""
    translated = {(e.msgctxt, e.msgid) for e in po_check.read_po(po)
                  if not e.obsolete and e.msgid and any(e.msgstr.values()) and 'fuzzy' not in e.flags}
    status = {}
    with tempfile.TemporaryDirectory() as tmp:
        pages, body_map = extract_content(srcroot, tmp)
        entries = po_check.read_po(pages) + po_check.read_po(body_map)
    for entry in entries:
        if not entry.msgid:
            continue
        done = (entry.msgctxt, entry.msgid) in translated
        for f in {r.rsplit(':', 1)[0] for r in entry.refs}:
            t, n = status.get(f, (0, 0))
            status[f] = (t + done, n + 1)
    for f in page_files(srcroot) + ['content/body-map.xml']:
        status.setdefault(f, (0, 0))
    return status


def cmd_install(source, target):
    destdir = os.environ.get('DESTDIR', '')
    if destdir:
        target = os.path.join(destdir, os.path.relpath(target, os.sep))
    shutil.copytree(source, target, dirs_exist_ok=True)


def cmd_content(srcroot, po, lang, out, stamp):
    """Joins the translations of PO back into every page and the body map."""
    with tempfile.TemporaryDirectory() as tmp:
        mo = os.path.join(tmp, 'content.mo')
        run(['msgfmt', '-o', mo, po])
        staging = os.path.join(tmp, 'content')
        os.makedirs(os.path.join(staging, 'pages'))
        pages = page_files(srcroot)
        for group, its, target in ((pages, 'content/fascia-page.its', 'pages'),
                                   (['content/body-map.xml'], 'content/fascia-body-map.its', '')):
            output = run(['itstool', '-i', its, '-m', mo, '-o', os.path.join(staging, target) + '/', *group],
                         cwd=srcroot)
            # itstool keeps the English of a translation it cannot join, and
            # says so: a broken translation must not pass unseen.
            if output.strip():
                fail(f'itstool could not join every translation of {po}:\n{output}')
        # Each translated file says its language; the checks and the page
        # view read it.
        for path in glob.glob(os.path.join(staging, '**', '*.xml'), recursive=True):
            with open(path, encoding='utf-8') as f:
                text = f.read()
            text, n = re.subn(r'<(page|body-map) xmlns=', rf'<\1 xml:lang="{lang}" xmlns=', text, count=1)
            if n != 1:
                fail(f'{path}: cannot find the root element to mark its language')
            with open(path, 'w', encoding='utf-8') as f:
                f.write(text)
        status = page_status(srcroot, po)
        with open(os.path.join(staging, 'translation-status.txt'), 'w', encoding='utf-8') as f:
            f.write(f'# Messages of each content file translated in po/{lang}.po: file translated total\n')
            for name in sorted(status):
                f.write(f'{os.path.relpath(name, "content")} {status[name][0]} {status[name][1]}\n')
        if os.path.exists(out):
            shutil.rmtree(out)
        shutil.copytree(staging, out)
    # A depfile, so that ninja joins again when a page, the rules or the PO change.
    inputs = [os.path.join(srcroot, p) for p in pages + ['content/body-map.xml', 'content/fascia-page.its',
                                                         'content/fascia-body-map.its']]
    inputs += [po, os.path.join(srcroot, 'content', 'pages')]
    with open(stamp + '.d', 'w', encoding='utf-8') as f:
        f.write(stamp + ': ' + ' '.join(i.replace(' ', '\\ ') for i in inputs) + '\n')
    with open(stamp, 'w') as f:
        f.write('')


def cmd_status(srcroot, po):
    status = page_status(srcroot, po)
    done = sum(t for t, n in status.values())
    total = sum(n for t, n in status.values())
    for name in sorted(status):
        t, n = status[name]
        print(f'{name:60} {t:5}/{n:<5} {100 * t // n if n else 100:3}%')
    print(f'{done} of {total} content messages translated ({100 * done / total:.1f}%)')


def main(argv):
    commands = {
        'pot': (cmd_pot, 1, 2), 'update-po': (cmd_update_po, 1, 1), 'check': (cmd_check, 1, 1),
        'mo': (cmd_mo, 3, 4), 'content': (cmd_content, 5, 5), 'status': (cmd_status, 2, 2),
        'install': (cmd_install, 2, 2),
    }
    if not argv or argv[0] not in commands:
        print(__doc__ or 'usage: po.py COMMAND ...', file=sys.stderr)
        return 2
    function, low, high = commands[argv[0]]
    if not low <= len(argv) - 1 <= high:
        fail(f'{argv[0]} takes {low} to {high} arguments')
    function(*argv[1:])
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
