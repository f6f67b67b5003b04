#!/usr/bin/env python3
"""Writes src/ActorGraph.Reading/Plover/Resources/cameo-patterns.tsv: the object patterns of the CAMEO verb dictionary
("- * &MILITARY [154]  # AMASS": a verb of the block followed by a member of the noun class &MILITARY is CAMEO 154),
with every inflected form of every verb of the pattern's block, the pattern's words after the verb and the PLOVER
category of its code; and the noun classes (&CURRENCY, &MILITARY_, &REFUGEE, ...) with their members.

Source of the facts: CAMEO.verbpatterns.150430.txt from openeventdata/petrarch2 (MIT licence), in
../shared/real-data/dictionaries/. Only patterns whose words all follow the verb ("- * ..." with at most the actor
markers + $ % before it) are kept; the actor markers, "^" and "[---]" (no event) patterns are left out. CAMEO code to
PLOVER category as in scripts/reading/cameo-verbs.py. Usage: scripts/reading/cameo-patterns.py [DICTIONARY] > FILE
"""
import importlib.util
import os
import re
import sys

_spec = importlib.util.spec_from_file_location("cameo_verbs", os.path.join(os.path.dirname(__file__), "cameo-verbs.py"))
cameo_verbs = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(cameo_verbs)

MARKERS = {"+", "$", "%", "^"}

# Function words: a pattern made only of these ("- * FROM [040]", "- * INSIDE [190]") says too little about the object.
FUNCTION = {"about", "across", "after", "against", "along", "among", "around", "before", "behind", "between", "from",
            "inside", "into", "onto", "outside", "over", "since", "that", "their", "them", "they", "this", "through",
            "toward", "towards", "under", "until", "upon", "what", "when", "where", "which", "while", "with", "within"}


def word(token):
    """A pattern word, lower-case, words joined by "_"; a final "_" asks for the exact word, else it is a stem."""
    return token.lstrip("+").lower()


def main(path):
    classes, current = {}, None
    verbs, patterns, in_verbs = [], [], False
    rows = {}

    def flush():
        forms = set()
        for verb, irregular in verbs:
            forms |= cameo_verbs.forms(verb, irregular) if " " not in verb else {verb}
        for tokens, category, owners in patterns:
            mine = set()
            for owner in owners:
                # the verb named in the comment, inflected with its block's irregular forms when it is listed there
                irregular = next((i for verb, i in verbs if verb == owner), [])
                if re.fullmatch(r"[a-z]+", owner):
                    mine |= cameo_verbs.forms(owner, irregular)
            for form in (mine or forms):
                rows.setdefault((form, tokens), category)

    for raw in open(path, encoding="latin-1"):
        line, _, comment = raw.partition("#")
        line = line.rstrip()
        if "VERB PATTERNS" in raw:
            in_verbs = True
            current = None
            continue
        if not raw.strip():
            current = None  # a blank line ends a noun class; a comment line inside one does not
            continue
        if not line.strip():
            continue
        if not in_verbs:
            if line.startswith("&"):
                current = line.strip().rstrip("_")
                classes[current] = []
            elif current and line.startswith("+"):
                classes[current].append(word(line.strip().split()[0]))
            continue
        if line.startswith("---"):
            flush()
            verbs, patterns = [], []
            continue
        if line.startswith("-"):
            m = re.match(r"^-\s*(.*?)\*(.*?)\[([^\]]*)\]", line)
            if not m:
                continue
            before, after, code = m.group(1).split(), m.group(2).split(), m.group(3).split(":")[0].strip()
            category = cameo_verbs.plover(code)
            if category is None or any(t not in MARKERS for t in before):
                continue
            tokens = tuple(t.rstrip("_") if t.startswith("&") else word(t) for t in after if t not in MARKERS and not t.startswith("{"))
            if any(t.startswith("&") and t not in classes for t in tokens):
                continue
            if any(t.startswith("&") or (len(t.strip("_")) > 3 and t.strip("_") not in FUNCTION) for t in tokens):
                # "# AMASS <ab 31 Dec 2005>": the verbs the pattern was written for; else the whole block.
                owners = {w.strip().lower().replace("_", " ") for w in re.sub(r"<[^>]*>", "", comment).split(",")} - {""}
                patterns.append((tokens, category, owners))
            continue
        irregular = [f.lstrip("+").replace("_", " ") for f in " ".join(re.findall(r"\{([^}]*)\}", line)).split()]
        verb = re.sub(r"\{[^}]*\}|\[[^\]]*\]", "", line).strip().lstrip("+").replace("_", " ")
        if verb and "&" not in verb:
            verbs.append((verb.lower(), [f.lower() for f in irregular]))
    flush()
    print("# CAMEO verb-dictionary object patterns and noun classes (openeventdata/petrarch2 CAMEO.verbpatterns.150430.txt,")
    print("# MIT licence), PLOVER category of the code (openeventdata/PLOVER CAMEO2PLOVER, CC BY-SA 4.0). Generated by")
    print("# scripts/reading/cameo-patterns.py. Rows: '&CLASS<TAB>member' or 'verb form<TAB>words after the verb<TAB>category'.")
    for name in sorted(classes):
        for member in classes[name]:
            print(f"{name}\t{member}")
    for (form, tokens), category in sorted(rows.items()):
        print(f"{form}\t{' '.join(tokens)}\t{category}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/real-data/dictionaries/petrarch2-CAMEO.verbpatterns.150430.txt")
