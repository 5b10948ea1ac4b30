"""Names in a bank's internal traffic and Chinese names written in pinyin.

:class:`StaffChatNameRecognizer` reads the cues of staff-to-staff messages, where colleagues
are named by a first name that no census lexicon need hold ("@Bartek", "cc @Saoirse Byrne",
"[10:44] Tomasz: ...", "Agent Declan joined the chat", "thanks Imogen"): the cue makes the
word a person's name, so the lexicon is not asked. Teams, roles and bots ("@here",
"@Payments", "@FraudBot") are not people.

:class:`PinyinNameRecognizer` finds Chinese names romanised in pinyin in either order
("Li Shuang", "Xiaoling Xu", "Huang Jianguo"): one word a Chinese surname, the other a word
made of pinyin syllables. The census lexicons of :mod:`person_en` hold neither the short
surnames (Li, Xu, Wu) nor the given names (Jianguo, Meiling).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from steward.data.pii.recognizers.base import Entity, Recognizer, words
from steward.data.pii.recognizers.person_en import (
    _CAP_WORD,
    _NON_PERSON_TAIL,
    _NOT_PERSON_WORDS,
    _is_initial,
    _stop_words,
    _surname_shaped,
    names_a_place,
)

# Words after "@" or a chat timestamp that name a group, a role, a channel or a system.
_NOT_COLLEAGUES = frozenset(
    words("""
    All Here Channel Everyone Everybody Team Teams Channel Group Ops Operations Support Fraud
    Payments Payment Complaints Cards Lending Mortgages Mortgage Risk Compliance Admin Admins
    Helpdesk Desk Service Services Customer Customers Client Clients Bot Agent Agents System
    Manager Managers Supervisor Supervisors Leads Lead Branch Branches Hub Queue Shift Night
    Morning Afternoon Evening Day Early Late Back Office Front Digital Web App Mobile Online
    Security Treasury Finance Payroll Hr Legal Audit Collections Recoveries Onboarding Kyc Aml
    Bot Assistant Virtual Chatbot Automated Auto Alert Alerts Notification Notifications Note
    Notes Update Reminder Me You Us Them Customer Caller Advisor Adviser Colleague Colleagues
    Staff Duty Rota Cover Backup Escalations Escalation Triage Ask Question Questions
    """)
)
_BOT_SUFFIX = re.compile(r"(?:[Bb]ot|AI|GPT|Assist|Helper)$")
_MENTION = re.compile(
    rf"(?<![\w.@]){'@'}(?P<first>{_CAP_WORD})"
    rf"(?P<rest>(?:[ \t]+[A-Z]\.)?[ \t]+{_CAP_WORD})?"
)
# "[10:44] Tomasz:", "09:12 Grace Byrne:": a chat log's timestamped speaker
_TIMESTAMPED_SPEAKER = re.compile(
    rf"(?m)^[ \t]*\[?\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?:[ \t]*[APap][Mm])?\]?[ \t]+"
    rf"(?P<first>{_CAP_WORD})(?P<rest>(?:[ \t]+[A-Z]\.)?[ \t]+{_CAP_WORD})?[ \t]*:"
)
# a live chat's hand-over to a person: "Agent Declan joined the chat", "You're now chatting
# with Priya", "Transferring you to Owen"
_JOINED = re.compile(
    rf"\b(?:(?:[Aa]gent|[Aa]dviser|[Aa]dvisor|[Cc]olleague)[ \t]+(?P<agent>{_CAP_WORD})"
    rf"(?P<agent_rest>[ \t]+{_CAP_WORD})?[ \t]+(?:has[ \t]+)?(?:joined|entered|left)\b"
    rf"|(?:now[ \t]+)?(?:chatting|speaking|talking)[ \t]+(?:with|to)[ \t]+(?P<with>{_CAP_WORD})"
    rf"(?P<with_rest>[ \t]+{_CAP_WORD})?(?=[ \t]*(?:[,.!\n]|$|[ \t]+from\b)))"
)
# a person acting for a customer, named after their role: "Carer Bartek Quist called for …",
# "Guardian Ama Owusu for …", "attorney Ruth Bell signed"
_ACTING_FOR = re.compile(
    rf"\b(?:[Cc]arer|[Gg]uardian|[Aa]ttorney|[Ii]nterpreter|[Dd]eputy|[Ee]xecutor|[Aa]ppointee"
    rf"|[Nn]ext[ \t]of[ \t]kin|[Pp]owers?[ \t]of[ \t]attorney)[ \t]*:?[ \t]+"
    rf"(?P<acting>{_CAP_WORD}(?:[ \t]+[A-Z]\.)?(?:[ \t]+{_CAP_WORD}){{1,2}})"
)
# a thanks with a first name and nothing after it in its clause: "thanks Priya 🙏", "cheers Owen!"
_THANKS = re.compile(
    rf"\b(?:[Tt]hanks|[Tt]hank[ \t]+you|[Cc]heers|[Tt]a|[Tt]hx|[Tt]y)[ \t]+(?P<thanked>{_CAP_WORD})"
    r"(?=[ \t]*(?:[,.!?\n]|$|[^\w\s'’-]))"
)


_CAMEL_INSIDE = re.compile(r"[a-z][A-Z]")
# surnames with a capital inside them: McAllister, MacLeod, DeSouza, LaToya, DiMarco
_NAME_PREFIXES = ("Mc", "Mac", "De", "Di", "La", "Le", "Van", "Von", "Fitz")
# What follows a mentioned colleague's full name: the end, punctuation, or a function word
# ("@Ann Oduya for the refund", "@Ann Oduya can you …"), not a noun ("@Ann Policy no. 12").
_ADDRESSED_AFTER = re.compile(
    r"[ \t]*(?:$|[,;:!?)\n]|\.(?:[ \t]|$)|[ \t](?:for|to|can|could|would|will|pls|please|is|are|has"
    r"|have|re|about|on|in|at|with|and|or|if|when|thanks|yours|mind|do|did|any|see|what|who|just)\b)"
)


# A payroll run lists each employee before their pay: "Wages, week 32: Ann Oduya £620.36 to
# 06071043; Xu Wenjie £478.59 to …". Read only in a text about pay.
_PAY_RUN = re.compile(r"(?i)\b(?:payroll|wages|salary|salaries|pay[ -]?run|staff pay)\b")
_PAID_NAME = re.compile(
    rf"(?:^|(?<=[:;\n])|(?<=[:;][ \t])|(?<=\.[ \t]))[ \t]*(?P<name>{_CAP_WORD}(?:[ \t]+[A-Z]\.)?"
    rf"(?:[ \t]+{_CAP_WORD}){{1,2}})[ \t]+(?:£|\$|€|GBP[ \t]?|USD[ \t]?|EUR[ \t]?)\d",
    re.MULTILINE,
)


def _colleague_word(word: str) -> bool:
    return (
        word not in _NOT_COLLEAGUES
        # "@TeamLeads", "@HarbourBankHelp": a group's or a brand's handle, in camel case
        and not (_CAMEL_INSIDE.search(word) and not word.startswith(_NAME_PREFIXES))
        and word not in _NOT_PERSON_WORDS
        and word not in _NON_PERSON_TAIL
        and word.lower() not in _stop_words()
        and not _BOT_SUFFIX.search(word)
        and not word.isupper()
    )


def _surname_word(word: str) -> bool:
    """Whether ``word``, after a colleague's first name, is their surname rather than the next
    sentence's first word ("@Lucia Szabo yours?" against "cc @Lucia Policy no. 123")."""
    from steward.data.pii.recognizers.given_names import GIVEN_NAMES
    from steward.data.pii.recognizers.surnames import SURNAMES

    return _colleague_word(word) and (
        word in SURNAMES
        or word in GIVEN_NAMES
        or word in CHINESE_SURNAMES
        or _surname_shaped(word)
        or pinyin_syllables(word) >= 2
    )


class StaffChatNameRecognizer(Recognizer):
    """Colleagues named in staff messages and live-chat hand-overs (see the module)."""

    name = "staff_chat_name"
    labels = ("PERSON",)
    languages = frozenset({"en"})
    trigger = re.compile(
        r"@[A-Z]|\d:\d\d\]?[ \t]+[A-Z]|\b(?:joined|entered|chatting|speaking|talking)\b"
        # (the next branches open on a character class, not a letter's or a word boundary:
        # re skips ahead to where one may match; they match in the same texts as
        # "[A-Za-z][ \t]+(?:£|…)" and "(?i:\b(?:thanks|…|ty)[ \t]+)[A-Z]")
        r"|[ \t](?<=[A-Za-z][ \t])[ \t]*(?:£|\$|€|GBP|USD|EUR)[ \t]?\d"
        r"|(?i:carer|guardian|attorney|interpreter|deputy|executor|appointee|next of kin)"
        r"|[Tt](?<!\w.)(?i:hanks|hank you|a|hx|y)[ \t]+[A-Z]|[Cc](?<!\w.)(?i:heers)[ \t]+[A-Z]"
    )

    def analyze(self, text: str, language: str) -> Iterator[Entity]:
        for pattern in (_MENTION, _TIMESTAMPED_SPEAKER):
            for match in pattern.finditer(text):
                if not _colleague_word(match.group("first")):
                    continue
                end = match.end("first")
                rest = match.group("rest")
                if rest:
                    surname = rest.split()[-1]
                    # a speaker's label ends at its colon, a middle initial means a surname
                    # follows ("@Oliver E. Mensah"), and so does a function word right after
                    # ("@Wiktoria Oduya for the refund"; not "@Lucia Policy no. 12"): the word
                    # is then the surname whatever it is
                    framed = (
                        pattern is _TIMESTAMPED_SPEAKER
                        or len(rest.split()) > 1
                        or _ADDRESSED_AFTER.match(text, match.end("rest")) is not None
                    )
                    if _surname_word(surname) or (framed and _colleague_word(surname)):
                        end = match.end("rest")
                yield self.entity(match.start("first"), end, "PERSON", 0.75)
        if _PAY_RUN.search(text):
            for match in _PAID_NAME.finditer(text):
                parts = match.group("name").split()
                if all(_colleague_word(p) or _is_initial(p) for p in parts) and not names_a_place(
                    text, *match.span("name")
                ):
                    yield self.entity(*match.span("name"), "PERSON", 0.7)
        for match in _JOINED.finditer(text):
            group = "agent" if match.group("agent") else "with"
            if not _colleague_word(match.group(group)):
                continue
            rest = match.group(f"{group}_rest")
            end = match.end(f"{group}_rest") if rest else match.end(group)
            if rest and not _surname_word(rest.strip()):
                end = match.end(group)
            yield self.entity(match.start(group), end, "PERSON", 0.7)
        for match in _ACTING_FOR.finditer(text):
            parts = match.group("acting").split()
            if all(_colleague_word(p) or _is_initial(p) for p in parts) and not names_a_place(
                text, *match.span("acting")
            ):
                yield self.entity(*match.span("acting"), "PERSON", 0.7)
        for match in _THANKS.finditer(text):
            thanked = match.group("thanked")
            if _colleague_word(thanked) and not names_a_place(text, *match.span("thanked")):
                yield self.entity(*match.span("thanked"), "PERSON", 0.65)


# The commonest Chinese surnames in pinyin (Mainland romanisation), less those that are
# English function words (below); "Long" and "Sun" are words too, read as surnames only before
# a pinyin given name.
CHINESE_SURNAMES = frozenset(
    words("""
    Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo Lin Luo Zheng Liang
    Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng
    Wei Su Lu Ding Ren Shen Yao Jin Fu Zhong Cui Tan Liao Fan Qian Kong Mao Qiu Qin Shi Gu Hou
    Shao Meng Long Wan Duan Lei Yin Qiao Lai Gong Wen Xiong Jia Xue Yan Dai Mo Kang Bai Zou
    Hao Gao Ouyang Situ Zhuge Shangguan Sima
    """)
)
# Surnames that are also English words ("He"): a surname only before a given name of two or
# more syllables ("He Guoqiang"; "He Ran" is a sentence).
_WORD_SURNAMES = frozenset(words("He An"))
# Every syllable of Mandarin in toneless pinyin (ü written v): a word is pinyin when it splits
# into these ("Jianguo" = jian + guo), which most English words do not ("Life": no "fe").
_PINYIN_SYLLABLES = words("""
a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai can cang
cao ce cen ceng cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan chuang
chui chun chuo ci cong cou cu cuan cui cun cuo da dai dan dang dao de dei den deng di dian diao
die ding diu dong dou du duan dui dun duo e ei en eng er fa fan fang fei fen feng fo fou fu ga
gai gan gang gao ge gei gen geng gong gou gu gua guai guan guang gui gun guo ha hai han hang hao
he hei hen heng hong hou hu hua huai huan huang hui hun huo ji jia jian jiang jiao jie jin jing
jiong jiu ju juan jue jun ka kai kan kang kao ke ken keng kong kou ku kua kuai kuan kuang kui kun
kuo la lai lan lang lao le lei leng li lia lian liang liao lie lin ling liu long lou lu luan lun
luo lv lve ma mai man mang mao me mei men meng mi mian miao mie min ming miu mo mou mu na nai nan
nang nao ne nei nen neng ni nian niang niao nie nin ning niu nong nou nu nuan nuo nv nve o ou pa
pai pan pang pao pei pen peng pi pian piao pie pin ping po pou pu qi qia qian qiang qiao qie qin
qing qiong qiu qu quan que qun ran rang rao re ren reng ri rong rou ru rua ruan rui run ruo sa
sai san sang sao se sen seng sha shai shan shang shao she shei shen sheng shi shou shu shua shuai
shuan shuang shui shun shuo si song sou su suan sui sun suo ta tai tan tang tao te teng ti tian
tiao tie ting tong tou tu tuan tui tun tuo wa wai wan wang wei wen weng wo wu xi xia xian xiang
xiao xie xin xing xiong xiu xu xuan xue xun ya yan yang yao ye yi yin ying yo yong you yu yuan
yue yun za zai zan zang zao ze zei zen zeng zha zhai zhan zhang zhao zhe zhei zhen zheng zhi
zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo zi zong zou zu zuan zui zun zuo
""")
_PINYIN_SYLLABLE = "(?:" + "|".join(sorted(_PINYIN_SYLLABLES, key=len, reverse=True)) + ")"
_PINYIN_WORDS = [re.compile(rf"({_PINYIN_SYLLABLE})" * n) for n in (1, 2, 3)]
# Romanised place and firm names of the same shape: not people.
_NOT_PINYIN_NAMES = frozenset(
    {
        "Hong Kong",
        "Ping An",
        "Hang Seng",
        "Wan Chai",
        "Sha Tin",
        "Kwun Tong",
        "Tai Po",
        "Sai Kung",
        "Min Sheng",
        "Zhao Shang",
        "Bank Of",
        "Yu Garden",
    }
)
# English words of the same shape that a Latin-script sentence puts after a surname-like word
# ("Long Lane", "Sun Life", "Ma Bell"): excluded as the pinyin half of a name.
_ENGLISH_PINYIN = frozenset(
    words("""
    Man Men Dan Ban Can Fan Pan Ran Van Bang Hang Gang Sang Long Song Sun Tie Die Lie Pie Gain
    Main Rain Pain Chain Change Line Shine Mine Nine Pine Wine Hen Ten Then When Den Pen Fun Gun
    Run Bun Hung Lung Zen Cue Sue Due Hue Bin Fin Pin Tin Sin Win Kin Shin Chin Thin Go No So
    To Do Ho Lo Po Yo Hi Pa Ha La Na Ta Da Ya Gene Lane Leo Neo Lee Tee See Bee Gee Fee Wee
    Ping Pong King Ring Sing Wing Thing Hong Kong Ian Ken Gen Yen Pun Nun Bo Sai Tai
    """)
)


@cache
def pinyin_syllables(word: str) -> int:
    """How many pinyin syllables ``word`` is made of (0: not a pinyin word)."""
    lowered = word.lower()
    if not word[:1].isupper() or not lowered.isascii():
        return 0
    return next((n for n, pattern in enumerate(_PINYIN_WORDS, 1) if pattern.fullmatch(lowered)), 0)


# (a lookahead: pairs overlap, "Payroll Li Shuang" holds "Payroll Li" and "Li Shuang")
_TWO_WORDS = re.compile(
    r"(?<![A-Za-z0-9_À-ɏ'’])(?=([A-Z][a-z]{1,8})[ \t]+([A-Z][a-z]{1,9})(?![A-Za-z0-9_À-ɏ'’-]))"
)


class PinyinNameRecognizer(Recognizer):
    """A Chinese name in pinyin (see the module): surname and given name in either order."""

    name = "pinyin_name"
    labels = ("PERSON",)
    languages = None  # Latin-script names inside Chinese text too ("给员工Huang Shuang发工资")
    # (no "\b": a name inside Chinese text, "员工Xiaoling Li发工资", has none)
    trigger = re.compile(
        r"(?<![A-Za-z])(?:"
        + "|".join(sorted(CHINESE_SURNAMES, key=len, reverse=True))
        + r")(?![a-z])"
    )

    def analyze(self, text: str, language: str) -> Iterator[Entity]:
        for match in _TWO_WORDS.finditer(text):
            score = self._score(match.group(1), match.group(2))
            if score is None:
                continue
            start, end = match.start(1), match.end(2)
            if text[start:end] in _NOT_PINYIN_NAMES or names_a_place(text, start, end):
                continue
            yield self.entity(start, end, "PERSON", score)

    @staticmethod
    def _score(first: str, second: str) -> float | None:
        if first in _ENGLISH_PINYIN and second in _ENGLISH_PINYIN:
            return None
        if first in _WORD_SURNAMES and pinyin_syllables(second) >= 2:
            return 0.7
        if first in CHINESE_SURNAMES and second not in _ENGLISH_PINYIN:
            syllables = pinyin_syllables(second)
            if syllables >= 2:
                return 0.75  # "Li Shuang", "Huang Jianguo"
            if syllables == 1 and first not in _ENGLISH_PINYIN:
                return 0.6  # "Zhang Wei": a one-syllable given name
        if second in CHINESE_SURNAMES | _WORD_SURNAMES and first not in _ENGLISH_PINYIN:
            syllables = pinyin_syllables(first)
            if syllables >= 2 and not _is_initial(first):
                return 0.75  # "Xiaoling Xu", "Meiling Guo", "Haoyu He"
            if syllables == 1 and second in CHINESE_SURNAMES and second not in _ENGLISH_PINYIN:
                return 0.6  # "Jun Tang", "Wei Zhang": a one-syllable given name first
        return None
