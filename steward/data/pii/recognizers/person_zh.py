"""Chinese person names: jieba part-of-speech tags + a surname list + context.

jieba (run as ``rjieba``, its Rust port: same dictionary, same tags) tags person names
``nr`` (also ``nrfg``/``nrt``), often splitting a name into surname + given name, and also
tags common words ``nr`` ("银行卡", "荣耀"). A
candidate must start with a listed surname and be 2–4 Chinese characters; it scores 0.4–0.5
on its own, so a cue ("我叫", "姓名", "先生", "女士", "联系人", "客户经理", ...) is what lifts it
over the threshold. A name right after a strong cue is found even when jieba missed it.
Words that are never names ("高兴", "王者") fail either the tag or the surname test.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache

from steward.data.pii.recognizers.base import Entity, Recognizer, words

_SURNAMES_1 = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
    "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武"
    "戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮"
    "柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古"
    "吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫"
    "寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝封钟官"
)
# Read as surnames too, kept out of the public list above (the tagger's features and the dev
# generator use it): the same surnames in traditional script (Taiwan, Hong Kong), and 赖 / 阎.
_MORE_SURNAMES_1 = frozenset(
    "赖阎萧傅鄺"
    "張劉陳楊黃趙吳孫馬郭羅鄭謝韓馮鄧蕭葉蘇呂盧鍾譚汪賈韋鄒閆龍賀顧龔萬錢嚴湯溫莊聶魯歐關蘭"
    "紀畢塗駱藍饒項連蘆麥婁竇黨費衛閔鄔邊賴閻許蔣沈侯"
)
_SURNAMES_2 = frozenset(
    words(
        "欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 令狐 长孙 宇文 司徒 夏侯 "
        "轩辕 端木 独孤 南宫 西门 "
        "百里 呼延 万俟 申屠 闻人 澹台 公冶 太史 钟离"
    )
)
# The compound surnames in traditional script, read by these rules only (the tagger's features
# read the list above).
_MORE_SURNAMES_2 = frozenset(
    words("歐陽 司馬 諸葛 東方 尉遲 公孫 長孫 夏侯 軒轅 獨孤 南宮 西門 鍾離 呼延 聞人")
)
# Public names for the tagger's features and data generator.
SINGLE_SURNAMES = _SURNAMES_1
TWO_CHARACTER_SURNAMES = _SURNAMES_2
_SURNAME_STARTS = _SURNAMES_1 | frozenset(name[0] for name in _SURNAMES_2)
# Characters that do not occur in given names but do follow names in running text.
_NOT_GIVEN = set(
    "的了是在把让转给说想要来去和与及等吗呢吧啊这那有们我你他她卡行号款账户钱元先姐经理您"
)
_NOT_NAMES = frozenset(
    words(
        "银行卡 多谢 荣耀 高兴 王者 常用 明天 文件 金额 金卡 张卡 万元 于是 江湖 "
        "方便 安全 成功 温馨 向日 时间 任务 司机 关于 和平 周末 申请 华为 "
        # common words that start with a surname character (谢, 房, 周, ...)
        "谢谢 房东 房租 房子 周转 高铁 金融 黄金 万一 钱包 安心 常常 毛病 严重 包裹 明白 "
        # "should" after a payee cue: 收款人应该是徐桂兰
        "应该 应当 應該 應當"
    )
)
# A third party is often named after their relation to the writer: 给房东周杰, 同事李明.
_RELATION = (
    r"(?:房东|同事|朋友|邻居|老板|老师|师傅|表[哥姐弟妹]|堂[哥姐弟妹]|舅舅|姑姑|阿姨|叔叔|室友)"
)
_STRONG_CUE = re.compile(
    r"(?:(?:我叫|我是|姓名[是为:：]?|名字[是叫:：]?|联系人|收件人|收款人|付款人|持卡人|借款人|开户人|"
    r"户名[是为:：]?|客户经理|经理|母亲|父亲|妈妈|爸爸|转账到|转给|给|自称(?:是)?|名叫|"
    # traditional script and Cantonese: 我係 ("I am"), 找 ("ask for"), 父親, 客戶經理
    r"我係|找|父親|母親|客戶經理|經理|自稱(?:是)?|轉給|"
    # a form's person fields (委托人：, 担保人：, 汇款人：), a real name, a chat mention
    r"(?:委托|受托|委託|受託|担保|擔保|汇款|匯款|申请|申請|投保|被保险|被保險)人[:：]|"
    r"实名(?:是|为|[:：])|實名(?:是|為|[:：])|本人|@)\s*"
    rf"{_RELATION}?|{_RELATION})\s*"
)
STRONG_CUE = _STRONG_CUE  # public for the tagger's features
# What follows a name asked for by 找 ("找賴美玲，謝謝", "找王经理"): punctuation, the end, a title.
_ENDS_A_NAME = re.compile(r"$|[，,。.！!；;、\s]|先生|女士|小姐|经理|經理|就|吧")
_NAME_TAGS = ("nr", "nrfg", "nrt")
# jieba's own guesses score under this (the analyzer asks the tagger to confirm them).
_WEAK = 0.6
# A surname and a title, with no given name: 陈先生, 王经理, 李阿姨, 张总 — the person is named
# only so, and the span holds the title. Not inside a longer run of Chinese (王芳女士 is the
# name 王芳, found above), except after a word that introduces a person (叫, 找, 给, 尊敬的).
_TITLE_WORDS = (
    r"先生|女士|小姐|太太|经理|經理|主任|阿姨|叔叔|老师|老師|师傅|師傅|律师|律師|医生|醫生"
    r"|襄理|行长|行長|处长|處長|科长|科長|老板|老闆|总(?=[^\u4e00-\u9fff]|$|您|你|好|说|說|对|對|态|態|的)"
    # (an elder, a coach, a student, a professor: 邹大爷, 姚教练, 冯同学)
    r"|大爷|大爺|大妈|大媽|大叔|大婶|大嬸|教练|教練|同学|同學|教授"
    r"|總(?=[^\u4e00-\u9fff]|$|您|你|好|说|說|对|對|态|態|的)"
)
# A letter's signature: the name before 谨启 / 敬上 ("陳家豪 謹啟").
_SIGNED = re.compile(
    r"(?:^|(?<=[\n。！!　 \t]))(?P<name>[\u4e00-\u9fff]{2,4})[ \t　]*"
    r"(?:谨启|謹啟|敬启|敬啟|敬上|谨上|謹上)"
)
_TITLED_SURNAME = re.compile(
    # (after a staff role too: 理专 / 理專 (wealth manager), 柜员, 专员)
    r"(?:(?<![\u4e00-\u9fff])|(?<=[叫找给給跟和问問请請向把让讓是係位的@专專员員代])"
    # (a call log's or an agent's words before the person: 致电赵女士, 客户彭总, 感谢林先生)
    r"|(?<=致电|回电|来电|致電|回電|來電|客户|客戶|您好|你好|感谢|感謝|多谢|多謝|谢谢|謝謝|投诉|投訴|联系|聯繫"
    r"|通知|提醒|告知|拜访|拜訪|陪同|转告|轉告|回复|回覆|麻烦|麻煩"
    # (a party's role before the titled person: 队长高老师, 买家冯大爷, 业主邹大爷)
    r"|队长|隊長|买家|買家|卖家|賣家|业主|業主|家长|家長|家属|家屬|学员|學員|股东|股東|会员|會員|市民|租公"
    r"|租客))"
    r"(?P<name>["
    # (less the surnames that are also function words: "，向医生咨询", "和老师说")
    + "".join(sorted((_SURNAMES_1 | _MORE_SURNAMES_1) - set("向和于全成")))
    + rf"](?:{_TITLE_WORDS}))"
)

# Cues read by this rule only (the tagger's features read STRONG_CUE, unchanged): family words
# before a third party (配偶王强, 小兒吳嘉欣, 我先生谢军), a form's or mail header's person
# fields (抄送：, 寄件者：, 客户姓名：, 陪同人：), 戶名 in traditional script, Cantonese
# introductions (佢叫, 我個名係).
_FAMILY_OR_FIELD_CUE = re.compile(
    r"(?:配偶|丈夫|妻子|老公|老婆|我先生|我太太|我姐姐|我哥哥|我弟弟|我妹妹|姐姐|哥哥|弟弟|妹妹"
    r"|儿子|女儿|兒子|女兒|小儿|小兒|小女|孙子|孙女|孫子|孫女|外孙|外孫|查勘员|查勘員|理赔员|理賠員"
    r"|佢叫|我個名係|個名叫|我叫做|戶名[是為:：]?"
    r"|(?:抄送|副本|发件人|發件人|寄件者|收件者|寄件人|经办人?|經辦人?|处理人|處理人|回访人|回訪人"
    r"|陪同人|代办人|代辦人|经手人|經手人|客户姓名|客戶姓名|姓名)[:：])\s*"
)
# Cues after which a name must end at punctuation, a digit or the end: a call log's 致电徐远
# (…), a sign-off's 谢谢，许杰.
_CLOSED_CUE = re.compile(r"(?:致电|回电|致電|回電|(?:谢谢|謝謝|多谢|多謝|此致|祝好)[，,、 ]+)\s*")
_TITLE_AT = re.compile(_TITLE_WORDS)
_LATIN_CAPITAL = re.compile(r"[A-Z]")
_FIELD_COLON = re.compile(r"[:：]?\s*")
_CLOSES_A_NAME = re.compile(r"$|[，,。.！!；;、\s(（<＜|｜\d]")
# A Latin-script name after a Chinese cue: ZHANG Wei, Hamid da Costa, Siti Khadijah binti Omar.
_LATIN_NAME = re.compile(
    r"[A-Z][A-Za-z'’-]+(?: (?:(?:bin|binti|da|de|del|dela|dos|van|von|der|den|al|el|la|le) ){0,2}"
    r"[A-Z][A-Za-z'’-]+){1,3}(?![A-Za-z])"
)
# A full name written before its title, starting a line or clause: 趙偉倫先生／小姐鈞鑒.
_NAME_BEFORE_TITLE = re.compile(
    r"(?<![\u4e00-\u9fff])(?P<name>[\u4e00-\u9fff]{2,4})(?=先生|女士|小姐)"
)
# Cantonese: 我陳大文， ("I'm Chan Tai-man,") and the titles 生 / 太 (陳生, 黃太) before a verb.
_CANTONESE_SELF = re.compile(r"(?:^|(?<=[\s，,。]))我(?P<name>[\u4e00-\u9fff]{3})(?=[，,])")
_CANTONESE_TITLED = re.compile(
    # (also after a word asking for the person: 搵黃太, 找陳生; and before 的 / 嘅: 朱生的电话)
    r"(?:(?<![\u4e00-\u9fff])|(?<=[搵找係叫问問同]))(?P<name>["
    + "".join(sorted((_SURNAMES_1 | _MORE_SURNAMES_1) - set("向和于全成")))
    + r"][生太])(?=話|话|講|讲|說|说|叫|同|想|要|已|的|嘅|[^\u4e00-\u9fff]|$)"
)
_CANTONESE_TITLE_AFTER = re.compile(
    r"[生太](?:話|话|講|讲|說|说|叫|同|想|要|已|的|嘅|[^\u4e00-\u9fff]|$)"
)
# A table row that starts with a name and holds a long number (a payee list: 萧远 | 6228… |).
_TABLE_ROW_NAME = re.compile(
    r"(?m)^(?P<name>[\u4e00-\u9fff]{2,4})[ \t]*(?:\t|[|｜])(?=[^\n]*\d{3}[\d -]{5,})"
)
# A company, shop or brand named after a person: 商户：李宁专卖店, 工作单位：陈李济.
_ORGANISATION_FIELD = re.compile(
    r"(?:商户|商戶|商家|单位|單位|公司|企业|企業|品牌|店名|雇主)[:：]\s*$"
)
_ORGANISATION_AFTER = re.compile(
    r"专卖店|專賣店|药业|藥業|集团|集團|公司|旗舰店|旗艦店|大药房|基金会|基金會|慈善基金"
)
# A sole trader's shop named after its owner (周师傅锁店, 阿芳裁缝铺, 李姐烘焙, 老张修车行): the
# shop is no person (its 经营者, named on their own, is). Read from the name's start, so a
# name the tagger cut inside the trade word (李姐烘|焙) is the shop's too.
_SHOP_RUN = re.compile(
    r"[^\W\d_a-zA-Z在去到是和与與跟的说說给給找从從让讓把被为為对對向于了也都就还還又请請已将將要会會能及或来來回进進]"
    r"{1,6}?(?:锁店|鎖店|裁缝铺|裁縫鋪|烘焙|超市|小吃|面馆|麵館|餐厅|餐廳|饭店|飯店|修车行|修車行|车行|車行"
    r"|理发店|理髮店|发廊|髮廊|美容院|美发|美髮|工作室|诊所|診所|杂货|雜貨|五金|水果店|便利店|花店|茶馆|茶館"
    r"|商店|烟酒|煙酒|粮油|糧油|服装|服裝|干洗|乾洗|洗衣|快餐|早餐|药店|藥店|药房|藥房|士多|铺|鋪)"
)
# ... or the start of a firm's name whose legal form or trade ends the same run of characters
# (户名成都天府餐饮管理有限公司: jieba reads 成都天 as a name). No verb or function word may
# sit between (张伟去华为公司上班 names 张伟), so the run is one name's.
_ORGANISATION_RUN = re.compile(
    r"[^\W\d_a-zA-Z在去到是和与與跟的说說给給找从從让讓把被为為对對向于了也都就还還又请請已将將要会會能和及或]"
    r"{0,10}?(?:有限公司|有限責任公司|有限责任公司|股份公司|集团|集團|商行|事务所|事務所|"
    r"餐饮|餐飲|酒店|贸易|貿易|科技|实业|實業|控股|药业|藥業)"
)

# ... or of a school or hospital named after a person or a motto (户名明德外国语学校, 逸夫医院):
# a short run of characters, none a verb or particle, up to the institution's word (给孩子孙芳交
# 育才中学的学费 names 孙芳).
_INSTITUTION_RUN = re.compile(
    r"[^\W\d_a-zA-Z交缴繳付给給在去到是读讀上念和与與的了把从從向为為对對跟说說让讓就也都还還已"
    r"将將要会會能及或来來回进進转轉考]{0,5}?"
    r"(?:学校|學校|学院|學院|中学|中學|小学|小學|大学|大學|幼儿园|幼兒園|医院|醫院)"
)

# Names written by sound (Uyghur, Kazakh, Tibetan, Mongolian, foreign) with their parts joined
# by a middle dot: 阿依古丽·买买提, 扎西·次仁. Each part is a run of the characters such names are
# spelt with, so the run stops at the cue or verb around it (署名…, …负责). Function words
# (和, 于, 在, 是) are left out of the set on purpose.
_SOUND_CHARS = (
    "阿艾爱安奥巴拜班邦贝比波伯布才查达丹旦德迪蒂丁顿多朵厄恩尔法凡菲芬弗福嘎甘刚戈格根古"
    "哈海罕汗杭赫黑亨洪胡吉加佳贾嘉江杰金卡凯坎康柯科克肯库拉来莱兰朗劳勒雷蕾里丽莉利力"
    "连良林琳玲卢鲁伦罗洛玛马迈麦曼梅美蒙米敏莫默姆木穆那纳娜乃奈南尼妮宁努诺欧帕潘佩皮"
    "珀普奇齐恰乔切钦琴琼丘热仁荣瑞萨塞赛桑色森沙莎善尚舍申什斯松苏索塔泰坦汤唐特提铁"
    "图吐托娃瓦万旺威韦维沃乌吾伍西希锡夏香谢辛欣休雅亚延扬尧耶伊依英尤玉约扎泽曾詹章"
    "珍朱祖卓孜兹宗佐措增央珠次让音朝额敦宝合买逊曼麦穆罕默德都杜孟"
)
_SOUND_RUN = f"[{_SOUND_CHARS}]"
_DOTTED_NAME = re.compile(
    rf"(?<!{_SOUND_RUN}){_SOUND_RUN}{{1,6}}(?:[·•・]{_SOUND_RUN}{{1,6}}){{1,2}}(?!{_SOUND_RUN})"
)
# A compound surname with a title and no given name: 欧阳经理, 诸葛先生, 上官医生 (the span holds
# the title, as for 王经理). The two-character surname is rare enough as a word to need no cue.
_COMPOUND_TITLED = re.compile(
    "(?:"
    + "|".join(sorted(_SURNAMES_2 | _MORE_SURNAMES_2))
    + r")(?:先生|女士|小姐|太太|经理|經理|主任|老师|老師|律师|律師|医生|醫生|师傅|師傅|阿姨|叔叔"
    r"|行长|行長|总(?![\u4e00-\u9fff])|總(?![\u4e00-\u9fff]))"
)
# 小 / 老 + a common surname (小王, 老李): a colleague or neighbour named the familiar way. The
# word must stand alone — after a cue word or punctuation and before punctuation or a particle —
# so 小时, 老板, 小区, 小于 and words running on (小李子) are not read. The surnames kept are
# the common ones that form no everyday word after 小 / 老.
_FAMILIAR_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙朱胡郭何林罗郑梁谢宋唐许韩冯邓彭曾肖蒋蔡杜魏吕沈姚卢崔谭陆汪"
    "廖贾邹熊邱薛侯郝龚邵戴陳黃張劉楊趙吳孫郭羅鄭謝韓馮鄧蕭"
    # (less common ones, read only where the lookarounds below allow)
    "袁曹钟韦傅潘孟秦尹雷黎贺顾严莫施葛乔伍庞颜倪聂岳翟殷詹耿俞祝阮柯凌裴霍涂苏鍾韋顧賀嚴聶蘇龔"
)
_FAMILIAR_NAME = re.compile(
    r"(?:(?<![\u4e00-\u9fff])|(?<=[问問找搵係是叫给給跟和同请請让讓由把对對告])|(?<=同事|朋友|邻居|鄰居)"
    # (a customer or an elderly one named so: 客户小朱误转, 老人小宋行动不便)
    r"|(?<=客户|客戶|老人|家长|家長))"
    rf"(?P<name>[小老][{_FAMILIAR_SURNAMES}])"
    r"(?=[^\u4e00-\u9fff]|$|是|的|嘅|说|說|讲|講|话|話|已|吗|嗎|呢|啊|吧|啦|会|會|要|在|跟|同|帮|幫|负|負"
    # (a handover's or a call log's doer: 老唐收了…, 老周把…转给了…, 小朱误转)
    r"|收|把|误|誤|转|轉|行动|行動|来|來|去|打|给|給|为|為)"
)
# A name in brackets right after a number: an account's holder (卡号6217…（彭艳）).
_BRACKETED_AFTER_NUMBER = re.compile(r"(?<=\d)[ \t]?[（(](?P<name>[\u4e00-\u9fff]{2,4})[）)]")
# Cues read by the rules below, which then take the name's end from the character after it:
# a relative or a role before a third party (委托其侄子林伟代办, 公司财务萧伟负责对账, 署名…).
_ROLE_CUE = re.compile(
    r"(?:侄子|侄女|外甥女?|女婿|儿媳|兒媳|岳父|岳母|公公|婆婆|嫂子|姐夫|妹夫|表[哥姐弟妹]|堂[哥姐弟妹]"
    r"|财务|財務|会计|會計|出纳|出納|秘书|秘書|助理|署名)[:：]?\s*"
)
# A party to a document or an event named right after its role, with or without a colon:
# 委托人严秀英, 受益人为其子周秀英、其女…, 主贷人谢满仓, 新郎陈俊杰, 出席：主任陶红霞、委员戴军等,
# 原股东马敏所持…, 原负责人林婉清卸任, 曾用名…，现用名…, 您好顾长顺，, 尊敬的黄春梅股东. The
# name ends at punctuation, a digit, the end, a particle or verb (_PARTY_END), or a role word
# after it (…股东).
_PARTY_CUE = re.compile(
    r"(?:委托人|委託人|受托人|受託人|受益人|主贷人|主貸人|借款人|担保人|擔保人|被保险人|被保險人|投保人"
    r"|兑奖人|兌獎人|中奖人|中獎人|新郎|新娘|主任|委员|委員|股东|股東|继承人|繼承人|负责人|負責人"
    r"|受害人|爱人|愛人|曾用名|现用名|現用名|逝者|死者|业主|業主|买家|買家|卖家|賣家|家属|家屬|其子|其女"
    r"|实名|實名|户主|戶主|法定代表人|法人代表|监护人|監護人|证人|證人|见证人|見證人|领款人|領款人"
    r"|租客|租户|租戶|房客|出票人|收票人|申请人|申請人|卖方|賣方|买方|買方|站长|站長|前妻|前夫|我妈|我媽"
    r"|我爸|市民"
    r"|您好|你好|尊敬的)[:：]?[ \t]*"
)
_PARTY_END = re.compile(
    r"$|[^\u4e00-\u9fff]|[所同卸承等为為向和与與及的已在是说說负負代办辦来來去帮幫签簽确確都也还還就让讓把给給家名每拖]"
    r"|股东|股東|客户|客戶|会员|會員|用户|用戶|家长|家長"
)
# Characters that end a name a party cue introduced when they stand inside it (我爱人唐桂都去).
_PARTY_PARTICLES = frozenset("所同卸承等为為向和与與及的已在是都也还還就把被让讓给給家名每拖")
# Surnames that are also function words, not read after a party cue (爱人和孩子).
_FUNCTION_SURNAMES = frozenset("和向于全成时明文常")
# People of assisted banking and handovers, named right after their role (家长何明为孩子…,
# 独居老人萧浩然行动不便, 儿媳田德胜视频连线, 人工客服趙國華为您服务, 代家母劉家豪向…, 接班 趙國華,
# 转给了黄明（卡号…）): the name ends at punctuation, the end or one of the verbs after it.
_CARE_CUE = re.compile(
    r"(?:家长|家長|监护人|監護人|老人|儿媳|兒媳|代办人|代辦人|投诉人|投訴人|家母|家父|人工客服"
    r"|客服专员|客服專員|接班[:：]?|交班[:：]?|转给了|轉給了|误转给|誤轉給"
    r"|(?P<client>客户|客戶))[ \t]*"
)
_CARE_VERB = re.compile("[为為向行视視持带帶把收误誤给給转轉来來去帮幫说說是的已在跟代办辦]")
_AFTER_CARE_NAME = re.compile(r"$|[^\u4e00-\u9fff]|" + _CARE_VERB.pattern)
# What may follow a name that a role cue introduced: punctuation, the end, or a verb.
_VERB_AFTER_NAME = re.compile("[负負代办辦说說是的已在跟会會来來去帮幫处處打联聯致确確签簽]")
_AFTER_ROLE_NAME = re.compile(r"$|[^\u4e00-\u9fff]|" + _VERB_AFTER_NAME.pattern)
# A name opening a clause before a Cantonese verb of coming or a day word (陈勇嚟緊分行), or
# before whose phone or card it is (唐明的电话…).
_CLAUSE_NAME = re.compile(
    r"(?:^|(?<=[\s，,。！!？?]))(?P<name>[\u4e00-\u9fff]{2,4}?)(?=嚟|聽日|听日|琴日|噚日|尋日"
    r"|的(?:电话|電話|手机|手機|号码|號碼|卡号|卡號|账户|賬戶|帳戶))"
)
# A name written by sound without its dot (扎西顿珠, 巴特尔) right after a customer or
# self-introduction cue: three or more such characters and nothing of a Chinese name's shape.
_SOUND_NAME_AFTER_CUE = re.compile(
    rf"(?:客户|客戶|本人|我叫|名字是|名字叫|姓名[:：]?)(?P<name>{_SOUND_RUN}{{3,6}})(?!{_SOUND_RUN})"
)


def keeps_own_boundaries(name: str) -> bool:
    """Whether a rule's name is read whole, against the tagger's boundaries: a dotted name
    (扎西·次仁), one opening with a compound surname (東方浩然: the tagger may drop 東), or a
    name written by sound (洛桑丹增); the tagger learned the boundaries of Han names."""
    if re.search("[·•・]", name) or _surname_length(name) == 2:
        return True
    return (
        len(name) >= 3
        and all(ch in _SOUND_CHARS for ch in name)
        and name[0] not in (_SURNAMES_1 | _MORE_SURNAMES_1)
    )


def organisation_name(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` names a company, shop or brand rather than a person (it
    fills a merchant or employer field, or a shop word follows it)."""
    return bool(
        _ORGANISATION_FIELD.search(text, max(0, start - 8), start)
        or _ORGANISATION_AFTER.match(text, end)
        or _ORGANISATION_RUN.match(text, end)
        or _INSTITUTION_RUN.match(text, end)
        or _SHOP_RUN.match(text, start)
    )


def ordinary_word(name: str) -> bool:
    """Whether ``name`` is (or opens with) a listed word that is never a name (应该, 谢谢)."""
    return name in _NOT_NAMES or name[:2] in _NOT_NAMES


def _surname_length(word: str) -> int:
    if word[:2] in _SURNAMES_2 or word[:2] in _MORE_SURNAMES_2:
        return 2
    return 1 if word[:1] in _SURNAMES_1 or word[:1] in _MORE_SURNAMES_1 else 0


def plausible_chinese_name(name: str) -> bool:
    """A listed surname and one or two given-name characters, and not a known non-name."""
    return _plausible(name)


def _plausible(name: str) -> bool:
    if not 2 <= len(name) <= 4 or name in _NOT_NAMES or name[:2] in _NOT_NAMES:
        return False  # (nor a word with a character after it: 申请人：方便小姐)
    if not all("\u4e00" <= ch <= "\u9fff" for ch in name):
        return False
    cut = _surname_length(name)
    return cut > 0 and len(name) - cut <= 2 and not _NOT_GIVEN & set(name[cut:])


def _first_word(text: str) -> tuple[str, str]:
    """jieba's first word of ``text`` and its part-of-speech flag."""
    import rjieba

    word, flag = rjieba.tag(text, False)[0]
    return word, flag


def _starts_with_a_word(name: str) -> bool:
    """Whether jieba reads the surname and the character after it as an ordinary word
    (马上去, 方便啲, 房租): a name, with no cue around it, is then unlikely."""
    word, flag = _first_word(name)
    if len(word) != 2:
        return False
    # (a two-character name may be one word of jieba's, tagged as a name: 萧远)
    return len(name) > 2 or not flag.startswith(_NAME_TAGS)


@lru_cache(maxsize=2048)
def jieba_words(text: str, hmm: bool = False) -> tuple[tuple[int, str, str], ...]:
    """(offset, word, POS flag) of jieba's words in ``text``, remembered: the tagger's names are
    checked against the same words (:func:`cuts_a_word`) right after this recognizer read them.

    ``rjieba`` (jieba-rs, jieba's dictionary and algorithm in Rust) gives the same name
    tags as the Python ``jieba.posseg`` on the bank log and pii_zh_dev, about 8x faster.
    """
    import rjieba

    tokens: list[tuple[int, str, str]] = []
    offset = 0
    for word, flag in rjieba.tag(text, hmm):
        tokens.append((offset, word, flag))
        offset += len(word)
    return tuple(tokens)


# What comes before a measure word (这封, 一封, 每张): its surname-like character names no one.
_COUNTING = frozenset("这這那哪一两兩几幾每该該此本")


def cuts_a_word(text: str, start: int, end: int) -> bool:
    """Whether a name at ``text[start:end]`` is cut out of ordinary words: it ends inside a word
    of jieba's of three or more characters that is no name (这封|英文信, 姓名和|身份证号), or it is
    the head of a longer word (李嘉|诚基金会), or it is one word jieba knows as an organisation
    (施工队/nt). A name's last character rarely opens a long dictionary word; a two-character
    word after it (李华|为您) and a word jieba reads as a name (许文博|会) are left alone."""
    for offset, word, flag in jieba_words(text):
        if offset >= end:
            break
        if offset == start and flag == "q" and text[start - 1 : start] in _COUNTING:
            return True  # a measure word after a demonstrative or a number (这封|英文邮件)
        crosses_end = offset < end < offset + len(word) and len(word) >= 3
        if crosses_end and (offset <= start or not flag.startswith(_NAME_TAGS)):
            return True
        if offset == start and offset + len(word) == end and flag == "nt":
            return True
    return False


class JiebaPersonRecognizer(Recognizer):
    name = "jieba_person"
    labels = ("PERSON",)
    languages = frozenset({"zh"})

    def __init__(self, hmm: bool = False) -> None:
        # jieba's HMM finds words missing from its dictionary; measured on pii_zh_dev it adds
        # 0.002 PERSON F1 (names are joined from surname + given-name tags anyway) and costs
        # most of the tagging time, so it is off unless asked for.
        self.hmm = hmm

    def _tag(self, text: str) -> tuple[tuple[int, str, str], ...]:
        """(offset, word, POS flag) of jieba's words in ``text`` (see :func:`jieba_words`)."""
        return jieba_words(text, self.hmm)

    def analyze(self, text: str, language: str) -> Iterator[Entity]:
        if not re.search(r"[\u4e00-\u9fff]", text):
            return
        found: dict[tuple[int, int], float] = {}
        tokens = self._tag(text)
        for i, (start, word, flag) in enumerate(tokens):
            if not flag.startswith(_NAME_TAGS):
                continue
            name = word
            # jieba often splits 郭志强 into 郭/nr + 志强/nrfg, and without its HMM an unknown
            # given name into single characters (朱/nr 小/a 红/a): join up to two characters.
            if len(word) == 1:
                following = ""
                for next_start, next_word, _ in tokens[i + 1 : i + 3]:
                    if next_start != start + 1 + len(following):
                        break
                    if len(following) + len(next_word) > 2 or (following and len(next_word) > 1):
                        break
                    following += next_word
                name = next(
                    (word + following[:n] for n in (2, 1) if _plausible(word + following[:n])),
                    word,
                )
            if _plausible(name):
                score = 0.5 if len(name) == 3 else 0.4
                found[(start, start + len(name))] = score
        for cue in _STRONG_CUE.finditer(text):
            start = cue.end()
            candidate = text[start : start + 4]
            for length in (4, 3, 2):  # (four: a two-character surname, 上官婉清)
                name = candidate[:length]
                if len(name) == length and _plausible(name):
                    if cue.group().rstrip().endswith("找") and not _ENDS_A_NAME.match(
                        text, start + length
                    ):
                        continue  # 找龙头的…: "look for" before an ordinary word
                    # prefer jieba's boundary when it agrees on the start
                    jieba_end = next((e for (s, e) in found if s == start), None)
                    end = jieba_end or start + length
                    found[(start, end)] = max(found.get((start, end), 0.0), 0.6)
                    break
        self._more_cues(text, found)
        for signed in _SIGNED.finditer(text):
            span = signed.span("name")
            if _plausible(signed.group("name")) and not any(
                s < span[1] and span[0] < e and score >= _WEAK
                for (s, e), score in found.items()
                if (s, e) != span
            ):
                for s, e in [k for k in found if k[0] < span[1] and span[0] < k[1]]:
                    del found[(s, e)]  # jieba's weak guess (雷雨 of 雷雨桐 敬上)
                found[span] = max(found.get(span, 0.0), 0.7)
        titles = _TITLE_AT.search(text) is not None  # (most texts hold none: skip the scan)
        for titled in _TITLED_SURNAME.finditer(text) if titles else ():
            span = titled.span("name")
            inside = [(s, e) for s, e in found if span[0] <= s and e <= span[1]]
            if any(s < span[1] and span[0] < e for s, e in found if (s, e) not in inside):
                continue  # a longer name runs over it
            for s, e in inside:
                del found[(s, e)]  # "李" or "李阿" of 李阿姨: the title completes it
            found[span] = 0.7
        for (start, end), score in found.items():
            if not organisation_name(text, start, end) and not cuts_a_word(text, start, end):
                yield self.entity(start, end, "PERSON", score)

    def _more_cues(self, text: str, found: dict[tuple[int, int], float]) -> None:
        """Names after this rule's own cues (family words, form and header fields, call logs,
        sign-offs, Cantonese), Latin-script names after any cue, payee-table names."""

        def add(start: int, end: int, score: float) -> None:
            if any(s < end and start < e for s, e in found if (s, e) != (start, end)):
                # a longer or shifted name of jieba's over it: the cue's reading replaces it
                for s, e in [k for k in found if k[0] < end and start < k[1]]:
                    del found[(s, e)]
            found[(start, end)] = max(found.get((start, end), 0.0), score)

        cue_patterns = [(_FAMILY_OR_FIELD_CUE, False), (_CLOSED_CUE, True)]
        if _LATIN_CAPITAL.search(text):  # (STRONG_CUE is read again only for Latin names)
            cue_patterns.append((_STRONG_CUE, False))
        for cue_pattern, closed in cue_patterns:
            for cue in cue_pattern.finditer(text):
                start = cue.end()
                # (STRONG_CUE stops before a field's colon: 收款人：Hamid da Costa)
                colon = _FIELD_COLON.match(text, start)
                latin = _LATIN_NAME.match(text, colon.end() if colon else start)
                if latin is not None:
                    add(latin.start(), latin.end(), 0.7)
                    continue
                if cue_pattern is _STRONG_CUE:
                    continue  # (its Chinese names are read above)
                for length in (4, 3, 2):
                    name = text[start : start + length]
                    if len(name) != length or not _plausible(name):
                        continue
                    if closed and not _CLOSES_A_NAME.match(text, start + length):
                        continue
                    if _TITLE_AT.match(text, start + length - 1):
                        continue  # 秦岭律|师: the name ends where a title starts
                    add(start, start + length, 0.65)
                    break
        # (each pattern only where its fixed part occurs: most texts hold none of them)
        patterns = [
            pattern
            for pattern, needed in (
                (_NAME_BEFORE_TITLE, ("先生", "女士", "小姐")),
                (_CANTONESE_SELF, ("我",)),
                (_TABLE_ROW_NAME, ("|", "｜", "\t")),
            )
            if any(part in text for part in needed)
        ]
        for pattern in patterns:
            for match in pattern.finditer(text):
                name = match.group("name")
                if _plausible(name) and not _starts_with_a_word(name):
                    add(*match.span("name"), 0.65)
        self._familiar_cues(text, add)
        cantonese = _CANTONESE_TITLE_AFTER.search(text) is not None
        for match in _CANTONESE_TITLED.finditer(text) if cantonese else ():
            if len(_first_word(match.group("name"))[0]) < 2:  # (毕生, 余生: one word, no title)
                add(*match.span("name"), 0.65)

    def _familiar_cues(self, text: str, add: Callable[[int, int, float], None]) -> None:
        """Dotted names, compound surnames with a title, 小王 / 老李, a bracketed holder after a
        number, a relative's or role's name, a Cantonese clause-opening name."""
        for match in _COMPOUND_TITLED.finditer(text):
            add(*match.span(), 0.7)
        if "小" in text or "老" in text:
            for match in _FAMILIAR_NAME.finditer(text):
                add(*match.span("name"), 0.65)
        for match in _BRACKETED_AFTER_NUMBER.finditer(text):
            name = match.group("name")
            if _plausible(name) and not _starts_with_a_word(name):
                add(*match.span("name"), 0.65)
        for cue in _ROLE_CUE.finditer(text):
            start = cue.end()
            latin = _LATIN_NAME.match(text, start)
            if latin is not None:
                add(*latin.span(), 0.65)
                continue
            for length in (4, 3, 2):
                name = text[start : start + length]
                if (
                    len(name) == length
                    and _plausible(name)
                    and _AFTER_ROLE_NAME.match(text, start + length)
                    and not _VERB_AFTER_NAME.search(name, 1)  # (周涛代|办: a verb ends it)
                    and not _TITLE_AT.match(text, start + length - 1)
                ):
                    add(start, start + length, 0.65)
                    break
        for cue in _PARTY_CUE.finditer(text):
            start = cue.end()
            if text[start : start + 1] in _FUNCTION_SURNAMES:
                continue
            for length in (4, 3, 2):
                name = text[start : start + length]
                if (
                    len(name) == length
                    and _plausible(name)
                    and _PARTY_END.match(text, start + length)
                    and not _PARTY_PARTICLES & set(name[_surname_length(name) :])
                    and not _TITLE_AT.match(text, start + length - 1)
                    and not _starts_with_a_word(name)
                ):
                    add(start, start + length, 0.65)
                    break
        for cue in _CARE_CUE.finditer(text):
            start = cue.end()
            for length in (4, 3, 2):
                name = text[start : start + length]
                if (
                    len(name) == length
                    and _plausible(name)
                    and _AFTER_CARE_NAME.match(text, start + length)
                    # (after 客户 only a verb ends the name: 客户吴文博误转, not 客戶查詢：)
                    and not (cue.group("client") and not _CARE_VERB.match(text, start + length))
                    and not _CARE_VERB.search(name, 2)  # (田德胜视|频: a verb ends it)
                    and not _TITLE_AT.match(text, start + length - 1)
                    and not _starts_with_a_word(name)  # (客户余额为…: an ordinary word)
                ):
                    add(start, start + length, 0.65)
                    break
        for match in _CLAUSE_NAME.finditer(text):
            name = match.group("name")
            compound = _surname_length(name) == 2  # (jieba reads 东方 of 东方梓轩 as a word)
            if _plausible(name) and (compound or not _starts_with_a_word(name)):
                add(*match.span("name"), 0.65)
        for match in _SOUND_NAME_AFTER_CUE.finditer(text):
            add(*match.span("name"), 0.65)
        # (last: a dotted name read whole replaces a part of it another cue took: 财务艾力|·库尔班)
        if "·" in text or "•" in text or "・" in text:
            for match in _DOTTED_NAME.finditer(text):
                start, end = match.span()
                dot = start + len(re.split("[·•・]", match.group())[0])
                for cue_pattern in (_ROLE_CUE, _FAMILY_OR_FIELD_CUE, _STRONG_CUE):
                    before = cue_pattern.search(text, max(0, start - 4), dot)
                    if before is not None and start < before.end() < dot:
                        start = before.end()  # (出纳|阿布都·热合曼: 纳 is the cue's)
                parts = re.split("[·•・]", text[start:end])
                if max(map(len, parts)) >= 2:
                    add(start, end, 0.7)
