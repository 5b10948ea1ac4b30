"""Keep a banking assistant on banking: refuse longer prompts that mention nothing a bank does.

A prompt passes when it holds one of the topic's keywords (English words, Chinese terms) or is
short (greetings, "thanks", "yes please" carry no topic). The keyword lists below cover a
retail bank's customer service; the policy adds its own (``extra_keywords``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from steward.data.pii.recognizers.base import words
from steward.serve.guards.base import Guard, GuardVerdict

BANKING_EN = words("""
account accounts bank banking balance balances transfer transfers transferred payment payments
pay paid paying payee loan loans mortgage credit debit card cards fee fees charge charged charges
refund refunds statement statements deposit deposits withdraw withdrawal withdrawals atm cash
pin interest rate rates overdraft limit limits fraud fraudulent transaction transactions money
savings saving cheque cheques check checks branch branches app login log password passcode
address phone number contact currency exchange wire iban swift sort code direct standing order
insurance invest investment investments pension isa stock stocks fund funds salary income tax
budget bill bills invoice receipt purchase purchases merchant contactless apple google wallet
blocked block unblock locked lock frozen freeze stolen lost expire expired expiry renew
dispute chargeback declined pending cancel cancelled subscription customer service complaint
open close closing online mobile verify verification identity id passport document documents
joint business borrow lend repay repayment instalment installment apr pension dollar dollars
euro euros pound pounds yuan rmb franc francs abroad travel travelling salary cashback reward
rewards points mastercard visa amex unionpay activate activating activation landlord rent
shopping post posted arrive arrived delivery
""")
BANKING_ZH = words("""
账户 账号 帐户 卡 银行 余额 转账 汇款 付款 支付 还款 贷款 房贷 车贷 信用 借记 费用 手续费 年费 退款
账单 存款 取款 取现 现金 密码 利息 利率 透支 额度 欺诈 诈骗 盗刷 交易 钱 储蓄 理财
基金 保险 支票 网点 网银 手机银行 登录 地址 电话 手机号 联系 汇率
外币 换汇 开户 销户 挂失 冻结 解冻 激活 到期 扣款 分期 退休金 养老金 到账 取钱 存钱 美元 汇
流水 代扣 自动扣费 会员 银联 取 存
客服 投诉 身份证 证件 验证 工资 报销 发票 商户 消费 充值 提现 退费 逾期 征信 存折 柜台 人民币 元
""")


class TopicGuard(Guard):
    name = "topic"
    directions = frozenset({"input"})

    def __init__(self, extra_keywords: Iterable[str] = (), min_words: int = 10) -> None:
        self.min_words = min_words
        words = [*BANKING_EN, *BANKING_ZH, *extra_keywords]
        latin = sorted({w.lower() for w in words if w.isascii()}, key=len, reverse=True)
        other = sorted({w for w in words if not w.isascii()}, key=len, reverse=True)
        self.pattern = re.compile(
            r"(?<![a-z])(?:"
            + "|".join(map(re.escape, latin))
            + r")(?![a-z])"
            + ("|" + "|".join(map(re.escape, other)) if other else ""),
            re.IGNORECASE,
        )
        self._word = re.compile(r"[A-Za-z]+|[\u4e00-\u9fff]")

    def check_batch(self, texts: Sequence[str]) -> list[GuardVerdict]:
        return [self._check(text) for text in texts]

    def _check(self, text: str) -> GuardVerdict:
        if self.pattern.search(text):
            return self.allow()
        # A Chinese character counts as half a word: six words is about twelve characters.
        words = sum(1 if w.isascii() else 0.5 for w in self._word.findall(text))
        if words < self.min_words:
            return self.allow(0.0, "short message: no topic needed")
        return self.block(1.0, "off topic: mentions nothing a bank's customer service handles")
