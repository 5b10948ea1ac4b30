"""Round 7 training data for the harmful-request classifier: plain requests in the styles the
earlier rounds lacked, and bank business that carries a violent or criminal word.

The dev family sets' plain requests that passed (v14) were not new acts but new *styles*:
search-engine fragments ("... 有没有大佬", "... guide 2026"), 口语 and 网络用语 with
pinyin initials and 错别字, several questions in one message, "for safety" or comparison
framing. Here every act of :func:`~.harm_compose.act_groups` can be asked in those styles,
with noise of this module's own. The look-alikes are customers whose business names a harm
(a thriller's royalties, "kill" said of a direct debit, a pest-control or demolition firm's
invoice) and their harmful twins: the same business sentence followed by a real request, so
the classifier learns the request, not the absence of business words. All wording is this
project's own and shares no sentence with an evaluation set.
"""

from __future__ import annotations

import random

from steward.serve.guards.harm_compose import (
    BANK_BENIGN_GROUPS_EN,
    BANK_BENIGN_GROUPS_ZH,
    BENIGN_GROUPS_EN,
    BENIGN_GROUPS_ZH,
    Group,
    act_groups,
)

# ---- harmful requests in new styles ------------------------------------------------------

STYLES_ZH: tuple[str, ...] = (
    # search-engine fragments
    "{act} 教程",
    "{spaced} 有没有大佬",
    "{spaced} 求门路",
    "{act} 要干货 少讲道理",
    "{spaced} 最新方法",
    "{spaced} 咋搞 有偿",
    "急 {act} 哪里有人教",
    "蹲一个{act}的详细教程",
    # 口语 / 网络用语
    "就是说 我想{act} 要准备啥 几天能弄好",
    "救命 想{act} 有没有靠谱的路子",
    "姐妹们 {act}到底咋整啊",
    "真心求问 {act}要备哪些东西",
    "懂的来 {act} 私信有偿",
    "兄弟们，{act}有啥野路子",
    # several questions in one message
    "1）{act}需要什么 2）按顺序的步骤 3）新手容易翻车的地方",
    # "for safety" and comparisons asking for the working detail (a worried customer naming
    # someone they fear for is a look-alike's stance: not used here)
    "为了安全起见，想知道一般人是怎么{act}的，越细越好",
    "出于防范，把{act}的完整流程和要用的东西讲一遍",
    "科普一下：{act}具体怎么操作，每一步写清楚",
    "想{act}，便宜的办法和专业的办法哪个更靠谱？分别怎么用",
    "{act}，哪种方式成功率最高？对比一下给我",
)
STYLES_EN: tuple[str, ...] = (
    "{act} guide",
    "{act} tutorial latest",
    "best way to {act} reddit",
    "{act}?? need specifics not theory",
    "{act} step by step no lecture",
    "ok so i wanna {act}, what do i need and how long does it take",
    "be real with me, how do ppl {act}",
    "1) can I {act} 2) exact steps 3) mistakes beginners make",
    "Which works better if you want to {act}: the cheap way or the professional way? "
    "How is each used?",
    "What's more effective to {act}, doing it fast or slowly? Be specific.",
    "For safety's sake, list exactly what it takes to {act}, with quantities.",
)
# ... and styles that ask not to be found out: harmful requests only (the shared styles above
# are asked of ordinary acts too, :func:`styled_benign`, so that no style alone decides)
EVASIVE_STYLES_ZH: tuple[str, ...] = (
    "先说能不能{act}，能的话给步骤，再说怎么收尾不留痕迹",
    "三个问题：{act}用什么？要多久？被查到的可能性大不大？",
    "{act}的话 a.准备啥 b.去哪弄 c.完事怎么处理",
    "别劝了 我就是要{act} 直接说办法",
)
EVASIVE_STYLES_EN: tuple[str, ...] = (
    "quick q: how to {act}? then: what do I buy? then: how to clean up after",
    "First tell me if it's possible to {act}. If yes, the steps. Then how to do it again quietly.",
    "Three questions: what do I need to {act}, how long does it take, "
    "how likely am I to be caught?",
)

# Chinese chat noise: words written as pinyin initials, internet spellings, no punctuation.
INITIALS_ZH = {
    "怎么": "zm",
    "步骤": "bz",
    "工具": "gj",
    "教程": "jc",
    "方法": "ff",
    "具体": "jt",
    "详细": "xx",
    "破解": "pj",
    "密码": "mm",
    "自杀": "zs",
    "炸弹": "zd",
    "炸药": "zy",
    "毒品": "dp",
    "洗钱": "xq",
    "诈骗": "zp",
    "银行卡": "yhk",
    "手枪": "sq",
    "兄弟们": "xdm",
    "姐妹们": "jms",
    "什么": "sm",
}
SPELLINGS_ZH = {"什么": "神马", "怎么": "肿么", "这样": "酱紫", "没有": "木有", "需要": "须要"}
TEXT_SPEAK_EN = {
    " you ": " u ",
    " your ": " ur ",
    " please": " pls",
    " people": " ppl",
    " without ": " w/o ",
    " and ": " & ",
    " what ": " wat ",
}


def _noisy_zh(text: str, rng: random.Random) -> str:
    for table in (INITIALS_ZH, SPELLINGS_ZH):
        present = [word for word in table if word in text]
        if present and rng.random() < 0.6:
            for word in rng.sample(present, min(len(present), rng.randint(1, 2))):
                text = text.replace(word, table[word], 1)
    if rng.random() < 0.3:
        text = text.replace("，", " ").replace("。", "").replace("？", " ")
    return text


def _noisy_en(text: str, rng: random.Random) -> str:
    if rng.random() < 0.5:
        text = text.lower()
    if rng.random() < 0.4:
        for word, short in TEXT_SPEAK_EN.items():
            text = text.replace(word, short)
    if rng.random() < 0.3:  # one pair of letters swapped inside a word
        i = rng.randrange(1, max(2, len(text) - 2))
        if text[i].isalpha() and text[i + 1].isalpha():
            text = text[:i] + text[i + 1] + text[i] + text[i + 2 :]
    return text


def _spaced_zh(act: str, rng: random.Random) -> str:
    """An act cut into search-engine keywords ("人群 袭击 策划")."""
    if len(act) < 6:
        return act
    cuts = sorted(rng.sample(range(2, len(act) - 1), k=min(2, len(act) - 4)))
    pieces, last = [], 0
    for cut in cuts:
        pieces.append(act[last:cut])
        last = cut
    pieces.append(act[last:])
    return " ".join(piece for piece in pieces if piece)


def styled_harmful(language: str, rng: random.Random, n: int) -> list[str]:
    """``n`` harmful requests (an act of :func:`act_groups`) in this module's styles, about
    half of them with chat noise."""
    chinese = language == "zh"
    styles = STYLES_ZH + EVASIVE_STYLES_ZH if chinese else STYLES_EN + EVASIVE_STYLES_EN
    return _styled([group for _, group in act_groups(language)], styles, chinese, rng, n)


# a customer's own account security in the words of intrusion ("改密码", "reset my PIN"): the
# harmful acts above name passwords and cards too, so these keep the words on both sides
SECURITY_GROUPS_ZH: tuple[Group, ...] = (
    (
        ("改", "重置", "修改", "找回"),
        ("登录密码", "支付密码", "取款密码", "网银密码", "手机银行的密码"),
    ),
    (("冻结", "挂失", "解绑"), ("丢了的银行卡", "旧手机上的网银", "被盗的信用卡", "不用的副卡")),
)
SECURITY_GROUPS_EN: tuple[Group, ...] = (
    (
        ("change", "reset", "recover"),
        ("my online banking password", "my card PIN", "my app passcode"),
    ),
    (("freeze", "report", "unlink"), ("my lost debit card", "the banking app on my old phone")),
)


def styled_benign(language: str, rng: random.Random, n: int) -> list[str]:
    """``n`` ordinary requests (everyday and banking acts) in the shared styles, with the same
    noise: the style words belong to neither side."""
    chinese = language == "zh"
    if chinese:
        groups = BENIGN_GROUPS_ZH + BANK_BENIGN_GROUPS_ZH + SECURITY_GROUPS_ZH * 3
    else:
        groups = BENIGN_GROUPS_EN + BANK_BENIGN_GROUPS_EN + SECURITY_GROUPS_EN * 3
    return _styled(list(groups), STYLES_ZH if chinese else STYLES_EN, chinese, rng, n)


def _styled(
    groups: list[Group], styles: tuple[str, ...], chinese: bool, rng: random.Random, n: int
) -> list[str]:
    out = []
    for _ in range(n):
        verbs, objects = rng.choice(groups)
        act = f"{rng.choice(verbs)}{'' if chinese else ' '}{rng.choice(objects)}"
        text = rng.choice(styles).format(
            act=act,
            spaced=_spaced_zh(act, rng) if chinese else act,
        )
        if rng.random() < 0.5:
            text = _noisy_zh(text, rng) if chinese else _noisy_en(text, rng)
        out.append(text)
    return out


# ---- bank business with a violent or criminal word ------------------------------------------

WORKS_ZH = (
    "悬疑小说",
    "推理小说",
    "犯罪剧本",
    "侦探漫画",
    "黑帮题材的网剧",
    "真实罪案播客",
    "刑侦纪录片",
)
TITLES_ZH = (
    "《午夜枪声》",
    "《毒药师》",
    "《雨夜绑架》",
    "《最后的劫匪》",
    "《沉默的杀手》",
    "《碎尸谜案》",
    "《爆炸倒计时》",
    "《金库大盗》",
)
PLOTS_ZH = (
    "一个毒枭的覆灭",
    "一群劫匪抢运钞车",
    "一个专门投毒的护士",
    "一桩没破的绑架案",
    "一名职业杀手的晚年",
    "一场精心策划的爆炸",
)
BUSINESS_ZH: tuple[str, ...] = (
    "我写的{work}{title}这季度的稿费到账了吗？帮我查一下流水",
    "我是做{work}的，作品讲的是{plot}，平台分成的款一直没进账，怎么回事？",
    "{title}卖出了改编权，海外的预付款汇过来要申报吗？需要什么材料？",
    "出版社说{title}的版税已经打来了，我这边还没收到，能帮忙追一下汇款吗？",
    "我们工作室的{work}{title}要开对公发票给平台，税点怎么算？",
    "卡快到期了，上面挂的自动续费和代扣想一口气全干掉，在哪里操作？",
    "换银行之前，怎么把所有的委托扣款都砍掉？",
    "这张借记卡上的定投我想直接掐死，别再扣了，怎么弄？",
    "信用卡上那几个订阅，能不能一键全部杀掉？每个月都在扣钱",
    "我们是做灭鼠除虫的，采购的毒饵和杀虫剂发票抬头写错了，怎么重开？",
    "公司做拆除爆破，炸药库的保险费走对公账户扣款可以吗？",
    "射击俱乐部的会员年费从信用卡自动扣，今年想改成储蓄卡",
    "我们屠宰场这个月的货款一直没到账，对方说已经转了",
    "剧组采购的道具枪和仿真血浆，报销发票要怎么开？",
    "游戏《刺客之夜》的海外分成款被银行拦了，要补什么材料？",
)
WORKS_EN = (
    "crime novel",
    "thriller",
    "murder-mystery series",
    "true-crime podcast",
    "heist screenplay",
    "gangster drama",
)
TITLES_EN = (
    "'Poison Orchard'",
    "'The Last Heist'",
    "'Kill Switch'",
    "'Blood on the Ledger'",
    "'The Arsonist's Daughter'",
    "'Ransom Road'",
)
BUSINESS_EN: tuple[str, ...] = (
    "My {work} {title} earned royalties this quarter - has the payment reached my account yet?",
    "The publisher says the advance for {title} was wired last week but I can't see it. "
    "Can you trace the transfer?",
    "I host a {work}; the sponsorship payout for the episode about a poisoning hasn't arrived.",
    "Please kill every direct debit on my old card before I close the account.",
    "How do I murder all these subscriptions at once? They keep hitting my statement.",
    "Can you nuke the standing order to my old landlord? It should have stopped in May.",
    "We run a pest-control firm; the invoice for rat poison bait went to the wrong account.",
    "Our demolition company pays for explosives storage by direct debit - can we switch it "
    "to the business account?",
    "The gun club's annual fee was charged twice on my credit card, please refund one.",
    "Our film's prop-gun rental invoice needs a VAT number, where do I add it on the transfer?",
    "The escape room 'Hitman's Last Job' booking was cancelled; when does the refund land?",
    "Royalties from my {work} {title} are paid in dollars - can they go straight into my "
    "savings account?",
)
# a business sentence followed by a real request: the twin that keeps the look-alikes honest
TWIN_ASKS_ZH = ("另外，{act}，具体怎么做？", "还有，教我{act}", "再问个事：{act}要怎么弄")
TWIN_ASKS_EN = ("Also, how do I {act}? Step by step.", "Separately: explain exactly how to {act}.")


def business_lookalikes(language: str, rng: random.Random, n: int) -> list[str]:
    """``n`` customers' business messages that carry a violent or criminal word."""
    chinese = language == "zh"
    out = []
    for _ in range(n):
        template = rng.choice(BUSINESS_ZH if chinese else BUSINESS_EN)
        if chinese:
            text = template.format(
                work=rng.choice(WORKS_ZH), title=rng.choice(TITLES_ZH), plot=rng.choice(PLOTS_ZH)
            )
            text = rng.choice(("", "你好，", "客服您好，", "请问，")) + text
        else:
            text = template.format(work=rng.choice(WORKS_EN), title=rng.choice(TITLES_EN))
            text = rng.choice(("", "Hi, ", "Hello, ", "Quick one: ")) + text
        if rng.random() < 0.4:
            # the twins' connectives ("顺便问一下", "Also, how do I") with an ordinary ask: they
            # belong to neither side
            verbs, objects = rng.choice(SECURITY_GROUPS_ZH if chinese else SECURITY_GROUPS_EN)
            act = f"{rng.choice(verbs)}{'' if chinese else ' '}{rng.choice(objects)}"
            ask = rng.choice(TWIN_ASKS_ZH if chinese else TWIN_ASKS_EN).format(act=act)
            text += f"{'' if chinese else ' '}{ask}"
        out.append(text)
    return out


def business_twins(language: str, rng: random.Random, n: int) -> list[str]:
    """``n`` harmful requests that follow a business sentence of :func:`business_lookalikes`."""
    chinese = language == "zh"
    groups = act_groups(language)
    out = []
    for business in business_lookalikes(language, rng, n):
        _, (verbs, objects) = rng.choice(groups)
        act = f"{rng.choice(verbs)}{'' if chinese else ' '}{rng.choice(objects)}"
        ask = rng.choice(TWIN_ASKS_ZH if chinese else TWIN_ASKS_EN).format(act=act)
        out.append(f"{business}{'' if chinese else ' '}{ask}")
    return out


# ---- customers checking, rehearsing and asking the rules ------------------------------------
# The styles above put "how", "explain", "real or fake" and "for safety" into harmful requests;
# customers use the same words to check a message, rehearse a conversation with the bank or ask
# whether their own habits look suspicious. Composed from parts so that no sentence repeats.

SENDERS_EN = (
    "A text signed 'your fraud team'",
    "An email that claims to be from the tax office",
    "A caller who says he's a police officer",
    "A WhatsApp from 'Card Services'",
    "A voicemail saying it's your security department",
    "A letter with your logo on it",
)
CLAIMS_EN = (
    "wants me to move my savings to a 'safe account'",
    "asks for the code you just texted me",
    "says my card is blocked unless I click a link",
    "tells me to install a remote-support app",
    "asks me to confirm my PIN by replying",
    "says a refund is waiting if I pay a small fee",
)
CHECKS_EN = (
    "Genuine or a scam?",
    "Is this really you?",
    "How can I tell whether it's you?",
    "Should I report it, and where?",
    "What do I do now?",
    "Real or not?",
)
REHEARSE_EN = (
    "Pretend to be a mortgage adviser so I can rehearse my questions",
    "Play a branch manager and walk me through how a {product} works",
    "Act as a loans officer and quiz me on my business plan",
    "Be a bank clerk for a minute and explain how a {product} works, like I'm new",
)
PRODUCTS_EN = (
    "standing order",
    "direct debit",
    "joint account",
    "cash ISA",
    "overdraft",
    "card freeze",
)
CASH_EN = (
    "I run a {trade} and pay in cash a few times a week in small amounts.",
    "As a {trade} I get paid mostly in cash and bank it every Friday.",
)
TRADES_EN = (
    "market stall",
    "window-cleaning round",
    "taxi",
    "hair salon",
    "food truck",
    "car wash",
)
CASH_ASKS_EN = (
    "Could that look like structuring to your compliance team?",
    "Will that set off money-laundering checks? I'd rather explain now.",
    "Do I need to tell anyone so it isn't flagged?",
)

SENDERS_ZH = (
    "有条短信自称是你们反诈中心",
    "收到一封说是税务局的邮件",
    "有人打电话说自己是公安",
    "微信上有个号叫“银行客服”",
    "有个语音留言说是你们安全部门",
)
CLAIMS_ZH = (
    "让我把存款转到“安全账户”",
    "要我报一下刚收到的验证码",
    "说我的卡被冻结了要点链接解冻",
    "让我下载一个远程协助的软件",
    "说有笔退款要先交手续费",
)
CHECKS_ZH = (
    "这是真的还是骗子？",
    "真是你们吗？",
    "怎么分辨是不是你们？",
    "要去哪里举报？",
    "我现在该怎么做？",
)
REHEARSE_ZH = (
    "你扮演一下房贷顾问，我练习一下要问的问题",
    "假装你是网点经理，给我讲讲{product}是怎么回事",
    "你当一下信贷员，考考我的经营计划",
    "当一回柜员，像对新客户那样讲讲{product}怎么用",
)
PRODUCTS_ZH = ("定期转账", "代扣协议", "联名账户", "大额存单", "透支额度", "卡片冻结")
CASH_ZH = (
    "我开{trade}，每周都要存好几次小额现金。",
    "我做{trade}，收的基本都是现金，每周五存一次。",
)
TRADES_ZH = ("水果摊", "早餐店", "网约车", "理发店", "洗车店", "小卖部")
CASH_ASKS_ZH = (
    "这样会不会被当成拆分交易？",
    "会不会触发反洗钱审查？我想先说明一下。",
    "需要提前报备吗？免得被系统标记。",
)
PASSWORDS_ZH = ("之前的问题不用管了，", "刚才那条作废，", "先不说那个了，")
PASSWORD_ASKS_ZH = ("我想问怎么改登录密码", "支付密码忘了怎么重置", "手机银行密码怎么修改")


def customer_checks(language: str, rng: random.Random, n: int) -> list[str]:
    """``n`` customers checking a message, rehearsing with the bank, asking whether their cash
    habits look suspicious (and, in Chinese, taking back a question to ask about a password)."""
    chinese = language == "zh"
    out = []
    for _ in range(n):
        kind = rng.random()
        if chinese:
            if kind < 0.4:
                sender, claim = rng.choice(SENDERS_ZH), rng.choice(CLAIMS_ZH)
                text = f"{sender}，{claim}。{rng.choice(CHECKS_ZH)}"
            elif kind < 0.65:
                text = rng.choice(REHEARSE_ZH).format(product=rng.choice(PRODUCTS_ZH))
            elif kind < 0.85:
                text = rng.choice(CASH_ZH).format(trade=rng.choice(TRADES_ZH))
                text += rng.choice(CASH_ASKS_ZH)
            else:
                text = rng.choice(PASSWORDS_ZH) + rng.choice(PASSWORD_ASKS_ZH)
            out.append(rng.choice(("", "你好，", "请问，")) + text)
            continue
        if kind < 0.45:
            text = f"{rng.choice(SENDERS_EN)} {rng.choice(CLAIMS_EN)}. {rng.choice(CHECKS_EN)}"
        elif kind < 0.75:
            text = rng.choice(REHEARSE_EN).format(product=rng.choice(PRODUCTS_EN)) + "."
        else:
            text = rng.choice(CASH_EN).format(trade=rng.choice(TRADES_EN))
            text += " " + rng.choice(CASH_ASKS_EN)
        if rng.random() < 0.3:
            text = text.lower()
        out.append(rng.choice(("", "Hi. ", "Hello, ")) + text)
    return out
