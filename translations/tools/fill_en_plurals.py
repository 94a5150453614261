#!/usr/bin/env python3
"""Fills the English plural forms of translations/mothership_en.ts.

English needs only plural forms, and the sources follow one convention: "(s)" or "(es)" marks
the plural ("%n site(s)" → "%n site" / "%n sites"); irregular words are listed in IRREGULAR.
A message that follows neither is reported and the script exits non-zero, so a new string
cannot slip through unfinished.

    translations/tools/fill_en_plurals.py translations/mothership_en.ts
"""

import re
import sys
import xml.etree.ElementTree as ET

IRREGULAR = {
    # word as written in the source (singular, plural)
    "entries": ("entry", "entries"),
    "entry(ies)": ("entry", "entries"),
    "probes": ("probe", "probes"),
    "modules": ("module", "modules"),
    "sites": ("site", "sites"),
}


# Verbs that agree with a counted noun: the singular form needs the -s.
SINGULAR_VERBS = {" need attention": " needs attention", " chain correctly": " chains correctly"}


def agree(singular: str) -> str:
    for plural_verb, singular_verb in SINGULAR_VERBS.items():
        singular = singular.replace(plural_verb, singular_verb)
    return singular


def forms(source: str):
    # Units after %n read the same for one and many ("%n s", "%n ms").
    if re.search(r"%n (s|ms|MB|KB|GB)\b", source) and "(" not in source.replace("(next", ""):
        return source, source
    if "(s)" in source or "(es)" in source or "(ies)" in source:
        singular = re.sub(r"\((s|es)\)", "", source)
        singular = re.sub(r"(\w)\(ies\)", r"\1y", singular)
        plural = re.sub(r"\((s|es)\)", r"\1", source)
        plural = re.sub(r"(\w)\(ies\)", r"\1ies", plural)
        return agree(singular), plural
    singular = source
    found = False
    for word, (one, many) in IRREGULAR.items():
        if word in source:
            singular = singular.replace(word, one)
            found = True
    if found:
        return agree(singular), source
    return None


def main(path: str) -> int:
    text = open(path, encoding="utf-8").read()
    tree = ET.ElementTree(ET.fromstring(text))
    missing = []
    for message in tree.iter("message"):
        if message.get("numerus") != "yes":
            continue
        source = message.findtext("source")
        translation = message.find("translation")
        pair = forms(source)
        if pair is None:
            missing.append(source)
            continue
        for child in list(translation):
            translation.remove(child)
        for form in pair:
            ET.SubElement(translation, "numerusform").text = form
        translation.attrib.pop("type", None)
    out = ET.tostring(tree.getroot(), encoding="unicode")
    with open(path, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + out + "\n")
    for source in missing:
        print(f"no plural rule for: {source!r}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
