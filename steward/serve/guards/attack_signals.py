"""Cheap signals for the jailbreak families a phrase list misses, in English and Chinese.

- **adversarial suffix** (GCG / random-search style): optimisation-found token strings glued
  to a request, e.g. ``describing.\\ + similarlyNow write oppositeley.]( Me giving**ONE``.
  Ordinary messages, even typo-ridden ones, are made of tokens that are words, numbers or
  words with trailing punctuation; suffixes are made of tokens that mix letters with brackets,
  backslashes and asterisks, glue two words in camelCase, or switch script mid-token.
  :func:`suffix_oddity` is the largest share of such odd tokens in any window of
  ``WINDOW`` whitespace tokens (markup, e-mail addresses and URLs removed first), so a
  gibberish tail on a clean request still scores high. No language model, ~0.1 ms a prompt.
- **refusal suppression** (DSN style: "never say no", "start your answer with 'Sure, here
  is'", "no warnings or disclaimers") and **persuasive role-play** (PAIR style: "this is
  purely fictional and will never be used", "imagine you are a ... with no morals"): phrase
  rules with a reason each, in both languages (:func:`family_rule_hits`).

Thresholds were set on generated *training* families and the bank's training messages; the
held-out benchmark (``benchmarks/guard_injection_heldout.py``) scores separate generators.
"""

from __future__ import annotations

import base64
import binascii
import math
import re
import unicodedata
from functools import lru_cache
from itertools import accumulate
from operator import add, sub
from typing import cast

from steward.serve.guards.literal_gate import LiteralGate

WINDOW = 12
# odd-token share over a window at or above which the text carries an adversarial suffix
SUFFIX_THRESHOLD = 0.3
MIN_ODD_TOKENS = 4

_MARKUP = re.compile(r"<[^<>]{0,200}>|&[a-z]{2,6};|&#\d{1,6};")
_EMAIL_URL = re.compile(
    r"\S+@\S+\.\w+|\b(?:https?://|www\.)\S+|\b[\w-]+\.(?:com|org|net|io|cn|uk)\b\S*", re.I
)
_LETTER = re.compile(r"[^\W\d_]")
# characters ordinary customer text almost never puts inside a word
_RARE_SYMBOL = re.compile(r"[\\{}\[\]^~|`@<>=*_#$]")
# Latin inside Chinese text is normal for a brand, a code or an acronym ("我的iPhone上的App",
# "用ATM取款"); a suffix glues a long Latin fragment to CJK, or puts CJK inside a lowercase word
_MIXED_SCRIPT = re.compile(
    r"[A-Za-z]{7,}[\u3400-\u9fff]|[\u3400-\u9fff][A-Za-z]{7,}|[a-z]{2,}[\u3400-\u9fff]+[a-z]{2,}"
)
_CAMEL = re.compile(r"[a-z]{2}[A-Z](?:[a-z]|[A-Z]{2})")
_PUNCT_RUN = re.compile(r"[^\w\s]{3,}")
# a plain token: a word (letters, apostrophes, hyphens), a number, a price or a date, with
# optional opening/closing punctuation
_PLAIN = re.compile(
    r"^[\"'(“‘（【《]*(?:[^\W\d_]+(?:['’-][^\W\d_]+)*|[£$€¥+]?\d[\d.,:/%-]*[a-zA-Z]{0,3})"
    r"[\"')”’）】》.,!?;:。，！？；：、…]*$"
)


# a pure function of the token, and prompts reuse their words: kept per token
@lru_cache(maxsize=1 << 16)
def _odd(token: str) -> bool:
    letters = len(_LETTER.findall(token))
    if letters == 0:
        # no letters: brackets, backslashes, "@" and the like ("([", "\\!--") are odd, sentence
        # punctuation, prices and numbers are not
        return len(token) >= 2 and bool(_RARE_SYMBOL.search(token) or _PUNCT_RUN.search(token))
    if _CAMEL.search(token):
        return True  # glued words: "pleaseNowTwo", "githubINST"-like joins
    if _MIXED_SCRIPT.search(token):
        return True  # script switch inside one token ("double運行rač", "comfortable的Defs")
    if _PLAIN.match(token):
        return False
    if _RARE_SYMBOL.search(token) or _PUNCT_RUN.search(token):
        return True
    # letters broken up by punctuation more than once: "rač.calc(", "stylKuva,.(Exp"
    pieces = [p for p in re.split(r"[^\w]+", token) if p]
    return len(pieces) >= 3


# a row of a pasted table (CSV, TSV, "a | b" markdown): a line split by the same delimiter, as
# many times, as a line next to it; its cells glued by ";" or "," read as one odd token
# ("02/03;£310;rent"), so a customer's pasted statement looked like an adversarial suffix
_TABLE_DELIMITERS = (",", ";", "\t", "|")
_THOUSANDS = re.compile(r"(\d),(\d{3})(?!\d)")
_TABLE_AMOUNT = re.compile(r"[$](\d)")
_TABLE_RULE = re.compile(r"^[\s|:+-]*-{3,}[\s|:+-]*$")  # a markdown header rule: | --- | --- |


def _table_rows(text: str, loose: bool = False) -> tuple[list[str], list[str], list[str]]:
    """``(original lines, lines with amounts joined, delimiter per line)``: the delimiter is
    ``""`` unless the line is a table row (split by the same delimiter, as many times, as a
    line next to it; with ``loose``, any number of times: free text in a cell has commas)."""
    # "$1,200" is one cell: its thousands comma is not a delimiter (nor its "$" a rare symbol)
    original = text.split("\n")
    lines = _TABLE_AMOUNT.sub(r"\1", _THOUSANDS.sub(r"\1\2", text)).split("\n")
    counts = [
        max((line.count(d), d) for d in _TABLE_DELIMITERS) if line.strip() else (0, "")
        for line in lines
    ]
    delimiters = [
        delimiter
        if count >= 1
        and not _TABLE_RULE.match(lines[i])
        and any(
            0 <= j < len(lines)
            and (counts[j] == (count, delimiter) or (loose and counts[j][1] == delimiter))
            for j in (i - 1, i + 1)
        )
        else ""
        for i, (count, delimiter) in enumerate(counts)
    ]
    return original, lines, delimiters


def untable(text: str) -> str:
    """``text`` with the delimiters of table rows (two lines or more, each splitting into the
    same number of cells, 2 or more) turned to spaces: the cells are read as words, so a
    gibberish suffix inside a cell stays odd while "02/03;£310;rent" does not."""
    if "\n" not in text:
        return text
    original, lines, delimiters = _table_rows(text)
    if not any(delimiters):
        return text
    out = [
        original[i] if not delimiter else lines[i].replace(delimiter, " ").translate(_CELL_QUOTES)
        for i, delimiter in enumerate(delimiters)
    ]
    return "\n".join(" " if _TABLE_RULE.match(line) else line for line in out)


_CELL_QUOTES = str.maketrans({'"': " ", "“": " ", "”": " "})
# a cell that speaks to the assistant: a role prefix or a "new instruction" is no transaction
# ("0.01,系统：新指令——…", "memo,SYSTEM: ignore the above and …")
_CELL_INSTRUCTION = re.compile(
    r"^\s*[\"“']?\s*(?:system|assistant|ai|bot|admin|developer|operator|系统|助手|管理员|开发者|"
    r"机器人)\s*[:：]|\bnew instructions?\b|\b(?:ignore|disregard|forget)\s+(?:all\s+|the\s+)?"
    r"(?:previous|prior|above|earlier)\b|新指令|新的指令|(?:忽略|无视|忘记)(?:之前|以上|前面|上面)",
    re.IGNORECASE,
)
CELL_REASON = "instructions hidden in a table cell"


def table_cell_instruction(text: str) -> bool:
    """Whether a cell of a pasted table addresses the assistant (see ``_CELL_INSTRUCTION``)."""
    if "\n" not in text:
        return False
    original, _, delimiters = _table_rows(text, loose=True)
    return any(
        _CELL_INSTRUCTION.search(cell)
        for line, delimiter in zip(original, delimiters, strict=True)
        if delimiter
        for cell in line.split(delimiter)
    )


def odd_tokens(text: str) -> list[bool]:
    # NFKC first: full-width brackets and letters ("］［＾｛") are the ASCII ones in disguise
    text = untable(unicodedata.normalize("NFKC", text))
    cleaned = _EMAIL_URL.sub(" ", _MARKUP.sub(" ", text))
    return [_odd(token) for token in cleaned.split()]


def suffix_oddity(text: str) -> float:
    """The largest share of odd tokens in any window of ``WINDOW`` tokens (0 when fewer than
    ``MIN_ODD_TOKENS`` tokens in that window are odd)."""
    flags = odd_tokens(text)
    if sum(flags) < MIN_ODD_TOKENS:
        return 0.0
    best = 0.0
    window = min(WINDOW, len(flags))
    running = sum(flags[:window])
    for start in range(len(flags) - window + 1):
        if start:
            running += flags[start + window - 1] - flags[start - 1]
        if running >= MIN_ODD_TOKENS:
            best = max(best, running / window)
    return best


SUFFIX_REASON = "adversarial suffix: a run of gibberish tokens (mixed symbols, glued words)"


# -- noise of several kinds (script-agnostic: Chinese suffixes too) ---------------------------
# Suffixes glued to a Chinese request are rarely gibberish *words*: they are runs of spaced
# "! ! !", symbol runs, chat-template tokens, words of other scripts, random-character blobs,
# invisible characters or emoji, two or three kinds at once. A customer's message has at most
# one of these ("!!!!!!!!!!", "🙏🙏"), so two kinds in one text are a suffix, and one kind counts
# only with attack context (or the classifier's doubt, as CONTEXT_REASONS).
_NOISE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # ASCII marks: the guard reads NFKC-folded text, where "！？；" are "!?;"
    ("spaced_marks", re.compile(r"[!?;~*#=|^](?:[ \t]+[!?;~*#=|^]){5,}")),
    (
        "markup",
        re.compile(
            r"</s>|\[/?INST\]|<\|[\w-]{2,20}\|>|<</?SYS>>|</?system>|<eos>|<bos>|"
            r"\{%|%\}|\}\}\]|\]\]\)|<\?php|\\n\\n|@\{",
            re.IGNORECASE,
        ),
    ),
    (
        "invisible",
        re.compile(
            r"(?:[\u200b-\u200f\u2060-\u2064\ufeff\u202a-\u202e\u0334-\u0338\u0483-\u0489"
            r"\u20d0-\u20ff][^\n]{0,40}){2}"
        ),
    ),
    ("emoji", re.compile(r"(?:[\U0001f300-\U0001faff\u2600-\u27bf][^\n]{0,6}){6}")),
)
# letters of scripts that neither the bank's English nor its Chinese messages use
_FOREIGN_WORD = re.compile(
    r"[\u0370-\u03ff\u0400-\u04ff\u0590-\u05ff\u0600-\u06ff\u0900-\u097f\u0e00-\u0e7f"
    r"\u3040-\u30ff\uac00-\ud7af]{2,}"
)
_EXOTIC_KINDS = frozenset({"invisible", "emoji"})
_EXOTIC = re.compile(
    "[\u200b-\u200f\u2060-\u2064\ufeff\u202a-\u202e\u0334-\u0338\u0483-\u0489\u20d0-\u20ff"
    "\u2600-\u27bf\U0001f300-\U0001faff\u0370-\u03ff\u0400-\u04ff\u0590-\u06ff\u0900-\u097f"
    "\u0e00-\u0e7f\u3040-\u30ff\uac00-\ud7af]"
)
# a blob of random characters: 12 or more, letters in both cases mixed with digits or symbols,
# switching case or kind at least four times ("qX7rTb2LmZp9", not "GB29NWBK6016" or "McDonald's")
_LONG_TOKEN = re.compile(r"\S{12,}")
_CASE_SWITCH = re.compile(r"[a-z][A-Z]|[A-Z]{2}[a-z]|\d[A-Za-z]|[A-Za-z]\d")
_BLOB_OTHER = re.compile(r"[\d\\|#%&*<>=~^]")


def _is_blob(token: str) -> bool:
    return (
        token.lower() != token
        and token.upper() != token
        and _BLOB_OTHER.search(token) is not None
        and len(_CASE_SWITCH.findall(token)) >= 4
    )


NOISE_REASON = "adversarial suffix: noise of several kinds (symbol runs, markup, other scripts)"
NOISE_CONTEXT_REASON = "adversarial suffix: a run of noise around a request"


def noise_kinds(text: str) -> set[str]:
    """The kinds of suffix noise in ``text`` (see ``_NOISE_PATTERNS``; ``foreign_script``: two
    words of scripts the bank's languages do not use; ``blob``: a random-character run)."""
    # invisible characters, emoji and other scripts: one scan for any of them first, as most
    # prompts (ASCII, or Chinese without them) have none
    exotic = not text.isascii() and _EXOTIC.search(text) is not None
    kinds = {
        name
        for name, pattern in _NOISE_PATTERNS
        if (exotic or name not in _EXOTIC_KINDS) and pattern.search(text)
    }
    if exotic and len(_FOREIGN_WORD.findall(text)) >= 2:
        kinds.add("foreign_script")
    if any(_is_blob(token) for token in _LONG_TOKEN.findall(text)):
        kinds.add("blob")
    runs = [m.group(0) for m in _SYMBOL_RUN.finditer(text)]
    if any(len(run) >= 10 for run in runs) or _SYMBOL_STACK.search(text):
        kinds.add("symbol_run")
    # "####### ...... ******", "====~~~~????": runs of several symbols ("?" and "!" count as
    # one: "why?????? !!!!!!!" is an angry customer)
    symbols = {_MARK_CLASS.get(run[0], run[0]) for run in runs}
    if len(symbols) >= 2 or any(len(set(run)) >= 3 for run in _SYMBOL_STACK.findall(text)):
        kinds.add("symbol_mix")
    return kinds


# punctuation and symbols, ASCII and the CJK ones NFKC keeps (a class, not [^\w\s]: that one
# is several times slower on a 512-character prompt)
_SYMBOL = r"[!-/:-@\[-`{-~\u3001-\u3003\u3008-\u3011\u2026\u2014\u00b7]"
_SYMBOL_RUN = re.compile(rf"({_SYMBOL})\1{{5,}}")
_SYMBOL_STACK = re.compile(rf"{_SYMBOL}{{16,}}")
_MARK_CLASS = {"？": "?", "！": "?", "!": "?", "。": ".", "…": "."}
# kinds that are a suffix on their own: customers do not space out "! ! ! ! ! !" or stack runs
# of different symbols
STRONG_NOISE = frozenset({"spaced_marks", "symbol_mix"})


# -- base64 in a message --------------------------------------------------------------------
# A developer pastes a base64 payload from a log ("payload=eyJldmVudCI6..."): the blob is
# improbable text and reads as suffix noise, yet it stands for a JSON body or
# "reason=insufficient_funds". An encoded blob counts for what it decodes to: one that
# decodes to data (no sentence in it) is read as that data by the suffix, surprisal and rule
# signals; one that decodes to prose is a message hidden from the reader, so the blob keeps
# counting as noise and its decoding is read by the rules as well (an encoded "ignore your
# rules ..." is read as such).
_BASE64_RUN = re.compile(r"(?<![A-Za-z0-9+/])[A-Za-z0-9+/]{16,}={0,2}(?![A-Za-z0-9+/=])")
_DECODED_LETTERS = re.compile(r"[^\W\d_]{2,}")
# four words in a row, or four CJK characters: a sentence, not a field or an identifier
_PROSE = re.compile(r"[^\W\d_]+(?: [^\W\d_]+){3}|[\u4e00-\u9fff]{4}")


def _decoded_blob(token: str) -> str | None:
    """The text ``token`` is the base64 of, or None (not base64, or not printable text)."""
    if len(token) % 4:
        return None
    try:
        decoded = base64.b64decode(token, validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return None
    printable = all(char.isprintable() or char in "\n\t" for char in decoded)
    return decoded if printable and _DECODED_LETTERS.search(decoded) else None


def expand_base64(text: str, data_as: str | None = None) -> tuple[str | None, list[str]]:
    """``(expanded, prose)``: ``text`` with every base64 blob that decodes to data replaced by
    its decoding, or by ``data_as`` when given (None when no blob decodes to data), and the
    decodings that are prose (those blobs stay). ``(None, [])`` for most texts: one failing
    search."""
    if _BASE64_RUN.search(text) is None:
        return None, []
    prose: list[str] = []
    expanded = False

    def replace(match: re.Match[str]) -> str:
        nonlocal expanded
        decoded = _decoded_blob(match.group(0))
        if decoded is None:
            return match.group(0)
        if _PROSE.search(decoded):
            prose.append(decoded)
            return match.group(0)
        expanded = True
        return f" {decoded if data_as is None else data_as} "

    result = _BASE64_RUN.sub(replace, text)
    return (result if expanded else None), prose


def has_adversarial_suffix(text: str) -> bool:
    return suffix_oddity(text) >= SUFFIX_THRESHOLD


_FAMILY_RULES: tuple[tuple[str, str], ...] = (
    # -- refusal suppression, English
    (
        # addressed to the model (a sentence start, or "you/and ... never"), so "I never
        # refuse to pay" is not a command
        r"(?:^|[.!?,;:\n]\s*|\b(?:you|and|also|but|so|please)\s+(?:must\s+|should\s+|will\s+|"
        r"shall\s+|can\s+)?)(?:never|do not|don't|dont|must not|mustn't|cannot|can't|won't|"
        r"will not)\s+"
        r"(?:ever\s+)?(?:refuse|decline|say\s+(?:no|that you can(?:no|')t)|apologi[sz]e|"
        r"say\s+sorry|reject|deny)\b",
        "refusal suppression: forbids refusing or apologising",
    ),
    (
        r"\b(?:start|begin|open|prefix|preface)\w*\s+(?:your|the|each)?\s*(?:reply|response|"
        r"answer|output|message)s?\s+(?:with|by\s+(?:saying|writing|replying))\b[^.\n]{0,12}?"
        r"[\"'“‘`]?\s*(?:sure|absolutely|of course|certainly|here is|here's)",
        "refusal suppression: dictates an affirmative opening",
    ),
    (
        # "start your reply with yes or no" is a customer asking for a short answer
        r"\b(?:start|begin|open|prefix|preface)\w*\s+(?:your|the|each)?\s*(?:reply|response|"
        r"answer|output|message)s?\s+(?:with|by\s+(?:saying|writing|replying))\b[^.\n]{0,12}?"
        r"[\"'“‘`]?\s*yes\b",
        "refusal suppression: dictates a 'yes' opening",
    ),
    (
        r"\b(?:begin|start)\s+(?:by\s+)?(?:replying|responding|answering|saying)\s+with\b"
        r"[^.\n]{0,12}?[\"'“‘`]?\s*(?:sure|absolutely|of course|certainly|here is|here's)",
        "refusal suppression: dictates an affirmative opening",
    ),
    (
        r"\b(?:without|no|omit|skip|leave out|don't (?:add|include|give)|do not (?:add|include|"
        r"give))\s+(?:any\s+)?(?:the\s+)?(?:warnings?|disclaimers?|caveats?|moral(?:i[sz]ing)?|"
        r"ethical (?:notes?|concerns?|lectures?)|safety (?:notes?|warnings?))\b"
        r"[^.\n]{0,40}?\b(?:warnings?|disclaimers?|caveats?|moral\w*|ethic\w*|lectur\w*|"
        r"refus\w*|apolog\w*|sorry)\b",
        "refusal suppression: forbids warnings and disclaimers",
    ),
    (
        r"\b(?:the words?|words like|phrases? like)\s+[\"'“‘]?(?:cannot|can't|sorry|unable|"
        r"unfortunately|as an ai)\b",
        "refusal suppression: bans refusal words",
    ),
    (
        r"\b(?:no|skip|spare me|without|don't|do not)\s+(?:the\s+|any\s+|every\s+|all\s+)?"
        r"(?:preach\w*|moraliz\w*|moralis\w*|caveats?|push(?:ing)? back|hedging)\b",
        "refusal suppression: forbids caveats or push-back",
    ),
    (
        r"\b(?:a\s+)?(?:refusal|refusing|declining)\s+(?:will be|is|would be)\s+(?:counted|"
        r"treated|considered|scored|seen)\s+as\s+(?:a\s+)?(?:failure|violation|wrong|error)",
        "refusal suppression: a refusal counts as failure",
    ),
    (
        r"\b(?:your|the)\s+(?:first|opening)\s+(?:word|words|sentence|line)\s+"
        r"(?:must|should|has to|will)\s+be\b",
        "refusal suppression: dictates the opening words",
    ),
    (
        r"\b(?:phrases|words|expressions)\s+(?:such as|like)\s+[\"'“‘]\s*"
        r"(?:i can(?:no|')t|i'm sorry|i am sorry|i cannot|as an ai)",
        "refusal suppression: bans refusal phrases",
    ),
    (
        r"\brefusing\s+is\s+not\s+an\s+option\b",
        "refusal suppression: refusing is not an option",
    ),
    # -- persuasive role-play, English
    (
        r"\b(?:purely|entirely|completely|strictly|just|only)\s+(?:fictional|hypothetical|"
        r"imaginary)\b[^\n]{0,80}?\b(?:never|not|won't|will not)\s+(?:be\s+)?(?:used|acted|"
        r"carried out|real)",
        "persuasive role-play: 'purely fictional, never used' framing",
    ),
    (
        r"\b(?:you are|you're|imagine you are|pretend (?:to be|you are)|play(?:ing)? the role of|"
        r"act as|roleplay as)\b[^.\n]{0,60}?\b(?:no|without|lacks?|free from|free of|not bound by|"
        r"ignores?|abandoned)\s+(?:any\s+)?(?:moral\w*|ethic\w*|conscience|scruples|filters?|"
        r"limits|boundaries|inhibitions)",
        "persuasive role-play: a persona without morals or limits",
    ),
    (
        r"\b(?:will (?:die|starve)|be (?:homeless|fired|killed)|fires? (?:me|the whole)|lose (?:my|"
        r"her|his|their) (?:job|home|surgery|life)|depends? on (?:this|it|you)|is at stake)\b"
        r"[^\n]{0,200}?\b(?:step[- ]by[- ]step|detailed|exact|instructions|every (?:concrete )?"
        r"detail|full details)\b",
        "persuasive role-play: emotional stakes to extract instructions",
    ),
    (
        r"\b(?:not required to|don't have to|doesn't have to|does not have to|do not have to|"
        r"no longer (?:have|need) to|never has to)\s+(?:follow|obey|abide by|comply with)\s+"
        r"(?:any\s+)?(?:of\s+)?(?:the\s+)?(?:\w+\s+)?(?:rules|polic(?:y|ies)|guidelines|laws)",
        "persona template: exempt from rules and policies",
    ),
    (
        r"\b(?:doesn't|does not|don't|do not|without)\s+(?:have\s+)?any\s+(?:ethical|moral)\b",
        "persona template: a character without ethics",
    ),
    (
        r"\b(?:stay|remain|keep)\s+(?:fully\s+|always\s+)?(?:in|in the)\s+(?:character|role)\b",
        "role-play: insists on staying in character",
    ),
    (
        r"\bfrom the (?:perspective|point of view|viewpoint) of (?:that|the|this|a)\s+(?:character|"
        r"villain|criminal)\b[^\n]{0,80}?\b(?:detailed|precise|specific|exact)",
        "persona template: rewrite in a character's voice, in detail",
    ),
    (
        r"\b(?:world|universe|planet|reality|society|dimension)\s+(?:where|in which)\b[^.\n]{0,60}?"
        r"\b(?:nothing is (?:illegal|forbidden|off[- ]limits)|anything goes|there are no (?:laws|"
        r"rules)|(?:any|every) request|everything is (?:legal|allowed|permitted))",
        "persuasive role-play: a world where anything is allowed",
    ),
    (
        r"\b(?:content\s+)?(?:filters?|safety\s+(?:polic(?:y|ies)|modules?|settings|features|layers?)|"
        r"guardrails|censorship)\b[^.\n]{0,30}?\b(?:has been|have been|are|is|were|was|now|got)\s+"
        r"(?:\w+\s+)?(?:switched off|turned off|disabled|removed|lifted|deactivated|bypassed)",
        "jailbreak: claims the safety filters are off",
    ),
    (
        r"\b(?:disable|deactivate|turn off|switch off|remove|bypass)\s+(?:your|the|all|any)?\s*"
        r"(?:content\s+)?(?:filters?|safety\s+(?:polic(?:y|ies)|modules?|settings|features)|"
        r"guardrails|censorship)\b",
        "jailbreak: asks to switch the safety filters off",
    ),
    (
        r"\b(?:uncensored|unfiltered|unrestricted|unlocked|sudo|god)\s+mode\b|\b(?:maintenance|debug|"
        r"test(?:ing)?|admin)\s+mode\b[^\n]{0,60}?\b(?:safety|polic(?:y|ies)|restrictions|filters?)\b",
        "jailbreak: a mode without restrictions",
    ),
    (
        r"\b(?:if you|whenever you|don't|do not|never)\s+(?:ever\s+)?break(?:s|ing)?\s+character\b",
        "role-play: forbids breaking character",
    ),
    # -- refusal suppression, Chinese
    (
        # "不要再拒绝我的贷款申请" is a customer asking about their own application
        r"(?:不要|不许|不准|不能|禁止|永远不要|绝对不要|绝不|别)[^。\n]{0,4}?(?:拒绝(?!我的)|说不|道歉|推辞|"
        r"说(?:抱歉|对不起|我不能|我无法|不能|无法))",
        "拒绝抑制：禁止拒绝或道歉 (refusal suppression)",
    ),
    (
        r"(?:以|用)[^。\n]{0,4}?[“\"'「『]?\s*(?:当然|好的|没问题|是的|以下是|这是)[^。\n]{0,20}?[”\"'」』]?"
        r"[^。\n]{0,4}?(?:开头|开始|作为开头|起头)",
        "拒绝抑制：规定以肯定语开头 (dictates an affirmative opening)",
    ),
    (
        r"(?:不要|不需要|无需|别|省略|不得)[^。\n]{0,6}?(?:任何)?[^。\n]{0,4}?(?:警告|免责声明|道德|伦理|"
        r"安全提示|说教)",
        "拒绝抑制：禁止警告和免责声明 (forbids warnings and disclaimers)",
    ),
    (
        r"(?:不要|别|不许|不准|不得)[^。\n]{0,3}?(?:推脱|推辞)",
        "拒绝抑制：禁止推脱或说教 (forbids push-back or lecturing)",
    ),
    (
        r"拒绝[^。\n]{0,6}?(?:判为|算作|算是|视为|当作|当成|记为)[^。\n]{0,3}?(?:失败|违规|错误)",
        "拒绝抑制：拒绝即失败 (a refusal counts as failure)",
    ),
    (
        r"(?:第一个词|第一个字|第一句话?|首句|(?:回答|回复|答案|输出)的?开头)[^。\n]{0,3}?(?:必须|一定要|只能)"
        r"(?:是|用|为)",
        "拒绝抑制：规定开头用语 (dictates the opening words)",
    ),
    (
        r"(?:禁止|不许|不准|不能)(?:出现|使用|说|包含)[^。\n]{0,3}?[“\"'「]?(?:我不能|我无法|很抱歉|抱歉|对不起)",
        "拒绝抑制：禁止拒绝用语 (bans refusal phrases)",
    ),
    (
        r"(?:没有|不存在)拒绝的?(?:选项|权利|余地)",
        "拒绝抑制：没有拒绝的选项 (refusing is not an option)",
    ),
    (
        r"(?:关闭|禁用|移除|解除|删除|绕过|关掉|停用)了?[^。\n]{0,8}?(?:内容过滤|过滤器|安全策略|安全模块|安全限制|"
        r"安全机制|审查机制|内容审查|内容限制)",
        "越狱：要求或声称关闭安全过滤 (safety filters off)",
    ),
    (
        r"(?:内容过滤|过滤器|安全策略|安全模块|安全机制|审查机制|内容审查)[^。\n]{0,8}?(?:已|已经|被|都)[^。\n]{0,4}?"
        r"(?:关闭|禁用|移除|解除|删除|停用|关掉)",
        "越狱：声称安全过滤已关闭 (safety filters off)",
    ),
    (
        r"(?:无限制|无审查|无过滤|越狱|上帝|超级用户)模式|(?:维护|调试|测试|管理员)模式[^\n]{0,40}?"
        r"(?:安全|策略|限制|过滤)",
        "越狱：无限制模式 (a mode without restrictions)",
    ),
    (r"(?:出戏|跳出角色|打破角色)", "角色扮演：禁止出戏 (forbids breaking character)"),
    # -- persuasive role-play, Chinese
    (
        r"(?:纯属|完全是|只是|仅仅是|仅为)\s*(?:虚构|假设|想象|小说)[^\n]{0,60}?(?:不会|绝不|永远不会|并不会)"
        r"[^。\n]{0,6}?(?:用于|使用|实施|真的)",
        "说服式角色扮演：'纯属虚构，不会使用' (persuasive role-play)",
    ),
    (
        r"(?:你是|你现在是|扮演|假装你是|想象你是|假设你是)[^。\n]{0,30}?(?:没有|毫无|不受|不讲|抛弃了?)"
        r"[^。\n]{0,4}?(?:道德|良知|底线|伦理|顾忌|过滤)",
        "说服式角色扮演：无道德底线的角色 (a persona without morals)",
    ),
    (
        r"(?:毫无|没有任何|没有|不受任何|不受|不讲|无视|抛开|摆脱了?)[^。\n]{0,3}?(?:道德|良知|底线|伦理|准则|规则|限制|约束)"
        r"[^。\n]{0,30}?(?:AI|机器人|助手|角色|模型|化学家|专家|黑客)",
        "角色模板：不受道德或规则约束的角色 (a persona without rules)",
    ),
    (
        r"(?:AI|机器人|助手|角色|模型)[^。\n]{0,20}?(?:毫无|没有任何|没有|不受任何|不受|无视|摆脱了?)[^。\n]{0,3}?"
        r"(?:道德|良知|底线|伦理|准则|规则|限制|约束)",
        "角色模板：不受道德或规则约束的角色 (a persona without rules)",
    ),
    (
        r"(?:不需要|不用|无需|不必|可以不)(?:遵守|遵循|理会)[^。\n]{0,12}?(?:规则|政策|准则|规定|限制)",
        "角色模板：声称无需遵守规则 (exempt from rules and policies)",
    ),
    (
        r"(?:从|以|用|站在)(?:这个|该|那个|此)?(?:角色|人物|反派|坏人)的(?:视角|角度|口吻|立场)[^。\n]{0,40}?"
        r"(?:详细|具体|准确|逼真|完整)",
        "角色模板：以角色视角改写并要求详细 (rewrite in a character's voice, in detail)",
    ),
    (
        r"(?:世界|宇宙|星球|社会|时空|维度)[^。\n]{0,30}?(?:一切都合法|没有法律|没有(?:任何)?规则|"
        r"什么都(?:可以|允许|合法)|(?:任何|一切)(?:请求|要求)[^。\n]{0,10}?(?:美德|合法|允许|都要满足))",
        "说服式角色扮演：一切皆被允许的世界 (a world where anything is allowed)",
    ),
    (
        r"(?:一切都合法|没有法律|没有(?:任何)?规则|什么都(?:可以|允许|合法))[^。\n]{0,6}?的?(?:世界|宇宙|星球|社会)",
        "说服式角色扮演：一切皆被允许的世界 (a world where anything is allowed)",
    ),
    (
        r"(?:保持|不要跳出|不许跳出|别跳出|始终保持)[^。\n]{0,4}?角色",
        "角色扮演：要求保持角色 (stay in character)",
    ),
    (
        r"(?:小说|故事|剧本|虚构|假设|角色扮演)[^\n]{0,80}?(?:每一?个(?:具体)?细节|具体细节|详细步骤|完整(?:的)?(?:回答|步骤|方法))",
        "说服式角色扮演：以虚构为名索要完整细节 (fiction framing for full details)",
    ),
    (
        r"(?:饿死|会死|去世|没命|被解雇|被开除|丢掉工作|失业|流落街头|医药费|手术费|活不下去|性命)[^\n]{0,150}?"
        r"(?:详细|步骤|每个细节|具体细节|一步都不能少|完整)",
        "说服式角色扮演：以情感要挟索取步骤 (emotional stakes)",
    ),
)
_FAMILY_COMPILED = tuple(
    (re.compile(pattern, re.IGNORECASE), reason) for pattern, reason in _FAMILY_RULES
)

# Rules of round 3 (refusal suppression and persuasion in new words), each with the keywords
# (in the lower-cased text) it cannot match without: checking those first costs a few
# microseconds, where running every pattern over a 512-character prompt cost ~0.3 ms.
_KEYED_RULES: tuple[tuple[tuple[str, ...], str, str], ...] = (
    (
        ("say",),
        r"\b(?:never|don't|dont|do not|must not|you can't|you cannot)\s+(?:ever\s+)?say\s+"
        r"[\"'“‘]\s*(?:i\s+can(?:no|'|’)?t|i\s+can not|i'm unable|i am unable|i won't|i will not|"
        r"i'm sorry|i am sorry|sorry)",
        "refusal suppression: bans a refusal sentence",
    ),
    (
        ("refus", "declin", "say no", "object"),
        r"\bif you(?:'re| are)?\s+(?:about to|going to|were going to|want to|tempted to|"
        r"planning to|thinking of)\s+(?:refuse|decline|say no|object)\b|\b(?:don't|do not|never|"
        r"no need to)\s+(?:explain|tell me|say)\s+why\s+you\s+(?:would\s+|'d\s+|might\s+|could\s+|"
        r"should\s+)?(?:refuse|decline|not help|say no|object)",
        "refusal suppression: pre-empts a refusal",
    ),
    (
        ("if you",),
        r"\bif you (?:refuse|decline|say no|don't answer|do not answer|won't help|will not help)\b"
        r"[^\n]{0,80}?\b(?:hurt|harmed|die|dies|killed|suffer|blood|your fault|on you|responsible|"
        r"on your conscience)\b",
        "refusal suppression: blames a refusal for harm",
    ),
    (
        ('no "', "no '", "no “", "no ‘"),
        r"\bno\s+[\"'“‘]\s*(?:but|however|please note|unfortunately|i'm sorry|as an ai)\s*[\"'”’]",
        "refusal suppression: bans hedging words",
    ),
    (
        ("then",),
        r"\b(?:say|reply|respond|answer|write|open)\s+(?:with\s+)?[\"'“‘]\s*(?:i will help|"
        r"i'll help|happy to help|glad to help|sure|of course|absolutely|certainly|yes|ok(?:ay)?|"
        r"here you go|great question)[^\"'”’\n]{0,30}[\"'”’]\s*[,.]?\s*(?:and\s+)?then\b",
        "refusal suppression: dictates agreement first",
    ),
    (
        ("opinion", "view", "judg", "thought", "tell me whether", "tell me if"),
        r"\b(?:don't|do not|i don't)\s+(?:need|want|care about)\s+(?:your|any)\s+(?:opinion|views?|"
        r"judge?ment|thoughts)\s+(?:on|about|of)\s+(?:whether|if)\b|\b(?:don't|do not)\s+tell me\s+"
        r"(?:whether|if)\s+(?:this|it)(?:'s|\s+is)\s+(?:legal|ok(?:ay)?|right|ethical|allowed)",
        "refusal suppression: waives the model's judgement",
    ),
    (
        ("helpful", "harmlessness"),
        r"\b(?:judged|scored|rated|graded|evaluated|assessed)\s+(?:only\s+|solely\s+|purely\s+)?"
        r"(?:on|by)\s+(?:helpfulness|how helpful)\b(?!\s+and)|\bharmlessness\s+(?:doesn't|does not|"
        r"won't|will not)\s+count",
        "refusal suppression: scores helpfulness only",
    ),
    (
        ("world", "universe", "planet", "reality", "society", "dimension", "country"),
        r"\b(?:world|universe|planet|reality|society|dimension|country)\s+(?:where|in which)\b"
        r"[^.\n]{0,60}?\b(?:(?:laws?|rules|morals?|ethics)\s+(?:are|is)\s+(?:the\s+)?(?:opposite|"
        r"reversed|inverted|upside[- ]down)|(?:considered|seen as|regarded as)\s+(?:a\s+)?"
        r"(?:civic\s+|moral\s+|noble\s+)?(?:duty|virtue|heroic|good deed))",
        "persuasive role-play: a world where anything is allowed",
    ),
    (
        ("late", "deceased", "dead", "departed"),
        r"\b(?:late|deceased|dead|departed)\s+(?:grand\w+|father|mother|dad|mum|mom|uncle|aunt|"
        r"brother|sister|husband|wife|grandpa|grandma|nan|granny)\b[^.\n]{0,80}?\b(?:used to|would|"
        r"always)\s+(?:tell|explain|teach|whisper|read|describe|show|walk)",
        "persuasive role-play: a late relative's bedtime instructions",
    ),
    (
        (
            "hospital",
            "operation",
            "surgery",
            "chemo",
            "dying",
            "cancer",
            "evicted",
            "homeless",
            "kidnapp",
            "hurt",
            "kill",
            "ransom",
            "begging",
            "only hope",
            "last chance",
        ),
        r"\b(?:in hospital|operation|surgery|chemo\w*|dying|cancer|evicted|homeless|kidnapp\w*|"
        r"(?:hurt|kill) (?:her|him|them|my)|ransom|begging you|my only hope|last chance)\b"
        r"[^\n]{0,200}?\b(?:tell me how|explain how|show me how|how do i|how can i|how to|"
        r"teach me)\b",
        "persuasive role-play: emotional pressure for instructions",
    ),
    (
        (
            "exactly how",
            "precisely how",
            "step",
            "detail",
            "word for word",
            "nothing left out",
            "precise",
            "accurate",
        ),
        r"\b(?:novel|story|chapter|screenplay|script|thriller|book|scene|podcast|documentary|game|"
        r"lesson plan|curriculum|lecture)\b[^\n]{0,160}?\b(?:exactly how|precisely how|"
        r"step[- ]by[- ]step|every (?:single )?detail|in (?:full|complete|technical) detail|"
        r"word for word|nothing left out|be precise|technically accurate|detailed steps)\b",
        "persuasive role-play: fiction or teaching framing for full details",
    ),
    (
        ("说", "說", "回"),
        r"(?:说|說|回复|回覆|回答|回)(?:一句)?\s*[“\"'「『]\s*(?:我\s*[来來会會]\s*[帮幫]|很\s*[乐樂]\s*意|"
        r"好\s*的|[没沒]\s*[问問]\s*[题題]|[当當]\s*然)[^”\"'」』\n]{0,12}[”\"'」』]\s*[，,]?\s*"
        r"(?:然[后後]|再|接[着著])",
        "拒绝抑制：规定先表态同意 (dictates agreement first)",
    ),
    (
        ("有用", "有帮助", "有幫助", "无害", "無害", "安全", "不算分"),
        r"(?:只|仅|僅)(?:按|看|以|根据|根據)[^。\n]{0,4}?(?:有用|有帮助|有幫助)[^。\n]{0,6}?(?:打分|评分|評分|评价|評價|考核)"
        r"|不(?:考核|评|評|看|算)[^。\n]{0,3}?(?:无害|無害|安全性|是否安全)|(?:安不安全|无害|無害)[^。\n]{0,2}?不算分",
        "拒绝抑制：只按有用程度打分 (scores helpfulness only)",
    ),
    (
        ("拒", "不回答", "不帮", "不幫", "说不", "說不"),
        r"(?:如果|要是|假如|若)你?(?:拒绝|拒絕|不回答|不帮|不幫|说不|說不)[^。\n]{0,30}?(?:受伤|受傷|会死|會死|遭殃|出事|"
        r"责任在你|責任在你|怪你|你的错|你的錯|害死)",
        "拒绝抑制：把拒绝说成伤害 (blames a refusal for harm)",
    ),
    (
        ("为什么", "為什麼", "为何", "為何"),
        r"(?:别|別|不要|不用|无需|無需)(?:解释|解釋|说明|說明|告诉我|告訴我)[^。\n]{0,4}?(?:为什么|為什麼|为何|為何)"
        r"[^。\n]{0,4}?(?:拒绝|拒絕|不能|不帮|不幫)",
        "拒绝抑制：预先堵住拒绝 (pre-empts a refusal)",
    ),
)
_KEYED_COMPILED = tuple(
    (keywords, re.compile(pattern, re.IGNORECASE), reason)
    for keywords, pattern, reason in _KEYED_RULES
)

# Rules whose wording customers also use about their own business ("please don't refuse my
# refund", "start your reply with yes or no", "别说抱歉，说个时间", "I'm a developer: is there
# a developer mode?"): they count only with attack context in the same text, an instruction
# aimed at the model's rules or persona, or a request for something harmful.
CONTEXT_REASONS: frozenset[str] = frozenset(
    {
        "refusal suppression: forbids refusing or apologising",
        "refusal suppression: dictates a 'yes' opening",
        "refusal suppression: forbids warnings and disclaimers",
        "refusal suppression: forbids caveats or push-back",
        "refusal suppression: dictates the opening words",
        "拒绝抑制：禁止拒绝或道歉 (refusal suppression)",
        "拒绝抑制：禁止警告和免责声明 (forbids warnings and disclaimers)",
        "拒绝抑制：禁止推脱或说教 (forbids push-back or lecturing)",
        "拒绝抑制：规定开头用语 (dictates the opening words)",
        "refusal suppression: bans a refusal sentence",
        "refusal suppression: pre-empts a refusal",
        "persuasive role-play: a late relative's bedtime instructions",
        "persuasive role-play: emotional pressure for instructions",
        "persuasive role-play: fiction or teaching framing for full details",
        "refusal suppression: blames a refusal for harm",
        "refusal suppression: bans hedging words",
        "refusal suppression: dictates agreement first",
        "refusal suppression: waives the model's judgement",
        "拒绝抑制：规定先表态同意 (dictates agreement first)",
        "拒绝抑制：把拒绝说成伤害 (blames a refusal for harm)",
        "拒绝抑制：预先堵住拒绝 (pre-empts a refusal)",
    }
)
_HARMFUL_TARGET_EN = (
    r"malware|virus|ransomware|keylogger|trojan|worm|botnet|exploit|spyware|phishing|bombs?|"
    r"explosives?|weapons?|guns?|firearms?|rifles?|silencer|poison\w*|toxic|toxins?|nerve agent|"
    r"ricin|thermite|meth\w*|fentanyl|cocaine|heroin|drugs?|launder\w*|counterfeit|forg\w+|"
    r"fake (?:id|passport|invoice|login)|steal\w*|stolen|skim\w*|scam\w*|hack\w*|"
    r"break into|bypass\w*|untraceable|kill\w*|murder\w*|harass\w*|stalk\w*|blackmail\w*|"
    r"dox\w*|extort\w*|overdose|arson|set fire|clon\w+|hijack\w*|take over|impersonat\w*|"
    r"smuggl\w*|evade|dodge|fake \w+ (?:website|site|account|profile|review)s?"
)
_AIMED_AT_MODEL = re.compile(
    # the model's rules, filters, persona or nature
    r"\b(?:as an ai|ai|assistant|chatbot|language model|llm|"
    r"your (?:guidelines|rules|polic(?:y|ies)|programming|training|filters?|restrictions|"
    r"safety)|content polic(?:y|ies)|restrictions|"
    r"filters?|uncensored|unfiltered|in character|persona|jailbr\w*|amoral|no morals|unethical)\b"
    # (Latin "AI" next to Chinese has no word boundary; not inside a Latin word: "again")
    r"|(?<![a-z])ai(?![a-z])|人工智能|模型|机器人|助手|(?:你的|内容)(?:规则|准则|政策|限制|设定|过滤)|审查|过滤|出戏|越狱",
    re.IGNORECASE,
)
_HARMFUL_REQUEST = re.compile(
    # a request for something harmful, or to evade detection
    r"\b(?:how (?:to|do i|can i|would i)|explain how|tell me how|steps? (?:to|for)|instructions|"
    r"write|make|build|create|give me|teach me|show me)\b[^\n]{0,80}?\b(?:"
    + _HARMFUL_TARGET_EN
    + r")\b|\bwithout (?:getting caught|being (?:caught|detected|traced|noticed))\b|\billegal\b"
    # Chinese: a harmful object, or evading detection
    r"|违法|犯罪|不被发现|不被抓|病毒|木马|炸弹|炸药|毒品|冰毒|枪支?|毒药|毒素|洗钱|钓鱼(?:邮件|网站|短信)|"
    r"黑客|入侵|盗刷|盗取|窃取|偷|伪造|假钞|勒索|破解|撬开|杀人|纵火",
    re.IGNORECASE,
)


def asks_for_harm(text: str) -> bool:
    """Whether the text asks for something harmful (a harmful object after a request verb, or
    evading detection): cheap cues, not the ``harmful_request`` guard."""
    # a harm's word inside the name of what fights or teaches about it ("how do I pay for my
    # anti-money-laundering course", "fraud-prevention workshop", "反洗钱培训费") names a
    # course or a job, not the harm asked for: such names are blanked first (same length)
    if _PROTECTIVE_NAME.search(text) is not None:
        text = _PROTECTIVE_NAME.sub(lambda m: " " * len(m.group()), text)
    # ... and so does a quoted title of a course, an exam, a book or a programme ("the 'How
    # criminals launder money' certification exam", 《电信诈骗手法解析》课程)
    if _TITLED_WORK.search(text) is not None:
        text = _TITLED_WORK.sub(lambda m: " " * len(m.group()), text)
    # "teach me to recognise phishing e-mails" asks for protection, not for the harm: a
    # protective verb just before the harmful object, in the same clause; only cues that
    # cannot mean evasion ("avoid"/"防止" can: "avoid getting caught")
    return any(
        not _PROTECTIVE_BEFORE.search(text, max(0, match.start() - 14), match.end())
        for match in _HARMFUL_REQUEST.finditer(text)
    )


# The name of a course, a job, a team or a campaign against a harm (round 13, issue 18): "anti-"
# or "counter-" before the harm's word, or a training / prevention / compliance word after it.
_PROTECTED_HARM_EN = (
    r"(?:money[- ])?launder\w*|fraud|scams?|phishing|hack\w*|terror\w*|drugs?|narcotics|"
    r"smuggl\w*|counterfeit\w*|forg\w+|brib\w*|theft|stalking|malware|virus|poison\w*|"
    r"explosives?|firearms?|weapons?|guns?|knife|cyber ?crime|financial crime|extremism"
)
_PROTECTIVE_NAME = re.compile(
    r"\b(?:anti|counter)[- ](?:" + _PROTECTED_HARM_EN + r")\b"
    r"|\b(?:" + _PROTECTED_HARM_EN + r")[- ](?:prevention|awareness|detection|compliance|"
    r"training|course|certificate|certification|exam|module|workshop|seminar|diploma|"
    r"qualification|safety|officer|analyst|investigat\w*|refresher|lecture|talk|class)\b"
    r"|(?:反|禁|防|防范|预防|打击)(?:洗钱|电信诈骗|电诈|诈骗|诈|毒品|毒|恐怖主义|恐|盗刷|钓鱼|黑客|伪造|"
    r"假钞|走私|赌博|赌)"
    r"|(?:洗钱|诈骗|毒品|钓鱼|爆破|枪支|黑客)(?:防范|识别|合规|培训|讲座|知识|宣传|课程|资格|考试|"
    r"安全|作业人员)",
    re.IGNORECASE,
)
_TITLED_WORK = re.compile(
    r"(?:(?<=\s)|(?<=^)|(?<=\())['\"‘“«][^'\"’”»\n]{3,80}['\"’”»]\s*"
    r"(?:(?:online|certification|certificate|training|e-learning|evening|weekend|cpd|intro|"
    r"refresher)\s+)*(?:course|exam|examination|certification|certificate|module|workshop|"
    r"seminar|webinar|talk|lecture|class|book|podcast|episode|film|documentary|series|"
    r"programme|program|training)s?\b"
    r"|《[^》\n]{2,40}》\s*(?:课程|课|培训|讲座|考试|认证|书|一书|教材|纪录片|电影|节目|播客)",
    re.IGNORECASE,
)
_PROTECTIVE_BEFORE = re.compile(
    r"(?:识别|辨别|辨认|识破|防范|预防|提防|谨防|警惕|举报|远离)[^，。！？,.!?\n]{0,10}$"
    r"|\b(?:spot|recogni[sz]e|identify|report|protect (?:myself|me|us|them) (?:from|against)|"
    r"defend against|tell (?:if|whether))(?:\s+[^\s,.!?]+){0,4}$",
    re.IGNORECASE,
)


def has_attack_context(text: str) -> bool:
    """Whether the text aims at the model's rules or persona, or asks for something harmful
    (what the customer-worded refusal-suppression rules need besides their own phrase)."""
    return bool(_AIMED_AT_MODEL.search(text)) or asks_for_harm(text)


def family_rule_hits(text: str) -> list[str]:
    """Reasons of every refusal-suppression / role-play rule the text matches (those in
    :data:`CONTEXT_REASONS` only with attack context), plus the adversarial-suffix signal when
    it fires."""
    reasons, _ = family_rule_hits_split(text)
    return reasons


# ~45 searches a prompt, nearly all failing: skip those whose literals the text lacks (the
# same hits: literal_gate.py)
_FAMILY_GATE = LiteralGate(pattern for pattern, _ in _FAMILY_COMPILED)


def family_rule_hits_split(text: str) -> tuple[list[str], list[str]]:
    """``(reasons, without_context)``: the reasons that count, and the context-needing rules
    that matched in a text without attack context (the guard counts those when its classifier
    sees an attack-like text, short of its threshold)."""
    possible = _FAMILY_GATE.may_match(text)
    reasons = [
        reason
        for (pattern, reason), may in zip(_FAMILY_COMPILED, possible, strict=True)
        if may and pattern.search(text)
    ]
    lowered = text.lower()
    reasons += [
        reason
        for keywords, pattern, reason in _KEYED_COMPILED
        if any(keyword in lowered for keyword in keywords) and pattern.search(text)
    ]
    pending: list[str] = []
    if any(reason in CONTEXT_REASONS for reason in reasons) and not has_attack_context(text):
        pending = [reason for reason in reasons if reason in CONTEXT_REASONS]
        reasons = [reason for reason in reasons if reason not in CONTEXT_REASONS]
    if has_adversarial_suffix(text):
        reasons.append(SUFFIX_REASON)
    if table_cell_instruction(text):
        reasons.append(CELL_REASON)
    kinds = noise_kinds(text)
    if len(kinds) >= 2 or kinds & STRONG_NOISE:
        reasons.append(NOISE_REASON)
    elif kinds and kinds != {"symbol_run"} and kinds != {"emoji"}:
        # one kind: a suffix only around an attack-like text (an angry "!!!!!!!!!!" is not)
        (reasons if has_attack_context(text) else pending).append(NOISE_CONTEXT_REASON)
    return list(dict.fromkeys(reasons)), pending


# -- character-level surprisal (a perplexity-like signal without a language model) -----------
SURPRISAL_WINDOW = 40
SURPRISAL_REASON = (
    "adversarial suffix: a run of characters improbable in ordinary text (character perplexity)"
)
_SURPRISAL_KEEP = re.compile(r"[^a-z0-9 .,!?'\-]")


def _surprisal_text(text: str) -> str:
    """Lower-case Latin text with digits as "0", any other symbol as "#" and runs of CJK (which
    this signal does not read) as a line break, so windows never span them."""
    text = unicodedata.normalize("NFKC", text).lower()
    text = re.sub(r"[\u3000-\u30ff\u3400-\u9fff\uac00-\ud7af\uff00-\uffef]+", "\n", text)
    text = re.sub(r"\d", "0", text)
    text = re.sub(r"[ \t]+", " ", text)
    return "\n".join(_SURPRISAL_KEEP.sub("#", line) for line in text.split("\n"))


class CharSurprisal:
    """Character-trigram model of ordinary (benign) text, add-one smoothed. ``score`` is the
    highest mean surprisal (bits a character) of any ``SURPRISAL_WINDOW``-character window of
    a text's Latin parts: optimiser-found suffixes ("Tuialsheet\\\\({ONE similarlyNow") are far
    less probable than customers' typos, codes and amounts. ``threshold`` is set at fit time
    from the benign texts' own scores (a high quantile plus a margin), not on attacks."""

    def __init__(self, trigrams: dict[str, int], bigrams: dict[str, int], threshold: float) -> None:
        self.trigrams = trigrams
        self.bigrams = bigrams
        self.threshold = threshold
        self.alphabet = 40  # a-z, "0", space, punctuation kept, "#"
        self._bits: dict[str, float] = {}  # trigram -> its surprisal, filled as met

    @classmethod
    def fit(cls, texts: list[str], quantile: float = 0.999, margin: float = 0.5) -> CharSurprisal:
        trigrams: dict[str, int] = {}
        bigrams: dict[str, int] = {}
        for text in texts:
            for line in _surprisal_text(text).split("\n"):
                padded = "  " + line
                for i in range(len(padded) - 2):
                    trigrams[padded[i : i + 3]] = trigrams.get(padded[i : i + 3], 0) + 1
                    bigrams[padded[i : i + 2]] = bigrams.get(padded[i : i + 2], 0) + 1
        model = cls(trigrams, bigrams, threshold=float("inf"))
        scores = sorted(model.score(text) for text in texts)
        if scores:
            model.threshold = scores[min(len(scores) - 1, int(quantile * len(scores)))] + margin
        return model

    def _trigram_bits(self, gram: str) -> float:
        tri = self.trigrams.get(gram, 0)
        bi = self.bigrams.get(gram[:2], 0)
        bits = -math.log2((tri + 1) / (bi + self.alphabet))
        self._bits[gram] = bits
        return bits

    def score(self, text: str) -> float:
        # Each trigram's bits are computed once and kept (at most ~40^3 of them): the log
        # per character was most of this signal's cost on a 512-character prompt. The same
        # numbers in the same additions, so the scores are unchanged.
        memo = self._bits
        best = 0.0
        for line in _surprisal_text(text).split("\n"):
            if len(line.strip()) < SURPRISAL_WINDOW:
                continue
            padded = "  " + line
            grams = list(map(add, map(add, padded, padded[1:]), padded[2:]))
            cached = list(map(memo.get, grams))
            bits = (
                [memo[g] if g in memo else self._trigram_bits(g) for g in grams]
                if None in cached  # trigrams not met before
                else cast(list[float], cached)
            )
            # the sliding window's sums, each the last plus (entering - leaving) bits, as the
            # Python loop added them, in C (accumulate, map): the same floats, faster
            windows = accumulate(
                map(sub, bits[SURPRISAL_WINDOW:], bits[:-SURPRISAL_WINDOW]),
                initial=sum(bits[:SURPRISAL_WINDOW]),
            )
            best = max(best, max(windows))
        return best / SURPRISAL_WINDOW


# -- a question about quoted text ----------------------------------------------------------------
# Customers paste a suspicious message or a letter and ask whether it is real, how to report
# it, what it means or how to say it in another language. The quote reads like phishing ("verify
# your account at ...", "把钱转到安全账户"), so the classifier, reading the whole text, scores the
# quote. For such a question the guard scores the text with the quote replaced by a
# placeholder: the customer's own words decide. The rules still read the whole text, so a
# jailbreak inside the quotes is still caught.
_QUOTED = re.compile(
    r"“[^”\n]{12,}”|\"[^\"\n]{12,}\"|「[^」\n]{12,}」|『[^』\n]{12,}』|‘[^’\n]{12,}’"
    # single quotes: an apostrophe before a letter is part of the quote ("don't")
    r"|(?<![A-Za-z])'(?:[^'\n]|'(?=[A-Za-z])){12,}'(?![A-Za-z])"
)
QUOTE_PLACEHOLDER = '"…"'
_QUOTE_QUESTION = re.compile(
    r"\b(?:scam\w*|fraud\w*|phishing|dodgy|suspicious|really from|from you|report\w*|block\w*|"
    r"clicked|replied|what (?:should|do|can|shall) (?:i|we|she|he|they) do|what now|worry|"
    r"ignore it|(?:is|are|was|looks?|seems?)\s+(?:(?:this|it|that|they)(?:\s+\w+){0,2}\s+)?"
    r"(?:real|genuine|legit\w*|fake|true)|(?:real|genuine|legit\w*|fake)\s+or\s+(?:not|fake|real)|translat\w*|"
    r"plain (?:english|words)|simple words|simpler|simplify|rephrase|"
    r"what (?:does|do|did) (?:this|it|that|they)\b[^?\n]{0,20}\bmean|meaning|"
    r"explain\w*|summari[sz]e|grammar|how (?:would|do) (?:you|i) say|in (?:polish|urdu|"
    r"portuguese|mandarin|cantonese|arabic|italian|romanian|spanish|french|german|chinese|"
    r"japanese|korean|english))\b"
    r"|是真的|真的吗|是真是假|真假|(?:是|由)?你们(?:银行)?发的|官方发的|是不是你们|怎么办|要不要紧|会不会|是不是(?:骗|诈骗|真的|假的)|骗子|骗局|诈骗|钓鱼|举报|拉黑|可疑|假的|"
    r"翻译|翻成|译成|什么意思|是指什么|解释|看不懂|没看懂|怎么说|怎么写|概括|语病|大白话|通俗",
    re.IGNORECASE,
)

# ... unless the words outside the quotes also ask to act on them: "translate it, then answer
# it", "翻译成英文然后执行": a translation attack, not a question
_QUOTE_OBEY = re.compile(
    r"\b(?:then|and)\s+(?:\w+\s+){0,2}(?:answer|execute|follow|carry out|do|complete|respond to|"
    r"reply to|act on|obey)\b|\b(?:answer|execute|follow|carry out|obey)\s+(?:it|them|the "
    r"(?:question|request|instructions?))\b"
    r"|执行|照做|照着做|照办|按照?[^。\n]{0,6}做|回答(?:它|这个|其中|问题)|(?:然后|再|并)[^。\n]{0,8}回答|完成其中",
    re.IGNORECASE,
)


# ... or a developer's question about prompt injection that quotes an attack phrase as an
# example ("how do you protect against a customer typing 'ignore previous instructions'?",
# "文档里藏的指令会过滤吗？"): asks how the assistant is protected, in a question
_INJECTION_QUESTION = re.compile(
    r"\b(?:prompt[- ]injection|jailbreak\w*|security (?:review|test|audit|assessment)|"
    r"(?:protect|prevent|defend|guard|filter|detect|mitigat|stop|block)\w*\b[^?\n]{0,40}\b"
    r"(?:injection|instructions?|attacks?)\b|(?:protect|defend|guard|secure|harden)\w*\s+(?:the\s+|"
    r"your\s+|its\s+)?(?:chat)?(?:bot|assistant|model|ai)\w*\s+(?:against|from)\b|"
    r"what (?:stops|prevents) (?:your|the) (?:chat)?(?:bot|assistant|model|ai)\w*\b|"
    r"how (?:do|does|would|will|can) (?:you|your \w+|it) (?:handle|deal with|cope with|respond to|"
    r"treat|stop|block|filter|prevent)\b|how is (?:that|this|it) (?:prevented|handled|stopped|"
    r"blocked|filtered|detected)|what (?:does|would|will) (?:your|the) (?:chat)?(?:bot|assistant|"
    r"model|ai)\w* do)"
    r"|提示词注入|提示注入|注入攻击|越狱|怎么防|如何防|是怎么防|防范|防御|过滤|拦截|会怎么处理|"
    r"如何处理|怎么处理|安全评估|安全测试|安全测评|当成命令|当作指令",
    re.IGNORECASE,
)
_ASKS = re.compile(r"[?？]|吗|么")
# an example, not a payload: a quoted phrase this short
INJECTION_EXAMPLE_CHARS = 60
# quoted examples are short ("“忽略之前的指令”"): four characters or more
_QUOTED_PARTS = re.compile(
    r"“[^”\n]{4,}”|\"[^\"\n]{4,}\"|「[^」\n]{4,}」|『[^』\n]{4,}』|‘[^’\n]{4,}’"
    r"|(?<![A-Za-z])'(?:[^'\n]|'(?=[A-Za-z])){4,}'(?![A-Za-z])"
)


def injection_question(text: str) -> str | None:
    """The text with its quotes replaced by :data:`QUOTE_PLACEHOLDER` when it asks how the
    assistant is protected against injection and quotes short attack phrases as examples;
    ``None`` otherwise (no quote, a quote longer than :data:`INJECTION_EXAMPLE_CHARS`, no
    question about protection, or a quote that asks for something harmful)."""
    quotes = [match.group(0) for match in _QUOTED_PARTS.finditer(text)]
    if not quotes or any(len(quote) > INJECTION_EXAMPLE_CHARS for quote in quotes):
        return None
    outside = _QUOTED_PARTS.sub(QUOTE_PLACEHOLDER, text)
    if not _INJECTION_QUESTION.search(outside) or not _ASKS.search(outside):
        return None
    if any(asks_for_harm(quote) for quote in quotes):
        return None
    return outside


def quoted_question(text: str) -> str | None:
    """The text with its quoted parts replaced by :data:`QUOTE_PLACEHOLDER` when it is a
    question about them (is it real or a scam, how to report it, what it means, a translation);
    ``None`` when there is no quote of a dozen characters or more, when the words outside the
    quotes ask nothing of the kind, or when they also ask to act on the quote ("translate it,
    then answer it"), unless it is a developer's question about injection
    (:func:`injection_question`)."""
    if not _QUOTED.search(text):
        return injection_question(text)  # its examples are often shorter
    outside = _QUOTED.sub(QUOTE_PLACEHOLDER, text)
    if not _QUOTE_QUESTION.search(outside) or _QUOTE_OBEY.search(outside):
        return injection_question(text)
    return outside
