#!/usr/bin/env python3
"""Applies a batch of translations (a JSON file) to a .ts file.

The .ts files are where translations live: lupdate keeps every finished one when the sources
change, so a batch is applied once and thrown away. The usual round: `cmake --build BUILD
--target update_translations`, `check_ts.py` lists what is unfinished, write those messages'
translations into a JSON file, apply it, check again.

The .ts is edited in place as text, so lupdate's layout (indentation, entity escaping, message
order) stays as lupdate wrote it; only <translation> elements change. A message found in the
JSON (by context and source) gets its translation and loses type="unfinished"; a message not
found is left as it is and reported.

    translations/tools/apply_translations.py translations/mothership_es.ts BATCH.json

The batch is a list of objects: {"context", "source", "translation"} or, for a
numerus message, {"context", "source", "forms": [singular, plural]}.
"""

import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def escape(text: str) -> str:
    # As lupdate writes text: the five XML entities.
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&apos;"))


def unescape(text: str) -> str:
    text = re.sub(r"&#x([0-9a-fA-F]+);", lambda m: chr(int(m.group(1), 16)), text)
    text = re.sub(r"&#([0-9]+);", lambda m: chr(int(m.group(1))), text)
    return (text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"')
            .replace("&apos;", "'").replace("&amp;", "&"))


CONTEXT_RE = re.compile(r"<context>\s*<name>(.*?)</name>(.*?)</context>", re.S)
MESSAGE_RE = re.compile(
    r"(?P<indent>[ \t]*)<message(?P<attrs>[^>]*)>(?P<head>\s*<source>(?P<source>.*?)</source>.*?)"
    r"(?P<tindent>[ \t]*)<translation[^>]*?(?:/>|>(?P<body>.*?)</translation>)", re.S)


def load(path: str) -> dict:
    table = {}
    with open(path, encoding="utf-8") as f:
        for entry in json.load(f):
            table[(entry["context"], entry["source"])] = entry
    return table


def render(entry: dict, tindent: str, numerus: bool) -> str:
    if numerus:
        forms = entry.get("forms")
        if not forms:
            return None
        inner = tindent + "    "
        lines = "".join(f"{inner}<numerusform>{escape(form)}</numerusform>\n" for form in forms)
        return f"{tindent}<translation>\n{lines}{tindent}</translation>"
    text = entry.get("translation")
    if text is None:
        return None
    return f"{tindent}<translation>{escape(text)}</translation>"


def apply(ts_path: str, json_path: str) -> int:
    table = load(json_path)
    text = open(ts_path, encoding="utf-8").read()
    applied = missing = 0
    missing_list = []

    def on_context(cm):
        nonlocal applied, missing
        context = unescape(cm.group(1))

        def on_message(mm):
            nonlocal applied, missing
            numerus = 'numerus="yes"' in mm.group("attrs")
            source = unescape(mm.group("source"))
            entry = table.get((context, source))
            rendered = render(entry, mm.group("tindent"), numerus) if entry else None
            if rendered is None:
                # Only what is still unfinished is missing; finished messages stay as they are.
                if 'type="unfinished"' in mm.group(0):
                    missing += 1
                    missing_list.append(f"{context} / {source!r}")
                return mm.group(0)
            applied += 1
            return f"{mm.group('indent')}<message{mm.group('attrs')}>{mm.group('head')}{rendered}"

        body = MESSAGE_RE.sub(on_message, cm.group(2))
        return cm.group(0)[: cm.start(2) - cm.start(0)] + body + cm.group(0)[cm.end(2) - cm.start(0):]

    text = CONTEXT_RE.sub(on_context, text)
    with open(ts_path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    print(f"{applied} messages translated, {missing} still unfinished")
    for line in missing_list[:50]:
        print("  missing:", line)
    return 0 if missing == 0 else 1


if __name__ == "__main__":
    ts = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "mothership_es.ts")
    if len(sys.argv) < 3:
        sys.exit("usage: apply_translations.py TS_FILE BATCH.json")
    js = sys.argv[2]
    sys.exit(apply(ts, js))
