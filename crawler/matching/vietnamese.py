"""Vietnamese colours read as English (session 18, ml18; issue 12; moved here from ``hebrew``
by review18).

Vietnamese writes its colours in words of letters few other languages use ("Đen" black, "Bạc"
silver, "Trắng" white; of them only "đ" is Croatian, Serbian and Bosnian too, in no colour word
of the table): read before the accents go (without them "den", "bac" are German, Dutch and
French words), as ``vietnamese_read`` does - "Bạc hà" (mint) first.
"""

from __future__ import annotations

import re
import unicodedata

VI_HINT = re.compile("[\u0111\u0110\u01a1\u01a0\u01b0\u01af\u1ea0-\u1ef9]").search
VI_COLOURS = {"bạc hà": "mint", "đen": "black", "trắng": "white", "bạc": "silver", "đỏ": "red",
              "xanh dương": "blue", "xanh lam": "blue", "xanh lá": "green", "hồng": "pink", "tím": "purple",
              "xám": "grey", "xanh đen": "navy",
              # (session 20, ml20b) the form of a powder ("Sữa bột": powdered milk; folded "bot" is
              # an English word, so read with its accent only) - but "Bột giặt", washing powder, is a
              # kind (``lingua.KIND_PHRASES``), left as it is
              "bột": "powder", "bột giặt": "bột giặt",
              # (session 20, ml20b) a washing machine's or a detergent's loading: "cửa trên" top,
              # "cửa trước" front
              "cửa trên": "top load", "cửa trước": "front load"}
_VI = re.compile(r"(?<!\w)(" + "|".join(sorted(map(re.escape, VI_COLOURS), key=len, reverse=True)) + r")(?!\w)")


def vietnamese_read(text: str) -> str:
    """``text`` (with its accents) with the Vietnamese colour words read as English (above)."""
    t = unicodedata.normalize("NFC", text)
    low = t.lower()
    if len(low) != len(t):
        return text
    out, pos = [], 0
    for m in _VI.finditer(low):
        out.append(t[pos:m.start()])
        out.append(" " + VI_COLOURS[m.group(1)] + " ")
        pos = m.end()
    if not out:
        return text
    out.append(t[pos:])
    return "".join(out)
