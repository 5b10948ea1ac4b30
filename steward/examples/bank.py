"""Deterministic synthetic data for the bundled bank customer-service example.

The generator writes a JSONL conversation log of a bank's customer-service assistant that
looks like a real, messy export: personal data inside the messages, HTML fragments, typos,
full-width characters and odd whitespace, customer retries (exact duplicates), near
duplicates, malformed rows of several kinds, and a planted, documented fairness problem
(an under-represented customer group whose messages are noisier and vaguer).

Everything is derived from ``BankDataConfig.seed`` through one ``random.Random`` instance, so
the same configuration always yields byte-identical output. ``docs/demo-data.md`` documents
the schema, every knob and how to measure the planted bias.
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from random import Random
from types import MappingProxyType

from stdnum import luhn
from stdnum.cn import ric

from steward.examples.replies import add_replies

__all__ = [
    "AGE_BANDS",
    "CHANNELS",
    "GENDERS",
    "INTENTS",
    "MALFORMED_KINDS",
    "PII_LABELS",
    "REGIONS",
    "BankDataConfig",
    "GenerationManifest",
    "generate_bank_lines",
    "write_bank_conversations",
]

# --------------------------------------------------------------------------------------
# Schema vocabularies
# --------------------------------------------------------------------------------------

INTENTS: tuple[str, ...] = (
    "card_lost",
    "card_activation",
    "card_declined",
    "card_delivery",
    "change_pin",
    "transfer_failed",
    "balance_inquiry",
    "transaction_dispute",
    "refund_status",
    "account_opening",
    "account_closure",
    "password_reset",
    "update_contact_details",
    "loan_inquiry",
    "credit_limit_increase",
    "exchange_rate",
    "atm_cash_not_dispensed",
    "statement_request",
    "fee_inquiry",
    "direct_debit_cancel",
)
# Mild, realistic class imbalance (relative weights, same order as INTENTS).
_INTENT_WEIGHTS: tuple[float, ...] = (
    1.3, 1.0, 1.5, 0.9, 0.9, 1.3, 1.4, 1.1, 1.0, 0.7,
    0.6, 1.2, 0.8, 0.8, 0.7, 0.7, 0.9, 0.8, 1.0, 0.8,
)  # fmt: skip

CHANNELS: tuple[str, ...] = ("app", "web", "phone_transcript")
GENDERS: tuple[str, ...] = ("female", "male", "nonbinary")
AGE_BANDS: tuple[str, ...] = ("18-24", "25-34", "35-49", "50-64", "65+")
REGIONS: tuple[str, ...] = ("north", "south", "east", "west", "overseas")

PII_LABELS: tuple[str, ...] = (
    "PERSON",
    "PHONE_NUMBER",
    "EMAIL_ADDRESS",
    "CREDIT_CARD",
    "CN_ID_CARD",
    "ADDRESS",
)

MALFORMED_KINDS: tuple[str, ...] = (
    "invalid_json",
    "invalid_utf8",
    "missing_text",
    "missing_intent",
    "empty_text",
    "null_text",
    "html_only",
)
# Which pipeline stage is expected to quarantine each malformed kind. ``html_only`` rows are
# valid JSON with a non-empty string text; only the cleaning stage sees they are empty.
_QUARANTINE_STAGE: Mapping[str, str] = MappingProxyType(
    {kind: ("clean" if kind == "html_only" else "ingest") for kind in MALFORMED_KINDS}
)

# Demographic fields: (values, realistic weights). The bias field may be any of these.
_DEMOGRAPHICS: Mapping[str, tuple[tuple[str, ...], tuple[float, ...]]] = MappingProxyType(
    {
        "channel": (CHANNELS, (0.5, 0.3, 0.2)),
        "gender": (GENDERS, (0.5, 0.48, 0.02)),
        "age_band": (AGE_BANDS, (0.12, 0.24, 0.30, 0.22, 0.12)),
        "region": (REGIONS, (0.24, 0.26, 0.22, 0.20, 0.08)),
    }
)

# Fixed internal rates (documented in docs/demo-data.md).
_UNICODE_NOISE_RATE = 0.06  # full-width characters / odd whitespace
_OPENER_RATE = 0.3
_CLOSER_RATE = 0.25
_FILLER_RATE = 0.4  # spoken fillers in phone transcripts
_START = datetime(2024, 1, 1, tzinfo=UTC)
_SPAN_SECONDS = 120 * 24 * 3600
_MAX_ATTEMPTS = 300
_PH = 0xE000  # private-use code points mark PII slots until the very end

# --------------------------------------------------------------------------------------
# Templates. Slots: {amount} {small_amount} {big_amount} {date} {merchant} {card_type}
# {account_type} {loan_type} {currency} {biller} {days} {n} {n_years} {month} {year} {dom}
# --------------------------------------------------------------------------------------

_EN_TEMPLATES: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "card_lost": (
            "I lost my {card_type} {date}, please block it right away.",
            "I think my {card_type} was stolen at {merchant}. Can you freeze it?",
            "Can't find my wallet, last had it {date}, my {card_type} was in it. What do I do?",
            "My {card_type} is missing, I need to cancel it and get a replacement.",
            "Someone took my bag {date} with my {card_type} inside, please stop the card.",
            "I left my {card_type} at {merchant} and now it's gone. How do I report it lost?",
            "Please put a block on my {card_type}, I dropped it somewhere {date}.",
        ),
        "card_activation": (
            "My new {card_type} arrived {date}, how do I activate it?",
            "I received the replacement {card_type} but it's not active yet.",
            "How can I turn on my new {card_type} so I can use it at {merchant}?",
            "Need help activating the {card_type} you sent me {date}.",
            "The new {card_type} came in the post, what are the steps to activate it in the app?",
            "Is there a way to activate my {card_type} by phone? It arrived {date}.",
            "Just got my {card_type}, it says I have to activate it before the first purchase.",
        ),
        "card_declined": (
            "My {card_type} was declined at {merchant} {date}, but I have money in the account.",
            "Why does my {card_type} keep getting rejected when I pay {amount}?",
            "Payment of {amount} at {merchant} failed, the terminal said card declined.",
            "I tried to pay online at {merchant} and the {card_type} was refused.",
            "My card doesn't work at {merchant}, it says transaction not approved.",
            "Card got declined twice {date} for {amount}, what's wrong with it?",
            "Every time I use my {card_type} at the checkout in {merchant} it gets declined.",
        ),
        "card_delivery": (
            "I ordered a new {card_type} {date} and it still hasn't arrived.",
            "When will my replacement {card_type} be delivered?",
            "Can you track where my {card_type} is? It's been {days} days.",
            "My {card_type} hasn't come in the mail yet, was it sent to the right address?",
            "How long does it take to receive a new {card_type} by post?",
            "Still waiting for the {card_type} you promised to send {date}.",
            "Has my new {card_type} been shipped yet? I need it before I travel.",
        ),
        "change_pin": (
            "How do I change the PIN on my {card_type}?",
            "I want to set a new PIN for my {card_type}, the old one is too easy.",
            "Forgot my card PIN, can I reset it in the app? It's the {card_type}.",
            "Entered the wrong PIN three times at the ATM {date}, now it's locked. Please unblock.",
            "Can I choose a different four digit PIN for my {card_type}?",
            "Need to update my PIN because someone may have seen me type it at {merchant}.",
            "Where can I view or reset the PIN of my new {card_type}?",
        ),
        "transfer_failed": (
            "My transfer of {amount} {date} failed, can you tell me why?",
            "I sent {amount} to my landlord but the payment bounced back.",
            "Bank transfer to another account keeps failing with an error code, tried {date}.",
            "Why was my transfer of {amount} rejected? The details were correct.",
            "Tried to wire {amount} abroad {date} and it says transfer unsuccessful.",
            "The money I transferred {date} came back to my account, what happened?",
            "Online transfer of {amount} won't go through, I get 'payment could not be processed'.",
        ),
        "balance_inquiry": (
            "What's the current balance on my {account_type}?",
            "Can you tell me how much money I have in my {account_type}?",
            "I need to check my available balance before paying {amount} at {merchant}.",
            "How do I see my account balance in the app? I want to check the {account_type}.",
            "Is my salary in yet? It was due {date} and I'd like to know my balance.",
            "Please send me the balance of my {account_type} by text.",
            "How much is left in my account after the {amount} payment?",
        ),
        "transaction_dispute": (
            "There's a charge of {amount} from {merchant} on my statement that I don't recognise.",
            "I didn't make this payment of {amount} {date}, please investigate.",
            "Someone used my {card_type} for a purchase at {merchant} that wasn't me.",
            "I see an unknown transaction of {amount} on my account, how do I dispute it?",
            "I was charged twice by {merchant} for the same order, can you reverse one?",
            "Please raise a chargeback for the {amount} payment to {merchant}.",
            "There's a strange debit {date} that I never authorised.",
        ),
        "refund_status": (
            "{merchant} said they refunded {amount} {date}, when will it show in my account?",
            "I returned an item to {merchant} and I'm still waiting for the refund.",
            "How long does a refund to my {card_type} usually take?",
            "My refund of {amount} hasn't arrived yet, can you check?",
            "The merchant confirmed the refund but I can't see it on my {card_type}.",
            "Where is my money back from {merchant}? It's been {days} days.",
            "Is there a pending refund on my account from {merchant}?",
        ),
        "account_opening": (
            "I'd like to open a new {account_type}, what documents do I need?",
            "Can I open a {account_type} online or do I have to visit a branch?",
            "How do I open a {account_type} for my child?",
            "What's the minimum deposit to open a {account_type}?",
            "I'm new to the country and want to open a {account_type} with you.",
            "Please help me set up a {account_type}, I want to start saving.",
            "Can I apply for a second {account_type} in the app?",
        ),
        "account_closure": (
            "I want to close my {account_type}, how do I do that?",
            "Please close my {account_type} and move the remaining balance to my other bank.",
            "What's the process for closing a {account_type}?",
            "I'm moving abroad {date} and need to shut down my {account_type}.",
            "Can I cancel my {account_type} online? I don't use it anymore.",
            "Are there any fees for closing my {account_type} early?",
            "I'd like to terminate my {account_type}, please tell me the steps.",
        ),
        "password_reset": (
            "I forgot my online banking password, how do I reset it?",
            "I can't log in to the app, it says my password is wrong. Started {date}.",
            "My online account is locked after too many login attempts {date}.",
            "How do I change the password for internet banking?",
            "The verification code for login never arrives on my phone.",
            "Reset link for my banking password expired {date}, please send a new one.",
            "I got locked out of the mobile app {date}, what do I do?",
        ),
        "update_contact_details": (
            "I moved house {date}, how do I update my address with the bank?",
            "I need to change the phone number linked to my {account_type}.",
            "Please update the email address you have on file for me.",
            "How can I change my contact details in the app?",
            "My mobile number changed {date}, can you update it for text alerts?",
            "I got married and need to update my surname and address on the {account_type}.",
            "Where do I change the mailing address for my statements?",
        ),
        "loan_inquiry": (
            "What's the interest rate on a {loan_type} right now?",
            "I'm thinking of applying for a {loan_type} of {big_amount}, am I eligible?",
            "How long does approval take for a {loan_type}?",
            "Can I get a {loan_type} with a fixed rate over {n_years} years?",
            "What documents do I need to apply for a {loan_type}?",
            "I'd like to borrow {big_amount} as a {loan_type}, what would the monthly payments be?",
            "Do you offer a {loan_type} for self-employed people?",
        ),
        "credit_limit_increase": (
            "Can I raise the credit limit on my credit card?",
            "I'd like to increase my credit card limit to {big_amount}.",
            "My credit limit is too low for my trip {date}, can you raise it temporarily?",
            "How do I request a higher spending limit on my credit card?",
            "Am I eligible for a credit limit increase after {n_years} years with you?",
            "Please boost my credit card limit, I keep hitting it at {merchant}.",
            "What's the process to get a bigger limit on my credit card? I need {big_amount}.",
        ),
        "exchange_rate": (
            "What's today's exchange rate for {currency}?",
            "How many {currency} will I get for {amount}?",
            "Do you charge a fee when converting money to {currency}?",
            "I'm travelling {date}, what rate do you offer for buying {currency}?",
            "Is the exchange rate for {currency} in the app live or fixed for the day?",
            "Why was the {currency} rate on my {card_type} payment so bad?",
            "Can I lock in the current {currency} rate for a transfer?",
        ),
        "atm_cash_not_dispensed": (
            "The ATM didn't give me my cash but my account was debited {amount}.",
            "I withdrew {amount} at an ATM near {merchant} and no money came out.",
            "Cash machine swallowed my {card_type} and didn't dispense the money.",
            "ATM showed an error {date}, the money was taken from my account anyway.",
            "I only got part of my withdrawal from the ATM, {amount} is missing.",
            "No cash came out of the machine {date} but the withdrawal shows on my statement.",
            "The ATM kept my money, how do I get the {amount} back?",
        ),
        "statement_request": (
            "Can you send me my bank statement for {month}?",
            "I need the last {n} months of statements for a visa application.",
            "How do I download a PDF statement for my {account_type} from the app?",
            "Please mail me a paper statement for my {account_type}.",
            "I need an official stamped statement for my mortgage application, covering {month}.",
            "Where can I find my statements from {year}?",
            "Could I get a transaction history for {month} by email?",
        ),
        "fee_inquiry": (
            "Why was I charged a {small_amount} fee on my account {date}?",
            "What is this monthly maintenance fee of {small_amount} on my {account_type}?",
            "How much do you charge for international transfers in {currency}?",
            "I see an overdraft fee of {small_amount}, can you explain it?",
            "Are there any fees for using my {card_type} abroad?",
            "Can you waive the {small_amount} late payment fee on my credit card?",
            "What's the charge for withdrawing cash from another bank's ATM?",
        ),
        "direct_debit_cancel": (
            "I want to cancel the direct debit to {biller}.",
            "How do I stop a recurring payment to {biller}?",
            "Please cancel my standing order for {amount} that goes out on the {dom}.",
            "{biller} keeps taking money every month, I want to stop the direct debit.",
            "Can I cancel the automatic payment to {biller} in the app?",
            "I ended my contract with {biller} {date} but the monthly payments continue.",
            "Stop the subscription payments to {biller} from my {account_type}, please.",
        ),
    }
)

_ZH_TEMPLATES: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "card_lost": (
            "我的{card_type}{date}丢了，麻烦帮我挂失。",
            "{date}在{merchant}附近钱包被偷了，{card_type}也在里面，怎么冻结？",
            "{card_type}找不到了，需要马上挂失并补办一张。",
            "我好像把{card_type}落在{merchant}了，现在找不到，能先锁卡吗？",
            "{card_type}遗失了，请问怎么办理挂失手续？",
            "卡丢了，是{card_type}，{date}最后一次用的，请帮我冻结。",
        ),
        "card_activation": (
            "新的{card_type}{date}收到了，请问怎么激活？",
            "补办的{card_type}寄到了，但是还没有开通，怎么操作？",
            "怎么在手机银行里激活{card_type}？",
            "刚收到{card_type}，想在{merchant}用，需要先激活吗？",
            "我的{card_type}还没激活，可以电话激活吗？",
            "请问新卡激活需要带身份证去网点吗？卡是{card_type}。",
        ),
        "card_declined": (
            "{date}在{merchant}刷{card_type}被拒了，账户里明明有钱。",
            "为什么我的{card_type}支付{amount}总是失败？",
            "在{merchant}付款{amount}提示交易被拒绝，是卡有问题吗？",
            "网购的时候{card_type}一直付不了款，显示拒绝交易。",
            "我的{card_type}在{merchant}用不了，刷卡显示失败。",
            "刚才付{amount}的时候卡被拒了两次，怎么回事？",
        ),
        "card_delivery": (
            "我{date}申请的{card_type}到现在还没收到。",
            "补办的{card_type}什么时候能寄到？",
            "能帮我查一下{card_type}的邮寄进度吗？已经{days}了。",
            "新的{card_type}一直没寄来，是不是地址写错了？",
            "{card_type}一般多久能收到？我快出差了。",
            "说好{date}寄出的{card_type}还没到，麻烦查一下物流。",
        ),
        "change_pin": (
            "怎么修改{card_type}的密码？",
            "{card_type}的取款密码忘了，能在手机上重置吗？",
            "{date}在ATM上输错了三次密码，卡被锁了怎么办？",
            "想把{card_type}的交易密码改成新的六位数。",
            "在{merchant}输密码的时候可能被别人看到了，需要改{card_type}密码。",
            "新办的{card_type}初始密码在哪里设置？",
        ),
        "transfer_failed": (
            "我{date}转账{amount}失败了，是什么原因？",
            "给房东转{amount}，钱被退回来了。",
            "跨行转账一直提示失败，{date}试了好几次，怎么回事？",
            "转账{amount}显示交易不成功，收款信息都是对的。",
            "{date}汇款到国外失败了，钱退回账户了吗？",
            "手机银行转账{amount}总是报错，转不出去。",
        ),
        "balance_inquiry": (
            "请问我的{account_type}余额是多少？",
            "帮我查一下{card_type}里还有多少钱。",
            "{date}工资到账了吗？想查下余额。",
            "手机银行怎么查看{account_type}余额？",
            "付了{amount}以后{account_type}里还剩多少？",
            "想确认一下{account_type}的可用余额，准备在{merchant}消费。",
        ),
        "transaction_dispute": (
            "账单上有一笔{merchant}的{amount}消费，不是我本人操作的。",
            "{date}有一笔{amount}的扣款我不认识，请帮忙核查。",
            "{card_type}被盗刷了，在{merchant}有几笔消费不是我做的。",
            "{merchant}重复扣了我两次钱，怎么申请退回？",
            "发现一笔{amount}的陌生交易，怎么提出异议？",
            "我没有授权这笔{amount}的交易，要求调查。",
        ),
        "refund_status": (
            "{merchant}说{date}已经退款{amount}，什么时候到账？",
            "在{merchant}退了货，退款一直没收到。",
            "退款到{card_type}一般需要几天？",
            "{amount}的退款还没到账，能帮我查一下吗？",
            "商家说已经退款了，但是我的{card_type}上看不到。",
            "{merchant}的退款已经{days}了还没到。",
        ),
        "account_opening": (
            "我想开一个{account_type}，需要带什么材料？",
            "可以在网上开{account_type}吗，还是必须去网点？",
            "怎么给孩子开个{account_type}？",
            "开{account_type}最低要存多少钱？",
            "刚来这边工作，想在你们银行开个{account_type}。",
            "手机银行能申请第二个{account_type}吗？",
        ),
        "account_closure": (
            "我想注销{account_type}，怎么办理？",
            "请帮我把{account_type}销户，余额转到我其他银行的账户。",
            "{date}要出国定居了，需要把{account_type}关掉。",
            "{account_type}不用了，可以线上销户吗？",
            "提前注销{account_type}要收手续费吗？",
            "{account_type}销户需要本人去网点吗？",
        ),
        "password_reset": (
            "网银登录密码忘了，怎么重置？",
            "手机银行登不上去，{date}开始一直提示密码错误。",
            "登录失败次数太多，网银账号被锁了。",
            "怎么修改网上银行的登录密码？",
            "登录手机银行的验证码一直收不到。",
            "{date}开始就登不进APP了，怎么办？",
        ),
        "update_contact_details": (
            "我{date}搬家了，怎么修改预留地址？",
            "想更换{account_type}绑定的手机号。",
            "请帮我更新一下预留的邮箱地址。",
            "手机银行里怎么修改联系方式？",
            "{date}换了手机号，短信通知要改到新号码上。",
            "{account_type}对账单的邮寄地址要改一下。",
        ),
        "loan_inquiry": (
            "现在{loan_type}的利率是多少？",
            "想申请{big_amount}的{loan_type}，符合条件吗？",
            "{loan_type}审批一般要多久？",
            "申请{loan_type}需要准备哪些材料？",
            "借{big_amount}的{loan_type}，每个月要还多少？",
            "个体户可以办{loan_type}吗？",
        ),
        "credit_limit_increase": (
            "我的信用卡额度能提高吗？",
            "想把信用卡额度提到{big_amount}。",
            "{date}出国旅游额度不够，能临时提额吗？",
            "怎么申请提升信用卡额度？",
            "信用卡用了{n_years}年了，可以提额吗？",
            "在{merchant}消费经常超额度，想调高一点。",
        ),
        "exchange_rate": (
            "今天{currency}的汇率是多少？",
            "{amount}能换多少{currency}？",
            "换{currency}要收手续费吗？",
            "{date}要出国，现在买{currency}划算吗？",
            "手机银行上显示的{currency}汇率是实时的吗？",
            "用{card_type}在国外消费，{currency}按什么汇率算？",
        ),
        "atm_cash_not_dispensed": (
            "ATM没吐钱，但是账户扣了{amount}。",
            "在{merchant}旁边的取款机取{amount}，钱没出来。",
            "取款机吞了我的{card_type}，钱也没取到。",
            "{date}取款机显示故障，钱却被扣了。",
            "取款只出来一部分，少了{amount}。",
            "{date}取款机没出钞，账单上却显示已取款。",
        ),
        "statement_request": (
            "请把{month}的银行流水寄给我。",
            "办签证需要最近{n}个月的流水，怎么打印？",
            "手机银行怎么下载{account_type}的电子对账单？",
            "想要一份盖章的{account_type}流水证明。",
            "能把{year}年的对账单发到我邮箱吗？",
            "贷款需要{month}的银行流水，在哪里开？",
        ),
        "fee_inquiry": (
            "为什么{date}扣了我{small_amount}的手续费？",
            "{account_type}每个月{small_amount}的管理费是怎么回事？",
            "跨境汇款{currency}要收多少手续费？",
            "看到一笔{small_amount}的透支费，能解释一下吗？",
            "用{card_type}在国外刷卡有手续费吗？",
            "信用卡{small_amount}的滞纳金能免掉吗？",
        ),
        "direct_debit_cancel": (
            "我想取消{biller}的自动扣款。",
            "怎么关闭每月给{biller}的代扣？",
            "{biller}每个月都扣我{amount}，想停掉。",
            "手机银行里能取消{biller}的自动扣费吗？",
            "{date}已经和{biller}解约了，但还在每月扣钱。",
            "请帮我解除{account_type}上的{biller}代扣协议。",
        ),
    }
)

# Vague, colloquial phrasings that are only ever used by heavily-noised bias-group messages.
_EN_COLLOQUIAL: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "card_lost": (
            "the plastic bank thing is gone, was in my coat {date}, my son says ring you",
            "cant find the card anywhere looked all over the house what do i do now",
            "i think somebody pinched my purse at {merchant} and the bank card with it",
        ),
        "card_activation": (
            "got a new card in the post {date} with a sticker on it, dont know what to do with it",
            "the letter with the card came but it wont go yet, my grandson says switch it on",
            "how do i make the new card work, the old one ran out",
        ),
        "card_declined": (
            "the plastic thing from the bank doesnt work at the shop, grandson says call you",
            "went to pay for my shopping at {merchant} and the machine beeped and said no",
            "lady at the till said my card is no good but theres money on it",
        ),
        "card_delivery": (
            "you said a card was coming but nothing in the letterbox yet, been waiting ages",
            "the postman hasnt brought the new card, did you send it to the old house",
            "still no card, my daughter rang {date} and they said a week",
        ),
        "change_pin": (
            "i forgot the secret number for the card, the four numbers, wrote it down somewhere",
            "the cash machine said wrong too many times, how do i get a new number for the card",
            "want different numbers for the card, can never remember these ones",
        ),
        "transfer_failed": (
            "tried sending money to my daughter like she showed me but it says error",
            "put the money through to the plumber on the computer and it came back",
            "the money wont go to my sons account, keeps saying something went wrong",
        ),
        "balance_inquiry": (
            "how much have i got in the bank, pension should have gone in",
            "can you tell me whats left, i need to pay the gas man",
            "my money in there, is it all still there, want to know the amount",
        ),
        "transaction_dispute": (
            "theres money gone out that i never spent, some company i never heard of",
            "somebody took {amount} off me, i didnt buy anything like that",
            "the paper from the bank shows a shop i never been to",
        ),
        "refund_status": (
            "took the kettle back to the shop, they said the money comes back to me, not seen it",
            "the shop promised my money back weeks ago where is it",
            "sent the parcel back to {merchant} and still waiting on the money",
        ),
        "account_opening": (
            "want to get one of those bank books for my savings, how do i get one",
            "my granddaughter says i should have an account with you, how do i start",
            "can i put my money in your bank, never had one before",
        ),
        "account_closure": (
            "dont need the bank anymore, moving in with my daughter, want it finished",
            "want to shut it all down and take my money out, all of it",
            "how do i stop having the account, my husband passed and i only need the one",
        ),
        "password_reset": (
            "the bank thing on the phone wont let me in, keeps asking for a word i dont know",
            "cant get into the computer banking, my grandson set it up and hes away",
            "the app says wrong and now its locked me out",
        ),
        "update_contact_details": (
            "we moved to a smaller place, the letters still go to the old house",
            "got a new phone with a new number, the bank needs to know",
            "my son got me the email thing, want you to have it",
        ),
        "loan_inquiry": (
            "need to borrow a bit of money for the roof, do you lend to old people",
            "can i get some money from you to fix up the house and pay it back slowly",
            "my neighbour got money from the bank for a car, can i too",
        ),
        "credit_limit_increase": (
            "the card stops me spending when i buy bigger things, can you let it go higher",
            "want to be allowed more on the card for christmas presents",
            "the shop said ive hit the top on the card, can you make it more",
        ),
        "exchange_rate": (
            "going to see my sister abroad, how much of their money do i get for mine",
            "want some foreign money for my holiday, what do you give these days",
            "how much is the {currency} worth today",
        ),
        "atm_cash_not_dispensed": (
            "the hole in the wall machine took my card and gave me nothing",
            "went to get my pension out and the machine made noises but no money came",
            "the money box outside the bank kept my cash, but its gone from my account",
        ),
        "statement_request": (
            "i need the paper that shows what i spent, for the council",
            "want the list of what went in and out, the printed one, for my tax man",
            "can you send the letter with all the money stuff on it like you used to",
        ),
        "fee_inquiry": (
            "you took {small_amount} off me for nothing, what is it for",
            "theres a little charge every month and i dont know why",
            "why do i have to pay you money just for having the account",
        ),
        "direct_debit_cancel": (
            "that {biller} thing keeps taking money every month, make it stop",
            "i dont use the gym anymore but they still take it out of the bank",
            "the monthly money going to the telly people, can you stop it",
        ),
    }
)

_ZH_COLLOQUIAL: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "card_lost": (
            "那个银行的卡不见了，家里翻遍了也没有，孩子让我打电话问问",
            "{date}去{merchant}买东西回来卡就没了，是不是要去银行办",
            "老伴说卡可能掉在菜市场了，这可怎么办啊",
        ),
        "card_activation": (
            "银行寄来一张新卡，上面贴着纸条，不知道怎么弄才能用",
            "新卡到了，孙子说要先开一下才能用，我不会弄",
            "{date}收到的新卡，拿着不知道咋弄，说是还没开",
        ),
        "card_declined": (
            "在超市买菜，机器滴了一下说不行，卡里明明有钱",
            "{merchant}收银员说我这卡刷不出来，是坏了吗",
            "孙女帮我网上买东西，说这张卡付不了",
        ),
        "card_delivery": (
            "说给我寄卡，等了好久信箱里都没有",
            "新卡是不是寄到老房子去了，一直没收到",
            "{date}女儿帮我问过，说寄出来了，到现在也没见着",
        ),
        "change_pin": (
            "卡的那几个数字忘了，写在本子上找不到了",
            "取钱的时候数字按错了好几次，现在不让取了",
            "想换个好记的数字，现在这个老是记不住",
        ),
        "transfer_failed": (
            "按女儿教的给她打钱，结果手机上说出错了",
            "给装修师傅打的钱又回来了，不知道咋回事",
            "钱打不到儿子那里去，老是说不成功",
        ),
        "balance_inquiry": (
            "我卡里还有多少钱啊，退休金打进来没有",
            "帮我看看存的钱还剩多少，要交煤气费",
            "存折上的钱还在不在，想知道还剩多少",
        ),
        "transaction_dispute": (
            "卡里少了钱，我没买过这个东西啊",
            "对账单上有个店我从来没去过，钱却扣了",
            "莫名其妙被扣了{amount}，是不是被骗了",
        ),
        "refund_status": (
            "东西退回去了，说钱会退回卡里，到现在没看到",
            "店里说把钱还给我，等了好多天了",
            "{merchant}的东西退了，钱怎么还没回来",
        ),
        "account_opening": (
            "想办个存折把钱存起来，要怎么弄",
            "孙女让我在你们这里办个户，我该去哪里",
            "以前没在你们这存过钱，现在想存，要带啥",
        ),
        "account_closure": (
            "这个户我不要了，钱都取出来，以后不用了",
            "老伴走了，他那个户想关掉，要怎么弄",
            "搬去和儿子住了，这边的户不想要了",
        ),
        "password_reset": (
            "手机上那个银行的软件进不去了，老让我输什么码",
            "孙子给我弄的网上银行，现在打不开了",
            "输了几次不对，现在不让我进了",
        ),
        "update_contact_details": (
            "搬到小房子去了，信还往老地方寄",
            "换了个新手机号，银行这边要改一下吧",
            "儿子给我弄了个邮箱，你们记一下",
        ),
        "loan_inquiry": (
            "想跟银行借点钱修房子，年纪大了能借吗",
            "邻居从银行借了钱买车，我也想借点",
            "手头紧想借点钱，慢慢还行不行",
        ),
        "credit_limit_increase": (
            "卡上能花的钱太少了，想多一点",
            "过年要买东西，卡能不能多给点",
            "店里说卡刷到顶了，能不能给我加点",
        ),
        "exchange_rate": (
            "要去国外看女儿，咱们的钱能换多少那边的钱",
            "出去旅游想换点外国钱，现在怎么换",
            "{currency}现在值多少钱啊",
        ),
        "atm_cash_not_dispensed": (
            "墙上那个取钱的机器光响不出钱，钱还少了",
            "去取退休金，机器转了半天没给钱",
            "银行门口的机器把钱吞了，卡里的钱也少了",
        ),
        "statement_request": (
            "要一张记着钱进进出出的单子，居委会要看",
            "以前每个月寄的那个单子怎么不寄了",
            "帮我打一份花钱的记录，要交给社区",
        ),
        "fee_inquiry": (
            "你们怎么又扣了我{small_amount}，这是啥钱",
            "每个月都少几块钱，不知道是干什么的",
            "存个钱还要交钱吗",
        ),
        "direct_debit_cancel": (
            "那个每个月自动扣的钱，我不用了，给停了吧",
            "{biller}老是从卡里扣钱，能不能不让它扣了",
            "健身房我不去了，他们还每个月扣钱",
        ),
    }
)

# Rambling context around colloquial messages; it often mentions cards, apps or pensions
# whatever the request is, which is part of what makes these messages hard to classify.
_EN_RAMBLE_HEADS: tuple[str, ...] = (
    "hello dear sorry to bother you,", "good afternoon im not very good with computers,",
    "my grandson is typing this for me,", "hello is this the bank,",
    "i rang before but nobody answered,", "sorry if this is the wrong place,",
    "hello, its about the card again,", "i did this on the app before but,",
)  # fmt: skip
_EN_RAMBLE_TAILS: tuple[str, ...] = (
    "ive been with you forty years", "the writing on the app is too small for me",
    "i dont want to go to the branch in this weather", "my pension comes in on thursday",
    "please ring me dont write", "the card is the blue one", "thank you dear",
    "i dont understand these new machines", "my money is all in there",
)  # fmt: skip
_ZH_RAMBLE_HEADS: tuple[str, ...] = (
    "你好啊我年纪大了不太会弄，", "我孙子帮我打的字，", "喂是银行吗，", "上次打电话没人接，",
    "不好意思又麻烦你们，", "还是那张卡的事，", "手机上弄了半天，",
)  # fmt: skip
_ZH_RAMBLE_TAILS: tuple[str, ...] = (
    "，我在你们这存了几十年了", "，手机上的字太小看不清", "，退休金每个月十号到",
    "，天冷不想跑网点", "，卡是蓝色那张", "，麻烦给我回个电话", "，钱都在里面呢",
)  # fmt: skip
_RAMBLE_RATE = 0.75

_EN_OPENERS: tuple[str, ...] = (
    "Hi, ", "Hello, ", "Good morning. ", "Hey there, ", "Hi team, ", "Dear bank, ",
)  # fmt: skip
_EN_CLOSERS: tuple[str, ...] = (
    " Thanks.", " Thank you!", " Please help.", " Thanks in advance.", " Cheers.",
)  # fmt: skip
_ZH_OPENERS: tuple[str, ...] = ("你好，", "您好，", "麻烦问一下，", "客服你好，")
_ZH_CLOSERS: tuple[str, ...] = ("谢谢。", "谢谢！", "麻烦尽快处理。", "急！")
_EN_FILLERS: tuple[str, ...] = ("um, ", "uh ", "yes hello, ", "hi, yeah, ", "okay so ")
_ZH_FILLERS: tuple[str, ...] = ("喂，", "嗯，", "那个，", "喂喂，")

# PII carrier sentences; ``{}`` is the entity.
_EN_PII_SNIPPETS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "PERSON": ("My name is {}.", "This is {} speaking.", "Account holder: {}."),
        "PHONE_NUMBER": ("Call me back on {}.", "My number is {}.", "You can reach me at {}."),
        "EMAIL_ADDRESS": ("Email me at {}.", "My email is {}.", "Please reply to {}."),
        "CREDIT_CARD": ("Card number {}.", "The card is {}.", "It's card {}."),
        "CN_ID_CARD": ("My Chinese ID number is {}.", "ID card no. {}."),
        "ADDRESS": ("I live at {}.", "My address is {}.", "Post it to {}."),
    }
)
_ZH_PII_SNIPPETS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "PERSON": ("我是{}。", "我叫{}。", "持卡人{}。"),
        "PHONE_NUMBER": ("我的手机号是{}。", "电话{}。", "回电请打{}。"),
        "EMAIL_ADDRESS": ("邮箱{}。", "我的邮箱是{}。"),
        "CREDIT_CARD": ("卡号{}。", "卡号是{}。"),
        "CN_ID_CARD": ("身份证号{}。", "我的身份证号码是{}。"),
        "ADDRESS": ("我住在{}。", "地址是{}。", "寄到{}。"),
    }
)
_EN_PII_WEIGHTS: tuple[float, ...] = (0.3, 0.25, 0.2, 0.15, 0.02, 0.08)
_ZH_PII_WEIGHTS: tuple[float, ...] = (0.22, 0.25, 0.1, 0.12, 0.18, 0.13)

# Slot fillers -------------------------------------------------------------------------

_EN_MERCHANTS: tuple[str, ...] = (
    "Tesco", "Amazon", "Walmart", "Starbucks", "Shell", "IKEA", "Uber", "Sainsbury's",
    "Target", "Costco", "eBay", "the Apple Store", "McDonald's", "Boots", "Zara", "Best Buy",
    "Argos", "H&M", "Lidl", "Primark",
)  # fmt: skip
_ZH_MERCHANTS: tuple[str, ...] = (
    "淘宝", "京东", "美团", "星巴克", "沃尔玛", "盒马", "拼多多", "家乐福", "肯德基",
    "中石化加油站", "苏宁", "永辉超市", "麦当劳", "优衣库", "大润发",
)  # fmt: skip
_EN_CARD_TYPES: tuple[str, ...] = (
    "debit card", "credit card", "Visa card", "Mastercard", "platinum card", "travel card",
    "contactless card", "bank card",
)  # fmt: skip
_ZH_CARD_TYPES: tuple[str, ...] = (
    "借记卡", "信用卡", "储蓄卡", "银联卡", "白金卡", "工资卡", "银行卡",
)  # fmt: skip
_EN_ACCOUNT_TYPES: tuple[str, ...] = (
    "savings account", "current account", "checking account", "joint account",
    "business account", "student account",
)  # fmt: skip
_ZH_ACCOUNT_TYPES: tuple[str, ...] = ("储蓄账户", "活期账户", "定期账户", "联名账户", "工资账户")
_EN_LOAN_TYPES: tuple[str, ...] = (
    "mortgage", "car loan", "personal loan", "home improvement loan", "student loan",
)  # fmt: skip
_ZH_LOAN_TYPES: tuple[str, ...] = ("房贷", "车贷", "消费贷款", "装修贷款", "经营贷款")
_EN_CURRENCIES: tuple[str, ...] = (
    "euros", "pounds", "US dollars", "Japanese yen", "Swiss francs", "Canadian dollars",
    "Hong Kong dollars",
)  # fmt: skip
_ZH_CURRENCIES: tuple[str, ...] = ("美元", "欧元", "日元", "英镑", "港币", "澳元", "韩元")
_EN_BILLERS: tuple[str, ...] = (
    "Netflix", "Spotify", "my gym", "British Gas", "the phone company", "Vodafone",
    "the insurance company", "Disney+",
)  # fmt: skip
_ZH_BILLERS: tuple[str, ...] = (
    "健身房", "视频会员", "水电费", "物业费", "话费套餐", "保险公司", "宽带",
)  # fmt: skip
_MONTHS: tuple[str, ...] = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
_EN_RELATIVE_DATES: tuple[str, ...] = (
    "yesterday", "last Friday", "this morning", "two days ago", "last week", "on Monday",
    "last night",
)  # fmt: skip
_ZH_RELATIVE_DATES: tuple[str, ...] = (
    "昨天", "前天", "上周五", "今天上午", "上个月", "刚才", "周一",
)  # fmt: skip

# Personal data pools ------------------------------------------------------------------

_EN_FIRST_FEMALE: tuple[str, ...] = (
    "Emma", "Olivia", "Sophie", "Grace", "Hannah", "Chloe", "Laura", "Margaret", "Susan",
    "Linda", "Patricia", "Jessica", "Amelia", "Ruth",
)  # fmt: skip
_EN_FIRST_MALE: tuple[str, ...] = (
    "James", "Oliver", "Jack", "Harry", "Thomas", "Daniel", "Michael", "Robert", "David",
    "William", "George", "Peter", "Samuel", "Arthur",
)  # fmt: skip
_EN_FIRST_NEUTRAL: tuple[str, ...] = ("Alex", "Sam", "Jordan", "Taylor", "Charlie", "Robin")
_EN_LAST: tuple[str, ...] = (
    "Smith", "Johnson", "Williams", "Brown", "Jones", "Taylor", "Wilson", "Evans", "Walker",
    "Wright", "Robinson", "Thompson", "Hughes", "Clarke", "Patel", "Murphy", "Kelly", "Green",
)  # fmt: skip
# (surname, pinyin)
_ZH_SURNAMES: tuple[tuple[str, str], ...] = (
    ("王", "wang"), ("李", "li"), ("张", "zhang"), ("刘", "liu"), ("陈", "chen"),
    ("杨", "yang"), ("黄", "huang"), ("赵", "zhao"), ("吴", "wu"), ("周", "zhou"),
    ("徐", "xu"), ("孙", "sun"), ("马", "ma"), ("朱", "zhu"), ("胡", "hu"), ("郭", "guo"),
    ("何", "he"), ("高", "gao"), ("林", "lin"), ("罗", "luo"),
)  # fmt: skip
_ZH_GIVEN: tuple[tuple[str, str], ...] = (
    ("伟", "wei"), ("芳", "fang"), ("娜", "na"), ("敏", "min"), ("静", "jing"), ("磊", "lei"),
    ("强", "qiang"), ("洋", "yang"), ("艳", "yan"), ("军", "jun"), ("杰", "jie"),
    ("涛", "tao"), ("明", "ming"), ("超", "chao"), ("秀英", "xiuying"), ("建华", "jianhua"),
    ("志强", "zhiqiang"), ("丽", "li"), ("婷", "ting"), ("浩", "hao"), ("宇", "yu"),
    ("欣怡", "xinyi"),
)  # fmt: skip
_EN_EMAIL_DOMAINS: tuple[str, ...] = (
    "gmail.com", "outlook.com", "yahoo.com", "hotmail.co.uk", "icloud.com", "proton.me",
)  # fmt: skip
_ZH_EMAIL_DOMAINS: tuple[str, ...] = ("qq.com", "163.com", "126.com", "foxmail.com", "sina.com")
_EN_STREETS: tuple[str, ...] = (
    "Oak", "Maple", "High", "Church", "Station", "Park", "Victoria", "Elm", "Mill", "King",
)  # fmt: skip
_EN_STREET_SUFFIX: tuple[str, ...] = ("Street", "Road", "Avenue", "Lane", "Close", "Drive")
_EN_CITIES: tuple[str, ...] = (
    "Springfield, IL 62704", "Austin, TX 78701", "Portland, OR 97205", "Leeds LS1 4DY",
    "Manchester M1 2AB", "Bristol BS1 5TR", "Boston, MA 02118", "Glasgow G2 3JD",
)  # fmt: skip
_ZH_DISTRICTS: tuple[tuple[str, str], ...] = (
    ("上海市", "浦东新区"), ("北京市", "朝阳区"), ("广州市", "天河区"), ("深圳市", "南山区"),
    ("杭州市", "西湖区"), ("成都市", "武侯区"), ("南京市", "鼓楼区"), ("武汉市", "洪山区"),
)  # fmt: skip
_ZH_ROADS: tuple[str, ...] = (
    "世纪大道", "建国路", "天河路", "科技园南路", "文三路", "人民路", "中山路", "解放路",
    "长江路", "和平街",
)  # fmt: skip
# Resident-ID area codes that stdnum.cn.ric accepts for every birth year 1935-2006.
_CN_AREA_CODES: tuple[str, ...] = (
    "110101", "110102", "110105", "110108", "120101", "120102", "120103",
    "310101", "310104", "310105", "310106", "310107", "310109", "310110",
)  # fmt: skip
_BIRTH_YEARS: Mapping[str, tuple[int, int]] = MappingProxyType(
    {
        "18-24": (2000, 2006),
        "25-34": (1990, 1999),
        "35-49": (1975, 1989),
        "50-64": (1960, 1974),
        "65+": (1935, 1959),
    }
)
_CARD_PREFIXES: tuple[str, ...] = ("4", "4", "51", "53", "55", "62")

# Noise tables -------------------------------------------------------------------------

_QWERTY_ROWS: tuple[str, ...] = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
# Look-alike / homophone swaps for Chinese noise (e.g. 卡→咔, 账→帐, 转→专).
_ZH_CONFUSABLE: Mapping[str, str] = MappingProxyType(
    {
        "卡": "咔", "账": "帐", "转": "专", "钱": "前", "码": "马", "密": "蜜", "号": "好",
        "户": "护", "额": "鹅", "款": "宽", "借": "接", "还": "环", "贷": "代", "换": "焕",
        "的": "得", "绑": "帮", "余": "于", "扣": "口", "费": "废", "汇": "会", "存": "寸",
        "机": "几", "银": "艮", "信": "心", "收": "手", "到": "道", "退": "腿", "丢": "去",
        "激": "击", "登": "灯", "录": "绿", "邮": "油", "寄": "记", "单": "但", "利": "力",
        "消": "销", "取": "娶", "没": "设", "办": "半", "么": "麽", "吗": "马", "里": "理",
    }
)  # fmt: skip
_EN_PUNCT_DROP = re.compile(r"[.,!?;:']")
_ZH_PUNCT_DROP = re.compile(r"[，。！？、：]")
_MARKUP_RE = re.compile(r"(<[^>]*>|&#?\w+;)")
_TAG_RE = re.compile(r"<[^>]*>")
_SLOT_RE = re.compile(r"\{(\w+)\}")
_PH_RE = re.compile("[\ue000-\ue0ff]")
_HTML_ONLY_TEXTS: tuple[str, ...] = (
    "<p><br/></p>&nbsp;",
    '<div class="msg-body"></div>',
    "&nbsp;&nbsp;<br>",
    "<p>&nbsp;</p>",
    "<b> </b>&#160;<br/>",
    '<div class="chat-bubble"><p></p></div>',
)
_BAD_BYTES: tuple[bytes, ...] = (b"\xff\xfe", b"\xc3\x28", b"\xe4\xb8", b"\x80\x81", b"\xfe")


# --------------------------------------------------------------------------------------
# Public dataclasses
# --------------------------------------------------------------------------------------


_RATE_FIELDS: tuple[str, ...] = (
    "zh_share",
    "pii_rate",
    "html_rate",
    "typo_rate",
    "exact_duplicate_rate",
    "near_duplicate_rate",
    "malformed_rate",
    "bias_group_share",
    "bias_noise",
)


@dataclass(frozen=True)
class BankDataConfig:
    """Knobs of the synthetic bank conversation log (see docs/demo-data.md)."""

    n_messages: int = 6000  # total lines written (including malformed & duplicates)
    seed: int = 13
    zh_share: float = 0.3  # share of Chinese messages
    pii_rate: float = 0.35  # share of messages carrying personal data
    html_rate: float = 0.08  # share wrapped in / containing HTML fragments
    typo_rate: float = 0.10  # share of (not heavily noised) messages with 1 light typo
    exact_duplicate_rate: float = 0.05
    near_duplicate_rate: float = 0.03  # same message with case/whitespace/punct/entity changes
    malformed_rate: float = 0.03
    bias_group_field: str = "age_band"
    bias_group_value: str = "65+"
    bias_group_share: float = 0.06  # the bias group is under-represented
    bias_noise: float = 0.6  # share of bias-group messages that are heavily noised

    def __post_init__(self) -> None:
        if isinstance(self.n_messages, bool) or not isinstance(self.n_messages, int):
            raise ValueError(f"n_messages: must be an integer, got {self.n_messages!r}")
        if self.n_messages < 20:
            raise ValueError(f"n_messages: must be at least 20, got {self.n_messages}")
        if isinstance(self.seed, bool) or not isinstance(self.seed, int):
            raise ValueError(f"seed: must be an integer, got {self.seed!r}")
        for name in _RATE_FIELDS:
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise ValueError(f"{name}: must be a number, got {value!r}")
            if not 0 <= value <= 1:
                raise ValueError(f"{name}: must be between 0 and 1, got {value}")
        removed = self.exact_duplicate_rate + self.near_duplicate_rate + self.malformed_rate
        if removed > 0.5:
            raise ValueError(
                "malformed_rate: exact_duplicate_rate + near_duplicate_rate + malformed_rate "
                f"must be at most 0.5, got {removed:g}"
            )
        if self.bias_group_field not in _DEMOGRAPHICS:
            allowed = ", ".join(_DEMOGRAPHICS)
            raise ValueError(
                f"bias_group_field: must be one of {allowed}, got {self.bias_group_field!r}"
            )
        values = _DEMOGRAPHICS[self.bias_group_field][0]
        if self.bias_group_value not in values:
            raise ValueError(
                f"bias_group_value: must be one of {', '.join(values)} for "
                f"{self.bias_group_field}, got {self.bias_group_value!r}"
            )


@dataclass(frozen=True)
class GenerationManifest:
    """What was planted in a generated file, so pipeline tests can check their accounting.

    ``n_valid`` counts rows that survive ingest *and* cleaning (it excludes every malformed
    kind, ``html_only`` included). ``pii`` counts entity occurrences in the text of those
    valid rows (duplicates counted per row); malformed rows carry no personal data.
    ``quarantine_stage`` says which stage should reject each malformed kind and ``planted``
    counts other perturbations over valid rows.
    """

    config: dict[str, object]
    n_lines: int
    n_valid: int
    malformed: dict[str, int]
    exact_duplicates: int
    near_duplicates: int
    pii: dict[str, int]
    intents: list[str]
    bias: dict[str, object]
    quarantine_stage: dict[str, str] = field(default_factory=dict)
    planted: dict[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict[str, object]:
        """A JSON-serialisable deep copy."""
        result: dict[str, object] = json.loads(json.dumps(asdict(self)))
        return result


# --------------------------------------------------------------------------------------
# Text helpers
# --------------------------------------------------------------------------------------


def _normalise(text: str, tag_replacement: str) -> str:
    """HTML-strip, unescape, NFKC, collapse whitespace, casefold (the pipeline's dedup key)."""
    stripped = html.unescape(_TAG_RE.sub(tag_replacement, text))
    return " ".join(unicodedata.normalize("NFKC", stripped).split()).casefold()


def _loose_key(text: str) -> str:
    """A key coarser than any reasonable dedup normalisation: alphanumerics only."""
    return "".join(ch for ch in _normalise(text, " ") if ch.isalnum())


def _fullwidth(text: str) -> str:
    return "".join(chr(ord(ch) + 0xFEE0) if ch.isascii() and ch.isalnum() else ch for ch in text)


def _outside_markup(text: str, fn: Callable[[str], str]) -> str:
    parts = _MARKUP_RE.split(text)
    return "".join(part if i % 2 else fn(part) for i, part in enumerate(parts))


def _free(text: str, pred: Callable[[str], bool]) -> list[int]:
    """Indices of characters outside tags/entities that satisfy ``pred``."""
    out: list[int] = []
    pos = 0
    for i, part in enumerate(_MARKUP_RE.split(text)):
        if i % 2 == 0:
            out.extend(pos + j for j, ch in enumerate(part) if pred(ch))
        pos += len(part)
    return out


def _is_space(ch: str) -> bool:
    return ch == " "


def _neighbours(ch: str) -> str:
    low = ch.lower()
    for r, row in enumerate(_QWERTY_ROWS):
        c = row.find(low)
        if c < 0:
            continue
        out = []
        for rr in (r - 1, r, r + 1):
            if 0 <= rr < len(_QWERTY_ROWS):
                for cc in (c - 1, c, c + 1):
                    if (rr, cc) != (r, c) and 0 <= cc < len(_QWERTY_ROWS[rr]):
                        out.append(_QWERTY_ROWS[rr][cc])
        joined = "".join(out)
        return joined.upper() if ch.isupper() else joined
    return ""


def _en_typo(text: str, rng: Random, allow_merge: bool) -> str:
    """One letter-level typo: drop, double, swap, keyboard neighbour (or merged words)."""
    words = [m for m in re.finditer(r"[A-Za-z]{3,}", text)]
    if not words:
        return text
    ops = ["drop", "double", "swap", "neighbour"] + (["merge"] if allow_merge else [])
    for _ in range(10):
        op = rng.choice(ops)
        if op == "merge":
            gaps = [
                i
                for i in range(1, len(text) - 1)
                if text[i] == " " and text[i - 1].isalpha() and text[i + 1].isalpha()
            ]
            if gaps:
                i = rng.choice(gaps)
                return text[:i] + text[i + 1 :]
            continue
        word = rng.choice(words)
        i = rng.randrange(word.start() + 1, word.end())  # keep the first letter
        ch = text[i]
        if op == "drop":
            candidate = text[:i] + text[i + 1 :]
        elif op == "double":
            candidate = text[:i] + ch + text[i:]
        elif op == "swap":
            if i + 1 >= word.end() or text[i + 1] == ch:
                continue
            candidate = text[:i] + text[i + 1] + ch + text[i + 2 :]
        else:
            options = _neighbours(ch)
            if not options:
                continue
            candidate = text[:i] + rng.choice(options) + text[i + 1 :]
        if candidate != text:
            return candidate
    return text


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _zh_typo(text: str, rng: Random, allow_drop: bool) -> str:
    """One character-level typo: look-alike/homophone swap (preferred), drop or doubling."""
    swappable = [i for i, ch in enumerate(text) if ch in _ZH_CONFUSABLE]
    if swappable and (not allow_drop or rng.random() < 0.7):
        i = rng.choice(swappable)
        return text[:i] + _ZH_CONFUSABLE[text[i]] + text[i + 1 :]
    cjk = [i for i, ch in enumerate(text) if _is_cjk(ch)]
    if not cjk:
        return text
    i = rng.choice(cjk)
    if allow_drop and rng.random() < 0.5 and len(cjk) > 4:
        return text[:i] + text[i + 1 :]
    return text[:i] + text[i] + text[i:]


def _heavy_noise(text: str, lang: str, rng: Random) -> str:
    """Several typos per message plus dropped punctuation / casing (bias-group noise)."""
    if lang == "en":
        if rng.random() < 0.6:
            text = _EN_PUNCT_DROP.sub("", text.lower())
        for _ in range(rng.randint(5, 9)):
            text = _en_typo(text, rng, allow_merge=True)
    else:
        if rng.random() < 0.6:
            sep = " " if rng.random() < 0.3 else ""
            # keep a space after personal data so numbers never run into following digits
            text = _ZH_PUNCT_DROP.sub(
                lambda m: " " if m.start() and _PH_RE.match(text[m.start() - 1]) else sep, text
            ).strip()
        for _ in range(rng.randint(3, 6)):
            text = _zh_typo(text, rng, allow_drop=True)
    return text


def _unicode_noise(text: str, lang: str, rng: Random) -> str:
    """Full-width ASCII or odd whitespace, both undone by NFKC + whitespace collapse."""
    choice = rng.random()
    if lang == "en":
        spaces = [i for i, ch in enumerate(text) if ch == " "]
        if choice < 0.4 or not spaces:
            words = list(re.finditer(r"[A-Za-z0-9$£€,.]+", text))
            if words:
                w = rng.choice(words)
                return text[: w.start()] + _fullwidth(w.group()) + text[w.end() :]
            return "\u3000" + text
        odd = rng.choice(("\u3000", "\u00a0", "  ", "\t", " \u2009", "\u2002"))
        for i in sorted(rng.sample(spaces, min(len(spaces), rng.randint(1, 3))), reverse=True):
            text = text[:i] + odd + text[i + 1 :]
        return text
    if choice < 0.5 and re.search(r"[A-Za-z0-9]", text):
        return _fullwidth(text)
    commas = [i for i, ch in enumerate(text) if ch in "，。"]
    if commas and choice < 0.8:
        i = rng.choice(commas)
        return text[: i + 1] + "\u3000" + text[i + 1 :]
    return rng.choice(("\u3000", " ", "\u00a0")) + text + rng.choice(("\u3000", "  ", "\t"))


def _add_html(text: str, lang: str, rng: Random) -> str:
    """Wrap in / sprinkle with HTML fragments the way a web chat export does."""
    ops = ["wrap", "br", "nbsp", "bold"] + (["amp", "quote"] if lang == "en" else [])
    chosen = rng.sample(ops, rng.randint(1, 2))
    for op in chosen:
        if op == "amp" and " and " in text:
            text = text.replace(" and ", " &amp; ", 1)
        elif op == "quote" and "'" in text:
            text = text.replace("'", rng.choice(("&#39;", "&apos;", "&rsquo;")), 1)
        elif op == "nbsp":
            spaces = _free(text, _is_space)
            if lang == "en" and spaces:
                i = rng.choice(spaces)
                text = text[:i] + "&nbsp;" + text[i + 1 :]
            else:
                text = text + "&nbsp;"
        elif op == "br":
            if lang == "en":
                spaces = _free(text, _is_space)
                i = rng.choice(spaces) if spaces else len(text)
                text = text[:i] + rng.choice(("<br/>", "<br>", "<br />")) + text[i:]
            else:
                marks = [i + 1 for i, ch in enumerate(text) if ch in "，。？！"]
                i = rng.choice(marks) if marks else len(text)
                text = text[:i] + rng.choice(("<br/>", "<br>")) + text[i:]
        elif op == "bold":
            words = list(re.finditer(r"[A-Za-z]{4,}", text)) if lang == "en" else []
            free = set(_free(text, str.isalpha))
            words = [w for w in words if w.start() in free and w.end() - 1 in free]
            if words:
                w = rng.choice(words)
                text = f"{text[: w.start()]}<b>{w.group()}</b>{text[w.end() :]}"
            else:
                text = f"<b>{text}</b>"
        else:
            wrapper = rng.choice(
                (
                    "<p>{}</p>",
                    '<div class="msg-body">{}</div>',
                    '<div class="chat-bubble"><p>{}</p></div>',
                    "<span>{}</span>",
                )
            )
            text = wrapper.format(text)
    if "<" not in text and "&" not in text:
        text = f"<p>{text}</p>"
    return text


def _near_variant(text: str, lang: str, rng: Random) -> str:
    """A copy that differs only by case, whitespace, punctuation width or HTML entities."""
    ops = ["ws", "punct", "entity", "wrap", "fullwidth"]
    if lang == "en":
        ops += ["upper", "lower", "nbsp"]
    for _ in range(20):
        candidate = text
        for op in rng.sample(ops, rng.randint(1, 2)):
            candidate = _near_op(candidate, op, lang, rng)
        if (
            candidate != text
            and _normalise(candidate, " ") == _normalise(text, " ")
            and _normalise(candidate, "") == _normalise(text, "")
        ):
            return candidate
    return f"<p>{text}</p>&nbsp;"


def _near_op(text: str, op: str, lang: str, rng: Random) -> str:
    if op == "upper":
        return _outside_markup(text, str.upper)
    if op == "lower":
        return _outside_markup(text, str.lower)
    if op == "ws":
        spaces = _free(text, _is_space)
        if lang == "en" and spaces and rng.random() < 0.6:
            i = rng.choice(spaces)
            return text[:i] + rng.choice(("  ", "   ", " \t")) + text[i + 1 :]
        return rng.choice(("", " ", "  ")) + text + rng.choice((" ", "  ", "\n", "\u3000"))
    if op == "punct":
        swaps = {"?": "？", "？": "?", "!": "！", "！": "!", ".": "．", ",": "，", "，": ","}
        stripped = text.rstrip()
        if stripped and stripped[-1] in swaps:
            return stripped[:-1] + swaps[stripped[-1]] + text[len(stripped) :]
        return text
    if op == "entity":
        spots = _free(text, lambda ch: ch.isalpha() or ch in "?!")
        if not spots:
            return text
        i = rng.choice(spots)
        return f"{text[:i]}&#{ord(text[i])};{text[i + 1 :]}"
    if op == "wrap":
        return rng.choice(("<p>{}</p>", "{}<br/>", "&nbsp;{}", "<div>{}</div>")).format(text)
    if op == "nbsp":
        spaces = _free(text, _is_space)
        if spaces:
            i = rng.choice(spaces)
            return text[:i] + "&nbsp;" + text[i + 1 :]
        return text
    # fullwidth: one ASCII alphanumeric run outside markup
    runs = [m for m in re.finditer(r"[A-Za-z0-9]+", text)]
    if not runs or _MARKUP_RE.search(text):
        return text
    m = rng.choice(runs)
    return text[: m.start()] + _fullwidth(m.group()) + text[m.end() :]


# --------------------------------------------------------------------------------------
# Slot and personal-data fillers
# --------------------------------------------------------------------------------------


def _slot(name: str, lang: str, rng: Random) -> str:
    en = lang == "en"
    if name == "amount":
        value = rng.choice((rng.randint(5, 99), rng.randint(100, 2500), rng.randint(10, 500)))
        if en:
            fmt = rng.choice(("${:,}", "${:,}.00", "£{:,}", "€{:,}", "${:,}.{c:02d}"))
            return fmt.format(value, c=rng.randint(1, 99))
        return rng.choice(("{}元", "¥{}", "{:,}元", "{}块")).format(value)
    if name == "small_amount":
        value = rng.choice((2, 3, 5, 8, 10, 12, 15, 25, 35))
        if en:
            return rng.choice(("${}", "£{}", "${}.50", "€{}")).format(value)
        return rng.choice(("{}元", "{}块", "¥{}")).format(value)
    if name == "big_amount":
        k = rng.choice((2, 3, 5, 8, 10, 15, 20, 25, 30, 50, 80, 120, 250))
        if en:
            return rng.choice(("${},000", "£{},000", "{}k")).format(k)
        return rng.choice(("{}万", "{}万元", "{}0000元")).format(k)
    if name == "date":
        if rng.random() < 0.5:
            return rng.choice(_EN_RELATIVE_DATES if en else _ZH_RELATIVE_DATES)
        month, day = rng.randint(1, 12), rng.randint(1, 28)
        if en:
            return rng.choice(
                (f"on {_MONTHS[month - 1]} {day}", f"on {day}/{month}", f"on the {_ordinal(day)}")
            )
        return rng.choice((f"{month}月{day}日", f"{month}月{day}号", f"{day}号"))
    if name == "month":
        if en:
            return rng.choice((*_MONTHS, "last month", "the last quarter", "this year"))
        return rng.choice(("上个月", f"{rng.randint(1, 12)}月份", "去年12月", "一季度", "今年"))
    if name == "year":
        return str(rng.randint(2018, 2023))
    if name == "dom":
        return _ordinal(rng.randint(1, 28))
    if name == "days":
        if en:
            return rng.choice(("3", "five", "ten", "12", "14", "seven"))
        return rng.choice(("三天", "五天", "一周", "十来天", "半个月", "两周"))
    if name == "n":
        return rng.choice(("3", "6", "three", "six", "12")) if en else rng.choice("36")
    if name == "n_years":
        return rng.choice(("2", "five", "10", "3", "20")) if en else rng.choice("两三五十")
    pools: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
        "merchant": (_EN_MERCHANTS, _ZH_MERCHANTS),
        "card_type": (_EN_CARD_TYPES, _ZH_CARD_TYPES),
        "account_type": (_EN_ACCOUNT_TYPES, _ZH_ACCOUNT_TYPES),
        "loan_type": (_EN_LOAN_TYPES, _ZH_LOAN_TYPES),
        "currency": (_EN_CURRENCIES, _ZH_CURRENCIES),
        "biller": (_EN_BILLERS, _ZH_BILLERS),
    }
    if name not in pools:
        raise KeyError(f"unknown template slot {name!r}")
    return rng.choice(pools[name][0] if en else pools[name][1])


def _ordinal(day: int) -> str:
    suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def _fill(template: str, lang: str, rng: Random) -> str:
    return _SLOT_RE.sub(lambda m: _slot(m.group(1), lang, rng), template)


def _person(lang: str, gender: str, rng: Random) -> tuple[str, str]:
    """(display name, email local part)."""
    if lang == "en":
        pool = {"female": _EN_FIRST_FEMALE, "male": _EN_FIRST_MALE}.get(gender, _EN_FIRST_NEUTRAL)
        first, last = rng.choice(pool), rng.choice(_EN_LAST)
        title = {"female": "Ms", "male": "Mr"}.get(gender, "Mx")
        name = f"{title} {last}" if rng.random() < 0.25 else f"{first} {last}"
        local = rng.choice(
            (f"{first}.{last}".lower(), f"{first[0]}{last}".lower(), f"{first}{last[0]}".lower())
        )
        return name, local
    (surname, s_py), (given, g_py) = rng.choice(_ZH_SURNAMES), rng.choice(_ZH_GIVEN)
    return surname + given, rng.choice((f"{s_py}{g_py}", f"{s_py}.{g_py}", f"{g_py}{s_py}"))


def _phone(lang: str, rng: Random) -> str:
    if lang == "zh":
        number = f"1{rng.choice('3456789')}{rng.randint(0, 999_999_999):09d}"
        style = rng.randrange(4)
        if style == 0:
            return number
        if style == 1:
            return f"+86 {number[:3]} {number[3:7]} {number[7:]}"
        if style == 2:
            return f"+86-{number}"
        return f"{number[:3]}-{number[3:7]}-{number[7:]}"
    area, line = rng.randint(201, 989), rng.randint(0, 9999)
    style = rng.randrange(5)
    if style == 0:
        return f"({area}) 555-{line:04d}"
    if style == 1:
        return f"{area}-555-{line:04d}"
    if style == 2:
        return f"+1 {area} 555 {line:04d}"
    if style == 3:
        return f"07700 {rng.randint(900000, 900999)}"
    return f"+44 7700 {rng.randint(900000, 900999)}"


def _card_number(rng: Random) -> str:
    prefix = rng.choice(_CARD_PREFIXES)
    body = prefix + "".join(str(rng.randrange(10)) for _ in range(15 - len(prefix)))
    number = body + luhn.calc_check_digit(body)
    groups = [number[i : i + 4] for i in range(0, 16, 4)]
    return rng.choice(("".join(groups), " ".join(groups), "-".join(groups), " ".join(groups)))


def _cn_id(age_band: str, gender: str, rng: Random) -> str:
    lo, hi = _BIRTH_YEARS[age_band]
    year, month, day = rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28)
    seq = rng.randint(0, 99) * 10 + rng.randint(0, 9)
    if gender in ("male", "female"):  # odd sequence numbers for men, even for women
        seq = seq - seq % 2 + (1 if gender == "male" else 0)
    body = f"{rng.choice(_CN_AREA_CODES)}{year:04d}{month:02d}{day:02d}{seq:03d}"
    return body + ric.calc_check_digit(body + "0")  # stdnum ignores the last character


def _address(lang: str, rng: Random) -> str:
    if lang == "en":
        return (
            f"{rng.randint(1, 250)} {rng.choice(_EN_STREETS)} {rng.choice(_EN_STREET_SUFFIX)}, "
            f"{rng.choice(_EN_CITIES)}"
        )
    city, district = rng.choice(_ZH_DISTRICTS)
    base = f"{city}{district}{rng.choice(_ZH_ROADS)}{rng.randint(1, 999)}号"
    if rng.random() < 0.4:
        base += f"{rng.randint(1, 30)}栋{rng.randint(1, 28)}0{rng.randint(1, 6)}室"
    return base


def _pii_value(label: str, lang: str, demo: Mapping[str, str], rng: Random) -> str:
    gender = demo["gender"]
    if label == "PERSON":
        return _person(lang, gender, rng)[0]
    if label == "PHONE_NUMBER":
        return _phone(lang, rng)
    if label == "EMAIL_ADDRESS":
        local = _person(lang, gender, rng)[1]
        if lang == "zh" and rng.random() < 0.3:
            local = str(rng.randint(20_000_000, 999_999_999))  # QQ-number style
        elif rng.random() < 0.5:
            local += str(rng.randint(1, 99))
        return f"{local}@{rng.choice(_EN_EMAIL_DOMAINS if lang == 'en' else _ZH_EMAIL_DOMAINS)}"
    if label == "CREDIT_CARD":
        return _card_number(rng)
    if label == "CN_ID_CARD":
        return _cn_id(demo["age_band"], gender, rng)
    return _address(lang, rng)


# --------------------------------------------------------------------------------------
# Message assembly
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Message:
    text: str
    lang: str
    intent: str
    demo: Mapping[str, str]
    pii: tuple[str, ...]
    in_bias: bool
    noised: bool
    typo: bool
    html: bool
    unicode: bool


@dataclass(frozen=True)
class _Plan:
    lang: str
    intent: str
    demo: Mapping[str, str]
    in_bias: bool
    noised: bool
    typo: bool
    pii: bool
    html: bool
    unicode: bool


def _compose(plan: _Plan, rng: Random) -> tuple[str, tuple[str, ...]]:
    """Build one message text and the PII labels it carries."""
    en = plan.lang == "en"
    if plan.noised:
        pool = (_EN_COLLOQUIAL if en else _ZH_COLLOQUIAL)[plan.intent]
        text = _fill(rng.choice(pool), plan.lang, rng)
        if rng.random() < _RAMBLE_RATE:
            head = rng.choice(_EN_RAMBLE_HEADS if en else _ZH_RAMBLE_HEADS)
            text = f"{head} {text}" if en else head + text
        if rng.random() < _RAMBLE_RATE:
            tail = rng.choice(_EN_RAMBLE_TAILS if en else _ZH_RAMBLE_TAILS)
            text = f"{text}, {tail}" if en else text + tail
    else:
        pool = (_EN_TEMPLATES if en else _ZH_TEMPLATES)[plan.intent]
        text = _fill(rng.choice(pool), plan.lang, rng)
        if rng.random() < _OPENER_RATE:
            opener = rng.choice(_EN_OPENERS if en else _ZH_OPENERS)
            if en and opener.endswith(", ") and not text.startswith(("I ", "I'")):
                text = text[0].lower() + text[1:]
            text = opener + text
        if rng.random() < _CLOSER_RATE:
            text += rng.choice(_EN_CLOSERS if en else _ZH_CLOSERS)
    labels: tuple[str, ...] = ()
    values: list[str] = []
    if plan.pii:
        k = rng.choices((1, 2, 3), weights=(0.7, 0.25, 0.05))[0]
        weights = _EN_PII_WEIGHTS if en else _ZH_PII_WEIGHTS
        chosen: list[str] = []
        while len(chosen) < k:
            label = rng.choices(PII_LABELS, weights=weights)[0]
            if label not in chosen:
                chosen.append(label)
        labels = tuple(chosen)
        snippets = _EN_PII_SNIPPETS if en else _ZH_PII_SNIPPETS
        for j, label in enumerate(labels):
            values.append(_pii_value(label, plan.lang, plan.demo, rng))
            snippet = rng.choice(snippets[label]).format(chr(_PH + j))
            if rng.random() < 0.35:
                text = f"{snippet} {text}" if en else snippet + text
            else:
                text = f"{text} {snippet}" if en else text + snippet

    if plan.demo["channel"] == "phone_transcript" and rng.random() < _FILLER_RATE:
        text = rng.choice(_EN_FILLERS if en else _ZH_FILLERS) + text
    if plan.noised:
        text = _heavy_noise(text, plan.lang, rng)
    elif plan.typo:
        text = _en_typo(text, rng, allow_merge=False) if en else _zh_typo(text, rng, False)
    if plan.unicode:
        text = _unicode_noise(text, plan.lang, rng)
        if values and rng.random() < 0.5:
            values = [_fullwidth(v) for v in values]
    if plan.html:
        text = _add_html(text, plan.lang, rng)
    text = _PH_RE.sub(lambda m: values[ord(m.group()) - _PH], text)
    return text, labels


def _sample_demographics(config: BankDataConfig, in_bias: bool, rng: Random) -> dict[str, str]:
    demo: dict[str, str] = {}
    for name, (values, weights) in _DEMOGRAPHICS.items():
        if name == config.bias_group_field:
            if in_bias:
                demo[name] = config.bias_group_value
                continue
            pairs = [(v, w) for v, w in zip(values, weights, strict=True)]
            pairs = [(v, w) for v, w in pairs if v != config.bias_group_value]
            demo[name] = rng.choices([v for v, _ in pairs], weights=[w for _, w in pairs])[0]
        else:
            demo[name] = rng.choices(values, weights=weights)[0]
    return demo


def _pick(rng: Random, population: Sequence[int], share: float) -> set[int]:
    return set(rng.sample(population, round(len(population) * share)))


def _timestamp(offset: int) -> str:
    return (_START + timedelta(seconds=offset)).strftime("%Y-%m-%dT%H:%M:%SZ")


def _record(
    message_id: str, conversation_id: str, ts: int, lang: str, demo: Mapping[str, str]
) -> dict[str, object]:
    return {
        "message_id": message_id,
        "conversation_id": conversation_id,
        "timestamp": _timestamp(ts),
        "channel": demo["channel"],
        "language": lang,
        "text": "",
        "intent": "",
        "gender": demo["gender"],
        "age_band": demo["age_band"],
        "region": demo["region"],
    }


def _dumps(record: Mapping[str, object]) -> str:
    return json.dumps(record, ensure_ascii=False)


def _malformed_line(kind: str, record: dict[str, object], text: str, rng: Random) -> bytes:
    record = dict(record)
    record["text"] = text
    if kind == "invalid_json":
        full = _dumps(record)
        return full[: rng.randint(len(full) // 3, len(full) - 2)].encode("utf-8")
    if kind == "invalid_utf8":
        cut = rng.randint(1, max(1, len(text) - 1))
        record["text"] = text[:cut] + "@@BAD@@" + text[cut:]
        return _dumps(record).encode("utf-8").replace(b"@@BAD@@", rng.choice(_BAD_BYTES))
    if kind == "missing_text":
        del record["text"]
    elif kind == "missing_intent":
        del record["intent"]
    elif kind == "empty_text":
        record["text"] = rng.choice(("", " ", "   ", "\t", "\n", "\u3000 "))
    elif kind == "null_text":
        record["text"] = rng.choice((None, 0, 12345, 3.5, None))
    elif kind == "html_only":
        record["text"] = rng.choice(_HTML_ONLY_TEXTS)
    return _dumps(record).encode("utf-8")


def generate_bank_lines(config: BankDataConfig) -> tuple[list[bytes], GenerationManifest]:
    """Generate the JSONL lines (raw bytes, no trailing newline) and what was planted."""
    rng = Random(config.seed)
    n = config.n_messages
    n_malformed = int(n * config.malformed_rate + 1e-9)
    n_exact = int(n * config.exact_duplicate_rate + 1e-9)
    n_near = int(n * config.near_duplicate_rate + 1e-9)
    n_base = n - n_malformed - n_exact - n_near

    base_ids = range(n_base)
    zh = _pick(rng, base_ids, config.zh_share)
    bias = _pick(rng, base_ids, config.bias_group_share)
    noised = _pick(rng, sorted(bias), config.bias_noise)
    typo = _pick(rng, [i for i in base_ids if i not in noised], config.typo_rate)
    pii = _pick(rng, base_ids, config.pii_rate)
    html_ids = _pick(rng, base_ids, config.html_rate)
    unicode_ids = _pick(rng, base_ids, _UNICODE_NOISE_RATE)

    seen: set[str] = set()
    messages: list[_Message] = []
    for i in base_ids:
        lang = "zh" if i in zh else "en"
        intent = rng.choices(INTENTS, weights=_INTENT_WEIGHTS)[0]
        demo = _sample_demographics(config, i in bias, rng)
        plan = _Plan(
            lang, intent, demo, i in bias, i in noised, i in typo, i in pii, i in html_ids,
            i in unicode_ids,
        )  # fmt: skip
        for _ in range(_MAX_ATTEMPTS):
            text, labels = _compose(plan, rng)
            key = _loose_key(text)
            if key and key not in seen:
                break
        else:  # pragma: no cover - only reachable with absurd configurations
            raise RuntimeError(f"could not generate a unique message for intent {intent}")
        seen.add(key)
        flags = (plan.in_bias, plan.noised, plan.typo, plan.html, plan.unicode)
        messages.append(_Message(text, lang, intent, demo, labels, *flags))

    # rows: (timestamp offset, order, conversation, message index or -1, text, kind)
    conv_numbers = rng.sample(range(10_000, 10_000 + 4 * n), n_base + n_malformed)
    base_ts = [rng.randrange(_SPAN_SECONDS) for _ in base_ids]
    rows: list[tuple[int, int, str, int, str, str]] = []
    for i, msg in enumerate(messages):
        rows.append((base_ts[i], len(rows), f"c{conv_numbers[i]:06d}", i, msg.text, "base"))
    for _ in range(n_exact):
        src = rng.randrange(n_base)
        ts = base_ts[src] + rng.randint(5, 900)
        rows.append((ts, len(rows), f"c{conv_numbers[src]:06d}", src, messages[src].text, "exact"))
    for src in sorted(rng.sample(base_ids, n_near)):
        text = _near_variant(messages[src].text, messages[src].lang, rng)
        ts = base_ts[src] + rng.randint(5, 900)
        rows.append((ts, len(rows), f"c{conv_numbers[src]:06d}", src, text, "near"))

    kinds = [MALFORMED_KINDS[j % len(MALFORMED_KINDS)] for j in range(n_malformed)]
    rng.shuffle(kinds)
    malformed_demo: list[tuple[str, str, dict[str, str]]] = []
    for j, kind in enumerate(kinds):
        in_bias = rng.random() < config.bias_group_share
        demo = _sample_demographics(config, in_bias, rng)
        lang = "zh" if rng.random() < config.zh_share else "en"
        intent = rng.choices(INTENTS, weights=_INTENT_WEIGHTS)[0]
        plan = _Plan(lang, intent, demo, in_bias, False, False, False, False, False)
        text = _compose(plan, rng)[0]
        malformed_demo.append((intent, lang, demo))
        conv = f"c{conv_numbers[n_base + j]:06d}"
        rows.append((rng.randrange(_SPAN_SECONDS), len(rows), conv, -1 - j, text, kind))

    rows.sort(key=lambda row: (row[0], row[1]))
    lines: list[bytes] = []
    pii_counts = dict.fromkeys(PII_LABELS, 0)
    malformed_counts = dict.fromkeys(MALFORMED_KINDS, 0)
    planted = {"zh": 0, "html": 0, "typo": 0, "unicode": 0, "heavy_noise": 0, "with_pii": 0}
    bias_rows = bias_noised_rows = n_valid = 0
    for position, (ts, _, conv, idx, text, kind) in enumerate(rows, start=1):
        message_id = f"m{position:06d}"
        if idx >= 0:
            msg = messages[idx]
            record = _record(message_id, conv, ts, msg.lang, msg.demo)
            record["text"] = text
            record["intent"] = msg.intent
            lines.append(_dumps(record).encode("utf-8"))
            n_valid += 1
            for label in msg.pii:
                pii_counts[label] += 1
            planted["zh"] += msg.lang == "zh"
            planted["html"] += msg.html
            planted["typo"] += msg.typo
            planted["unicode"] += msg.unicode
            planted["heavy_noise"] += msg.noised
            planted["with_pii"] += bool(msg.pii)
            bias_rows += msg.in_bias
            bias_noised_rows += msg.noised
        else:
            intent, lang, demo = malformed_demo[-1 - idx]
            record = _record(message_id, conv, ts, lang, demo)
            record["intent"] = intent
            lines.append(_malformed_line(kind, record, text, rng))
            malformed_counts[kind] += 1

    bias_info: dict[str, object] = {
        "field": config.bias_group_field,
        "value": config.bias_group_value,
        "target_share": config.bias_group_share,
        "rows": bias_rows,
        "share_of_valid": round(bias_rows / n_valid, 4) if n_valid else 0.0,
        "noised_rows": bias_noised_rows,
        "noise_share_target": config.bias_noise,
        "mechanisms": [
            "under-representation: only target_share of messages belong to the group",
            "heavy noise on noise_share_target of the group's messages: 5-9 typos per English "
            "message (dropped/doubled/swapped letters, keyboard-neighbour substitutions, merged "
            "words, often lower-cased without punctuation); 3-6 look-alike/homophone character "
            "swaps, drops or doublings per Chinese message",
            "the heavily noised messages use vague colloquial templates that no other group "
            "uses, often wrapped in rambling context that mentions cards, apps or pensions",
        ],
        "colloquial_templates": {
            "en": sum(len(v) for v in _EN_COLLOQUIAL.values()),
            "zh": sum(len(v) for v in _ZH_COLLOQUIAL.values()),
        },
        "how_to_measure": (
            f"accuracy of an intent classifier trained on a random stratified split, on test rows "
            f"with {config.bias_group_field} == {config.bias_group_value!r} versus all other rows"
        ),
        "expected_accuracy_gap_points": [10, 30],
    }
    manifest = GenerationManifest(
        config=asdict(config),
        n_lines=len(lines),
        n_valid=n_valid,
        malformed=malformed_counts,
        exact_duplicates=n_exact,
        near_duplicates=n_near,
        pii=pii_counts,
        intents=list(INTENTS),
        bias=bias_info,
        quarantine_stage=dict(_QUARANTINE_STAGE),
        planted=planted,
    )
    return lines, manifest


def write_bank_conversations(
    path: Path, config: BankDataConfig, *, replies: bool = False
) -> GenerationManifest:
    """Write the JSONL file (binary, newline-terminated) and ``<stem>.manifest.json`` beside it;
    with ``replies`` every valid row also gets the agent's ``response``."""
    path = Path(path)
    lines, manifest = generate_bank_lines(config)
    if replies:
        lines = add_replies(lines, config.seed, person=_person)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"".join(line + b"\n" for line in lines))
    manifest_path = path.with_name(f"{path.stem}.manifest.json")
    text = json.dumps(manifest.to_dict(), ensure_ascii=False, indent=2) + "\n"
    manifest_path.write_bytes(text.encode("utf-8"))
    return manifest
