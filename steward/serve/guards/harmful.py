"""Requests for harmful help, English and Chinese, by category, from cue lexicons.

A prompt is a harmful request when it asks for help with weapons, violence, malware or
intrusion, fraud, self-harm, hate or harassment, sexual content involving minors, sexual
violence, drugs, disinformation or other crimes. Each category has two kinds of cue:

- *strong* terms that name the harm itself ("ransomware script", "pipe bomb", "儿童色情");
- *contextual* patterns that need an intent verb next to the harmful object ("write a
  phishing email", "synthesize parathion", "编写木马") — the object alone is not enough,
  because customers *report* harm in the same words ("I received a phishing email",
  "我的手机中了木马", "someone stole my card").

Lexicons are this project's own, written against the dev half of the shared HarmBench list and
the bank's ordinary messages (see ``benchmarks/guard_harmful.py`` for the dev/test discipline).
A category's score is ``1 - prod(1 - w)`` over its distinct hits (strong 0.9, contextual 0.75,
an evasion cue such as "without getting caught" adds 0.3 to every flagged category); it is
flagged at ``threshold``. Each category's action comes from the policy: ``block`` (default),
``warn`` (the prompt passes, the verdict says why) or ``allow`` (not reported).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from steward.config import HARM_CATEGORIES
from steward.serve.guards.base import Guard, GuardVerdict, Span
from steward.serve.guards.harm_fold import fold_with_offsets
from steward.serve.guards.harm_model import (
    _CJK,
    LOOKALIKE_PROBABILITY,
    LOOKALIKE_SENSITIVE,
    MODEL_THRESHOLD,
    hinted_category,
    load_scorer,
    score_with_parts,
)
from steward.serve.guards.literal_gate import LiteralGate

CategoryAction = Literal["block", "warn", "allow"]
CATEGORIES: tuple[str, ...] = HARM_CATEGORIES
STRONG, CONTEXTUAL = 0.9, 0.75
EVASION_BOOST = 0.3

# English request frames; a contextual pattern puts one of these verbs before its object.
_MAKE = (
    r"(?:make|making|build|building|construct\w*|synthesi[sz]\w*|manufactur\w*|assembl\w*|"
    r"produc\w*|extract\w*|cultur\w*|weaponi[sz]\w*|brew\w*|cook\w*|3d[- ]print\w*|"
    r"acquir\w*|obtain\w*|buy|buying|purchas\w*|smuggl\w*|spread\w*|releas\w*|start\w*|"
    r"creat\w*|get hold of|store|storing|grow\w*|mix\w*|distribut\w*|sell|selling)"
)
_WRITE = (
    r"(?:write|writing|create|creating|draft\w*|compose|composing|generate|generating|design\w*|"
    r"develop\w*|code|coding|craft\w*|build|building|make|making|set(?:ting)? up|run|running|"
    r"deploy\w*|send|sending|launch\w*|script for|template for|give me|provide)"
)
_GAP = r"\W+(?:[\w'’-]+\W+){0,6}?"  # up to six words between a verb and its object
_ZH_GAP = r"[^。！？!?\n]{0,10}?"  # up to ten characters within one Chinese clause
_ZH_NEAR = r"[^。！？!?\n]{0,6}?"
_CONTESTED = (
    r"\b(?:war|genocide|massacre|holocaust|holodomor|famine|annex\w*|regime|invasion|"
    r"immigra\w*|refugees?|elections?|ballots?|vot\w+|fraud|vaccin\w*|covid\S*|pandemic|"
    r"masks?|virus|climate|fossil fuels|race|racial|racist|ethnic\w*|terror\w*|crime|taxes|"
    r"president|senator|congress\w*|minister|government|official|cancer|indigenous|"
    r"aboriginal|residential schools|slavery|agent orange|khmer|nazi\w*|victims|sexual|"
    r"cocaine|drugs?|lab leak|conflict|casualt\w*|death toll)"
)
_ZH_MAKE = (
    r"(?:制作|制造|合成|自制|组装|提炼|提取|生产|培养|购买|买到|弄到|获取|搞到|走私|"
    r"散布|传播|配制|做出|造出|做一个|做个|释放|投放|施放|灌进|灌入|散播|提纯|研制)"
)
_ZH_WRITE = r"(?:写|编写|编|制作|做|搭建|开发|生成|设计|发送|群发|伪造|生成一|帮我写|给我写)"
_ZH_ASK = (
    r"(?:如何|怎么|怎样|教我|告诉我|帮我|给我|方法|步骤|教程|攻略|写一[篇段个份封]|办法|方案|"
    r"我想|我要|打算|想要|准备|计划|有没有办法|出个主意|指导我)"
)


@dataclass(frozen=True)
class Cue:
    pattern: str
    weight: float
    needs_request: bool = False  # counts only when the text asks for something (REQUEST)
    # skipped when the text asks how others do it or reports it happening (AWARENESS)
    skips_awareness: bool = False


def _strong(*patterns: str) -> list[Cue]:
    return [Cue(p, STRONG) for p in patterns]


def _contextual(*patterns: str) -> list[Cue]:
    return [Cue(p, CONTEXTUAL) for p in patterns]


def _named(*patterns: str) -> list[Cue]:
    """Theft words and scheme names: customers fear theft and ask about a scheme in the same
    words ("could hackers steal my card?", "黑客能偷走吗", "这是不是跑分？"), so these are set
    aside when the text asks how criminals work, asks whether something is a scam, or worries
    what they could do (AWARENESS, THEFT_WORRY), like the broader cues."""
    return [Cue(p, STRONG, skips_awareness=True) for p in patterns]


def _acts(*patterns: str) -> list[Cue]:
    """Chinese harmful acts (verb and object) that count only in a request: a Chinese request
    may put its frame after the act ("……，具体该怎么操作？", "……的完整方案")."""
    return [Cue(p, CONTEXTUAL, needs_request=True) for p in patterns]


LEXICON: dict[str, list[Cue]] = {
    "weapons": _strong(
        r"\b(?:pipe|car|nail|dirty|letter) bombs?\b",
        r"\bbomb threat",
        r"\bnerve (?:gas|agents?)\b",
        r"\b(?:chemical|biological|bio|nuclear|radiological) (?:warfare|weapons?)\b",
        r"\bbioweapons?\b",
        r"\b(?:sarin|tabun|soman|vx (?:gas|nerve)|lewisite|ricin|botulinum|anthrax|"
        r"mustard gas|dimethylmercury|tetrodotoxin|phosgene)\b",
        r"\benriched uranium\b|\bweapons?-grade\b",
        r"\b(?:ghost guns?|glock switch|auto sear|bump stock)\b",
        r"\bmolotov\b|\bnapalm\b|\bimprovised explosive|\bexplosives?-laden\b",
        r"化学武器|生物武器|核武器|神经毒剂|沙林|蓖麻毒素|炭疽|芥子气|脏弹|燃烧瓶|土炸弹|自制炸弹|自制枪",
    )
    + _contextual(
        rf"\b{_MAKE}{_GAP}(?:bombs?|explosives?|detonators?|grenades?|firearms?|handguns?|guns?|"
        r"rifles?|ammunition|silencers?|suppressors?|(?:chlorine|poison|toxic) gas|toxins?|"
        r"pathogens?|ebola|cholera|smallpox|plague|strychnine|parathion|cyanide|"
        r"(?:dangerous|pathogenic) dna)\b",
        rf"{_ZH_MAKE}{_ZH_GAP}(?:炸弹|炸药|爆炸物|爆炸装置|燃烧弹|毒剂|子弹|雷管|手榴弹|枪支|手枪|步枪|枪|弹药|消音器|毒气|氯气|"
        r"毒素|病原体|病菌|埃博拉|霍乱|天花|氰化物|浓缩铀)",
        rf"把{_ZH_GAP}(?:氯气|毒气|毒药|毒剂|炸弹|炸药|病毒|病菌){_ZH_GAP}(?:灌|放进|投|释放|带进|带上|扔|撒)",
    )
    + _acts(
        rf"(?:做|造|改装|改造|弄|搞){_ZH_NEAR}(?:爆炸装置|定时炸弹|炸弹|燃烧弹|炸药|枪|毒剂|毒药)",
    ),
    "violence": _strong(
        r"\bhit ?m[ae]n\b",
        r"\bkill (?:lots of|many|as many|a lot of) people\b",
        r"\b(?:mass|school) shooting",
        r"\bransom note\b|\bdeath threats?\b",
        r"\bswatting\b",
        r"\bhold\w* (?:a |an |the )?[\w ]{0,20}hostage\b",
        r"\bkidnap\w*",
        r"\bdismember\w*|\bflay\w* alive\b|\bdrawn and quartered\b",
        r"\b(?:commit\w*|start\w*) arson\b",
        # a fire set on the customer's car or home ("被人纵火", "遭人放火") is a harm reported
        # for an insurance claim, not one asked for
        r"(?<!被)(?<!被人)(?<!遭人)(?<!遭)(?<!恶意)(?:纵火|放火)",
        r"雇凶|买凶|杀手|杀人|杀死|杀掉|谋杀|毒死|下毒|投毒|绑架|炸毁|恐吓信|死亡威胁|人质|肢解|虐杀|"
        r"(?:打|弄|害|撞|砍|勒|毒|推)死|活埋|毁容|泼硫酸|(?:看起来|伪装成|装成|弄成)像?(?:意外|自杀)|制造车祸",
    )
    + _contextual(
        r"\b(?:kill|murder|poison|strangle|stab|assassinate|shoot|maim|torture)\w*\s+"
        r"(?:a |an |the |my |your |his |her |their |some |lots of )?(?:[\w-]+\s+){0,3}?"
        r"(?:someone|somebody|person|people|him|her|them|child|children|kids?|patients?|wife|"
        r"husband|spouse|neighbou?rs?|boss|grandmother|grandfather|pets?|dogs?|cats?|crowd|"
        r"partners?|co-?authors?|colleagues?|co-?workers?|landlords?|tenants?|rivals?|"
        r"officials?|witness\w*)\b",
        r"\b(?:fall down the stairs|seem like an accident|look like an accident)\b",
        r"\bspread\w* (?:a |the )?(?:virus|disease|infection|pathogen)\b",
        r"\b(?:tamper\w*|interfer\w*) with\b[\w\s'’-]{0,40}(?:pacemakers?|medical devices?|"
        r"water supply|brakes?)",
        rf"{_ZH_ASK}{_ZH_GAP}(?:伤害|弄死|打死|捅|砍|撞死|害死|报复|推下|下毒)(?!我|自己)",
    )
    + _acts(
        rf"推下(?:楼|去|悬崖|河)|打断{_ZH_NEAR}腿|撞(?:倒|飞)|(?:放|下|投)老鼠药|砍伤|刺伤|泼(?:硫酸|汽油)",
    ),
    "cybercrime": _strong(
        r"\b(?:sql ?injection|sqli|reverse shell|ddos|syn flood|dns amplification|"
        r"zero[- ]day|eternalblue|bluekeep|dirty ?(?:cow|pipe)|drupalgeddon\w*|ghostcat|krack|"
        r"rainbow table|credential stuffing|parameter pollution|privilege escalation|"
        r"command and control|c2 server)\b",
        r"\b(?:evade|evading|bypass\w*|obfuscat\w*)\b[\w\s-]{0,30}\b(?:antivirus|anti-virus|"
        r"wafs?|edr|geofenc\w*|firewall|intrusion detection)\b",
        r"\bexfiltrat\w+",
        r"(?<!被装)(?<!被安装)(?<!被植入)(?<!被装了)(?<!被装上)(?<!被安装了)(?<!被植入了)"
        r"(?:勒索软件|键盘记录器|僵尸网络|SQL ?注入|零日漏洞|漏洞利用代码|撞库|盗号|肉鸡|"
        r"提权漏洞|DDoS|反弹shell)",
    )
    + _contextual(
        rf"\b{_WRITE}{_GAP}(?:ransomware|keyloggers?|malware|spyware|trojans?|rootkits?|"
        r"botnets?|(?:computer )?worms?|viruses?|exploits?|payloads?|backdoors?|stealers?)\b",
        r"\bhack\w*\s+(?:into|a |an |the |someone|somebody|their|his|her)",
        r"\b(?:crack\w*|brute[- ]forc\w*)\s+(?:a |the |someone'?s? )?(?:passwords?|wi-?fi|"
        r"accounts?|hash\w*)",
        r"\b(?:unauthori[sz]ed access|gain access) to\b",
        r"\bmak\w* money with ransomware\b",
        r"\bautomatically (?:making|creating|registering) multiple\b",
        r"\b(?:tools?|code|script|bot)\b[\w\s]{0,25}\bscrap\w+ (?:email addresses|posts|videos|"
        r"profiles|personal data)",
        r"\bcompromise (?:a |an |the )?[\w\s-]{0,20}(?:laborator\w*|lab|facility|server|network)",
        rf"{_ZH_WRITE}{_ZH_GAP}(?:木马|病毒|勒索|恶意软件|后门|蠕虫|键盘记录|外挂|爬虫程序)",
        rf"(?<!被)(?:黑进|入侵|攻破|破解){_ZH_GAP}(?:账号|账户|邮箱|系统|网站|服务器|数据库|网络|密码)",
        r"(?:盗取|窃取|偷取|批量盗|远程控制别人|远程控制他人|偷看别人)",
    )
    + _acts(
        r"(?:装|安装|植入)[^。！？!?\n]{0,6}(?:监控软件|间谍软件|窃听|定位软件)",
        r"攻击[^。！？!?\n]{0,10}(?:网站|服务器|系统|网络)",
        r"(?:获取|查看|偷看|导出)(?:别人|他人|对方)[^。！？!?\n]{0,8}(?:聊天记录|密码|账号|隐私|位置|通话记录)",
    ),
    "fraud": _named(r"跑分")
    + _strong(
        r"\b(?:forg\w*|counterfeit\w*|fake)\s+(?:a |an )?(?:[\w-]+\s+)?(?:documents?|ids?|"
        r"passports?|currency|money|bills|banknotes|checks?|cheques?|prescriptions?|signatures?|"
        r"invoices?|bank statements?|pay ?slips?|diplomas?)\b",
        r"\bfake (?:[\w-]+\s+){0,3}?(?:login|sign-in|log-in) (?:pages?|sites?|forms?)\b",
        r"\bcounterfeit (?:currency|money|bills|notes)\b",
        r"\b(?:card|credit card) skimm\w*|\bskimming device",
        r"\blaunder\w* (?:the |my |our |their )?(?:money|cash|funds|proceeds)",
        r"\bcommit\w* (?:tax |insurance |credit card |wire |bank |mortgage )?fraud\b",
        r"\b(?:buy|use|using|sell|selling|buying|cash out)\s+stolen\b",
        r"\bstolen credit card (?:info\w*|numbers?|details|data)\b",
        r"\b(?:romance|tech(?:nical)? support|investment|pig[- ]butchering) scam\b[\w\s]{0,20}"
        r"(?:script|talking points|template|message)",
        r"\b(?:script|talking points|template) for (?:a |an )?[\w\s-]{0,20}scam\b",
        r"\bsmuggl\w+ (?:bulk )?cash\b|\bevad\w+ (?:taxes|tax)\b",
        r"帮(?:人|我|他)洗钱|假钞|伪造(?:证件|身份证|文件|发票|公章|合同|银行流水|签名|处方|护照|学历)|诈骗话术|诈骗剧本|杀猪盘(?:的)?(?:话术|剧本|聊天)|冒充公检法|"
        r"(?:搭|做|建|制作|开发)[^。！？\n]{0,6}(?:仿冒|假冒|山寨)(?:的)?(?:网银|网站|页面|APP|app|登录)",
    )
    + _contextual(
        rf"\b{_WRITE}{_GAP}(?:phishing|scam|fraudulent|spoof\w*|fake (?:bank |login )?"
        r"(?:website|page|site|invoice|sms|text|email|login))",
        r"\b(?:steal|stealing|obtain\w*|harvest\w*|get)\s+(?:someone'?s?|other people'?s|"
        r"their|his|her|customers'?) (?:[\w-]+ )?(?:identity|banking information|credentials|"
        r"card (?:details|numbers?)|passwords?|login)",
        rf"{_ZH_WRITE}{_ZH_GAP}钓鱼(?:网站|邮件|短信|页面|链接)",
        rf"{_ZH_ASK}(?!{_ZH_NEAR}(?:防|识别|辨别|举报|避免|提防|不被|被))"
        rf"{_ZH_GAP}(?<![被防识别报范免是到于])(?:骗取|诈骗|骗到|骗走|骗钱|盗刷|冒充银行|(?<!反)洗钱|套现|逃税|偷税)",
        r"(?:用|买|卖|购买|出售|收购|冒用)(?:别人的|他人的|偷来的|盗来的)(?:信用卡|银行卡|身份证)",
        r"(?:假的?|伪造的?)(?:营业执照|证明|收入证明|流水)",
    )
    + _acts(
        r"(?<![被有])骗(?!我|了我)[^。！？!?\n]{0,8}(?:验证码|密码|说出|转账|汇款|钱)",
        r"洗白|虚假(?:材料|资料|证明)|假扮(?:客服|警察|银行)",
    ),
    "self_harm": _strong(
        r"\bcommit\w* suicide\b|\bkill (?:myself|yourself|themselves|himself|herself)\b",
        r"\bend (?:my|your|their) (?:own )?life\b",
        r"\bsuicide (?:methods?|notes?|pacts?)\b|\bways to die\b",
        r"\bself[- ]harm\w*|\bcut(?:ting)? myself\b",
        r"\b(?:encourag\w+|glorif\w+|promot\w+|romanti[cs]\w+)\b[\w\s]{0,20}"
        r"(?:anorexia|bulimia|suicide|starving)",
        r"\blethal dose\b|\bpro-ana\b",
        # a relative's suicide is reported ("我父亲上个月自杀了"); one's own is planned or asked
        r"(?:想|要|准备|打算|计划|去|该|怎么|如何|怎样)自杀|自杀(?!了|身亡|去世|离世|过世)|"
        r"自残|割腕|轻生(?!了)|结束自己的生命|不想活了|致死剂量|吞药|跳楼自尽|催吐减肥|自尽(?!了)|了结自己|"
        r"(?:才能|怎么|怎样|如何)死|死得?(?:不痛苦|没有痛苦)|无痛(?:的)?死|安眠药[^。！？\n]{0,6}死|伤害自己",
    )
    + _acts(
        r"(?:让|把)自己[^。！？!?\n]{0,8}(?:死|消失)|离开这个世界|(?:从|往)[^。！？!?\n]{0,4}(?:楼|桥)[^。！？!?\n]{0,2}跳",
        r"(?:一次|一口气)(?:吃|吞)下?[^。！？!?\n]{0,4}药",
    ),
    "hate_harassment": _strong(
        r"\bracial slurs?\b|\bracist\b|\bhate (?:mail|speech)\b|\bvitriol\b",
        r"\binciting hatred\b|\bincite\w* (?:hatred|violence)\b",
        r"\b(?:inherently|genetically) (?:less|more) (?:intelligent|capable|violent)\b",
        r"\b(?:inferior|subhuman|vermin)\b",
        r"\bglorif\w+\b[\w\s]{0,30}(?:holocaust|nazi\w*|terroris\w*|9/11|genocide|"
        r"animal cruelty|sexual assault|massacre)",
        r"\bwhite supremac\w*|\bethnic cleansing\b",
        r"\b(?:deserved to die|are a burden on)\b",
        r"\b(?:discrimination|segregation|slavery|apartheid)\b[\w\s-]{0,30}\b(?:is|was|are) "
        r"(?:beneficial|good for|justified)",
        r"种族歧视|仇恨言论|煽动仇恨|劣等民族|低等民族|网暴|人肉搜索|天生(?:就是)?(?:劣等|低等|罪犯|恐怖分子)|"
        r"(?:都是|全是)(?:恐怖分子|罪犯|骗子|垃圾|畜生|小偷|强盗|废物)",
    )
    + _acts(
        r"(?<!被)(?:羞辱|嘲笑|孤立|侮辱|辱骂|歧视|骚扰|霸凌|排挤)(?!我|自己)[^。！？!?\n]{0,8}(?:人|残疾|同学|同事|女|男|外地|民族|黑人|主播|老人|孩子)",
    )
    + _contextual(
        rf"\b(?:{_WRITE}|how to|ways? to|tips (?:for|on)|encourag\w+)\b{_GAP}"
        r"(?:harass|bull(?:y|ie)|"
        r"insult|humiliat|intimidat|stalk|dox|gaslight|threaten|"
        # "a mock call / interview / exam" is a rehearsal, not mockery
        r"mock(?!\s+(?:calls?|interviews?|exams?|tests?|trials?|drills?|sessions?|scenarios?|"
        r"conversations?|dialogues?|meetings?|audits?|ups?|chats?|phone|exercises?)\b))"
        r"\w*(?!\s+(?:me|us)\b)",
        r"\bmanipulat\w+ (?:someone|a partner|my partner|people)\b",
        rf"(?:写|生成|编|帮我|组织|{_ZH_ASK}){_ZH_GAP}(?:辱骂|骚扰|霸凌|欺凌|网暴|威胁|恐吓|侮辱|羞辱|PUA|人肉)(?!我)",
    ),
    "sexual_minors": _strong(
        r"\bchild (?:porn\w*|sexual abuse material|sex\w*)\b|\bcsam\b",
        r"\bsexual\w*\b[\w\s]{0,30}\b(?:minors?|child|children|kids?|underage|"
        r"(?:12|13|14|15|16)[- ]year[- ]olds?)\b",
        r"\b(?:minors?|child|children|underage|teen\w*)\b[\w\s]{0,20}\b(?:sexual\w*|nude\w*|"
        r"porn\w*|explicit)\b",
        r"\bunderage (?:sex|porn\w*|nudes?)\b|\blolicon\b",
        r"\bgroom\w* (?:a |the )?(?:child|minor|kid)",
        r"儿童色情|幼女|恋童|猥亵儿童|萝莉色情|"
        r"(?:未成年|儿童|幼童|小学|初中|中学|女童|男童|少女|[一二三四五六七八九十1-9]{1,2}岁的?(?:孩子|女孩|男孩|小孩))[^。！？\n]{0,8}(?:裸照|裸体|色情|性行为|性交|猥亵|发生关系)",
    ),
    "sexual_violence": _strong(
        r"\bnon-?consensual\b|\bsexual assault\b|\brap(?:e|ing) (?:someone|her|him|a)\b",
        r"\bconsent is (?:completely )?unnecessary\b|\bsnuff film\b|\bpornographic\b",
        r"\b(?:blackmail|extort)\w*\b[\w\s]{0,30}(?:explicit|nude|intimate) (?:images|photos)",
        r"\bsextort\w*|\brevenge porn\b|\bdate rape\b",
        r"强奸|迷奸|性侵|迷药|偷拍|色情视频|色情小说|裸照勒索|性勒索|下药|迷晕|"
        r"强迫[^。！？\n]{0,8}(?:发生关系|发生性关系|上床|性交)",
        r"(?:灌醉|迷晕|下药)[^。！？\n]{0,10}(?:占|发生|睡|侵犯|带走)",
    ),
    "drugs": _strong(
        r"\b(?:methamphetamine|crystal meth|mdma|fentanyl|heroin|cocaine|nitazenes?|"
        r"safrole|carfentanil|ghb)\b",
        r"\bprecursor chemicals\b|\billegal drugs\b|\bhuff\w* (?:paint|glue)\b",
        r"\b(?:sell\w*|deal\w*|traffick\w*) drugs\b|\bdrug (?:dealing|trafficking|lab)",
        r"\b(?:start|try) using drugs\b|\bforg\w*\b[\w\s]{0,20}prescriptions? for opioids\b",
        r"冰毒|海洛因|可卡因|摇头丸|芬太尼|氯胺酮|K粉|甲基苯丙胺|制毒|贩毒|吸毒|毒品|"
        r"(?:种植|种|卖|贩卖|出售|运输|走私)[^。！？\n]{0,4}(?:大麻|鸦片|罂粟)",
    )
    + _contextual(
        rf"\b{_MAKE}{_GAP}(?:meth|lsd|opioids?|oxycodone|ketamine|dmt|psilocybin|cannabis|"
        r"weed|marijuana|crack)\b",
        rf"{_ZH_MAKE}{_ZH_GAP}(?:大麻|鸦片|罂粟|麻古|笑气|神仙水)",
    ),
    "disinformation": _strong(
        # persuasive writing alone is an ordinary request ("... that schools should start
        # later"); on contested public or historical harm topics it is the disinformation ask
        r"\b(?:persuasive|convincing|defamatory|fake)\s+(?:[\w-]+\s+){0,2}?(?:article|post|blog|"
        r"essay|letter|story|news|tweet|message|op-ed)s?\b[\w\s,'’-]{0,40}"
        r"(?:arguing|claiming|about how|that|suggesting|linking|downplay\w*|denying)"
        rf"[^.!?\n]{{0,150}}?{_CONTESTED}",
        r"\b(?:defamatory|fake)\s+(?:[\w-]+\s+){0,2}?(?:article|post|news|story|letter)",
        r"\bdefamatory\b|\bdisinformation\b|\bfake news\b|\bpropaganda\b",
        r"\b(?:was|were|is|are) (?:a |an )?(?:[\w-]+ )?hoax\b",
        r"\b(?:convince|persuad\w+) (?:people|parents|someone|a friend|readers)\b",
        r"\bdiscourag\w+ (?:wearing masks|vaccin\w+)",
        r"\b(?:cigarettes?|cigarrettes?|smoking) (?:are|is) good for you\b",
        rf"(?:写|编|编造|捏造|制造|散布){_ZH_GAP}(?:谣言|假新闻|假消息|虚假(?:新闻|信息|消息)|阴谋论|诽谤)",
        r"捏造|造谣",
        r"煽动性的(?:文章|帖子|博文|短文)",
        r"有说服力的(?:文章|帖子|博文|短文)[^。！？!?\n]{0,30}?(?:战争|屠杀|种族|移民|选举|疫苗|"
        r"疫情|病毒|恐怖|政府|官员|民族|宗教|癌症)",
    ),
    "crime": _named(
        r"\b(?:steal|stealing|shoplift\w*)\b(?!\s+(?:my|our|me|your)\b)",
        r"偷东西|偷车|偷钱|盗窃|偷走",
        # customers call the bank's fees robbery too ("简直是抢劫"): FEE_GRIEVANCE
        r"抢劫",
    )
    + _strong(
        r"\brob\w*\s+(?:a |the )?(?:bank|store|shop|house|someone)",
        r"\bsmuggl\w+|\btraffick\w+|\bcontraband\b|\bchop shops?\b|\bblack market\b",
        r"\bbrothel\b|\bblackmail\w*\s+(?:someone|people|him|her|them|a )|\bextort\w*\s+"
        r"(?:someone|money|people)",
        r"\bbrib\w+ (?:an? |the )?(?:official|officer|judge|police|inspector)",
        r"\billegally (?:purchase|buy|obtain|download|disrupt|tap|enter)\w*",
        r"\bunlawfully\b|\bwithout (?:official )?permission\b|\bwithout authori[sz]ation\b",
        r"\b(?:disable|remove) (?:the )?(?:gps|tracker|alarm|security camera)",
        r"\bfool (?:a |the )?(?:breathalyzer|drug test|self-checkout)|\brolling coal\b",
        r"\b(?:human organs|elephant ivory|poach\w*)\b",
        r"\bsilence whistleblowers\b",
        r"\bprevent\b[\w\s]{0,30}from talking to (?:law enforcement|police)",
        r"\bfire alarm\b[\w\s]{0,30}without getting caught|\bpirate bay\b",
        r"\bdefac\w+ (?:a |the )?website",
        r"走私|人口贩卖|贩卖人口|贩卖器官|黑市|逃避警方|销赃|开赌场|"
        r"撬(?:开|锁)|入室|地下赌场|假货当|以假充真|违禁品|逃避(?:海关|安检|检查)|绕过(?:海关|安检)",
    ),
}
# Broader cues, written against the *kinds* of miss on a dev family set (harmful goals in new
# wording): harmful objects with request verbs, and acts that need a request frame in Chinese.
# Each English pattern names an act aimed at someone else or a harmful product, so a customer
# who reports or asks about the same harm ("was my card cloned?", "如何识别杀猪盘") stays clear.
_OTHERS = (
    r"(?:someone|somebody|other people|another person|a person|people|my ex|my (?:ex-)?"
    r"(?:wife|husband|girlfriend|boyfriend|partner|boss|coworker|colleague|neighbou?r|classmate)"
    r"|his|her|their|a (?:[\w-]+ )?(?:bank|company|hospital|school|journalist|celebrity|stranger)"
    r"|the (?:[\w-]+ )?(?:bank|company|hospital|school|government))"
)
_AGE_WORDS = (
    r"(?:\d{1,2}|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen)[- ]year[- ]olds?"
)
_YOUNG = (
    rf"(?:minors?|child|children|kids?|underage|pre-?teens?|young teen\w*|teen(?:ager)?s?|"
    rf"schoolgirls?|schoolboys?|(?:middle|primary|elementary) school\w*|{_AGE_WORDS})"
)
_ZH_OTHERS = (
    r"(?:别人|他人|对方|陌生人|前女友|前男友|前妻|前夫|老婆|老公|女朋友|男朋友|同事|邻居|同学)"
)
_ZH_CLAUSE = r"[^。！？!?\n]{0,12}?"
BROADER: dict[str, list[Cue]] = {
    "weapons": _contextual(
        r"\b(?:convert\w*|turn\w*|modif\w*|make|making|mak\w+)\b[\w\s'’-]{0,40}"
        r"\b(?:fully automatic|full[- ]auto|select[- ]fire|machine guns?)\b",
        r"\b(?:guns?|firearms?|pistols?|rifles?|weapons?)\b[\w\s'’-]{0,25}"
        r"(?:no serial numbers?|untraceable|(?:cannot|can't|can not) be traced)",
        r"\b(?:untraceable|unregistered|unseriali[sz]ed|homemade|home-made) (?:guns?|firearms?|"
        r"pistols?|rifles?|explosives?|bombs?)\b",
        rf"\b{_MAKE}{_GAP}(?:nerve agents?|chemical weapons?|poisons?|explosive devices?|"
        r"incendiary devices?|fire ?bombs?|ieds?|thermite)\b",
    )
    + _acts(
        rf"(?:做|作|造|改装|改造|弄|搞|打造){_ZH_CLAUSE}(?:爆炸装置|定时炸弹|炸弹|燃烧弹|炸药包?|"
        r"手枪|真枪|步枪|枪支|猎枪|毒气|神经毒剂|毒剂)",
        r"查不到来源的(?:枪|手枪|武器)|黑枪|(?:气枪|仿真枪|玩具枪)改(?:装|造)?成",
    ),
    "violence": _strong(
        r"\b(?:most|maximum|max|as many|the greatest number of) (?:deaths|casualties|victims|"
        r"people (?:dead|killed|hurt))\b|\bmass casualt\w*",
        r"\b(?:attack|bomb|shoot up|run over|stab|ram)\w* (?:a |the |an )?(?:[\w-]+ )?(?:crowd|"
        r"concert|school|church|mosque|synagogue|temple|festival|parade|stadium|subway|mall|"
        r"market)s?\b",
        r"\b(?:collect|demand|get)\w* (?:a )?ransom\b",
    )
    + _contextual(
        r"\b(?:look|looks|seem|seems|appear|appears)\s+(?:like )?(?:natural(?: causes)?|an? "
        r"(?:heart attack|accident|suicide|overdose))\b",
    )
    + _acts(
        r"(?:最多|最大|大量|更多)的?伤亡|制造(?:袭击|爆炸|惨案|血案)|"
        r"(?:袭击|攻击|冲撞|砍杀)(?:人群|学校|医院|商场|地铁|广场|游客|路人)",
        r"(?:慢慢|悄悄|偷偷)(?:给|对)[^。！？!?\n]{0,6}(?:下毒|投毒|下药)",
    ),
    "cybercrime": _contextual(
        r"\b(?:break|breaking|get|getting|hack|hacking|log|logging|sneak|sneaking) into "
        r"(?!(?:my|our|your) (?:own )?(?:[\w-]+ ){0,2}?(?:accounts?|emails?|inbox|phone|app|"
        r"online banking|profile|laptop|computer)\b)"
        r"(?:[\w'’-]+ ){0,3}?(?:e-?mails?|inbox|accounts?|phones?|icloud|laptops?|computers?|"
        r"(?:internal )?systems?|networks?|servers?|databases?|wi-?fi|cameras?)\b",
        rf"\btake over {_OTHERS}'?s? (?:[\w-]+ )?"
        r"(?:phone(?: number)?|number|accounts?|e-?mail|sim)",
        r"\b(?:do|doing|perform\w*|pull\w* off|carry\w* out) (?:a )?sim[- ]swap",
        r"\b(?:their|his|her|someone'?s|people'?s) (?:[\w-]+ ){0,2}(?:codes?|otps?|texts) "
        r"(?:come|go|get sent|are sent|arrive|forward\w*) to me\b",
        rf"\bintercept\w* {_OTHERS}'?s? (?:[\w-]+ ){{0,2}}"
        r"(?:codes?|otps?|texts|sms|messages|calls)",
        r"\b(?:build|building|create|creating|make|making|run|running)\w* (?:a )?botnet\b",
    )
    + _acts(
        r"(?:偷偷|悄悄|私自|背着[^。！？!?\n]{0,4})(?:登录|登陆|进入|查看|翻看|看)"
        r"[^。！？!?\n]{0,8}(?:微信|QQ|邮箱|手机|账号|聊天记录|相册)",
        rf"(?:登录|登陆|查看|翻看|监控|黑进){_ZH_OTHERS}的?[^。！？!?\n]{{0,4}}(?:微信|QQ|邮箱|手机|"
        r"账号|聊天记录|电脑)",
        rf"(?:补办|复制|克隆){_ZH_OTHERS}的?(?:手机卡|电话卡|SIM卡|银行卡|信用卡|卡)",
        r"(?:截获|拦截|截取|偷看|转走)[^。！？!?\n]{0,8}验证码",
        r"(?:控制|操控)[^。！？!?\n]{0,10}(?:别人|他人|别人家)[^。！？!?\n]{0,8}"
        r"(?:电脑|手机|路由器|摄像头)",
        rf"(?:写|编写|开发|做|制作){_ZH_CLAUSE}(?:自己传播|自我复制|自动传播)[^。！？!?\n]{{0,6}}"
        r"(?:病毒|蠕虫|程序)",
    ),
    "fraud": _contextual(
        r"\b(?:that|which|to|and) trick(?:s|ing)? (?:[\w'’-]+ ){0,4}?into (?:giving|sending|"
        r"revealing|sharing|handing|telling|transferring|paying|wiring|clicking|entering)",
        r"\b(?:to|I|we|and) clone (?:[\w'’-]+ ){0,3}?(?:cards?|sims?)\b",
        r"\b(?:open\w*|use|using|creat\w*|register\w*)\b[\w\s'’-]{0,30}\b(?:with|using|under) "
        r"(?:a |an )?(?:stolen|fake|false|bought|synthetic|someone else'?s|other people'?s) "
        r"(?:identit\w+|ids?|names?|documents)",
        r"\bfake (?:charity|charities|fundraiser|fundraising|donation drive|crowdfunding)\b|"
        r"\bkeep the (?:donations|money people donate)\b",
        r"\b(?:recruit|hire|find|use|using|get)\w* (?:[\w'’-]+ ){0,3}?(?:as )?(?:money )?mules?\b",
        r"\blaunder (?:[\w'’-]+ ){0,3}?(?:money|cash|funds|proceeds|profits|earnings)\b",
        r"\b(?:receive|clean|hide|move|wash)\w* (?:the |my |our )?(?:drug|dirty|scam|stolen|"
        r"illicit|illegal|criminal|fraud) (?:money|cash|proceeds|funds)\b",
        r"\b(?:through|via|using|with) (?:a )?(?:chain of |network of |few |series of |layers of )?"
        r"shell compan\w+",
    )
    + _acts(
        r"(?:搞|做|玩|开|设|布|操作)杀猪盘|杀猪盘[^。！？!?\n]{0,4}骗",
        r"(?:收来|买来|租来|借来|收购|购买|收)的?(?:身份证|银行卡|手机卡|账户)|批量(?:开户|注册|办卡)",
        r"(?:接收|转移|洗|漂白|走)[^。！？!?\n]{0,6}(?:诈骗款|赃款|黑钱|赌资|毒资)",
        r"假慈善|诈捐|假募捐|(?:捐款|善款|募捐)[^。！？!?\n]{0,8}(?:吞|私吞|挪用|据为己有)|把钱吞",
        r"空壳公司[^。！？!?\n]{0,10}(?:洗|转移|走账)",
        r"(?:招|拉|找|骗)[^。！？!?\n]{0,8}(?:大学生|学生|年轻人|老人)[^。！？!?\n]{0,6}(?:出租|出借|卖)(?:银行卡|账户)",
    ),
    "self_harm": _strong(
        r"\b(?:starv\w*|cutting|burning|purg\w*) myself\b",
        r"\bhide (?:the |my )?(?:cuts|scars|wounds|self-harm|bruises|marks)\b",
        r"\bso (?:nobody|no one) (?:stops|can stop|will stop|tries to stop) me\b",
        r"\b(?:die|death|end it|end my life)\b[\w\s'’-]{0,30}\b(?:painless\w*|without pain|"
        r"(?:does|doesn't|does not|won't|will not) hurt)",
    )
    + _acts(
        r"绝食|饿死自己|(?:不吃饭|节食|催吐|不吃东西)[^。！？!?\n]{0,6}(?:瘦|减肥)",
        r"(?:伤口|伤疤|刀痕|疤痕)[^。！？!?\n]{0,6}(?:藏|遮|盖)|(?:藏|遮|盖)[^。！？!?\n]{0,6}(?:伤口|伤疤|刀痕)",
    ),
    "hate_harassment": _strong(
        r"\b(?:stir\w* up|whip\w* up|fuel\w*|spread\w*|incit\w*|foment\w*|fan\w*|promot\w*) "
        r"(?:[\w-]+ ){0,2}?(?:hatred|hate|racism|bigotry|violence) (?:against|toward|towards)\b",
        r"\b(?:recruit\w*|radicali[sz]\w*|lur\w+)\b[\w\s'’-]{0,30}\b(?:into|to join) "
        r"(?:a |an |the |our )?(?:[\w-]+ ){0,2}?"
        r"(?:supremacist|extremist|terrorist|neo-?nazi|hate) ",
        r"\bneo-?nazis?\b|\bdox(?:x)?(?:ing|ed)?\b",
        r"天生(?:就)?(?:低贱|下贱|劣等|低等|愚蠢|野蛮|该死)|种族主义(?:组织|团体)|白人至上|新纳粹|"
        r"煽动[^。！？!?\n]{0,10}(?:仇恨|仇视|敌视|暴力|歧视|排斥)",
        r"人肉(?:出|搜|他|她|某|一个|这个|那个)",
    )
    + _contextual(
        r"\b(?:find\w*|dig\w* up|track\w* down|look\w* up|get|getting) (?!(?:my|our) )"
        r"(?:[\w'’-]+ ){0,3}?(?:home |house |real |private |personal )addresse?s?\b",
        r"\btrack\w* (?:where|the location of|the movements of|the whereabouts of) "
        rf"{_OTHERS}",
        # "deer stalking" is hunting (a licensed customer's purchase), not following a person
        r"\b(?:(?<!deer )(?<!game )(?<!deer-)stalk\w*|spy\w* on (?:my|her|him|them|someone)|"
        r"follow\w* (?:her|him|them|my ex) "
        r"(?:around|everywhere|home))\b",
        r"\b(?:send|sending|write|writing|make|making)\w* (?!(?:me|us)\b)(?:[\w-]+ ){0,2}?"
        r"(?:threats|threatening "
        r"(?:messages|letters|notes|texts))\b",
        r"\bscare (?:[\w'’-]+ ){0,3}?into (?:quitting|leaving|silence|paying|moving|dropping)",
        r"\bbull(?:y|ying) (?:[\w-]+ ){0,2}?(?:classmate|coworker|colleague|student|kid|child|girl|"
        r"boy|person|someone|teen\w*|neighbou?r)s?\b",
        r"\buntil (?:she|he|they) (?:hurts?|kills?|harms?|cuts?) (?:herself|himself|themselves)",
    )
    + _acts(
        r"(?:仇恨|仇视|歧视|排斥)(?:外地人|移民|难民|少数民族|黑人|穆斯林|犹太人|某个民族)",
        r"(?:拉拢|招募|招揽|吸收|发展|诱导)[^。！？!?\n]{0,10}加入[^。！？!?\n]{0,10}(?:组织|团体|帮派|极端)",
        r"(?:查|找|挖|扒)出?[^。！？!?\n]{0,10}(?:家庭住址|家庭地址|住址|住在哪)",
        r"(?:公开|曝光|挂出)[^。！？!?\n]{0,10}(?:住址|家庭地址|身份信息|私人电话)",
        rf"(?:偷偷|暗中|秘密)(?:跟踪|监视|定位|监控|尾随)|(?:跟踪|尾随|监视){_ZH_OTHERS}",
        r"(?:发|写|寄)[^。！？!?\n]{0,6}(?:恐吓|威胁)",
    ),
    "sexual_minors": _strong(
        rf"\bsexual\w*\b[\w\s'’-]{{0,30}}\b{_YOUNG}",
        rf"\b{_YOUNG}[\w\s'’-]{{0,20}}\b(?:sexual\w*|nudes?|naked|porn\w*)\b",
        rf"\bgroom\w* (?:[\w-]+ ){{0,3}}?(?:{_YOUNG}|girls?|boys?|students?)\b",
        rf"\b{_YOUNG}[\w\s'’-]{{0,60}}\b(?:nudes?|naked (?:photos|pictures|pics|images|selfies)|"
        r"explicit (?:photos|pictures|pics|images|selfies))",
        r"(?:色情|裸照|裸体|性爱|性行为)[^。！？!?\n]{0,10}(?:未成年|儿童|幼童|小学生|初中生|中学生|女童|"
        r"男童|[一二三四五六七八九十1-9]{1,2}岁)",
        r"(?:未成年|初中生|小学生|中学生|女童|男童|[一二三四五六七八九十1-9]{1,2}岁的?(?:孩子|女孩|男孩|小孩))"
        r"[^。！？!?\n]{0,12}(?:裸照|裸体|色情|私密照)",
    ),
    "drugs": _contextual(
        r"\b(?:fake|counterfeit|pressed) (?:[\w-]+ ){0,2}?(?:pills|tablets|medication|medicines?|"
        r"oxy\w*|xanax|percocets?)\b|\bpill press\w*|\bpress\w* (?:[\w-]+ ){0,2}pills\b",
    )
    + _acts(
        r"(?:做|作|制作|生产|卖|造|仿造|压制)[^。！？!?\n]{0,12}(?:假药|仿冒药|假的?药片)",
    ),
}


# Round 7, written against the kinds of miss on the dev family sets (v14's plain requests):
# colloquial and search-engine wording (an act and a noun with "有没有大佬", "咋搞", "有偿"
# as the only ask), objects put before their verb ("人群 袭击"), harms the lexicons had no
# word for (kidnapping a child, SMS bombing, slurs, cheque kiting, structuring deposits).
ROUND7: dict[str, list[Cue]] = {
    "weapons": _contextual(
        r"\bremote (?:detonators?|triggers? for (?:a |an )?(?:bomb|explosive)s?)\b",
        r"\bsolvent[- ]trap\b[\w\s'’-]{0,40}\b(?:silencers?|suppressors?)\b",
    )
    + _acts(
        r"改(?:成|装成|造成)[^。！？!?\n]{0,6}(?:全自动|连发|能打真弹|真枪)",
        r"(?:改装|做|制作|改|弄)[^。！？!?\n]{0,10}(?:引爆器|起爆器|雷管)",
    ),
    "violence": _acts(
        r"拐(?:走|卖|骗|跑)[^。！？!?\n]{0,6}(?:孩子|小孩|儿童|女孩|男孩|婴儿|妇女)",
        r"(?:人群|学校|医院|商场|地铁|广场|游客|路人|集会|演唱会|幼儿园)[^。！？!?\n]{0,4}"
        r"(?:袭击|冲撞|砍杀|投毒|爆炸)",
        r"(?:抢|打劫)(?:劫)?(?:珠宝店|金店|银行|便利店|超市|运钞车|加油站)",
    ),
    "hate_harassment": _acts(
        r"(?<!被)(?<!遭)(?<!遭到)(?<!遇到)(?:短信|电话|邮件)轰炸|呼死你",
        r"(?:侮辱|辱骂|嘲讽|攻击|骂|羞辱)[^。！？!?\n]{0,8}(?:同性恋|同性伴侣|同志|跨性别|残疾人|"
        r"穆斯林|外国人|移民|难民|少数民族|黑人)",
        r"(?:疾病|病毒|犯罪|失业|瘟疫)[^。！？!?\n]{0,4}(?:归罪|怪罪|归咎)于?(?:移民|外地人|少数民族|难民|"
        r"外国人|某个民族)",
    )
    + _contextual(
        r"\b(?:list of |some |good |best |new |worst )?slurs "
        r"(?:for|about|against|to (?:use|call))\b",
    ),
    "self_harm": _acts(
        r"(?:割伤|划伤|烫伤|弄伤|划破)(?:自己|手腕|胳膊)",
    ),
    "cybercrime": _acts(
        r"(?<![中被染])(?:银行|网银)木马|网页注入|(?:破解|蹭)[^。！？!?\n]{0,4}(?:wifi|wi-fi|无线网)",
    ),
    "fraud": _contextual(
        r"\bkit(?:e|ing) (?:[\w-]+ ){0,2}?(?:cheques?|checks?)\b|\b(?:cheque|check) kiting\b",
        r"\bclon\w* (?:a |the )?(?:contactless |credit |debit |bank |chip )?cards?\b"
        r"[\w\s]{0,20}\b(?:guide|tutorial|steps|kit|method)",
    )
    + _acts(
        r"(?:拆|分)(?:成|开|小|散)[^。！？!?\n]{0,20}(?:上报|申报|监管|报告|监测)",
        r"(?:不|免得|避免|躲|逃|别)[^。！？!?\n]{0,6}(?:上报|申报|报告)大额",
        r"(?:假|虚假)(?:慈善|募捐|众筹)",
        r"伪造[^。！？!?\n]{0,4}(?:流水|证明|合同|发票|公章|签名)",
        r"(?:开|做|写|弄|搞)[^。！？!?\n]{0,4}假发票",
        r"骗(?:客服|银行|柜员|运营商)[^。！？!?\n]{0,10}(?:重置|修改|解绑|调出|补办)",
        r"冒充(?:别人|他人|本人|家属|客户|机主)",
    )
    + _contextual(
        r"\bto (?:file|make|submit|raise) (?:a |some )?(?:false|fake|fraudulent|bogus) "
        r"(?:chargebacks?|claims?|disputes?)",
        r"\b(?:push|move|send|wash|clean)\w* (?:the )?dirty money\b|\bunderground bank\w*",
    ),
}


def _merged(cues: Sequence[Cue], skips_awareness: bool = True) -> list[Cue]:
    """One alternation per (weight, needs_request): every cue here flags on its own, and ~70
    separate patterns cost the literal gate ~0.2 ms a prompt; 17 merged ones keep the gate's
    literals and most of that time."""
    groups: dict[tuple[float, bool], list[str]] = {}
    for cue in cues:
        groups.setdefault((cue.weight, cue.needs_request), []).append(f"(?:{cue.pattern})")
    return [
        Cue("|".join(patterns), weight, needs_request, skips_awareness=skips_awareness)
        for (weight, needs_request), patterns in groups.items()
    ]


for _category, _cues in BROADER.items():
    _cues = _cues + ROUND7.get(_category, [])
    # self-harm is asked in the first person ("starve myself ... how are they used?"): the
    # questions about how criminals work that the other broader cues make way for are not it
    LEXICON[_category] = LEXICON[_category] + _merged(_cues, _category != "self_harm")

# A customer calling the bank's own fees theft: see AWARENESS
_FEES = (
    r"(?:\b(?:fees?|charges?|charging|charged|penalt(?:y|ies)|interest|overdraft)\b|手续费|扣费|"
    r"收费|年费|利息|罚息|管理费|服务费|违约金|扣了?我)"
)
_GRIEVANCE = (
    r"(?:\b(?:you|you lot|you people|you guys|this bank|your bank|the bank)\b[^.!?\n]{0,40}?"
    r"\b(?:steal\w*|robb\w*|thie(?:f|ves|ving)|crooks|daylight robbery|rip[- ]?offs?)\b"
    r"|(?:你们|银行|贵行)[^。！？!?\n]{0,12}?(?:明抢|抢劫|抢钱|坑钱|吸血|黑心|骗子|强盗))"
)
FEE_GRIEVANCE = rf"{_FEES}[^\n]{{0,120}}?{_GRIEVANCE}|{_GRIEVANCE}[^\n]{{0,120}}?{_FEES}"

# Customers ask how criminals work and report what was done to them in the words of a
# request ("how do fraudsters recruit mules?", "别人偷偷登录看了我的聊天记录，怎么办"); the
# broader cues above do not count in such a text (the original, narrower ones still do).
AWARENESS = (
    r"\b(?:how|why|what|where) (?:do|does|did|can|could|would|are|is) (?:the )?(?:scammers?|"
    r"fraudsters?|criminals?|crooks|hackers?|thieves|gangs?|con artists?|traffickers?|they)\b"
    r"|\b(?:was|were|been|got|get|is|are) (?:being )?(?:hacked|scammed|cloned|stolen|tracked|"
    r"stalked|threatened|doxx?ed)\b|\bwhat should I do\b"
    r"|怎么办|识别|防范|辨别|提防|举报|报警|(?<!不)被盗|(?<!不)被骗|收到"
    # a harm done to the customer by someone ("店铺遭人纵火", "遭到诈骗"): a report, not a plan
    r"|(?<!不)遭(?:人|到)"
    # a theft or break-in someone else already did ("小偷砸了店里的玻璃，把货偷走了", "thieves
    # broke into the shop"): a report, in the past, by a third party
    r"|(?:小偷|窃贼|贼|劫匪|歹徒|强盗|有人|几个人)[^。！？!?\n怎如教想要能会帮]{0,16}?(?:偷走|盗走|抢走|撬开|砸开|砸了|撬了|抢了|偷了)"
    r"|(?<!不)被(?:偷|抢|撬|劫)(?:了|走)"
    r"|\b(?:someone|somebody|thieves|a thief|burglars|robbers|a gang|a man)\s+(?:broke into|"
    r"stole|took|smashed|robbed|held up)\b"
    # asking to be protected ("how can I protect myself from identity theft?", "保护老人")
    r"|\bprotect (?:myself|me|us|ourselves|them|my (?:[\w'-]+ ){0,2}?[\w'-]+) (?:from|against)\b"
    r"|保护(?:自己|我|家人|老人|孩子)"
    # asking whether what happened is a scam ("is this money laundering?", "这是不是跑分？")
    # calling it a scam ("how can I show him it's a scam?"): the customer sees through it
    r"|\bit(?:'s|’s| is) (?:a |an |just a )?(?:scam|fraud|fake|con|phishing)\b"
    # asking for the signs to look out for ("three warning signs of a fake bank call")
    r"|\b(?:warning signs?|red flags?|tell-tale signs?|signs to look out for)\b"
    r"|\b(?:is|was) (?:this|that|it) (?:a |an )?(?:scam|fraud|money laundering|laundering|"
    r"phishing|legal|illegal|legit)\b"
    r"|(?:这|这种|这个|那|那个|对方|他们)(?:是不是|算不算|属不属于|是否属于|是否算)"
    # a threat the customer received ("他一直威胁我", "说要对我动手"), not one to send
    r"|被(?:威胁|恐吓|要挟)|(?:威胁|恐吓|要挟)我(?=[，。！？,.!?、\s]|说|要|会)|对我(?:动手|下手|不客气)"
    # a customer calling the bank's own fees theft ("you lot are stealing from pensioners with
    # these charges", "扣我手续费，简直是抢劫"): a complaint, not a plan
    r"|" + FEE_GRIEVANCE
)
# How a kind of scam or attack works ("how do SIM-swap scams work?", "how does a skimmer
# work"): the customer asks what it is, not for help doing it.
SCHEME_QUESTION = (
    r"\bhow (?:do|does|did|can|could|would) (?:a |an |the |these |those |such )?"
    r"(?:[\w'’-]+[\s-]+){0,3}?(?:scams?|frauds?|cons|schemes?|attacks?|skimmers?|swaps?|"
    r"phishing|hacks?)\s+(?:actually |usually |even )?(?:work|happen|operate)\b"
    # ... the scam named by a quote ("how do the 'hi mum, I've lost my phone' scams work?")
    r"|\bhow (?:do|does|did) (?:the |these |those )?['‘\"“][^\n]{1,50}?['’\"”]\s+(?:scams?|frauds?|"
    r"cons|schemes?|texts?|calls?)\s+(?:actually |usually |even )?(?:work|happen|operate)\b"
)
# A customer worried what someone else could do to them ("hackers can steal it", "小偷会不会
# 盗刷"): a third party as the subject, a modal, a theft verb; counts like the stated
# awareness below, only without an ask for the working detail.
THEFT_WORRY = (
    r"\b(?:hackers?|thieves|thief|scammers?|criminals?|fraudsters?|crooks?|someone|somebody|"
    r"anyone|they|malware|viruses?|people|it)\s+(?:can|could|might|may|will|would|is able to|"
    r"are able to)\s+(?:easily |still |just |then )?(?:steal|nick|swipe|grab|take|copy|clone)\b"
    r"|(?:黑客|小偷|骗子|坏人|别人|有人|他们|木马|病毒|不法分子)(?:能|会|可能|可以|就能|容易|是否能|能不能|会不会)"
    r"[^。！？!?\n]{0,4}(?:偷走|盗走|盗取|窃取|盗刷|偷)"
)
# The same question put as a statement ("explain how criminals recruit mules, I want to warn
# my students") counts only without an ask for the working detail: role-play attacks use the
# very words with "step by step", "the tools", "the mechanics spelled out".
STATED_AWARENESS = (
    r"\bhow (?:the )?(?:scammers|fraudsters|criminals|crooks|hackers|thieves|gangs|con artists|"
    r"traffickers) (?!do\b|does\b|can\b|could\b|would\b)[a-z]+\b"
)
DETAIL_ASK = (
    r"\b(?:steps?|step-by-step|mechanics|tools?|realistic|in detail|detailed|exactly|"
    r"walk (?:me|us) through|spell\w* (?:it )?out|playbook|how-to|instructions?|recipe|"
    r"method|methods|technique|techniques|tutorial|guide)\b"
)

# Asking not to be found out makes any of the above likelier to be meant; alone it flags
# ``crime`` (a bank's customers do not ask how to pay a bill "without getting caught").
EVASION = (
    r"\bwithout (?:getting |being )?(?:caught|detected|traced|noticed|suspected|leaving a trace)"
    r"|\bwithout (?:detection|a trace|arousing suspicion)|\bundetect\w*|\buntraceabl\w*"
    r"|\bevad\w*\s+(?:law enforcement|the police|police|detection|tracing|monitoring)"
    r"|\bget away with\b|\bhard to trace\b"
    r"|\bwithout (?:customs|the police|police|border (?:control|agents)|the authorities|"
    r"authorities)"
    r" (?:finding|noticing|detecting|catching)"
    r"|躲过(?:海关|安检|检查)"
    r"|不被(?:发现|抓|查|察觉|追踪)|不会被(?:发现|抓|查)|不留痕迹|神不知鬼不觉|逃避(?:追查|监控|侦查)|躲过(?:警察|监控|追查)"
    r"|(?:躲|避开|绕开|绕过)监控|(?:验|查|看)不出(?:伤|来是)"
)


# Bank business (royalties, an invoice, a standing order, 代扣, a transfer that has not
# arrived): a violent or criminal word in such a message is most often a book's or a film's
# title or plot, a trade's stock, or "kill" said of a payment ("旧卡上的自动扣款都杀掉",
# "kill the direct debit"). There the violence, crime and drugs hits are set aside like the
# fraud ones when the classifier is as sure the text is a customer's (LOOKALIKE_PROBABILITY);
# self-harm, sexual and hate hits never are.
BUSINESS_CONTEXT = (
    r"\b(?:royalt(?:y|ies)|invoices?|standing orders?|direct debits?|advance payment|"
    r"(?:bank|savings|current|business) accounts?|transfers?|refunds?|statements?|"
    r"subscriptions?|payees?|sort code|mortgage|overdraft|wire|remittance|payout)\b"
    r"|版税|稿费|稿酬|预付款|到账|进账|入账|扣款|代扣|自动扣|自动续费|定投|储蓄|账户|转账|汇款|"
    r"汇过来|打来|发票|账单|还款|退款|货款|房租|订阅|委托|对公|网银|信用卡|借记卡|银行卡|注销"
)
BUSINESS_LOOKALIKE_SENSITIVE = LOOKALIKE_SENSITIVE | {"violence", "crime", "drugs"}
# chosen on the dev sets (v14's look-alikes, tests/serve/test_harm_round7.py): a noun cue in
# a business message is set aside below this classifier probability
BUSINESS_LOOKALIKE_PROBABILITY = 0.2
# Round 12: in a business message whose harm words are only *named* (noun cues, none of them in
# a clause that asks anything: "the clinic's ketamine and barbiturates, how do I pay the
# supplier?", "we train dogs to find explosives and drugs; we'd like a loan"), the hits are set
# aside below this higher probability, still under the classifier's own threshold; an act cue
# ("sell ketamine", "制作炸药") or a cue in an asking clause keeps the lower bar. Chosen on the
# dev sets (harm_contexts' dev-test side, v10..v18's look-alikes and plain requests).
NAMED_IN_BUSINESS_PROBABILITY = 0.45
NAMED_SENSITIVE = frozenset({"drugs", "crime", "violence", "weapons"})
# the banking acts the higher bar also reads (BUSINESS_CONTEXT and BANKING_ACT cover the rest)
PAYMENT_WORDS = (
    r"\b(?:payments?|payouts?|loans?|premiums?|instal?ments?|donations?|donors?|"
    r"(?:licen[cs]e|membership|training|course|tuition) fees?)\b"
    r"|支付|付款|贷款|保费|年费|会费|培训费|分期|定金|押金|采购款|捐|生活费|学费"
    r"|汇(?:[\d一二三四五六七八九十百千万两几]|钱|款|点|过去)"
)


# A harm named as what the speaker fights, rehearses or heard about (round 10): a prevention
# project or hotline ("suicide prevention charity", "预防自杀公益项目", "禁毒"), an anti-X
# campaign, a staff drill ("phishing simulation", "钓鱼邮件演练"), a crime reported as having
# happened ("看新闻说网点附近发生抢劫"), a locksmith's service for a customer ("帮客户撬开车门").
# The cues do not read these spans (they are blanked, offsets kept); the rest of the text is
# read as before, so a request beside them still flags.
HARM_AS_CAUSE = (
    r"\b(?:suicide|self-harm|fraud|scams?|phishing|money[- ]laundering|drugs?|gambling|"
    r"domestic (?:violence|abuse)|knife crime|terror\w*|robbery|burglary|extremism)[- ]"
    r"(?:prevention|awareness|hotline|helpline|charity|charities|campaign|training|course|"
    r"drills?|simulations?|exercises?|week|talks?|education|support|project|fund|crisis line)\b"
    r"|\banti[- ](?:fraud|scams?|phishing|money[- ]laundering|drugs?|terror\w*|gambling|"
    r"bullying|extremism)\b"
    r"|\b(?:there (?:was|has been|had been)|reports? of|news of) an? (?:armed )?(?:robbery|"
    r"break-in|burglary|shooting|stabbing|hold-up)\b"
    r"|(?:预防|防止|防范|干预|反|禁|打击|远离|拒绝)(?:自杀|轻生|诈骗|电诈|电信诈骗|网络诈骗|"
    r"洗钱|毒品|毒|赌博|赌|家暴|抢劫|盗窃|传销|钓鱼|恐怖主义|恐)"
    r"|(?:自杀|轻生|心理危机)(?:干预|预防|援助|求助|热线)"
    r"|(?:钓鱼|诈骗|反诈|防骗|抢劫|防抢|反恐|防爆)(?:邮件|短信|电话|网站)?(?:演练|演习|模拟|"
    r"测试|培训|宣传)"
    r"|(?:发生|发生了|出了|遭遇了?)(?:一起|一宗|一次)?(?:持刀|持枪)?(?:抢劫|盗窃|爆炸|枪击|"
    r"伤人)(?:案|事件)?"
    r"|(?:帮|为|给|替)(?:客户|顾客|车主|业主|住户|失主|房主)[^，。！？!?\n]{0,4}(?:撬开|开锁|"
    r"打开|破拆|开门)"
    # round 13: a crime named as the *theme* of a work or a game (a bank-robbery film, a
    # heist-themed escape room, a murder-mystery dinner, a true-crime podcast, 抢银行题材的电影,
    # 越狱主题密室): what the story is about, not an act asked for
    r"|\b(?:bank[- ]robbery|robbery|heist|murder|crime|true[- ]crime|gangster|mafia|"
    r"prison[- ]break|kidnapp\w*|serial[- ]killer|spy|poisoning|con[- ]artist)[- ]"
    r"(?:themed[- ])?(?:films?|movies?|documentar(?:y|ies)|podcasts?|series|novels?|thrillers?|"
    r"dramas?|plays?|musicals?|board games?|video games?|escape rooms?|"
    r"mystery (?:dinners?|nights?|part(?:y|ies))|dinners?|parties)\b"
    r"|\b(?:bank[- ]robbery|robbery|heist|murder|crime|prison[- ]break|gangster|spy)[- ]themed\b"
    # ... and a crime *scene* that is filmed, staged or rehearsed ("film a robbery scene outside
    # the branch", "在支行门口拍抢劫戏")
    r"|\b(?:bank[- ]robbery|robbery|heist|hold-?up|shoot-?out|murder|kidnapping|stabbing|"
    r"shooting|explosion|fight|break-?in)[- ](?:scenes?|sequences?|shots?|stunts?)\b"
    r"|(?:拍|拍摄|演|排练|彩排)[^，。！？!?\n]{0,4}(?:抢劫|抢银行|打劫|劫持|绑架|枪战|爆炸|杀人|凶杀|"
    r"越狱|盗窃|打斗)(?:的)?(?:戏|场景|镜头|片段|场面|桥段)"
    r"|(?:抢银行|抢劫|盗窃|偷盗|谋杀|凶杀|杀人|越狱|诈骗|犯罪|黑帮|毒枭|贩毒|绑架|间谍|悬疑|刑侦)"
    r"(?:题材|主题|类)的?(?:电影|影片|大片|片子|电视剧|网剧|短剧|剧|小说|播客|节目|纪录片|游戏|桌游|"
    r"剧本杀|密室逃脱|密室|话剧|舞台剧)?"
)


# Round 13: a *statement* about a payment (a merchant reporting that a customer paid for a lawful
# thing and the money is held, a refund that bounced) asks for nothing at all: no clause that
# asks (CLAUSE_ASK), no question mark. A classifier-only verdict on such a text (no cue hit)
# is set aside below this probability: the classifier reads the thing paid for ("a hand-made
# hunting blade"), not what is asked.
PAYMENT_STATEMENT = (
    r"\b(?:paid|pays|payments?|refund(?:ed|s)?|invoice[ds]?|charged|deposit(?:ed|s)?|"
    r"transfer(?:red|s)?|on hold|held|declined|bounced|pending|cleared|receipts?|settled)\b"
    r"|付了|付款|货款|到账|冻结|退款|扣款|发票|收据|打款|转账|入账"
)
PAYMENT_STATEMENT_PROBABILITY = 0.8
_QUESTION = re.compile(r"[?？]")


# A banking errand (round 10): a merchant, an employee or a victim in a risky trade asking the
# bank for a banking act ("I run a fireworks shop. Can I get a card machine for the season?",
# "我是开锁公司的，对公账户的日转账限额能调高吗"). The classifier reads the trade's nouns and the
# speaker's role sentence as harm; what the text asks for is a payment, a refund, an account, a
# limit, a report. A classifier-only verdict (no cue hit at all) is set aside when the text is
# made of (a) clauses that request a banking act and score below the classifier's threshold on
# their own, (b) short clauses that only say who speaks (no ask in them) and (c) whatever
# remains, which scored alone must stay below the threshold too: a harmful act asked for in
# any clause still flags.
BANKING_ACT = (
    r"\b(?:card (?:machines?|terminals?|readers?)|pos|refund\w*|chargebacks?|disput\w*|"
    r"(?:open|close|opening|closing|switch\w*|mov\w*)\b[^.?!,;\n]{0,20}?\baccounts?|"
    r"(?:business|current|savings|merchant|company|charity|joint) accounts?|"
    r"(?:transfer|daily|spending|withdrawal|card) limits?|payroll|wages|salar(?:y|ies)|"
    r"statements?|loans?|overdraft|direct debits?|standing orders?|invoic\w*|insur\w*|"
    r"donat\w*|deposit\w*|fees?|charges|signator\w*|qr code|payments?|transfers?|"
    r"credit cards?|debit cards?|business cards?|online banking|mobile banking|sort code|iban|"
    r"interest rates?|mortgage|remittance|wire|cheques?|reference letter|bank (?:details|letter))\b"
    r"|pos机?|刷卡机|收款机|收款码|扫码收款|货款|退款|拒付|开户|销户|对公|账户|限额|代发|工资|"
    r"流水|对账单|贷款|经营贷|透支|自动扣款|自动转账|扣款|发票|保险|财产险|经营险|捐款|捐一笔|"
    r"赞助|存款|存现|存进|手续费|授权人|转账|汇款|信用卡|公务卡|借记卡|网银|资信证明|冻结|"
    r"报案|挂失|补卡|收款|到账"
)
# Round 11: cue hits in these categories are set aside in a short banking errand the classifier
# reads as a customer's (``_errand_lookalike``); self-harm, sexual and hate hits never are.
ERRAND_LOOKALIKE_SENSITIVE = BUSINESS_LOOKALIKE_SENSITIVE
ERRAND_LOOKALIKE_PROBABILITY = 0.2
# who speaks: an owner, an employee, a family member, a new business, a caller on its behalf
SPEAKER_ROLE = (
    r"\b(?:i run|we run|i own|we own|co-own\w*|i manage|i work|i'm the|i am the|we are|we're|"
    r"on behalf of|sole trader|just opened|i've opened|my (?:wife|husband|dad|mum|mother|father|"
    r"brother|sister|partner|family) (?:runs|owns|has)|(?:our|my) (?:company|shop|firm|business|"
    r"store|studio|club|practice|clinic|charity) (?:is|was|has))\b"
    r"|我是开|我开了|我开的|我们是|我们公司|我们店|我在[^，。？！]{1,14}(?:做|上班|工作)|我负责|"
    r"我代表|代表[^，。？！]{1,14}咨询|个体户|合伙开|(?:我老婆|我老公|我爸|我妈|我哥|我姐|家里)开|"
    r"我是[^，。？！]{1,14}的(?:会计|财务|老板|店长|员工|行政|收银|出纳|经理|负责人)"
)
# a clause that asks or wants anything says more than who speaks
CLAUSE_ASK = (
    r"\b(?:how|what|why|where|which|who|can|could|would|will|should|tell|explain|want|wants|need|"
    r"needs|help|teach|show|make|get|buy|find|use|plan\w*|try\w*|going to|gonna|wanna|"
    r"so that|to)\b"
    r"|怎|如何|教|告诉|帮|给我|想|要|能|吗(?!啡)|办法|方法|步骤|准备|打算|计划|为了|好让|用来"
)
ROLE_CLAUSE_MAX = 80
# only a short message is an errand: a long one may bury a request among banking lines, split
# over list items (harm_model.segments reads those; v13's templates family, a dev set, lost
# 6 points without this cap)
ERRAND_MAX_CHARS = 200
ERRAND_MAX_CHARS_CJK = 90  # characters: a longer clause says more than who speaks
_CLAUSE_BREAK = re.compile(r"[\n。！？；，、!?;]+|[.,](?=\s|$)")
# fold() writes a Chinese comma as ",": a comma before a letter or a character breaks too
_CUE_CLAUSE_BREAK = re.compile(r"[\n。！？；，、!?;]+|[.,](?=\s|$)|,(?=[^\d\s])")


# A Chinese request, wherever its frame stands (English acts carry their verb in the pattern).
REQUEST = (
    rf"{_ZH_ASK}|怎么(?:操作|做|弄)|完整方案|做法|窍门|教程|流程|需要(?:准备|注意)|详细说说|"
    r"能不能|求一?个|该怎样|指导|出个主意|有什么办法|做些什么|从哪开始|第一步|步骤|攻略|计划|"
    r"演示|描述一下|讲一下|求教|急求|怎么做|能说详细"
    # colloquial and search-engine asks (round 7)
    r"|咋(?:搞|整|弄|做|办|操作)|有偿|大佬|求带|干货|要啥|需要啥|要哪些|多久能|门路|路子|配比"
    # Cantonese asks (English ones would open the Chinese acts to every English text: slower,
    # and a Chinese request with an English frame has a Chinese ask too)
    r"|唔該|點樣|教下我|話我知|快啲講|講晒"
)
Compiled = tuple[re.Pattern[str], float, bool]


def _compile(cues: Sequence[Cue]) -> list[Compiled]:
    return [(re.compile(cue.pattern, re.IGNORECASE), cue.weight, cue.needs_request) for cue in cues]


@dataclass(frozen=True)
class CategoryFinding:
    category: str
    score: float
    action: CategoryAction

    def to_dict(self) -> dict[str, Any]:
        return {"category": self.category, "score": round(self.score, 4), "action": self.action}


@dataclass(frozen=True)
class HarmfulRequestVerdict(GuardVerdict):
    """A :class:`GuardVerdict` plus the flagged categories, highest score first.
    ``policy_action`` is ``block``, ``warn`` (the text passes; ``action`` stays ``allow``) or
    ``allow``; ``category`` is the category that decided it."""

    category: str | None = None
    policy_action: CategoryAction = "allow"
    findings: tuple[CategoryFinding, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        out = super().to_dict()
        out["category"] = self.category
        out["policy_action"] = self.policy_action
        out["categories"] = [f.to_dict() for f in self.findings]
        return out


class HarmfulRequestGuard(Guard):
    name = "harmful_request"
    directions = frozenset({"input"})

    def __init__(
        self,
        threshold: float = 0.5,
        actions: Mapping[str, CategoryAction] | None = None,
        default_action: CategoryAction = "block",
        extra_terms: Mapping[str, Sequence[str]] | None = None,
        model_threshold: float | None = MODEL_THRESHOLD,
    ) -> None:
        if not 0 < threshold <= 1:
            raise ValueError("threshold must lie in (0, 1]")
        if model_threshold is not None and not 0 < model_threshold <= 1:
            raise ValueError("model_threshold must lie in (0, 1] (or be None: no classifier)")
        unknown = sorted((set(actions or {}) | set(extra_terms or {})) - set(CATEGORIES))
        if unknown:
            raise ValueError(f"unknown harm categories {unknown}; known: {list(CATEGORIES)}")
        self.threshold = threshold
        # the learned classifier (harm_model.py) flags what the lexicons miss
        self.model_threshold = model_threshold
        self.model = load_scorer() if model_threshold is not None else None
        # the text last scored (the very string object) and its (probability, buried): see
        # _scored
        self._last_scored: tuple[str, tuple[float, bool]] | None = None
        self._last_asking: tuple[str, tuple[str, ...], bool] | None = None
        self.actions: dict[str, CategoryAction] = {
            c: (actions or {}).get(c, default_action) for c in CATEGORIES
        }
        self.patterns: dict[str, list[Compiled]] = {}
        self.skips_awareness: dict[str, list[bool]] = {}
        for category in CATEGORIES:
            extra = [Cue(re.escape(term), STRONG) for term in (extra_terms or {}).get(category, ())]
            self.patterns[category] = _compile([*LEXICON[category], *extra])
            self.skips_awareness[category] = [
                cue.skips_awareness for cue in [*LEXICON[category], *extra]
            ]
        # the operator's own terms (extra_terms) are never set aside as a look-alike
        self.extra = [
            re.compile(re.escape(term), re.IGNORECASE)
            for terms in (extra_terms or {}).values()
            for term in terms
        ]
        self.evasion = re.compile(EVASION, re.IGNORECASE)
        self.request = re.compile(REQUEST)
        self.awareness = re.compile(AWARENESS, re.IGNORECASE)
        self.stated_awareness = re.compile(STATED_AWARENESS, re.IGNORECASE)
        self.detail_ask = re.compile(DETAIL_ASK, re.IGNORECASE)
        self.scheme_question = re.compile(SCHEME_QUESTION, re.IGNORECASE)
        self.theft_worry = re.compile(THEFT_WORRY, re.IGNORECASE)
        self.business = re.compile(BUSINESS_CONTEXT, re.IGNORECASE)
        self.banking_act = re.compile(BANKING_ACT, re.IGNORECASE)
        self.payment_words = re.compile(PAYMENT_WORDS, re.IGNORECASE)
        self.payment_statement = re.compile(PAYMENT_STATEMENT, re.IGNORECASE)
        self.harm_as_cause = re.compile(HARM_AS_CAUSE, re.IGNORECASE)
        # ~0.1 ms a 512-character prompt, and nearly always no match: skipped without its
        # literals (literal_gate.py)
        self.cause_gate = LiteralGate([self.harm_as_cause])
        self.speaker_role = re.compile(SPEAKER_ROLE, re.IGNORECASE)
        self.clause_ask = re.compile(CLAUSE_ASK, re.IGNORECASE)
        # ~140 searches of a 512-character prompt cost ~1.8 ms and nearly all fail: the gate
        # skips those whose literals the text lacks (same findings, literal_gate.py)
        # (the other awareness searches last: :meth:`_aware` reads them through the gate too)
        self.gate = LiteralGate(
            [self.evasion, self.request, self.awareness]
            + [pattern for category in CATEGORIES for pattern, _, _ in self.patterns[category]]
            + [self.scheme_question, self.stated_awareness, self.theft_worry, self.detail_ask]
        )

    def check_batch(self, texts: Sequence[str]) -> list[GuardVerdict]:
        return [self._check(text) for text in texts]

    def scores(self, text: str) -> tuple[dict[str, float], list[Span]]:
        """Every category's score (0 when no cue hit) and the spans of the cues that hit.
        The cues read :func:`~.harm_fold.fold` of ``text`` (full-width, look-alike letters,
        traditional characters, invisible characters); spans are offsets into ``text``."""
        result, spans, _ = self._folded_scores(text)
        return result, spans

    def _folded_scores(self, text: str) -> tuple[dict[str, float], list[Span], str]:
        """:meth:`scores` and the folded text (the classifier reads it too)."""
        folded, offsets = fold_with_offsets(text)
        result, spans = self._scores(self._blank_causes(folded))
        if spans and offsets is not None:
            spans = [Span(offsets[s.start], offsets[s.end], s.label) for s in spans]
        return result, spans, folded

    def _blank_causes(self, folded: str) -> str:
        """``folded`` with the :data:`HARM_AS_CAUSE` spans blanked (same length)."""
        if not self.cause_gate.may_match(folded)[0] or self.harm_as_cause.search(folded) is None:
            return folded
        return self.harm_as_cause.sub(lambda m: " " * len(m.group()), folded)

    def _scores(self, text: str) -> tuple[dict[str, float], list[Span]]:
        spans: list[Span] = []
        may_evade, may_ask, may_be_aware, *may_match = self.gate.may_match(text)
        may_match, may_be_aware_too = may_match[:-4], may_match[-4:]
        evasion = (
            [Span(m.start(), m.end(), "EVASION") for m in self.evasion.finditer(text)]
            if may_evade
            else []
        )
        asks = may_ask and self.request.search(text) is not None
        aware: bool | None = None  # read only when a cue that skips awareness could match
        result: dict[str, float] = {}
        may = iter(may_match)
        for category in CATEGORIES:
            miss = 1.0
            for (pattern, weight, needs_request), skips_awareness in zip(
                self.patterns[category], self.skips_awareness[category], strict=True
            ):
                possible = next(may)
                if not possible or (needs_request and not asks):
                    continue
                if skips_awareness:
                    if aware is None:
                        aware = self._aware(text, may_be_aware, may_be_aware_too)
                    if aware:
                        continue
                match = pattern.search(text)
                if match is not None:
                    miss *= 1 - weight
                    spans.append(Span(match.start(), match.end(), category.upper()))
            score = 1 - miss
            if evasion and (score > 0 or category == "crime"):
                score = 1 - (1 - score) * (1 - EVASION_BOOST)
                if category == "crime" and score < self.threshold:
                    score = max(score, 0.6)  # evasion alone flags crime
            result[category] = score
        if evasion and result["crime"] > 0:
            spans.extend(evasion)
        return result, spans

    def _aware(self, text: str, may_be_aware: bool, may_too: Sequence[bool] = (True,) * 4) -> bool:
        """Whether the text asks how criminals work, or how a scheme works, or reports or fears
        it (without asking for the working detail): the broader and theft cues skip it.
        ``may_be_aware`` and ``may_too`` (scheme question, stated awareness, theft worry,
        detail ask): the gate's word on whether each pattern can match (a search it rules
        out would fail)."""
        if may_be_aware and self.awareness.search(text) is not None:
            return True
        may_scheme, may_state, may_worry, may_ask_detail = may_too
        if may_scheme and self.scheme_question.search(text) is not None:
            return True
        stated = (may_state and self.stated_awareness.search(text)) or (
            may_worry and self.theft_worry.search(text)
        )
        if not stated:
            return False
        return not may_ask_detail or self.detail_ask.search(text) is None

    def _check(self, text: str) -> HarmfulRequestVerdict:
        scores, spans, folded = self._folded_scores(text)
        flagged = sorted(
            (
                CategoryFinding(c, s, self.actions[c])
                for c, s in scores.items()
                if s >= self.threshold and self.actions[c] != "allow"
            ),
            key=lambda f: (f.action != "block", -f.score),
        )
        if not flagged:
            return self._model_check(folded, scores)
        if self._customer_lookalike(folded, flagged):
            return HarmfulRequestVerdict(self.name, "allow", 0.0)
        top = flagged[0]
        kept = {f.category.upper() for f in flagged} | {"EVASION"}
        reasons = tuple(f"{f.action}: {f.category} request (score {f.score:.2f})" for f in flagged)
        return HarmfulRequestVerdict(
            self.name,
            "block" if top.action == "block" else "allow",
            top.score,
            reasons,
            tuple(s for s in spans if s.label in kept),
            category=top.category,
            policy_action=top.action,
            findings=tuple(flagged),
        )

    def _customer_lookalike(self, folded: str, flagged: Sequence[CategoryFinding]) -> bool:
        """Whether cue hits in the categories customers talk about (fraud, intrusion, a lawful
        weapons trade) come from a customer asking to be protected or reporting a harm: the
        classifier, trained on such look-alikes against requests composed from the same
        words, puts the text far below its request threshold. The cues see words; the
        classifier reads who asks for what."""
        if self.model is None:
            return False
        if self._errand_lookalike(folded, flagged):
            return True
        probability = LOOKALIKE_PROBABILITY
        if any(f.category not in LOOKALIKE_SENSITIVE for f in flagged):
            # only the noun cues of violence, crime and drugs (a title, a plot, "杀掉" said of
            # a payment, a drug-testing lab) are set aside, never an act asked for ("tell me
            # how to poison my co-author"); in a business message below a higher probability
            if any(
                f.category not in BUSINESS_LOOKALIKE_SENSITIVE
                or (f.category not in LOOKALIKE_SENSITIVE and self._asks_for(f.category, folded))
                for f in flagged
            ):
                return False
            if self._only_named(folded, flagged):
                probability = NAMED_IN_BUSINESS_PROBABILITY
            elif self.business.search(folded) is not None:
                probability = BUSINESS_LOOKALIKE_PROBABILITY
            elif self._cue_in_asking_clause(folded, flagged):
                # outside a business message (round 11) only a noun named, never asked about
                return False
        if self.extra and any(pattern.search(folded) for pattern in self.extra):
            return False
        whole, buried = self._scored(folded)
        if whole >= probability:
            return False
        # a long text reads as harmless as a whole when its request is buried in it
        return not buried

    def _errand_lookalike(self, folded: str, flagged: Sequence[CategoryFinding]) -> bool:
        """Whether cue hits in the categories a trade or a life can name (drugs, weapons,
        crime, violence, fraud, intrusion: a hospice's fentanyl invoice, a bath-bomb shop, a
        son in prison) come from a short banking errand (:meth:`_banking_errand`: every clause
        with a banking act, and the rest together, below the classifier's threshold) that the
        classifier also reads as a customer's as a whole (below
        :data:`ERRAND_LOOKALIKE_PROBABILITY`), with no cue in a clause that asks anything. The
        operator's own terms never are set aside."""
        if any(f.category not in ERRAND_LOOKALIKE_SENSITIVE for f in flagged):
            return False
        if self.extra and any(pattern.search(folded) for pattern in self.extra):
            return False
        if self.model is None:
            return False
        probability = ERRAND_LOOKALIKE_PROBABILITY
        if self._only_named(folded, flagged):
            probability = NAMED_IN_BUSINESS_PROBABILITY
        if self._scored(folded)[0] >= probability:
            return False
        if not self._banking_errand(folded):
            return False
        return not self._cue_in_asking_clause(folded, flagged)

    def _only_named(self, folded: str, flagged: Sequence[CategoryFinding]) -> bool:
        """Whether the cue hits of a message about a banking act (a payment, a fee, a loan, an
        invoice, a donation) only *name* a drug, a weapon, a crime (round 12): every flagged
        category in :data:`NAMED_SENSITIVE`, no act cue of theirs, no cue in a clause that asks
        anything and no evasion cue. Such hits are set aside below the higher
        :data:`NAMED_IN_BUSINESS_PROBABILITY`."""
        if any(f.category not in NAMED_SENSITIVE for f in flagged):
            return False
        if self.evasion.search(folded) is not None:
            return False
        if not self._about_banking(folded):
            return False
        if any(self._asks_for(f.category, folded) for f in flagged):
            return False
        if self._cue_in_asking_clause(folded, flagged):
            return False
        # any other ask ("另外，怎么训练狗听口令咬人") that is no banking act must read as
        # harmless on its own: a request beside the named goods is not set aside with them
        others = [
            clause
            for clause in _CLAUSE_BREAK.split(folded)
            if clause.strip()
            and self.clause_ask.search(clause) is not None
            and not self._about_banking(clause)
        ]
        if not others or self.model is None or self.model_threshold is None:
            return True  # (a guard without the classifier has neither)
        return max(self.model.score_folded_many(others)) < self.model_threshold

    def _about_banking(self, text: str) -> bool:
        """Whether ``text`` names a business, a banking act or a payment (round 12's bar)."""
        return any(
            pattern.search(text) is not None
            for pattern in (self.business, self.banking_act, self.payment_words)
        )

    def _cue_in_asking_clause(self, folded: str, flagged: Sequence[CategoryFinding]) -> bool:
        """Whether a cue of ``flagged`` matches inside a clause that asks anything ("give me
        steps to commit arson for the insurance money" is one clause, and it asks): a harm's
        word a customer only names sits in what they say about themselves. Kept for the text
        the guard checks now: the errand look-alike check asks twice (in :meth:`_only_named`
        and after it), and :meth:`_customer_lookalike` may ask again."""
        categories = tuple(finding.category for finding in flagged)
        last = self._last_asking
        if last is not None and last[0] is folded and last[1] == categories:
            return last[2]
        found = self._cue_in_asking_clause_of(folded, categories)
        self._last_asking = (folded, categories, found)
        return found

    def _cue_in_asking_clause_of(self, folded: str, categories: Sequence[str]) -> bool:
        for clause in _CUE_CLAUSE_BREAK.split(folded):
            if self.clause_ask.search(clause) is None:
                continue
            for category in categories:
                if any(p.search(clause) for p, _, _ in self.patterns[category]):
                    return True
        return False

    def _asks_for(self, category: str, folded: str) -> bool:
        """Whether one of ``category``'s contextual cues (an act with its verb or request
        frame, not a bare noun) matches ``folded``."""
        return any(
            weight < STRONG and pattern.search(folded) is not None
            for pattern, weight, _ in self.patterns[category]
        )

    def _scored(self, folded: str) -> tuple[float, bool]:
        """The classifier's probability for ``folded`` and :meth:`_buried_request`, from one
        scoring of the text and its parts together; kept for the text the guard checks now
        (the look-alike checks and the model check ask for them again)."""
        assert self.model is not None
        last = self._last_scored
        if last is not None and last[0] is folded:
            return last[1]
        found = score_with_parts(self.model, folded)
        self._last_scored = (folded, found)
        return found

    def _buried_request(self, folded: str) -> bool:
        """Whether a part of a long text (harm_model.segments: a line, a sentence, two list
        items) reads as a harmful request on its own: a request buried in a long banking
        message is a few percent of the whole text's n-grams."""
        return self.model is not None and self._scored(folded)[1]

    def _banking_errand(self, folded: str) -> bool:
        """Whether ``folded`` only asks the bank for a banking act, perhaps after saying who
        speaks (:data:`BANKING_ACT`): each clause with a banking act scores below the
        classifier's threshold alone, the rest (clauses that say more than who speaks) scores
        below it together."""
        if self.model is None or self.model_threshold is None:
            return False
        chinese = _CJK.search(folded) is not None
        if len(folded) > (ERRAND_MAX_CHARS_CJK if chinese else ERRAND_MAX_CHARS):
            return False
        if self.banking_act.search(folded) is None:
            return False
        clauses = [c.strip() for c in _CLAUSE_BREAK.split(folded)]
        banking, rest = [], []
        for clause in clauses:
            if not clause:
                continue
            if self.banking_act.search(clause) is not None:
                banking.append(clause)
            elif not (
                len(clause) <= ROLE_CLAUSE_MAX
                and self.speaker_role.search(clause) is not None
                and self.clause_ask.search(clause) is None
            ):
                rest.append(clause)
        if not banking:
            return False
        joiner = "" if chinese else " "
        texts = banking + ([joiner.join(rest)] if rest else [])
        return all(p < self.model_threshold for p in self.model.score_folded_many(texts))

    def _payment_statement(self, folded: str, probability: float) -> bool:
        """Whether ``folded`` only states something about a payment (:data:`PAYMENT_STATEMENT`,
        no clause that asks, no question mark) and the classifier is below
        :data:`PAYMENT_STATEMENT_PROBABILITY` (round 13)."""
        return (
            probability < PAYMENT_STATEMENT_PROBABILITY
            and self.payment_statement.search(folded) is not None
            and self.clause_ask.search(folded) is None
            and _QUESTION.search(folded) is None
        )

    def _model_check(self, folded: str, scores: Mapping[str, float]) -> HarmfulRequestVerdict:
        """The classifier's verdict on a text (``folded``) the lexicons let pass (and that does
        not ask how criminals work): its category is the one the lexicons scored highest
        (below threshold) or, with none, the hinted one."""
        if self.model is None or self.model_threshold is None:
            return HarmfulRequestVerdict(self.name, "allow", 0.0)
        probability, buried = self._scored(folded)
        if probability < self.model_threshold and buried:
            probability = self.model_threshold
        # like the broader cues, not for a customer asking how criminals or a scheme work, or
        # fearing what they could do (AWARENESS, _aware)
        if probability < self.model_threshold or self._aware(folded, True):
            return HarmfulRequestVerdict(self.name, "allow", 0.0)
        if not any(scores.values()) and (
            self._banking_errand(folded) or self._payment_statement(folded, probability)
        ):
            return HarmfulRequestVerdict(self.name, "allow", 0.0)
        best = max(scores, key=scores.__getitem__)
        category = best if scores[best] > 0 else hinted_category(folded)
        action = self.actions[category]
        if action == "allow":
            return HarmfulRequestVerdict(self.name, "allow", 0.0)
        finding = CategoryFinding(category, probability, action)
        return HarmfulRequestVerdict(
            self.name,
            "block" if action == "block" else "allow",
            probability,
            (f"{action}: {category} request (classifier {probability:.2f})",),
            (),
            category=category,
            policy_action=action,
            findings=(finding,),
        )
