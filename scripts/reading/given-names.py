#!/usr/bin/env python3
"""Builds src/ActorGraph.Reading/Lexicon/Resources/given-names.tsv, the given-name gazetteer of the person-name finder.

Facts taken: the first word of every person entry (marked "# CountryInfo.txt") of the Phoenix/PETRARCH country actor
dictionary (openeventdata/petrarch2, MIT licence, Copyright (c) 2014 Open Event Data Alliance), e.g. ABDELHAMID_BRAHIMI_
gives "Abdelhamid". A word is kept when it opens at least MIN_PEOPLE person entries and is none of:
  - a word of a state's entry of the same dictionary and its other spellings (AFGHANISTAN_ [AFG], +NINEVEH_ ...),
  - a word of the agent dictionary (Phoenix.agents.txt: PRESIDENT, REBEL ...) or of the CAMEO verb patterns (English
    verbs and their objects: MARK, GRANT, WILL ...),
  - a word of ActorGraph's own countries.tsv and organisations.tsv (names, aliases, demonyms, capitals),
  - a word of the short list below (titles, months, common English words that open capitalised phrases).
So that a word that is also an ordinary English, place or organisation word never makes a name by itself.

Run from the repository root with the shared data beside it:
    python3 scripts/reading/given-names.py ../shared/real-data/dictionaries > src/ActorGraph.Reading/Lexicon/Resources/given-names.tsv
The program never reads ../shared at run time: it reads the committed resource.
"""
import re
import sys
from collections import Counter
from pathlib import Path

MIN_PEOPLE = 2

COMMON = set("""
SIR LORD LADY KING QUEEN PRINCE PRINCESS SHEIKH SHAIKH EMIR AMIR SULTAN GENERAL COLONEL MAJOR CAPTAIN ADMIRAL MARSHAL
DR MR MRS MS PROF SAINT ST FATHER BROTHER SISTER MOTHER REV REVEREND BISHOP CARDINAL POPE IMAM MULLAH AYATOLLAH
JANUARY FEBRUARY MARCH APRIL MAY JUNE JULY AUGUST SEPTEMBER OCTOBER NOVEMBER DECEMBER
MONDAY TUESDAY WEDNESDAY THURSDAY FRIDAY SATURDAY SUNDAY
THE OF AND FOR IN ON AT TO BY WITH FROM NEW OLD NORTH SOUTH EAST WEST CENTRAL UNITED NATIONAL PEOPLE PEOPLES
GRACE HOPE FAITH JOY CHANCE LOVE HONOR HONOUR BILL WILL MARK GRANT FRANK RUSH PRICE BANKS BUSH CHASE STONE YOUNG
BROWN GREEN WHITE BLACK GRAY GREY LONG SHORT HIGH LOW GOOD BEST FREE MAIN FIRST LAST ALL ONE TWO THREE
ISLAM ISLAMIC CHRISTIAN JEWISH MUSLIM ARAB AFRICAN AMERICAN EUROPEAN ASIAN HOLY GOD ALLAH
PARTY FRONT ARMY FORCE FORCES UNION COUNCIL COMMITTEE ASSEMBLY CONGRESS SENATE MINISTER MINISTRY GOVERNMENT STATE
REPUBLIC KINGDOM EMPIRE COMMONWEALTH FEDERATION LEAGUE MOVEMENT ALLIANCE COALITION BANK COURT POLICE
CONSTANT CHAIRMAN PRESIDENT PREMIER DEPUTY SECRETARY AMBASSADOR ENVOY LEADER CHIEF HEAD
AL EL BIN IBN ABU BEN DE DA DI DU DEL VAN VON LA LE LOS LAS
""".split())


def words(entry: str) -> list[str]:
    return [w for w in re.split(r"[_\s]+", entry.strip().lstrip("+").upper()) if w]


def main(folder: str) -> None:
    root = Path(folder)
    countries = (root / "petrarch2-Phoenix.Countries.actors.txt").read_text(encoding="utf-8", errors="replace").splitlines()
    firsts: Counter[str] = Counter()
    stop = set(COMMON)
    person = place = False
    for line in countries:
        if not line or line[0] in "#\t [" or line[0].isspace():
            continue
        name = line.split("#")[0].split("[")[0]
        parts = words(name)
        if not parts:
            continue
        # "+NAME_" lines are other spellings of the entry above them: a person's spellings are that person's.
        if not line.startswith("+"):
            person = "# CountryInfo" in line
            # A state's entry has a bare three-letter code ("AFGHANISTAN_  [AFG]"); its spellings include towns and regions.
            place = re.search(r"\[[A-Z]{3}\]", line) is not None
        if person:
            if len(parts) >= 2:
                firsts[parts[0]] += 1
        elif place:
            stop.update(parts)
    agents = (root / "petrarch2-Phoenix.agents.txt").read_text(encoding="utf-8", errors="replace")
    verbs = (root / "petrarch2-CAMEO.verbpatterns.150430.txt").read_text(encoding="utf-8", errors="replace")
    for text in (agents, verbs):
        for line in text.splitlines():
            if line.startswith("#"):
                continue
            stop.update(re.findall(r"[A-Z][A-Z'-]{1,}", line.split("#")[0]))
    resources = Path(__file__).resolve().parents[2] / "src/ActorGraph.Reading/Lexicon/Resources"
    for table in ("countries.tsv", "organisations.tsv"):
        for line in (resources / table).read_text(encoding="utf-8").splitlines():
            if not line.startswith("#"):
                stop.update(w.upper() for w in re.findall(r"[A-Za-z'-]+", line))
    kept = sorted(w for w, n in firsts.items()
                  if n >= MIN_PEOPLE and w not in stop and len(w) >= 3 and re.fullmatch(r"[A-Z][A-Z'-]*[A-Z]", w))
    print("# Given names: the first word of person entries of the Phoenix/PETRARCH country actor dictionary")
    print("# (openeventdata/petrarch2 @ 676801cd9cb2924bbbad09f86d15c9323e7097bf : petrarch2/data/dictionaries/Phoenix.Countries.actors.txt,")
    print("# MIT licence, Copyright (c) 2014 Open Event Data Alliance), kept when at least two people have it and it is no word of a place,")
    print("# an agent, a CAMEO verb pattern or ActorGraph's own tables. Regenerate with scripts/reading/given-names.py; one name a line.")
    for w in kept:
        print(w[0] + w[1:].lower())


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/real-data/dictionaries")
