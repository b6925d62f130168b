"""Latin-script language identification among en, id, fil and vi.

Vietnamese letters with horn, breve or stacked tone marks are decisive; otherwise langid.py,
whose model ships inside its PyPI package (no download), restricted to our Latin-script languages.
"""

from __future__ import annotations

import re
from functools import lru_cache

_VI_LETTERS = re.compile(r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", re.IGNORECASE)
_LANGID_TO_OURS = {"en": "en", "id": "id", "tl": "fil", "vi": "vi", "ms": "id"}


@lru_cache(maxsize=1)
def _identifier():
    from langid.langid import LanguageIdentifier, model

    ident = LanguageIdentifier.from_modelstring(model, norm_probs=True)
    ident.set_languages(list(_LANGID_TO_OURS))
    return ident


def identify(text: str) -> tuple[str, float]:
    """(language, probability) for Latin-script `text`."""
    vi_marks = len(_VI_LETTERS.findall(text))
    if vi_marks >= 2 or (vi_marks == 1 and len(text) < 12):
        return "vi", min(1.0, 0.7 + 0.1 * vi_marks)
    # Malay and Indonesian are one language for us: add their probabilities up.
    totals: dict[str, float] = {}
    for code, prob in _identifier().rank(text.lower()):
        ours = _LANGID_TO_OURS[code]
        totals[ours] = totals.get(ours, 0.0) + float(prob)
    best = max(totals, key=totals.get)
    return best, totals[best]
