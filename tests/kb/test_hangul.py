"""Hangul -> Revised Romanization: syllables, sound changes, personal names."""
from __future__ import annotations

import pytest

from unbait.kb.hangul import decompose, has_hangul, romanize, romanize_name, romanize_syllable, split_name


def test_decompose_is_arithmetic():
    assert decompose("가") == (0, 0, 0)
    assert decompose("한") == (18, 0, 4)
    assert decompose("힣") == (18, 20, 27)
    with pytest.raises(ValueError):
        decompose("a")


@pytest.mark.parametrize("syllable, rr", [
    ("김", "gim"), ("수", "su"), ("현", "hyeon"), ("석", "seok"), ("원", "won"), ("의", "ui"),
    ("희", "hui"), ("빛", "bit"), ("닭", "dak"), ("값", "gap"), ("꽃", "kkot"), ("쌍", "ssang"),
])
def test_single_syllables(syllable, rr):
    assert romanize_syllable(syllable) == rr


@pytest.mark.parametrize("word, rr", [
    ("한국", "hanguk"), ("서울", "seoul"), ("부산", "busan"),
    ("음악", "eumak"), ("읽어", "ilgeo"),            # liaison, double final
    ("굳이", "guji"), ("같이", "gachi"),              # palatalisation
    ("좋아", "joa"), ("많아", "mana"),                # silent final ㅎ
    ("국민", "gungmin"), ("닫는", "danneun"), ("입문", "immun"),  # nasalisation
    ("신라", "silla"), ("설날", "seollal"), ("종로", "jongno"), ("심리", "simni"),
    ("독립", "dongnip"), ("백리", "baengni"),         # ㄹ rules
    ("좋고", "joko"), ("축하", "chuka"),              # aspiration
])
def test_sound_changes_in_words(word, rr):
    assert romanize(word) == rr


def test_romanize_keeps_other_text():
    assert romanize("종로 3가, Seoul") == "jongno 3ga, Seoul"
    assert has_hangul("tvN 드라마") and not has_hangul("tvN drama")


@pytest.mark.parametrize("hangul, rr, press", [
    ("김수현", "Gim Su-hyeon", "Kim Su-hyeon"),
    ("김지원", "Gim Ji-won", "Kim Ji-won"),
    ("박성훈", "Bak Seong-hun", "Park Seong-hun"),
    ("이민호", "I Min-ho", "Lee Min-ho"),
    ("최우식", "Choe U-sik", "Choi U-sik"),
    ("변우석", "Byeon U-seok", "Byun U-seok"),
    ("공유", "Gong Yu", "Gong Yu"),
    ("백현", "Baek Hyeon", "Baek Hyeon"),
])
def test_names_have_no_sound_changes_and_press_surnames(hangul, rr, press):
    name = romanize_name(hangul)
    assert (name.rr, name.press) == (rr, press)


def test_name_does_not_assimilate_across_syllables():
    # As a word 석민 would be "seongmin"; RR writes names syllable by syllable.
    assert romanize("석민") == "seongmin"
    assert romanize_name("박석민").given == "Seok-min"


@pytest.mark.parametrize("hangul, parts", [
    ("남궁민", ("남궁", "민")), ("선우정아", ("선우", "정아")), ("황보라", ("황", "보라")),
    ("김 수현", ("김", "수현")), ("이지은", ("이", "지은")),
])
def test_split_name(hangul, parts):
    assert split_name(hangul) == parts


def test_compound_surname_press_spelling():
    assert romanize_name("남궁민").press == "Namgung Min"
    assert romanize_name("선우정아").press == "Sunwoo Jeong-a"


def test_not_a_name():
    with pytest.raises(ValueError):
        romanize_name("김a")
