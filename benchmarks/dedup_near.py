"""Near-duplicate detection at scale: N short bank-like messages (English and Chinese) with 5%
planted near duplicates (a word or character changed, added or removed, plus punctuation or
case noise), run through ``steward.data.dedup.NearDuplicateDetector``.

Reports precision and recall of the planted pairs, wall time per step and peak RSS, and as
peer figures datasketch's own ``MinHash.bulk`` signing (timed on a sample, extrapolated) and,
with ``--datasketch-index``, the same run with ``datasketch.MinHashLSH`` as the index.

- recall: share of planted duplicates that end up in the same cluster as their original;
- precision: share of reported (member, representative) pairs that come from the same
  original (the original and its planted duplicates form one family).

Usage: python benchmarks/dedup_near.py [--n 1000000] [--jobs 2] [--threshold 0.7]
Writes benchmarks/results/dedup_near.json (``--no-write`` to skip).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import time
from collections.abc import Sequence
from pathlib import Path
from random import Random
from typing import Any

from datasketch import MinHash

from steward.data.dedup import (
    NearDuplicateCluster,
    NearDuplicateDetector,
    shingle_hash,
    shingles,
)

ROOT = Path(__file__).resolve().parents[1]

# A message is four phrases, one from each pool, with slots filled, and a free-text part of
# 5 to 9 words (Chinese: 3 to 6 two-character words) drawn from a bank vocabulary, standing in
# for the customer's own wording. Phrases alone would collide at a million messages (two
# messages sharing three of four phrases are genuine near duplicates); the free text keeps
# originals mutually dissimilar, so what is near-duplicated is what was planted.
EN_POOLS: tuple[tuple[str, ...], ...] = (
    ("hi", "hello", "good morning", "hey there", "excuse me", "dear bank", "urgent",
     "quick question", "sorry to bother you", "please help", "good evening", "hello team",
     "hi support", "morning", "to whom it may concern", "help needed",
     "question about my {card} card",
     "about my {product} account", "regarding a payment to {shop}", "this is about {city}",
     "following up on ticket {ref}", "hi again", "greetings", "hello, customer {ref} here",
     "hey bank people", "hi it is me again", "ok so", "right, so", "hello from {city}",
     "need some advice"),
    ("i lost my {card} card near {place}", "my {card} card was declined at {shop}",
     "i want to dispute a charge of {amount} from {shop}", "a transfer of {amount} failed",
     "my new {card} card has not arrived", "i forgot the pin of card ending {digits}",
     "i want to close my {product} account", "i need last year's statement",
     "the limit on my {card} card is too low", "someone used my card at {shop} in {city}",
     "the interest on my {product} account looks wrong", "my refund of {amount} is missing",
     "the mobile app will not let me log in", "the fee for sending money abroad surprised me",
     "my phone number changed to one ending {digits}", "the {city} branch was closed",
     "{shop} charged me twice for {amount}", "my salary did not arrive",
     "i would like a {product} account for my {relative}", "the atm at {place} swallowed my card",
     "my online banking password expired", "a direct debit to {shop} bounced",
     "i see a pending payment of {amount} i never made", "my mortgage payment went out twice",
     "the exchange rate for my {city} trip seems off", "my cheque for {amount} has not cleared",
     "my address needs updating after moving to {city}", "i got a text asking for my pin",
     "my standing order of {amount} stopped", "i cannot find my iban in the app"),
    ("since {day} {month}", "this morning", "last night around {hour}", "on {day} {month}",
     "two days ago", "while I was in {city}", "after the app update", "for the third time",
     "right after payday", "during my holiday in {city}", "at about {hour} pm",
     "when I tried again at {place}", "earlier today at {shop}", "back in {month} {year}",
     "over the weekend", "while paying online", "at the {city} airport", "yesterday evening",
     "just now", "before my flight", "every month since {year}", "as of {day} {month}",
     "at the counter in {city}", "when my {relative} used it", "after I called on {day}",
     "on my way to {place}", "between {hour} and {hour2}", "for the past week",
     "since I opened the account in {year}", "again today"),
    ("can you fix this", "what should I do", "please call me back", "is this normal",
     "how long will it take", "please block the card", "i need the money by {day} {month}",
     "please refund me", "thanks", "can someone explain", "reference {ref}",
     "my customer number is {ref}", "please reply by email", "is there a fee for this",
     "can I do it in the app", "i already called twice", "this is really frustrating",
     "what documents do you need", "please escalate", "thank you in advance",
     "can I visit a branch instead", "who can I talk to", "is my money safe",
     "please confirm once done", "i am travelling to {city} soon", "do I need a new card",
     "let me know asap", "cheers", "kind regards", "sent from my phone"),
)  # fmt: skip
ZH_POOLS: tuple[tuple[str, ...], ...] = (
    ("你好", "您好", "请问", "麻烦问一下", "急", "早上好", "晚上好", "打扰了", "客服你好",
     "我想咨询一下", "关于我的{zcard}卡", "关于{zproduct}账户", "我是老客户", "在吗",
     "有个问题", "帮帮忙", "工单{ref}跟进", "我在{zcity}", "我又来了", "紧急求助"),
    ("我的{zcard}卡在{zplace}丢了", "我在{zshop}刷卡被拒绝了", "{zshop}那笔{amount}元我不认",
     "转账{amount}元失败了", "新卡一直没有寄到", "尾号{digits}的卡密码忘了",
     "我想注销{zproduct}账户", "需要去年的对账单", "信用卡额度太低了", "有人在{zcity}盗刷我的卡",
     "{zproduct}账户利息算错了", "退款{amount}元没到账", "手机银行登录不了", "境外汇款手续费太高",
     "手机号换了尾号是{digits}", "{zcity}的网点关门了", "{zshop}重复扣款{amount}元",
     "工资没有到账", "想给{zrel}开个{zproduct}账户", "取款机吞了我的卡", "网银密码过期了",
     "自动扣款失败了", "有一笔{amount}元的交易不是我做的", "房贷扣了两次",
     "汇率好像不对", "支票{amount}元还没入账", "搬到{zcity}了要改地址", "收到短信要我的密码",
     "定期转账停了", "在应用里找不到账号"),
    ("从{day}号开始", "今天早上", "昨晚{hour}点左右", "{month2}月{day}号", "两天前",
     "在{zcity}的时候",
     "更新应用以后", "已经第三次了", "刚发工资", "在{zcity}旅游时", "下午{hour}点",
     "在{zplace}又试了一次", "今天在{zshop}", "{year}年{month2}月", "周末", "网上支付时",
     "在机场", "昨天傍晚", "刚才", "每个月都这样", "{zrel}用卡的时候", "打完电话以后",
     "去{zplace}的路上", "这一周", "开户以后一直"),
    ("怎么办", "请尽快处理", "请给我回电话", "这正常吗", "要多久", "请帮我冻结", "请退款",
     "谢谢", "谁能解释一下", "参考号{ref}", "客户号{ref}", "请发邮件回复", "要收费吗",
     "能在应用里办吗", "我已经打了两次电话", "太让人着急了", "需要什么材料", "请升级处理",
     "先谢谢了", "可以去网点办吗", "我的钱安全吗", "办好了请告诉我", "要换新卡吗", "尽快回复"),
)  # fmt: skip
SLOTS = {
    "card": ("credit", "debit", "platinum", "travel", "student", "business", "gold", "virtual"),
    "place": ("home", "work", "the station", "the mall", "the airport", "the gym", "school"),
    "shop": ("amazon", "walmart", "starbucks", "ikea", "uber", "netflix", "shell", "apple",
             "costco", "tesco", "zara", "hilton", "expedia", "spotify", "lidl", "target"),
    "product": ("savings", "checking", "joint", "business", "student", "pension", "fx"),
    "city": ("london", "hong kong", "shanghai", "paris", "new york", "tokyo", "berlin",
             "sydney", "toronto", "dubai", "madrid", "seoul", "singapore", "chicago"),
    "month": ("january", "february", "march", "april", "may", "june", "july", "august",
              "september", "october", "november", "december"),
    "relative": ("son", "daughter", "wife", "husband", "mother", "father", "partner"),
    "zcard": ("信用", "借记", "白金", "旅行", "学生", "商务", "金"),
    "zplace": ("家里", "公司", "车站", "商场", "机场", "健身房", "学校"),
    "zshop": ("淘宝", "京东", "星巴克", "宜家", "滴滴", "美团", "拼多多", "苹果", "麦当劳"),
    "zproduct": ("储蓄", "活期", "定期", "联名", "商务", "养老", "外汇"),
    "zcity": ("北京", "上海", "广州", "深圳", "香港", "杭州", "成都", "南京", "武汉"),
    "zrel": ("儿子", "女儿", "老婆", "老公", "妈妈", "爸爸"),
}  # fmt: skip


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


EN_FREE = _words(
    """account app atm balance bank branch card cash charge cheque code credit customer date
    debit deposit details email error fee form fraud fund holiday income interest internet
    limit loan login machine manager money mortgage number online order overdraft password
    payee payment phone pin purchase receipt refund salary savings screen service shop
    signature statement status support tax terminal ticket transaction transfer travel
    wallet website week withdrawal yesterday already always because before blocked broken
    cancelled changed closed confused delayed double expired failed frozen hacked late
    missing new old pending rejected stolen strange stuck suspicious wrong urgent weird
    abroad afternoon evening morning night weekend monday tuesday wednesday thursday friday
    saturday sunday month year daughter son wife husband mother father friend colleague
    boss landlord neighbour letter parcel courier office counter queue advisor agent call
    chat message notification alert code token device laptop tablet browser update version
    contract insurance pension investment stock share bond rate exchange currency euro
    dollar pound yen yuan dispute complaint claim review appeal request approval decision
    delivery address postcode identity passport licence visa residence student business"""
)
ZH_FREE = _words(
    """账户 余额 银行 网点 卡片 现金 扣费 支票 客户 日期 借记 存款 邮件 错误 手续 表格
    诈骗 资金 假期 收入 利息 网络 额度 贷款 登录 机器 经理 房贷 密码 订单 透支 付款 电话
    消费 收据 退款 工资 储蓄 屏幕 服务 商店 签名 账单 状态 税费 终端 交易 转账 旅行 钱包
    网站 取款 昨天 已经 因为 之前 冻结 损坏 取消 更改 关闭 困惑 延迟 重复 过期 失败 被盗
    奇怪 可疑 错误 紧急 境外 下午 晚上 早上 周末 月份 今年 女儿 儿子 妻子 丈夫 母亲 父亲
    朋友 同事 老板 房东 邻居 信件 包裹 快递 柜台 排队 顾问 通知 提醒 验证 设备 电脑 平板
    浏览 版本 合同 保险 养老 投资 股票 基金 汇率 外币 欧元 美元 英镑 日元 人民 投诉 申请
    审批 决定 地址 邮编 身份 护照 签证 居住 学生 生意 现在 马上 一直 还是 但是 所以"""
)
EN_WORDS = ("please", "now", "today", "my", "the", "really", "again", "card", "account", "asap")
ZH_CHARS = "的了我是在有不这就都也要请吗呢吧啊卡钱"


def _fill(template: str, rng: Random) -> str:
    if "{" not in template:
        return template
    values = {key: rng.choice(options) for key, options in SLOTS.items()}
    values.update(
        amount=str(rng.randint(5, 99_999)),
        digits=f"{rng.randint(0, 9999):04d}",
        ref=f"{rng.randint(0, 10**8):08d}",
        day=str(rng.randint(1, 28)),
        year=str(rng.randint(1995, 2025)),
        hour=str(rng.randint(1, 12)),
        hour2=str(rng.randint(1, 12)),
        month2=str(rng.randint(1, 12)),
    )
    return template.format(**values)


def base_message(rng: Random, chinese: bool) -> str:
    pools = ZH_POOLS if chinese else EN_POOLS
    parts = [_fill(rng.choice(pool), rng) for pool in pools]
    if chinese:
        parts.insert(2, "".join(rng.choices(ZH_FREE, k=rng.randint(3, 6))))
        return "，".join(parts) + rng.choice(("。", "？", "！", ""))
    parts.insert(2, " ".join(rng.choices(EN_FREE, k=rng.randint(5, 9))))
    text = ", ".join(parts) + rng.choice((".", "?", "!", ""))
    return text[0].upper() + text[1:]


def near_duplicate(text: str, rng: Random, chinese: bool) -> str:
    """One edit (change, add or remove a word / character), then punctuation or case noise."""
    edit = rng.choice(("change", "add", "remove"))
    if chinese:
        chars = list(text)
        k = rng.randrange(len(chars))
        if edit == "change":
            chars[k] = rng.choice(ZH_CHARS)
        elif edit == "add":
            chars.insert(k, rng.choice(ZH_CHARS))
        elif len(chars) > 4:
            del chars[k]
        text = "".join(chars)
        if rng.random() < 0.5:
            text = text.rstrip("。？！") + rng.choice(("！！", "？", "。。", "…"))
        return text
    words = text.split(" ")
    k = rng.randrange(len(words))
    if edit == "change":
        words[k] = rng.choice(EN_WORDS)
    elif edit == "add":
        words.insert(k, rng.choice(EN_WORDS))
    elif len(words) > 3:
        del words[k]
    text = " ".join(words)
    noise = rng.random()
    if noise < 0.25:
        text = text.lower()
    elif noise < 0.4:
        text = text.upper()
    elif noise < 0.7:
        text = text.rstrip(".?!") + rng.choice(("!!", "??", " ...", ";"))
    return text


def generate(
    n: int, seed: int, dup_rate: float = 0.05, zh_share: float = 0.3
) -> tuple[list[str], list[int], int]:
    """``n`` messages, ``round(n * dup_rate)`` of them planted near duplicates, shuffled.

    Returns the texts, the family of each (an original ``k`` is ``k``, a planted duplicate of
    it ``-k - 1``) and the number planted."""
    rng = Random(seed)
    n_dup = round(n * dup_rate)
    n_base = n - n_dup
    languages = [rng.random() < zh_share for _ in range(n_base)]
    texts = [base_message(rng, zh) for zh in languages]
    families = list(range(n_base))
    for _ in range(n_dup):
        origin = rng.randrange(n_base)
        texts.append(near_duplicate(texts[origin], rng, languages[origin]))
        families.append(-origin - 1)
    order = list(range(n))
    rng.shuffle(order)
    return [texts[i] for i in order], [families[i] for i in order], n_dup


def _origin(family: int) -> int:
    return family if family >= 0 else -family - 1


def score(
    clusters: Sequence[NearDuplicateCluster], families: list[int], n_dup: int
) -> dict[str, float | int]:
    """Precision of reported pairs and recall of planted duplicates (see the module doc)."""
    cluster_of: dict[int, int] = {}
    predicted = correct = 0
    for c, cluster in enumerate(clusters):
        rep = int(cluster.representative_id)
        cluster_of[rep] = c
        for member in cluster.member_ids:
            cluster_of[int(member)] = c
            predicted += 1
            correct += _origin(families[int(member)]) == _origin(families[rep])
    # a planted duplicate is found when it shares a cluster with its original
    original_at = {family: i for i, family in enumerate(families) if family >= 0}
    found = sum(
        1
        for i, family in enumerate(families)
        if family < 0 and cluster_of.get(i, -1) == cluster_of.get(original_at[-family - 1], -2)
    )
    return {
        "planted": n_dup,
        "reported_pairs": predicted,
        "true_reported_pairs": correct,
        "precision": round(correct / predicted, 4) if predicted else 0.0,
        "recall": round(found / n_dup, 4) if n_dup else 0.0,
    }


def peak_rss_mib() -> dict[str, float]:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"self": round(own, 1), "largest_child": round(children, 1)}


def run(
    texts: list[str], families: list[int], n_dup: int, args: argparse.Namespace, index: str
) -> dict[str, Any]:
    detector = NearDuplicateDetector(
        threshold=args.threshold,
        num_perm=args.num_perm,
        word_ngram=args.word_ngram,
        char_ngram=args.char_ngram,
        index=index,  # type: ignore[arg-type]
        n_jobs=args.jobs,
    )
    started = time.perf_counter()
    detector.fit(texts)
    fitted = time.perf_counter()
    clusters = detector.find()
    done = time.perf_counter()
    return {
        "index": index,
        "bands": detector.bands,
        "rows": detector.rows,
        "fit_seconds": round(fitted - started, 2),
        "find_seconds": round(done - fitted, 2),
        "total_seconds": round(done - started, 2),
        "clusters": len(clusters),
        **score(clusters, families, n_dup),
    }


def datasketch_signing_seconds(
    texts: list[str], args: argparse.Namespace, sample: int = 5000
) -> float:
    """datasketch's own MinHash.bulk on a sample, extrapolated to all texts (peer figure)."""
    sets = [[s.encode() for s in shingles(t, args.word_ngram, args.char_ngram)] for t in texts]
    sets = [s for s in sets[:sample] if s]
    started = time.perf_counter()
    MinHash.bulk(sets, num_perm=args.num_perm, seed=1, hashfunc=shingle_hash)
    return (time.perf_counter() - started) * len(texts) / len(sets)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--threshold", type=float, default=0.7)
    parser.add_argument("--num-perm", type=int, default=128)
    parser.add_argument("--word-ngram", type=int, default=1)
    parser.add_argument("--char-ngram", type=int, default=2)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--datasketch-index", action="store_true", help="also run MinHashLSH")
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()

    started = time.perf_counter()
    texts, families, n_dup = generate(args.n, args.seed)
    generation = time.perf_counter() - started
    runs = [run(texts, families, n_dup, args, "numpy")]
    if args.datasketch_index:
        runs.append(run(texts, families, n_dup, args, "datasketch"))
    peer = datasketch_signing_seconds(texts, args)

    result = {
        "benchmark": "dedup_near",
        "machine": {"cpu_count": os.cpu_count(), "platform": platform.platform()},
        "params": {k: v for k, v in vars(args).items() if k != "no_write"},
        "generation_seconds": round(generation, 2),
        "runs": runs,
        "datasketch_minhash_bulk_seconds_extrapolated": round(peer, 1),
        "peak_rss_mib": peak_rss_mib(),
        "examples": [t for t in texts[:3]],
    }
    print(
        f"n={args.n} planted={n_dup} threshold={args.threshold} num_perm={args.num_perm} "
        f"shingles=word{args.word_ngram}/char{args.char_ngram} jobs={args.jobs}"
    )
    header = f"{'index':<11}{'b x r':>8}{'fit s':>8}{'find s':>8}{'total s':>9}"
    print(header + f"{'pairs':>9}{'precision':>11}{'recall':>8}")
    for r in runs:
        print(
            f"{r['index']:<11}{r['bands']:>4} x{r['rows']:>2}{r['fit_seconds']:>8}"
            f"{r['find_seconds']:>8}{r['total_seconds']:>9}{r['reported_pairs']:>9}"
            f"{r['precision']:>11}{r['recall']:>8}"
        )
    print(f"datasketch MinHash.bulk signing, extrapolated to n: {peer:.1f} s (one core)")
    print(f"peak RSS MiB: {result['peak_rss_mib']}")
    if not args.no_write:
        out = ROOT / "benchmarks" / "results" / "dedup_near.json"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", "utf-8")
        print(f"wrote {out}")


if __name__ == "__main__":
    main()
