"""Tells English from Vietnamese, including Vietnamese typed without diacritics."""

from __future__ import annotations

import re

from rewriter.report import Language
from rewriter.text.normalize import fold, has_vietnamese_marks

# Syllables common in Vietnamese goals and rare as English words (folded, no diacritics).
_VI_WORDS = frozenset(
    """tang giam dat duoc nguoi theo doi luong trong vong thang nam tuan ngay muc tieu cua cho
    va cac nhung khach hang doanh thu so len tu den truoc cuoi moi lan bai dang thuong hieu
    toi sau nay quy nua dau gap doi ba hai sau bay tam chin muoi trieu nghin ngan ty xem thich
    chia binh luan tuong tac truy cap tiem nang ban chuyen doi ty le phan hoi thoi gian cong
    dong thanh vien hai long danh gia tich cuc tieu nhieu hon som cang tot nhat co the de nham
    giup chung toi minh la mot ve voi khi thi cung rat hon duoc viec lam phai nen kenh trang
    web dich vu san pham hieu qua tao thu hut phat trien mo rong cai thien nang cao duy tri
    giu hoc doc viet chay nang tuyen dung nhan vien hoan thanh ra mat tiet kiem tien
    mang xa hoi khan gia quy mo hien dien nhan dien nhan het nao qua xu ly ton nha
    ko dc trc hok khong vi tri""".split()
)
_EN_WORDS = frozenset(
    """the a an our my your their to of in on by for and with from within over next this that
    increase grow get more reach double triple followers subscribers views likes sales revenue
    leads traffic website month months week weeks year years day days quarter end per every
    each at least improve reduce cut boost raise gain new customers users rate time we i be
    audience brand social media post posts times is are will want need than before after until
    up down which so help make keep maintain launch hire run read lose learn""".split()
)
_WORD = re.compile(r"[a-z]+")


def detect_language(text: str) -> Language:
    """'vi' when the text carries Vietnamese marks or reads as unaccented Vietnamese, else 'en'."""
    words = _WORD.findall(fold(text))
    en = sum(1 for w in words if w in _EN_WORDS and w not in _VI_WORDS)
    if has_vietnamese_marks(text):
        # an English sentence may name a Vietnamese place or holiday ("a trip to Da Lat over Tết")
        vi = sum(1 for w in text.split() if has_vietnamese_marks(w) or (fold(w) in _VI_WORDS and fold(w) not in _EN_WORDS))
        return "en" if en >= 3 and en >= 2 * vi else "vi"
    vi = sum(1 for w in words if w in _VI_WORDS and w not in _EN_WORDS)
    return "vi" if vi > en else "en"


def is_unaccented(text: str, language: Language) -> bool:
    """A Vietnamese goal typed without diacritics (answers keep the same style)."""
    return language == "vi" and not has_vietnamese_marks(text)
