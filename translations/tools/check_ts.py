#!/usr/bin/env python3
"""Checks a Qt Linguist .ts file the way tests/i18n/tst_translations.cpp does, and a bit more.

Reported per message (context / source):
  unfinished   type="unfinished", "vanished" or "obsolete"
  forms        a numerus message without exactly 2 plural forms (Spanish, English)
  empty        an empty translation
  placeholders %1..%99, %L1, %n differ (a numerus singular may spell the number out: %n is
               not compared in numerus messages unless --english)
  tags         HTML tags (<b>, </p>, ...) differ
  accelerators the count of "&X" accelerators differs (entities such as &amp; do not count)
  whitespace   leading or trailing whitespace differs
  newlines     the number of line breaks differs
  ellipsis     the source has "…" and the translation has not
  same         (warning only, --same) the translation equals the source

    translations/tools/check_ts.py [--english] [--same] translations/mothership_es.ts

Exits 1 when any problem (not a warning) is found.
"""

import re
import sys
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%L?(\d{1,2}|n)")
TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)")
ACCELERATOR = re.compile(r"&(?!amp;|lt;|gt;|quot;|apos;|#)[^& ]")


def placeholders(s):
    return sorted(m.group(0) for m in PLACEHOLDER.finditer(s))


def tags(s):
    return sorted(m.group(0).lower() for m in TAG.finditer(s))


def accelerators(s):
    return len(ACCELERATOR.findall(s))


def edges(s):
    lead = s[: len(s) - len(s.lstrip())]
    trail = s[len(s.rstrip()):]
    return lead, trail


def check(path, english=False, same=False):
    root = ET.parse(path).getroot()
    problems, warnings = [], []
    total = finished = unfinished = 0
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            total += 1
            source = message.findtext("source") or ""
            numerus = message.get("numerus") == "yes"
            translation = message.find("translation")
            where = f'{name} / "{source}"'
            kind = translation.get("type") if translation is not None else "missing"
            if kind in ("unfinished", "vanished", "obsolete", "missing"):
                unfinished += 1
                problems.append(f"unfinished: {where}")
                continue
            finished += 1
            if numerus:
                forms = [f.text or "" for f in translation.findall("numerusform")]
                if len(forms) != 2:
                    problems.append(f"forms: needs 2 plural forms, has {len(forms)}: {where}")
            else:
                forms = [translation.text or ""]
            for t in forms:
                if not t:
                    problems.append(f"empty: {where}")
                    continue
                want, got = placeholders(source), placeholders(t)
                if numerus and not english:
                    want = [p for p in want if p != "%n"]
                    got = [p for p in got if p != "%n"]
                if want != got:
                    problems.append(f"placeholders: {' '.join(want)} vs {' '.join(got)}: {where} -> \"{t}\"")
                if tags(source) != tags(t):
                    problems.append(f"tags: {where} -> \"{t}\"")
                if accelerators(source) != accelerators(t):
                    problems.append(f"accelerators: {accelerators(source)} vs {accelerators(t)}: {where} -> \"{t}\"")
                if edges(source) != edges(t):
                    problems.append(f"whitespace: {edges(source)!r} vs {edges(t)!r}: {where} -> \"{t}\"")
                if source.count("\n") != t.count("\n"):
                    problems.append(f"newlines: {where} -> \"{t}\"")
                if "…" in source and "…" not in t:
                    problems.append(f"ellipsis: {where} -> \"{t}\"")
                if same and t == source:
                    warnings.append(f"same as source: {where}")
    print(f"{path}: {total} messages, {finished} finished, {unfinished} unfinished")
    for p in problems:
        print("  " + p)
    for w in warnings:
        print("  warning: " + w)
    print(f"{len(problems)} problems, {len(warnings)} warnings")
    return 1 if problems else 0


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    sys.exit(check(args[0] if args else "translations/mothership_es.ts",
                   english="--english" in sys.argv, same="--same" in sys.argv))
