from __future__ import annotations

import pytest

from unbait.inputs.decode import decode_bytes


def test_short_windows_1252_news_is_not_taken_for_a_baltic_code_page():
    # Regression: charset-normalizer guessed a DOS Baltic page for this, giving "Cafķ" and "ōhelloö".
    raw = "Café owner\n\nThe café owner Renée Dubois said “hello” to fans.\n".encode("cp1252")
    assert decode_bytes(raw, "x.txt") == "Café owner\n\nThe café owner Renée Dubois said “hello” to fans.\n"


@pytest.mark.parametrize("encoding", ["cp1251", "euc-kr", "shift_jis"])
def test_texts_mostly_outside_ascii_still_go_to_the_detector(encoding):
    text = {"cp1251": "Новый сериал вышел в эфир в субботу вечером, и зрители были в восторге от него.",
            "euc-kr": "새 드라마가 토요일 밤에 방송되었고 시청자들은 크게 기뻐했다. 시청률은 역대 최고였다.",
            "shift_jis": "新しいドラマが土曜日の夜に放送され、視聴者は大喜びした。視聴率は過去最高だった。"}[encoding]
    assert decode_bytes(text.encode(encoding), "x.txt") == text
