"""Variant keys: spellings of one Korean name collide, different names and Western names don't."""
from __future__ import annotations

import pytest

from unbait.kb.index import NameIndex
from unbait.kb.surnames import surname_key
from unbait.kb.variants import fold_syllable, korean_parts, same_person_candidates, split_given, variant_key


def _all_same(*names: str) -> str:
    keys = {variant_key(n) for n in names}
    assert len(keys) == 1, {n: variant_key(n) for n in names}
    return keys.pop()


def test_spacing_hyphens_case():
    assert _all_same("Kim Soo Hyun", "Kim Soo-hyun", "Kim Soohyun", "KIM SOO-HYUN", "kim soo - hyun") == "kim|suhyun"


@pytest.mark.parametrize("group", [
    ("Byeon Woo-seok", "Byun Woo Seok", "Byeon U-seok", "변우석"),
    ("Kim Su-hyeon", "Kim Su-hyŏn", "Kim Soo-hyun", "김수현"),       # RR, MR, press
    ("Kim Ji-won", "Kim Jiwon", "Gim Ji-won", "김지원"),
    ("Park Sung-hoon", "Park Seong-hun", "Pak Sŏng-hun", "Bak Seonghun", "박성훈"),
    ("Hong Hae-in", "Hong Hae In", "홍해인"),
    ("Baek Hyun-woo", "Baek Hyeon-u", "Paek Hyŏn-u", "백현우"),
    ("Choi Woo-shik", "Ch'oe U-sik", "Choe Woo Sik", "최우식"),
    ("Lee Seung-gi", "Yi Sŭng-gi", "Rhee Seung Gi", "이승기"),       # eu / ŭ
    ("Park Bo-young", "Pak Po-yŏng", "BAK BOYOUNG", "박보영"),
    ("Song Hye-kyo", "Song Hye-gyo", "송혜교"),
    ("Kim Tae-hee", "Kim Tae-hui", "김태희"),                          # ee / ui
    ("Jung Hae-in", "Jeong Hae-in", "Chung Hae In", "정해인"),
    ("Lee Jong-suk", "Lee Jong-seok", "이종석"),                       # seok / suk
    ("Han Hyo-joo", "Han Hyo-ju", "한효주"),                           # oo / u
    ("Shin Min-a", "Sin Mina", "신민아"),
    ("Yoon Kye-sang", "Yun Gye-sang", "윤계상"),
    ("Ahn Hyo-seop", "An Hyo-sŏp", "안효섭"),
    ("Kang Ha-neul", "Gang Haneul", "강하늘"),
    ("Kwon Yu-ri", "Gwon Yuri", "권유리"),
    ("Jang Ki-yong", "Chang Gi-yong", "장기용"),
    ("Cho Jung-seok", "Jo Jeong-seok", "조정석"),
    ("Seo Ye-ji", "Suh Ye-ji", "서예지"),
    ("Ko Youn-jung", "Go Yun-jeong", "고윤정"),                         # yeon / yun
    ("Oh Jung-se", "O Jeong-se", "오정세"),
    ("Ryu Jun-yeol", "Yoo Jun-yeol", "Yu Jun Yeol", "류준열"),
    ("Im Si-wan", "Lim Si-wan", "Yim Siwan", "임시완"),
    ("Noh Jeong-eui", "Roh Jeong-ui", "No Jeong Ui", "노정의"),
    ("Lee Ji-eun", "Lee Jieun", "Rhie Ji Eun", "이지은"),
    ("Soo-hyun Kim", "Kim Soo-hyun"),                                # given name first
])
def test_romanization_systems_and_press_habits(group):
    _all_same(*group)


@pytest.mark.parametrize("spellings, key", [
    ("Lee Yi Rhee Rhie", "lee"), ("Park Pak Bak", "park"), ("Choi Choe", "choi"),
    ("Jung Jeong Chung", "jung"), ("Shin Sin", "shin"), ("Yoon Yun", "yoon"), ("Im Lim", "lim"),
    ("Ahn An", "ahn"), ("Kang Gang", "kang"), ("Kwon Gwon", "kwon"), ("Jang Chang", "jang"),
    ("Cho Jo", "cho"), ("Seo Suh", "seo"), ("Ko Go", "ko"), ("Oh O", "oh"), ("Ryu Yoo Yu", "ryu"),
    ("Han", "han"), ("Noh No Roh", "noh"),
])
def test_surname_groups(spellings, key):
    assert {surname_key(s) for s in spellings.split()} == {key}


@pytest.mark.parametrize("a, b", [
    ("Kim Seo-yeon", "Kim Soo-yeon"),     # 서연 / 수연: open eo is not u
    ("Park Seung-hoon", "Park Sung-hoon"),  # 승 / 성: eu is not u
    ("Lee Jae-won", "Lee Chae-won"),      # 재 / 채
    ("Kim Tae-hyun", "Kim Dae-hyun"),     # 태 / 대
    ("Kim Hye-jin", "Kim Hae-jin"),       # 혜 / 해
    ("Lee Min-ho", "Lee Min-woo"),
    ("Kim Ji-won", "Park Ji-won"),
    ("So Ji-sub", "Seo Ji-sub"),          # 소 is its own surname
])
def test_different_names_stay_apart(a, b):
    assert not same_person_candidates(a, b)


@pytest.mark.parametrize("name, key", [
    ("Jessica Jung", "jessicajung"), ("Sun Li", "sunli"), ("Zhou Jieqiong", "zhoujieqiong"),
    ("Renée Zellweger", "reneezellweger"), ("Tom Holland", "tomholland"), ("Lalisa Manobal", "lalisamanobal"),
    ("Jean-Luc Godard", "jeanlucgodard"),
])
def test_western_names_only_normalised(name, key):
    assert variant_key(name) == key
    assert korean_parts(name) is None


def test_western_spelling_variants():
    _all_same("Renée Zellweger", "Renee Zellweger", "RENEE ZELLWEGER", "Renee  Zell-weger")
    assert not same_person_candidates("Sun Li", "Seon Ri")


def test_korean_and_western_keys_never_meet():
    assert "|" in variant_key("Kim Min-jae") and "|" not in variant_key("Kimmin Jae")


@pytest.mark.parametrize("token, syllables", [
    ("Sohee", ["so", "hee"]), ("Yubin", ["yu", "bin"]), ("Jieun", ["ji", "eun"]),
    ("Soo-hyun", ["soo", "hyun"]), ("Hyunwoo", ["hyun", "woo"]), ("Minkyung", ["min", "kyung"]),
])
def test_split_given_prefers_onsets(token, syllables):
    assert split_given(token) == syllables


@pytest.mark.parametrize("spellings, folded", [
    ("hyeon hyun", "hyun"), ("seok suk", "suk"), ("soo su", "su"), ("hee hui", "hi"),
    ("woo u wu", "u"), ("young yeong", "yung"), ("kyung gyeong", "gyung"), ("shik sik", "sik"),
    ("seo", "seo"), ("seung", "seung"), ("eun", "eun"),
])
def test_fold_syllable(spellings, folded):
    assert {fold_syllable(s.replace("young", "yung")) for s in spellings.split()} == {folded}


def test_hangul_with_space_and_stage_names():
    assert variant_key("김 수현") == variant_key("김수현")
    assert variant_key("아이유 (IU)") == variant_key("아이유 (iu)")


def test_name_index_keeps_homonyms_apart():
    index = NameIndex()
    assert index.add("Lee Min-ho", "actor-1") == index.add("Lee Minho", "actor-1")
    index.add("이민호", "singer-7")
    index.add("Lee Min-woo", "singer-8")
    assert index.lookup("LEE MIN HO") == {"actor-1", "singer-7"}
    assert index.is_ambiguous("Yi Min-ho")
    assert index.lookup("Lee Min-woo") == {"singer-8"} and not index.is_ambiguous("Lee Minwoo")
    assert index.lookup("Tom Holland") == set()
    assert index.spellings("actor-1") == {"Lee Min-ho", "Lee Minho"}
    assert len(index) == 3


def test_name_index_one_person_many_spellings():
    index = NameIndex()
    for spelling in ("Byeon Woo-seok", "Byun Woo Seok", "변우석"):
        index.add(spelling, "p1")
    assert index.lookup("byun wooseok") == {"p1"}
