"""Agent replies for the bundled bank example, so the conversation log also trains the
generative assistant (``steward demo-data --replies``).

Each valid row gets a ``response``: the reply a trained agent gives to that intent, in the
message's language, consistent with the example knowledge base
(``knowledge/`` of ``steward init --example assistant``). Half the replies greet the customer
by a (synthetic)
name, so personal data also reaches the replies and the data stage must remove it there
too. Rows whose JSON is broken or lacks an intent are left as they are (they are
quarantined either way).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from random import Random

# (language, gender, rng) -> (display name, email local part): the bank generator's _person,
# passed in so that this module does not import the generator that imports it.
PersonMaker = Callable[[str, str, Random], tuple[str, str]]

REPLIES: dict[str, tuple[str, str]] = {
    "card_lost": (
        "I'm sorry to hear that. Please freeze the card now in the app under Cards > Freeze "
        "card, or call the 24-hour card line. A replacement is posted within five working days.",
        "很抱歉。请立即在应用中“卡片 > 冻结卡片”冻结该卡，或拨打24小时卡片热线。"
        "新卡将在五个工作日内寄出。",
    ),
    "card_activation": (
        "You can activate the new card in the app under Cards > Activate, or by making one "
        "chip-and-PIN payment or cash withdrawal.",
        "您可以在应用中“卡片 > 激活”激活新卡，或进行一次芯片加密码支付或取现。",
    ),
    "card_declined": (
        "Payments are declined when the card is frozen, the limit is reached or we suspect "
        "fraud. Please check the app for a fraud alert and confirm it if the payment was yours.",
        "卡片被冻结、达到限额或疑似欺诈时，付款会被拒绝。请在应用中查看欺诈提醒，如是本人交易请确认。",
    ),
    "card_delivery": (
        "New and replacement cards are posted within five working days. If it has not "
        "arrived after that, we can freeze it and send another.",
        "新卡和补发卡会在五个工作日内寄出。如逾期未到，我们可以冻结该卡并重新寄送。",
    ),
    "change_pin": (
        "You can view or change your PIN at any of our cash machines, or view it in the app "
        "under Cards > Show PIN. We will never ask you for your PIN.",
        "您可以在我行任意取款机修改密码，或在应用“卡片 > 查看密码”中查看。我们绝不会向您索要密码。",
    ),
    "transfer_failed": (
        "A transfer fails when the payee details do not match or the daily limit is reached. "
        "The money returns to your account within two working days.",
        "收款人信息不符或达到每日限额时转账会失败。款项将在两个工作日内退回您的账户。",
    ),
    "balance_inquiry": (
        "Your balance is on the home screen of the app and on any of our cash machines. "
        "For security I cannot read it out here.",
        "您的余额显示在应用首页，也可在我行取款机查询。为安全起见，我无法在此告知。",
    ),
    "transaction_dispute": (
        "If you do not recognise a transaction, freeze your card and report it in the app "
        "under Help > Report a transaction. We reply within ten working days.",
        "如有不认识的交易，请冻结卡片并在应用“帮助 > 报告交易”中提交。我们将在十个工作日内答复。",
    ),
    "refund_status": (
        "Refunds from a shop usually reach your account within five working days of the "
        "shop sending them. Pending refunds show in the app.",
        "商户发起退款后，通常五个工作日内到账。待处理的退款可在应用中查看。",
    ),
    "account_opening": (
        "You can open an account in the app with photo ID and proof of address; most "
        "applications are decided within a day.",
        "您可以在应用中凭带照片的身份证件和地址证明开户，大多数申请一天内完成审核。",
    ),
    "account_closure": (
        "To close an account, move any direct debits first, then ask in the app under "
        "Account > Close. The balance is sent to an account you name.",
        "销户前请先转移直接借记，然后在应用“账户 > 销户”中申请。余额会转入您指定的账户。",
    ),
    "password_reset": (
        "Tap 'Forgotten your password?' on the app's login screen; we send a one-time code "
        "to your registered phone number.",
        "请在应用登录页点击“忘记密码”，我们会向您登记的手机号发送一次性验证码。",
    ),
    "update_contact_details": (
        "You can change your phone number, email or address in the app under Profile. We "
        "confirm every change by a message to your old contact details.",
        "您可以在应用“个人资料”中修改手机号、邮箱或地址。每次修改我们都会通知您原来的联系方式。",
    ),
    "loan_inquiry": (
        "You can see the personal loan rates we can offer you in the app under Borrow, "
        "without any effect on your credit score.",
        "您可以在应用“借款”中查看可申请的个人贷款利率，不会影响您的信用评分。",
    ),
    "credit_limit_increase": (
        "You can ask for a higher credit limit in the app under Cards > Limits; we check "
        "your income and spending before deciding.",
        "您可以在应用“卡片 > 额度”中申请提高信用额度，我们会先评估您的收入和消费情况。",
    ),
    "exchange_rate": (
        "Card payments abroad use the network's exchange rate on the day, with no extra fee "
        "from us. Transfers abroad show the rate before you confirm.",
        "境外刷卡按当天卡组织汇率结算，我行不另收费。境外转账会在确认前显示汇率。",
    ),
    "atm_cash_not_dispensed": (
        "If a cash machine did not give you the money, report it in the app under Help. The "
        "amount is usually returned within five working days.",
        "如果取款机未吐钞，请在应用“帮助”中报告，款项通常会在五个工作日内退回。",
    ),
    "statement_request": (
        "Statements for the last seven years are in the app under Account > Statements, "
        "and you can download them as PDF.",
        "近七年的对账单可在应用“账户 > 对账单”中查看并下载为PDF。",
    ),
    "fee_inquiry": (
        "Everyday banking has no monthly fee. An arranged overdraft costs 39.9% a year; "
        "every fee is listed in the app under Account > Fees.",
        "日常账户不收月费。约定透支年利率为39.9%，所有费用均列在应用“账户 > 费用”中。",
    ),
    "direct_debit_cancel": (
        "You can cancel a direct debit in the app under Payments > Direct debits. Please "
        "also tell the company, so they do not claim a missed payment.",
        "您可以在应用“付款 > 直接借记”中取消直接借记，也请通知相关公司，以免被视为未付款。",
    ),
}
GREETINGS = ("Thanks for getting in touch, {name}. ", "谢谢您的来信，{name}。")
_GREETING_RATE = 0.5


def reply_for(intent: str, language: str, gender: str, rng: Random, person: PersonMaker) -> str:
    english, chinese = REPLIES[intent]
    body, greeting = (chinese, GREETINGS[1]) if language == "zh" else (english, GREETINGS[0])
    if rng.random() < _GREETING_RATE:
        name, _email = person(language, gender, rng)
        return greeting.format(name=name) + body
    return body


def add_replies(lines: list[bytes], seed: int, person: PersonMaker) -> list[bytes]:
    """Each parseable row with a known intent gets a ``response`` (seeded, deterministic);
    ``person`` names the customer a greeting addresses."""
    rng = Random(seed)
    out = []
    for line in lines:
        try:
            row = json.loads(line)
        except ValueError:
            out.append(line)
            continue
        intent = row.get("intent") if isinstance(row, dict) else None
        if isinstance(intent, str) and intent in REPLIES:
            language = "zh" if row.get("language") == "zh" else "en"
            gender = str(row.get("gender", ""))
            row["response"] = reply_for(intent, language, gender, rng, person)
            line = json.dumps(row, ensure_ascii=False).encode("utf-8")
        out.append(line)
    return out
