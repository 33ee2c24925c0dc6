"""Session 19's review (review19): the Thai reader's dependency and hostile titles."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_thai_reader_writes_nothing_in_home(tmp_path):
    """Reading a Thai title imports PyThaiNLP, which made ``~/pythainlp-data`` at import: the
    matcher writes nothing outside the project (read-only, offline import)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHAINLP")}
    env["HOME"] = str(tmp_path)
    code = ("from crawler.matching import thai; "
            "print(thai.to_latin('มาม่า บะหมี่กึ่งสำเร็จรูป รสต้มยำกุ้ง 55 กรัม x 10 ซอง'))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
                         timeout=300)
    assert out.returncode == 0, out.stderr
    assert "instant noodles" in out.stdout
    assert list(tmp_path.iterdir()) == []


def test_script_readers_read_a_huge_title_as_far_as_the_rest(monkeypatch):
    """A title is read to its first ``_TITLE_MAX_CHARS`` characters; the script readers
    (``scripts.title_skeletons``, the transliterating readers) read it whole - Thai's tokenizer
    over a 100,000-character title took a second a pair.  They read the same head now."""
    from crawler.matching import prepared as P
    from crawler.matching import same_product
    from crawler.matching.features import clear_cache

    seen = []
    real_sk, real_cg, real_in = P.title_skeletons, P._cyrgreek.read_words, P._indic.read_words

    def spy(real):
        def f(t):
            seen.append(len(t))
            return real(t)
        return f

    monkeypatch.setattr(P, "title_skeletons", spy(real_sk))
    monkeypatch.setattr(P._cyrgreek, "read_words", spy(real_cg))
    monkeypatch.setattr(P._indic, "read_words", spy(real_in))
    clear_cache()
    huge = ("บะหมี่กึ่งสำเร็จรูปรสต้มยำกุ้ง " * 4000)[:100000]
    assert same_product({"title": huge}, {"title": "Mama instant noodles tom yum shrimp 55 g x 10"}) is False
    clear_cache()
    # (session 24, fix24: a title over ``_TITLE_MAX_CHARS`` names nothing, so no reader reads it;
    # one at the limit is read, and no further)
    assert max(seen, default=0) <= P._TITLE_MAX_CHARS
    seen.clear()
    at_limit = huge[: P._TITLE_MAX_CHARS]
    assert same_product({"title": at_limit}, {"title": "Mama instant noodles tom yum shrimp 55 g x 10"}) is False
    clear_cache()
    assert seen and max(seen) <= P._TITLE_MAX_CHARS


def test_a_thai_date_is_no_amount():
    """"5 ก.ค. 67" is 5 July (a lot's or an expiry date): its month's first letter and dot were
    read as a unit's abbreviation (5 g); "55 ก." is still 55 g."""
    from crawler.matching import match_method, thai

    assert " g " not in thai.to_latin("ผลิต 5 ก.ค. 67")
    assert "12 m" not in thai.to_latin("หมดอายุ 12 ม.ค. 68")
    assert thai.to_latin("55 ก. x 10 ซอง").split()[:2] == ["55", "g"]
    assert thai.to_latin("สาย 1.5 ม. สีดำ").split() == ["cable", "1.5", "m", "black"]
    noodles = "มาม่า บะหมี่กึ่งสำเร็จรูป รสต้มยำกุ้ง 55 กรัม x 10 ซอง"
    a, b = {"title": noodles + " ผลิต 5 ก.ค. 67"}, {"title": noodles}
    assert "conflict:units" not in (match_method(a, b)[0], match_method(b, a)[0])


def test_a_data_folder_of_wide_letters_beyond_path_max_is_one_short_line(tmp_path):
    """PATH_MAX counts bytes: a folder of 1,500 ideographs (4,500 bytes in UTF-8) passed the
    character count, and ``serve`` repeated it whole in a traceback."""
    folder = "/tmp/" + "漢" * 1500
    env = {k: v for k, v in os.environ.items()}
    env.update(PRICELENS_SNAPSHOT_DIR=folder, DATABASE_URL="", HOME=str(tmp_path))
    result = subprocess.run([sys.executable, "-m", "crawler.cli", "serve"], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 2, result.stderr[-500:]
    [line] = result.stderr.strip().splitlines()
    assert line.startswith("pricelens: PRICELENS_SNAPSHOT_DIR='/tmp/漢漢") and len(line) < 300, line[:300]
    assert line.endswith("shorter than 4096 bytes")
