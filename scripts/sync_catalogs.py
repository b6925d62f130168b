"""`make update-catalogs` for the key catalogs (messages, screening): English in locales/en is the
source. Every key of the English catalog that a language's catalog lacks is appended to it with an
empty msgstr (so `make test` fails until a translator fills it); keys a language has but English no
longer has are listed, not deleted (a translator or maintainer decides). Existing entries are not
rewritten, so a catalog's diff shows only what changed.

(`pybabel update` cannot do this: it takes its keys from the code only, and most keys come from
data/responses.yml and data/screening/, so it would mark them obsolete.)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from babel.messages.pofile import read_po

LOCALES = Path(__file__).resolve().parent.parent / "locales"
KEY_DOMAINS = ("messages", "screening")


def _keys(path: Path) -> list[str]:
    with path.open("rb") as fh:
        return [m.id for m in read_po(fh) if m.id]


def main() -> int:
    for domain in KEY_DOMAINS:
        english = _keys(LOCALES / "en" / "LC_MESSAGES" / f"{domain}.po")
        for path in sorted(LOCALES.glob(f"*/LC_MESSAGES/{domain}.po")):
            if path.parts[-3] == "en":
                continue
            have = set(_keys(path))
            missing = [k for k in english if k not in have]
            if missing:
                with path.open("a", encoding="utf-8") as fh:
                    for key in missing:
                        fh.write(f"\nmsgid {json.dumps(key, ensure_ascii=False)}\nmsgstr \"\"\n")
                print(f"{path.relative_to(LOCALES.parent)}: {len(missing)} new key(s) to translate: {', '.join(missing)}")
            stale = sorted(have - set(english))
            if stale:
                print(f"{path.relative_to(LOCALES.parent)}: not in English any more: {', '.join(stale)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
