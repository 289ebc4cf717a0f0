"""Korean surnames: how the press writes them, and which spellings are one surname.

General knowledge, not taken from any list: 박 is "Park" in the press, "Bak" in
Revised Romanization and "Pak" in McCune–Reischauer; all three get the key
"park". A few groups fold two Hangul surnames together because the press
spells them alike (류/유 as "Yoo"/"Ryu", 전/천 as "Chun"); the key is a
candidate for the same person, never a proof of it.
"""
from __future__ import annotations

import re

PRESS_SURNAMES: dict[str, str] = {
    "김": "Kim", "이": "Lee", "리": "Lee", "박": "Park", "최": "Choi", "정": "Jung", "강": "Kang",
    "조": "Cho", "윤": "Yoon", "장": "Jang", "임": "Lim", "림": "Lim", "한": "Han", "오": "Oh",
    "서": "Seo", "신": "Shin", "권": "Kwon", "황": "Hwang", "안": "Ahn", "송": "Song", "류": "Ryu",
    "유": "Yoo", "홍": "Hong", "전": "Jeon", "고": "Ko", "문": "Moon", "양": "Yang", "손": "Son",
    "배": "Bae", "백": "Baek", "허": "Heo", "남": "Nam", "노": "Noh", "로": "Roh", "심": "Shim",
    "하": "Ha", "곽": "Kwak", "성": "Sung", "차": "Cha", "주": "Joo", "우": "Woo", "구": "Koo",
    "민": "Min", "나": "Na", "라": "Ra", "진": "Jin", "지": "Ji", "엄": "Uhm", "채": "Chae",
    "원": "Won", "천": "Cheon", "방": "Bang", "공": "Gong", "현": "Hyun", "함": "Ham", "변": "Byun",
    "염": "Yeom", "여": "Yeo", "추": "Choo", "도": "Do", "석": "Seok", "선": "Sun", "설": "Seol",
    "마": "Ma", "길": "Gil", "연": "Yeon", "위": "Wi", "표": "Pyo", "명": "Myung", "기": "Ki",
    "반": "Ban", "옥": "Ok", "맹": "Maeng", "탁": "Tak", "육": "Yook", "국": "Kook", "은": "Eun",
    "편": "Pyun", "경": "Kyung", "봉": "Bong", "금": "Geum", "태": "Tae", "소": "So", "제": "Je",
}

COMPOUND_SURNAMES: dict[str, str] = {
    "남궁": "Namgung", "황보": "Hwangbo", "제갈": "Jegal", "선우": "Sunwoo", "독고": "Dokgo",
    "사공": "Sagong", "서문": "Seomun",
}

# Spelling groups: every spelling maps to the group's key (its usual press spelling, lowercased).
_GROUPS = """
lee: lee yi rhee rhie ri i ree rhi rie
park: park pak bak bahk
choi: choi choe choy chwe
jung: jung jeong chung cheong chong joung jeung
jeon: jeon jun chun chon cheon jeun
shin: shin sin shinn
yoon: yoon yun youn
lim: lim im yim rim
ahn: ahn an
kang: kang gang
kwon: kwon gwon kweon
jang: jang chang
cho: cho jo joe
seo: seo suh seoh
ko: ko go koh
oh: oh o
ryu: ryu yoo yu lyu ryoo you you rhyu
noh: noh no roh ro rho
kim: kim gim kimm
hwang: hwang whang
moon: moon mun
son: son sohn
bae: bae pae bai
baek: baek paek paik baik back
heo: heo huh hur heoh
kwak: kwak gwak
sung: sung seong
joo: joo ju
koo: koo gu ku goo
uhm: uhm eom um
byun: byun byeon
pyun: pyun pyeon
woo: woo wu u
choo: choo chu
hyun: hyun hyeon
yeom: yeom yum
myung: myung myeong
ki: ki gi
yook: yook yuk
chae: chae chai
kyung: kyung gyeong
geum: geum kum keum
sunwoo: sunwoo seonwoo seonu
"""
SURNAME_GROUPS: dict[str, str] = {
    spelling: key
    for line in _GROUPS.strip().splitlines()
    for key, spellings in [line.split(":")]
    for spelling in spellings.split()
}


def surname_key(spelling: str) -> str:
    """The group key of a romanized surname: "Pak" -> "park", "Rhee" -> "lee", "Byeon" -> "byun"."""
    word = re.sub(r"[^a-z]", "", spelling.casefold())
    return SURNAME_GROUPS.get(word, word)
