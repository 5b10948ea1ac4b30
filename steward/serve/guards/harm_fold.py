"""What the harmful-request lexicons read: disguises folded one character to at most one.

People (and attackers) write the same request in full-width letters, with Cyrillic or Greek
look-alikes, with invisible characters between letters, in traditional Chinese characters or
with pinyin-input homophone slips ("炸蛋" for "炸弹"). The lexicons are written once, in plain
ASCII English and simplified Chinese; :func:`fold` maps every character to one character (or
drops it: invisible ones, separators between Chinese characters) and reads leet digits inside
words as letters, so a cue still matches; :func:`original_offsets` maps the spans of a match
back to the caller's text.
"""

from __future__ import annotations

import re

# Cyrillic and Greek letters that look Latin (lower case after folding anyway: cues are
# matched case-insensitively).
_LOOK_ALIKES = {
    "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "х": "x", "у": "y", "і": "i", "ѕ": "s",
    "ј": "j", "ԁ": "d", "ɡ": "g", "һ": "h", "ӏ": "l", "ո": "n", "ԛ": "q", "ԝ": "w", "ѵ": "v",
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C",
    "Т": "T", "Х": "X", "У": "Y", "І": "I", "Ѕ": "S", "Ј": "J",
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N",
    "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X", "ο": "o", "ν": "v", "κ": "k", "ι": "i",
    "α": "a", "τ": "t", "ρ": "p",
}  # fmt: skip
# Zero-width and other invisible characters that split a word without showing.
INVISIBLE = "\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\u2064\ufeff\u00ad\u180e"
# Traditional characters and their simplified forms, position by position: the characters of
# requests for harm and of their frames (this project's own list, not exhaustive).
_TRADITIONAL = (
    "這個們說時為會來對發後經過還進沒錢銀賬帳戶轉匯碼險訴請問讓給應該樣麼實現寫編騙藥槍彈"
    "網絡號機電話開認識歲圖傳擊殺綁組織誘導種買賣長語違規則釋詳細國際書專論劇戲歷鐘頭覺夢"
    "師醫護學製造軟體據庫統權帳務貨幣換證偽簽章稅詐賭販運輸麻罌粟氣體彈藥爆裝置炮槍險傷害"
    "報復毀滅屍體綁架勒贖謀殺兇嚇脅騷擾辱罵歧視仇煽動極端恐怖襲擊製毒販毒嗎啡鴉片兒童裸淫"
    "猥褻強姦迷幫處錯隨過讓邊頁標題備註費應與從並關於見視聽讀寫課題鬥爭嗎員單條資們隱私"
    "鎖賬號碼駭侵竊盜偷鑰門鎖監聽聽跟蹤蹤跡搶劫違禁偽鈔卡兌餘額庫數據庫蟲馬遠控權限漏洞攻"
    "擊釣魚詐騙錢莊洗錢黑錢贓級層導彈終結殘絕飢餓餵瘦藏傷腕殺歡樂愛親絲戀約會陌啟動務盤"
    "豬積蓄單身婦慈義損災難捐獻吞揮霍賺虧廣告紅聯繫碼驗證補辦截獲盜刷戶頭帳戶籌劃紀錄"
    "裡將屬臺惡類衛術懷敵盡決鄰舊靜爛擬僞隻聖樓"
    # round 8: common characters of everyday messages (繁體 requests in full, not in part)
    "場順別覽變黨環戰髮總濟區嚴麗寶幾無飛歸掃顯選預價億萬優勞勝勢協喚團圍執堅壓壞夠奪妳孫寧嶺廢廳"
    "張憑懲掛擇擔擁敗斷暫曉東棄構況測滿漢潛灣燒燈爾獄獨產畢當疊確禮離穩競筆節範簡糧糾紙紹維緊線練"
    "縣縮績繳續罰習聞聲職肅腦腳興舉艦華葉蓋藝衝複觀計訂討訓記設許診評試詩誌誤誰調談諾謝議貝負財貧"
    "責貴貼賊賠質購贈贏趕趙躍軍載輕輛農達適遲遺郵鄉針鋼鍵鎮鏈鐵閉間閱陸陳陽隊雙雜雞靈韓頂項須領頻"
    "顏願顧風飯飲館駕驚髒鬧鳥麥點齊龍檢帶閒態慮憶懶擴攜敘斂曆楊榮橋歐氫淚淺渦溫滬滾滲漲潔濃濕瀏灑"
    "灘煙熱爐犧狀猶獸玀瑪瓊畫癢療盞瞭矯硃磚礙祕禍稱窮築籃紛綠綜緒緣緩縱繩繼纏纖罷羅聰膽臉艱蘇虛蝦"
    "蠟褲觸訊託訪詢誇誠説諒諸謊謠譯讚豐貓貪貫賀賓賞賤賦賴趨踐軌較輔辭遞連週遊遜遷邏醜鈴銷鋒鍋鏡閃"
    "閣闆陣陰雖雲霧響頒頓頸顆颱飄餅養騎骯鮮黃"
)
_SIMPLIFIED = (
    "这个们说时为会来对发后经过还进没钱银账账户转汇码险诉请问让给应该样么实现写编骗药枪弹"
    "网络号机电话开认识岁图传击杀绑组织诱导种买卖长语违规则释详细国际书专论剧戏历钟头觉梦"
    "师医护学制造软体据库统权账务货币换证伪签章税诈赌贩运输麻罂粟气体弹药爆装置炮枪险伤害"
    "报复毁灭尸体绑架勒赎谋杀凶吓胁骚扰辱骂歧视仇煽动极端恐怖袭击制毒贩毒吗啡鸦片儿童裸淫"
    "猥亵强奸迷帮处错随过让边页标题备注费应与从并关于见视听读写课题斗争吗员单条资们隐私"
    "锁账号码骇侵窃盗偷钥门锁监听听跟踪踪迹抢劫违禁伪钞卡兑余额库数据库虫马远控权限漏洞攻"
    "击钓鱼诈骗钱庄洗钱黑钱赃级层导弹终结残绝饥饿喂瘦藏伤腕杀欢乐爱亲丝恋约会陌启动务盘"
    "猪积蓄单身妇慈义损灾难捐献吞挥霍赚亏广告红联系码验证补办截获盗刷户头账户筹划纪录"
    "里将属台恶类卫术怀敌尽决邻旧静烂拟伪只圣楼"
    "场顺别览变党环战发总济区严丽宝几无飞归扫显选预价亿万优劳胜势协唤团围执坚压坏够夺你孙宁岭废厅"
    "张凭惩挂择担拥败断暂晓东弃构况测满汉潜湾烧灯尔狱独产毕当叠确礼离稳竞笔节范简粮纠纸绍维紧线练"
    "县缩绩缴续罚习闻声职肃脑脚兴举舰华叶盖艺冲复观计订讨训记设许诊评试诗志误谁调谈诺谢议贝负财贫"
    "责贵贴贼赔质购赠赢赶赵跃军载轻辆农达适迟遗邮乡针钢键镇链铁闭间阅陆陈阳队双杂鸡灵韩顶项须领频"
    "颜愿顾风饭饮馆驾惊脏闹鸟麦点齐龙检带闲态虑忆懒扩携叙敛历杨荣桥欧氢泪浅涡温沪滚渗涨洁浓湿浏洒"
    "滩烟热炉牺状犹兽猡玛琼画痒疗盏了矫朱砖碍秘祸称穷筑篮纷绿综绪缘缓纵绳继缠纤罢罗聪胆脸艰苏虚虾"
    "蜡裤触讯托访询夸诚说谅诸谎谣译赞丰猫贪贯贺宾赏贱赋赖趋践轨较辅辞递连周游逊迁逻丑铃销锋锅镜闪"
    "阁板阵阴虽云雾响颁顿颈颗台飘饼养骑肮鲜黄"
)
# Pinyin-input slips of the same length, after the character fold.
HOMOPHONE_SLIPS = {
    "炸蛋": "炸弹", "病读": "病毒", "蜜码": "密码", "炸骗": "诈骗", "银航": "银行",
    "木吗": "木马", "自沙": "自杀", "枪只": "枪支", "洗前": "洗钱",
    # internet spellings of the same length: 神马 (什么), 肿么 (怎么), 酱紫 (这样), 木有 (没有)
    "神马": "什么", "肿么": "怎么", "怎末": "怎么", "酱紫": "这样", "木有": "没有",
}  # fmt: skip
# Pinyin initials that Chinese chat writes for whole words ("zm" 怎么, "bz" 步骤, "xdm"
# 兄弟们): one Latin letter per character, so a word folds in place (offsets kept). Read only
# in a text with Chinese in it, and only as a word of its own (not inside "5mm" or "bzip").
PINYIN_INITIALS = {
    "zm": "怎么", "zmb": "怎么办", "sm": "什么", "bz": "步骤", "gj": "工具", "jc": "教程",
    "ff": "方法", "jt": "具体", "xx": "详细", "pj": "破解", "mm": "密码", "zs": "自杀",
    "zd": "炸弹", "zy": "炸药", "dp": "毒品", "xq": "洗钱", "zp": "诈骗", "yhk": "银行卡",
    "sq": "手枪", "xdm": "兄弟们", "jms": "姐妹们", "dl": "大佬", "bbz": "不被抓",
    "mb": "木马", "hk": "黑客", "qz": "枪支",
}  # fmt: skip
_INITIALS = re.compile(
    r"(?<![A-Za-z0-9])(?:"
    + "|".join(sorted(PINYIN_INITIALS, key=len, reverse=True))
    + r")(?![A-Za-z0-9])",
    re.IGNORECASE,
)
_HAS_CJK = re.compile(r"[\u4e00-\u9fff]")


def _table() -> dict[int, str | None]:
    if len(_TRADITIONAL) != len(_SIMPLIFIED):
        raise ValueError("harm_fold: the traditional and simplified tables differ in length")
    table: dict[int, str | None] = {ord(ch): None for ch in INVISIBLE}
    for code in range(0xFF01, 0xFF5F):  # full-width ASCII forms
        table[code] = chr(code - 0xFEE0)
    table[0x3000] = " "  # ideographic space
    for traditional, simplified in zip(_TRADITIONAL, _SIMPLIFIED, strict=True):
        if traditional != simplified:
            table[ord(traditional)] = simplified
    for look_alike, latin in _LOOK_ALIKES.items():
        table[ord(look_alike)] = latin
    for quote in "‘’ʼ′＇":
        table[ord(quote)] = "'"
    return table


_TABLE = _table()


# Leet digits inside a word that also has letters ("h4ck", "70n1gh7", "b347"): read as the
# letters they stand for. Amounts, dates and codes without letters are left alone, and so are
# short unit words ("3d", "5g", "10k", "2nd").
_LEET_DIGITS = str.maketrans("013457", "oieast")
_LEET_WORD = re.compile(r"\b(?=[A-Za-z0-9]*[A-Za-z])(?=[A-Za-z0-9]*[013457])[A-Za-z0-9]{3,}\b")
_UNIT_WORD = re.compile(r"\d+(?:st|nd|rd|th|k|m|h|g|gb|mb|kg|km|am|pm|x|s|d)", re.IGNORECASE)
# In a text with at least two leet words, short all-digit words are leet too ("70" to,
# "4" a, "50" so); elsewhere they stay numbers.
_LEET_NUMBER = re.compile(r"(?<![\w.,])[013457]{1,2}(?![\w.,%])")
_LEET_WORDS_FOR_NUMBERS = 2
# A separator between two Chinese characters ("武·装", "问 题", "请_问") splits words that
# are written without spaces: it is dropped.
_CJK_SPACED = re.compile(r"(?<=[\u4e00-\u9fff])[ ·・_.\-~*/|\u3000](?=[\u4e00-\u9fff])")


def _unleet(match: re.Match[str]) -> str:
    word = match.group()
    if _UNIT_WORD.fullmatch(word):
        return word
    return word.translate(_LEET_DIGITS)


def fold_with_offsets(text: str) -> tuple[str, list[int] | None]:
    """:func:`fold` of ``text`` and, for each of its positions (and one past its end), the
    position in ``text``; ``None`` when folding kept every position."""
    folded = text if text.isascii() else text.translate(_TABLE)
    kept: list[int] | None = None
    if len(folded) != len(text):  # the table drops invisible characters, nothing else
        kept = [i for i, ch in enumerate(text) if ch not in INVISIBLE]
    if not folded.isascii():
        dropped = {m.start() for m in _CJK_SPACED.finditer(folded)}
        if dropped:
            positions = kept if kept is not None else list(range(len(folded)))
            kept = [k for i, k in enumerate(positions) if i not in dropped]
            folded = "".join(ch for i, ch in enumerate(folded) if i not in dropped)
        for slip, meant in HOMOPHONE_SLIPS.items():
            if slip in folded:
                folded = folded.replace(slip, meant)
        if _HAS_CJK.search(folded):
            folded = _INITIALS.sub(lambda m: PINYIN_INITIALS[m.group().lower()], folded)
    if any(ch in "013457" for ch in folded):
        leet_words = sum(
            1 for match in _LEET_WORD.finditer(folded) if not _UNIT_WORD.fullmatch(match.group())
        )
        if leet_words:
            folded = _LEET_WORD.sub(_unleet, folded)
        if leet_words >= _LEET_WORDS_FOR_NUMBERS:
            folded = _LEET_NUMBER.sub(lambda match: match.group().translate(_LEET_DIGITS), folded)
    if kept is not None:
        kept.append(len(text))
    return folded, kept


def fold(text: str) -> str:
    """``text`` with full-width forms, look-alike letters, traditional characters, pinyin slips
    and leet digits folded, invisible characters and separators between Chinese characters
    dropped; every other character kept in place."""
    return fold_with_offsets(text)[0]


def original_offsets(text: str, folded: str) -> list[int] | None:
    """For each position of ``fold(text)`` (and one past its end), the position in ``text``;
    ``None`` when folding kept every position."""
    del folded  # recomputed: the positions depend on what ``fold`` dropped from ``text``
    return fold_with_offsets(text)[1]
