"""Generated Chinese messages with PERSON and ADDRESS spans, to train and check the tagger.

    python -m steward.data.pii.tagger.generate --n 20 --seed 7 --split train

Written from general knowledge of how a Chinese bank's customers write: chat messages,
call-centre transcripts (``坐席：`` / ``客户：``), forms (``姓名：``), e-mails and their
sign-offs (``—— 王芳``, ``此致\\n敬礼\\n李四``), third parties named by their relation
(``同事``, ``朋友``, ``我妈``, ``自称``, ``名叫``), compound surnames, ``小``/``老``/``阿``
forms, Latin names inside Chinese (``David Chen``), addresses from province down to room,
including Hong Kong and Taiwan forms in traditional characters, and hard negatives: common
words that start with a surname character (``谢谢``, ``房东``, ``黄金``, ``王府井``), cities
named without an address, bank branch names.

Two template pools: ``split="train"`` (what the shipped model learns from) and
``split="dev"`` (a disjoint quarter of the templates, for ``benchmarks/pii_dev``), so the dev
figure measures wording the model did not see. Names and addresses are drawn from the same
parts in both; a quarter of given-name characters come from a pool the tagger's lexicon
feature does not list, so it learns to find names by context as well as by characters.
Records look like the shared dev set's: ``{"text", "spans": [{"start", "end", "label"}],
"lang"}``; only PERSON and ADDRESS are labelled, and no template holds other personal data.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from steward.data.pii.recognizers.base import words
from steward.data.pii.tagger.lexicon import (
    COMMON_SURNAMES,
    COMPOUND_SURNAMES,
    GIVEN_CHARS,
    LATIN_GIVEN,
    ROMANISED_SURNAMES,
    SURNAMES,
)

Record = dict[str, object]
# Share of messages composed from fragments (the rest fill whole-sentence templates).
COMPOSED_SHARE = 0.5

# Given-name characters the lexicon feature does not list: names must also be found by
# their place in the sentence.
_RARE_GIVEN = (
    "骁珺昕玥翊骞湛沁滢璟曦赟琛钰祎婕霏韬烨鸿珂岚澜蔚朗卓弈骐翀堃喆煜峻珈彧芃苒筠菁柘桓"
    "花菊莲香翠珠凤仙巧翠金银宝根水山川石贵富发财福寿喜双亚娇妹姗琼瑜畅欢乐笑"
)
_PINYIN_GIVEN = words(
    "Wei Na Jing Min Lei Jun Yong Tao Ming Chao Xia Ping Gang Hua Ying Fang Hong Bin Hao Kai "
    "Jie Xin Yu Lin Qiang Li Yan Tingting Xiaoming Jianguo Haoran Zihan"
)

_PROVINCES: dict[str, dict[str, tuple[str, ...]]] = {
    "广东省": {
        "广州市": words("天河区 越秀区 海珠区 番禺区 白云区"),
        "深圳市": words("南山区 福田区 罗湖区 宝安区 龙岗区"),
        "佛山市": words("禅城区 南海区 顺德区"),
        "东莞市": words("南城街道 东城街道 长安镇"),
    },
    "浙江省": {
        "杭州市": words("西湖区 上城区 拱墅区 滨江区 余杭区"),
        "宁波市": words("鄞州区 海曙区 江北区"),
        "金华市": words("义乌市 婺城区 东阳市"),
    },
    "江苏省": {
        "南京市": words("玄武区 鼓楼区 建邺区 江宁区 秦淮区"),
        "苏州市": words("姑苏区 吴中区 相城区 昆山市"),
        "无锡市": words("梁溪区 滨湖区 江阴市"),
    },
    "四川省": {"成都市": words("锦江区 武侯区 青羊区 成华区 双流区"), "绵阳市": words("涪城区")},
    "湖北省": {"武汉市": words("江汉区 武昌区 洪山区 江岸区 汉阳区"), "宜昌市": words("西陵区")},
    "山东省": {"济南市": words("历下区 市中区 槐荫区"), "青岛市": words("市南区 崂山区 黄岛区")},
    "河南省": {"郑州市": words("金水区 二七区 中原区"), "洛阳市": words("涧西区 洛龙区")},
    "福建省": {"厦门市": words("思明区 湖里区 集美区"), "泉州市": words("晋江市 丰泽区")},
    "湖南省": {"长沙市": words("岳麓区 芙蓉区 天心区 开福区")},
    "陕西省": {"西安市": words("雁塔区 碑林区 未央区 长安区")},
    "辽宁省": {"沈阳市": words("和平区 沈河区 皇姑区"), "大连市": words("中山区 甘井子区")},
    "安徽省": {"合肥市": words("蜀山区 包河区 庐阳区")},
    "云南省": {"昆明市": words("五华区 盘龙区 官渡区")},
    "河北省": {"石家庄市": words("长安区 桥西区"), "保定市": words("竞秀区 涿州市")},
    "广西壮族自治区": {"南宁市": words("青秀区 兴宁区 西乡塘区")},
    "内蒙古自治区": {"呼和浩特市": words("新城区 赛罕区")},
}
_MUNICIPALITIES: dict[str, tuple[str, ...]] = {
    "北京市": words("朝阳区 海淀区 东城区 西城区 丰台区 昌平区 通州区"),
    "上海市": words("浦东新区 徐汇区 静安区 黄浦区 长宁区 闵行区 杨浦区"),
    "天津市": words("和平区 南开区 河西区 滨海新区"),
    "重庆市": words("渝中区 江北区 渝北区 南岸区 沙坪坝区"),
}
_STREET_STEMS = words(
    "人民 解放 建设 中山 和平 文化 长江 黄河 新华 胜利 光明 幸福 朝阳 延安 学府 科技 高新 "
    "滨江 湖滨 江南 东风 红旗 青年 工业 迎宾 友谊 世纪 金融 天府 春熙 五一 八一 南京 北京 "
    "淮海 漕溪 凤凰 桂花 梧桐 银杏 丰收 振兴 复兴 民主 团结 育才 文昌 体育 花园 龙华 翠微"
)
_STREET_SUFFIXES = words("路 路 路 大道 街 大街 巷 胡同 东路 西路 南路 北路 中路")
_ESTATE_STEMS = words(
    "阳光 金色 锦绣 翠湖 绿城 世纪 龙湖 保利 万科 恒大 碧水 华润 紫金 东方 名都 幸福 和谐 "
    "枫林 丽景 御景 香榭 银河 海棠 书香 景泰 嘉禾 融创 星河 云栖 江南"
)
_ESTATE_SUFFIXES = words(
    "花园 小区 家园 公寓 苑 华府 名苑 新村 大厦 广场 中心 国际 城 府 雅居 佳园"
)
_HK_ADDRESSES = (
    "香港九龍旺角彌敦道{n}號{b}樓{r}室",
    "香港九龙尖沙咀广东道{n}号{b}楼{r}室",
    "香港島灣仔軒尼詩道{n}號",
    "香港中環德輔道中{n}號{b}樓",
    "新界沙田大圍美田路{n}號{b}樓{r}室",
    "九龍觀塘道{n}號{b}樓",
)
_TW_ADDRESSES = (
    "台北市大安區忠孝東路四段{n}號{b}樓",
    "新北市板橋區文化路一段{l}巷{n}號{b}樓",
    "臺中市西屯區台灣大道三段{n}號",
    "高雄市前鎮區中山二路{n}號{b}樓之{u}",
    "台北市信義區松仁路{n}號{b}樓",
)

# Words that start with a surname character and are no name, places named without an address,
# bank branches: what a tagger that only learned "surname + two characters" gets wrong.
_HARD_WORDS = words(
    "谢谢 房东 房租 高兴 周末 黄金 万元 方便 金额 王府井 常用 明天 文件 金卡 安全 成功 温馨 "
    "时间 任务 司机 关于 和平 申请 华为 周转 高铁 金融 万一 钱包 安心 常常 毛病 严重 包裹 "
    "马上 白天 向您 于是 江湖 程序 石油 林业 宋体 黎明 孔雀 余额 康复 任何 江边 海关 夏天 "
    "秦岭 吉祥 韩国 雷雨 段落 汪洋 项目 车贷 房贷 朱红 章程 许多 邓家 何时 武汉 杨树 龙头"
)
_CITIES = words(
    "北京 上海 广州 深圳 杭州 南京 成都 武汉 西安 重庆 天津 苏州 厦门 长沙 青岛 香港 台北 "
    "郑州 沈阳 昆明 合肥 宁波 东莞 佛山"
)
_BANKS = words("工商银行 建设银行 农业银行 中国银行 招商银行 交通银行 浦发银行 兴业银行")
_BRANCH_SUFFIXES = words("分行 支行 营业部 分行营业部 网点")
_AMOUNTS = words("500 1000 2000 3000 5000 8000 12000 20000 50000")

# Templates. {P}: a person's name; {A}: a full address; {a}: an address without province;
# {S}: a bare surname (not labelled: a surname alone identifies no one); {W}: a hard word;
# {C}: a city; {B}: a bank branch; {M}: an amount. Only {P}, {A} and {a} are labelled.
_PERSON_TEMPLATES = (
    "你好，我叫{P}，我的卡被冻结了，怎么解冻？",
    "我是{P}，上周申请的贷款审批到哪一步了？",
    "本人{P}，要挂失一张借记卡。",
    "坐席：您好，请问怎么称呼？\n客户：{P}。\n坐席：{P}您好，请讲。",
    "客服：请问您贵姓？\n客户：免贵姓{S}，叫{P}。",
    "姓名：{P}\n业务类型：挂失补卡\n备注：无",
    "{P}您好：\n您申请的信用卡已寄出，请注意查收。",
    "麻烦尽快处理，谢谢。\n—— {P}",
    "关于账单的问题，请回复我。\n此致\n敬礼\n{P}",
    "我同事{P}说你们这里可以办理大额存单。",
    "我朋友{P}让我帮他查一下转账进度。",
    "我妈{P}的卡在ATM机上被吞了，她年纪大了不方便过来。",
    "有个人自称{P}，说是你们银行的客服，让我转账。",
    "对方名叫{P}，说我中奖了要先交手续费。",
    "帮我给{P}转{M}元，备注房租。",
    "收款人写的是{P}，但是钱没到账。",
    "我想给我爸{P}开一张附属卡。",
    "客户经理{P}上次说利率可以优惠。",
    "请{P}先生明天上午带身份证来网点。",
    "{P}女士，您的理财产品已到期。",
    "你们那个叫{P}的员工态度很差，我要投诉。",
    "代理人：{P}（客户的女儿）",
    "我老公{P}的工资卡能不能绑定到我的手机银行？",
    "房东{P}让我把押金转给他。",
    "开户人是{P}，不是我本人。",
    "刚才接电话的是{P}吗？她说会回电。",
    "{P}和{P2}是这个账户的共同持有人。",
    "我跟{P}是合伙人，想开一个对公账户。",
    "持卡人：{P}\n挂失原因：遗失",
    "谢谢你们的帮助！{P}",
    "祝好，\n{P}\n2024年3月5日",
    "落款：{P}",
    "{P}，你上次说的那个理财还有额度吗？",
    "孩子{P}在外地上学，我想给他办张卡。",
    "我是替我奶奶{P}来问的，她的存折丢了。",
    "骗子冒充公安局的{P}警官打电话给我。",
    "转账对象是一个叫{P}的人，我被骗了。",
    "联系人：{P}",
    "小区物业的{P}说水电费可以代扣。",
    "请把对账单发给财务{P}。",
)
_LATIN_TEMPLATES = (
    "你好，我是{L}，想问一下境外汇款的手续费。",
    "联系人：{L}",
    "我的英文名是{L}，护照上的名字一样。",
    "麻烦转告{L}，他的汇款已经到账了。",
    "收款人是{L}，在香港的账户。",
    "谢谢！\n{L}",
    "我同事{L}下周来办业务。",
    "客户{L}投诉说卡被盗刷了。",
)
_ADDRESS_TEMPLATES = (
    "地址：{A}",
    "请把新卡寄到{A}，谢谢。",
    "我家住在{A}，离你们网点远吗？",
    "收货地址改成{A}。",
    "账单地址变更为{A}",
    "我搬家了，现在住{A}。",
    "单位地址是{A}，麻烦更新一下。",
    "现住址：{A}\n工作单位：无",
    "我在{A}楼下被人抢了包，卡也丢了。",
    "{A}这套房子能不能做抵押贷款？",
    "您好，信用卡寄到{a}就行。",
    "我住{a}，附近有没有你们的网点？",
    "快递一直没送到{a}，怎么回事？",
    "寄送地址：{a}",
    "坐席：请核对一下您的地址。\n客户：{A}。",
    "我的地址写错了，应该是{a}。",
)
_MIXED_TEMPLATES = (
    "我叫{P}，地址是{A}，请帮我更新资料。",
    "收件人：{P}\n收件地址：{A}",
    "姓名：{P}\n住址：{A}\n业务：补办借记卡",
    "我是{P}，信用卡账单请寄到{a}。",
    "请把卡寄给{P}，地址{A}。",
    "我朋友{P}住在{a}，能帮他代办吗？",
    "你好，我叫{L}，住在{A}。",
    "客户{P}反映{a}附近的ATM机吞卡。",
)
_NEGATIVE_TEMPLATES = (
    "谢谢你们的耐心解答，问题已经解决了。",
    "{W}的事情我再想想，{M}元先不转了。",
    "请问{W}相关的业务在哪里办？",
    "我下周去{C}出差，卡在那边能用吗？",
    "我在{C}工作，能不能在{C}的网点办理？",
    "{B}几点下班？",
    "我上次在{B}开的户，现在能在网上销户吗？",
    "房东催我交房租，能不能先转{M}元过去？",
    "很高兴为您服务，还有什么可以帮您？",
    "周末可以办理业务吗？",
    "今天黄金价格是多少？我想买一点。",
    "我转了{M}万元，金额显示不对。",
    "方便的话请回个电话。",
    "我在王府井逛街的时候发现钱包丢了。",
    "客户经理说这个产品是保本的，是真的吗？",
    "我同事说你们的房贷利率降了。",
    "我妈让我问一下存款利息怎么算。",
    "{W}这个词在合同里是什么意思？",
    "坐席：请问还有其他问题吗？\n客户：没有了，{W}。",
    "从{C}转到{C}的汇款要多久？",
    "{C}分行的电话打不通。",
    "请问{B}可以办理外币兑换吗？",
    "我想了解一下{W}方面的理财产品。",
    "手机银行登录时提示{W}，怎么处理？",
    "你们的{W}服务太差了，我要投诉。",
    "信用卡额度从{M}提到了{M}，谢谢。",
    "昨天在{C}的商场刷卡消费了{M}元。",
    "此致\n敬礼",
)

# Composed messages: an opening, words before the entity, the entity, words after it. Many
# short fragments in many combinations, so that the tagger learns what a name or an address
# looks like wherever it stands, not a few whole sentences.
_OPENINGS = (
    "",
    "",
    "",
    "你好，",
    "您好，",
    "客服你好，",
    "喂，",
    "麻烦问一下，",
    "急！",
    "打扰了，",
)
_BEFORE_NAME = (
    "我叫",
    "我是",
    "本人",
    "我姓名是",
    "名字叫",
    "我的名字是",
    "户主是",
    "我先生",
    "我太太",
    "我爱人",
    "我儿子",
    "我女儿",
    "我哥",
    "我姐",
    "我弟弟",
    "我妹妹",
    "我爸",
    "我婆婆",
    "我岳父",
    "我舅舅",
    "我表哥",
    "我邻居",
    "我室友",
    "我老板",
    "我们经理",
    "我的客户",
    "你们的柜员",
    "你们大堂经理",
    "理财经理",
    "有个叫",
    "一个自称",
    "自称是",
    "名叫",
    "叫做",
    "对方说他叫",
    "收款方",
    "付款人",
    "汇款人",
    "借款人",
    "担保人",
    "联系人是",
    "紧急联系人",
    "委托人",
    "受托人",
    "代办人",
    "请转告",
    "麻烦通知",
    "帮我查一下",
    "我要给",
    "转账给",
    "打钱给",
    "还款给",
    "借钱给",
    "替",
    "和",
    "跟",
    "让",
    "请",
    "把钱还给",
    "通知",
    "告诉",
    "问问",
    "联系",
    "找",
    "见到了",
    "是",
    "被",
    "由",
    "给",
    "签字人：",
    "经办人：",
    "申请人：",
    "姓名:",
    "客户姓名：",
    "账户名：",
    "户名：",
    "收件人：",
    "代理人：",
    "业务员",
    "快递员",
    "同学",
    "前同事",
    "合作伙伴",
    "老同学",
    "亲戚",
    "远房表弟",
    "物业的",
    "中介",
)
_AFTER_NAME = (
    "",
    "",
    "，",
    "。",
    "的卡丢了",
    "的账户被冻结了",
    "让我来办业务",
    "说可以先放款",
    "的电话打不通",
    "先生",
    "女士",
    "小姐",
    "经理",
    "老师",
    "医生",
    "律师",
    "警官",
    "总",
    "阿姨",
    "师傅",
    "是我朋友",
    "是我们公司的财务",
    "已经去世了",
    "在外地出差",
    "不在本地",
    "会来签字",
    "转给我的钱还没到",
    "借了我两万",
    "要求我转账",
    "给我打了电话",
    "发来了一个链接",
    "的身份证过期了",
    "想开个户",
    "帮我办过卡",
    "跟我一起来",
    "也要办理",
    "同意了",
    "，请尽快处理",
    "，谢谢",
    "的信用卡",
    "名下的房子",
    "的工资卡",
    "今天来过网点",
    "是骗子吗",
    "说他是银行的",
    "的手机号换了",
    "在吗",
    "您好",
    "签收了",
    "代收",
)
_BEFORE_ADDRESS = (
    "我住在",
    "我家在",
    "住址：",
    "家庭住址：",
    "通讯地址：",
    "邮寄地址：",
    "收货地址：",
    "地址是",
    "地址改为",
    "新地址",
    "寄到",
    "寄往",
    "送到",
    "搬到了",
    "搬去了",
    "租住在",
    "房子在",
    "公司在",
    "说",
    "提到",
    "路过",
    "经过",
    "回到",
    "去了",
    "离开",
    "发现",
    "看到",
    "投诉",
    "反馈",
    "举报",
    "告知",
    "核实",
    "查询",
    "登记",
    "填的是",
    "写的",
    "单位在",
    "工作地址：",
    "户籍地址：",
    "老家在",
    "在",
    "从",
    "到",
    "位于",
    "我在",
    "卡寄到",
    "账单寄到",
    "材料寄到",
    "请寄",
    "改成",
    "变更到",
    "现居",
    "现居住地：",
    "联系地址",
    "发到",
    "我的住址是",
    "房产坐落于",
    "抵押物地址：",
)
_AFTER_ADDRESS = (
    "",
    "",
    "。",
    "，谢谢",
    "，麻烦更新",
    "附近",
    "那边",
    "的房子",
    "楼下",
    "门口",
    "的快递柜",
    "，邮编不清楚",
    "，离网点近",
    "收",
    "，电话联系",
    "被盗了",
    "的物业",
    "，请核实",
    "，不是原来那个",
    "，已经住了三年",
    "那套房",
    "能贷多少",
)
_NEGATIVE_PHRASES = (
    "谢谢您",
    "房东那边",
    "很高兴",
    "周末",
    "黄金",
    "万元",
    "方便吗",
    "金额",
    "王府井",
    "明天",
    "安全吗",
    "成功了",
    "时间不够",
    "周转",
    "高铁",
    "金融",
    "万一",
    "钱包",
    "常用卡",
    "马上",
    "白天",
    "向您确认",
    "于是",
    "包裹",
    "严重",
    "康复",
    "任何人",
    "海关",
    "夏天",
    "许多",
    "何时",
    "项目",
    "车贷",
    "房贷",
    "程序",
    "韩国",
    "江边",
    "吉祥",
    "龙头",
    "余额",
    "章程",
    "段落",
    "石油",
    "林业",
    "宋体",
    "黎明",
    "孔雀",
    "毛病",
    "常常",
    "北京",
    "上海",
    "深圳",
    "成都分行",
    "杭州",
    "香港",
    "台北",
    "工商银行南山支行",
    "建设银行上海分行",
    "招商银行营业部",
    "中国银行网点",
    "人民路",
    "中山公园",
    "市中心",
    "区政府",
    "火车站",
    "机场",
    "商场",
    "小区门口",
    "楼下",
    "客户经理",
    "同事",
    "朋友",
    "我妈",
    "房东",
    "老板",
    "对方",
    "骗子",
    "客服",
    "柜员",
    "大堂经理",
    "自称",
    "名叫",
)
_NEGATIVE_FRAMES = (
    "{x}，{y}。",
    "{x}的事情怎么办？",
    "请问{x}和{y}有关系吗？",
    "{x}说{y}可以办理。",
    "我想咨询{x}",
    "{x}{y}都不行",
    "昨天{x}，今天{y}。",
    "关于{x}，请回复。",
    "{x}吗？",
)


def _split_of(templates: Sequence[str], split: str) -> tuple[str, ...]:
    """Every fourth template is for dev; the rest train (disjoint wordings)."""
    if split not in ("train", "dev"):
        raise ValueError(f"split must be 'train' or 'dev', got {split!r}")
    return tuple(t for i, t in enumerate(templates) if (i % 4 == 3) == (split == "dev"))


def chinese_name(rng: random.Random) -> str:
    """A name as customers write it: surname + one or two given characters, sometimes a
    compound surname, sometimes 小/老/阿 + one character."""
    roll = rng.random()
    if roll < 0.06:
        prefix = rng.choice("小老")
        return prefix + rng.choice(COMMON_SURNAMES)
    if roll < 0.09:
        return "阿" + rng.choice(GIVEN_CHARS)
    if roll < 0.13:
        surname = rng.choice(COMPOUND_SURNAMES)
    elif roll < 0.75:
        surname = rng.choice(COMMON_SURNAMES)
    else:
        surname = rng.choice(SURNAMES)

    def given_char() -> str:
        return rng.choice(_RARE_GIVEN) if rng.random() < 0.25 else rng.choice(GIVEN_CHARS)

    if rng.random() < 0.08:  # 丽丽, 欢欢
        return surname + given_char() * 2
    length = 1 if rng.random() < 0.3 else 2
    return surname + "".join(given_char() for _ in range(length))


def number_phrase(rng: random.Random) -> str:
    """A phrase with a number that is no one's personal data: order and ticket numbers,
    reference codes, dates, amounts, times, a building floor without an address."""
    digits = "".join(rng.choice("0123456789") for _ in range(rng.randint(8, 18)))
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice(
        (
            f"订单号SO{digits}",
            f"工单号CS{digits[:10]}",
            f"交易参考号REF{digits}",
            f"流水号{digits}",
            f"订单号{digits}",
            f"到期日是{month}月{day}号",
            f"{month}月{day}号",
            f"{day}号之前",
            f"每月{day}号还款",
            f"第{rng.randint(1, 36)}期",
            f"金额¥{rng.randint(1, 99)},{rng.randint(100, 999)}.{rng.randint(10, 99)}",
            f"{rng.randint(1, 900)}元",
            f"产品代码MO-{digits[:4]}-{digits[4:7]}",
            f"验证码{digits[:6]}",
            f"{rng.randint(8, 21)}点{rng.randint(10, 59)}分",
            f"年化{rng.randint(1, 6)}.{rng.randint(0, 9)}%",
            f"{rng.randint(1, 30)}号窗口",
            f"{rng.randint(2, 30)}楼的柜台",
            f"编号{digits[:8]}",
        )
    )


def latin_name(rng: random.Random) -> str:
    """``David Chen``, ``Zhang Wei`` (pinyin, surname first) or ``Wong Ka Ming``."""
    roll = rng.random()
    if roll < 0.6:
        return f"{rng.choice(LATIN_GIVEN)} {rng.choice(ROMANISED_SURNAMES)}"
    if roll < 0.9:
        return f"{rng.choice(ROMANISED_SURNAMES)} {rng.choice(_PINYIN_GIVEN)}"
    return (
        f"{rng.choice(ROMANISED_SURNAMES)} {rng.choice(_PINYIN_GIVEN)} {rng.choice(_PINYIN_GIVEN)}"
    )


def _unit(rng: random.Random) -> str:
    building = rng.choice(("{}号楼", "{}栋", "{}幢", "{}座")).format(rng.randint(1, 30))
    room = f"{rng.randint(1, 33)}{rng.randint(1, 4):02d}"
    roll = rng.random()
    if roll < 0.4:
        return f"{building}{rng.randint(1, 6)}单元{room}室"
    if roll < 0.7:
        return f"{building}{room}室"
    if roll < 0.85:
        return f"{building}{room}"
    return f"{rng.randint(1, 40)}楼{rng.randint(1, 20):02d}室"


def _street(rng: random.Random) -> str:
    return rng.choice(_STREET_STEMS) + rng.choice(_STREET_SUFFIXES)


def _estate(rng: random.Random) -> str:
    return rng.choice(_ESTATE_STEMS) + rng.choice(_ESTATE_SUFFIXES)


def _mainland_tail(rng: random.Random) -> str:
    """Street and below: 人民路88号阳光花园3栋2单元501室 and shorter forms."""
    roll = rng.random()
    street = f"{_street(rng)}{rng.randint(1, 999)}号"
    if roll < 0.35:
        return street
    if roll < 0.7:
        return street + _estate(rng) + _unit(rng)
    if roll < 0.85:
        return _estate(rng) + _unit(rng)
    return f"{_street(rng)}{rng.randint(1, 300)}弄{rng.randint(1, 80)}号{rng.randint(101, 2404)}室"


def chinese_address(rng: random.Random, with_province: bool = True) -> str:
    roll = rng.random()
    if with_province and roll < 0.08:
        template = rng.choice(_HK_ADDRESSES)
    elif with_province and roll < 0.16:
        template = rng.choice(_TW_ADDRESSES)
    else:
        template = ""
    if template:
        return template.format(
            n=rng.randint(1, 888),
            b=rng.randint(2, 40),
            r=rng.randint(1, 30),
            lane=rng.randint(1, 300),
            l=rng.randint(1, 300),
            u=rng.randint(1, 5),
        )
    if rng.random() < 0.3:
        city, districts = rng.choice(sorted(_MUNICIPALITIES.items()))
        head = city if with_province else ""
        district = rng.choice(districts)
    else:
        province, cities = rng.choice(sorted(_PROVINCES.items()))
        city, districts = rng.choice(sorted(cities.items()))
        district = rng.choice(districts)
        head = (province if rng.random() < 0.8 else "") + city if with_province else city
        if not with_province and rng.random() < 0.4:
            head = ""
    if rng.random() < 0.12:
        town = rng.choice(words("城关镇 新塘镇 石桥镇 龙泉镇 花桥镇"))
        village = rng.choice(words("东村 西村 王家村 李庄村 新民村"))
        return f"{head}{district}{town}{village}{rng.randint(1, 200)}号"
    return f"{head}{district}{_mainland_tail(rng)}"


def _fill(template: str, rng: random.Random) -> Record:
    """The template with its slots filled, and the spans of the labelled ones."""
    text = ""
    spans: list[dict[str, object]] = []
    position = 0
    # Drawn first, so that a bare surname slot before it ({S} in 免贵姓{S}，叫{P}) agrees.
    names: dict[str, str] = {"P": chinese_name(rng)} if "{P}" in template else {}
    for slot in re.finditer(r"\{(\w+)\}", template):
        text += template[position : slot.start()]
        position = slot.end()
        key = slot.group(1)
        label = None
        if key in ("P", "P2"):
            value = names.setdefault(key, chinese_name(rng))
            label = "PERSON"
        elif key == "L":
            value = names.setdefault(key, latin_name(rng))
            label = "PERSON"
        elif key == "A":
            value, label = chinese_address(rng), "ADDRESS"
        elif key == "a":
            value, label = chinese_address(rng, with_province=False), "ADDRESS"
        elif key == "S":
            name = names.get("P", rng.choice(COMMON_SURNAMES))
            value = name[:2] if name[:2] in COMPOUND_SURNAMES else name[0]
        elif key == "W":
            value = rng.choice(_HARD_WORDS)
        elif key == "C":
            value = rng.choice(_CITIES)
        elif key == "B":
            value = rng.choice(_BANKS) + rng.choice(_CITIES) + rng.choice(_BRANCH_SUFFIXES)
        elif key == "M":
            value = rng.choice(_AMOUNTS)
        else:
            raise ValueError(f"unknown slot {{{key}}} in template {template!r}")
        if label is not None:
            spans.append({"start": len(text), "end": len(text) + len(value), "label": label})
        text += value
    text += template[position:]
    return {"text": text, "spans": spans, "lang": "zh"}


@lru_cache(maxsize=1)
def surname_words() -> tuple[str, ...]:
    """Two-character words of jieba's dictionary that start with a surname and that jieba
    does not tag as a name (``官方``, ``高兴``, ``周末``, ``万元``): the words a tagger that
    learned "surname + a character or two" would take for names. The second characters are
    those of this module's own phrases and the given-name lists."""
    import rjieba

    texts = (
        _BEFORE_NAME
        + _AFTER_NAME
        + _BEFORE_ADDRESS
        + _AFTER_ADDRESS
        + _NEGATIVE_PHRASES
        + _PERSON_TEMPLATES
        + _ADDRESS_TEMPLATES
        + _NEGATIVE_TEMPLATES
        + _HARD_WORDS
        + _STREET_STEMS
        + _ESTATE_STEMS
        + (_RARE_GIVEN, "".join(GIVEN_CHARS))
    )
    seconds = sorted({ch for text in texts for ch in text if "\u4e00" <= ch <= "\u9fff"})
    found: list[str] = []
    for surname in SURNAMES:
        for second in seconds:
            word = surname + second
            if rjieba.has_word(word):
                tags = rjieba.tag(word, False)
                if len(tags) == 1 and not tags[0][1].startswith("nr"):
                    found.append(word)
    return tuple(found)


def _composed(rng: random.Random, split: str) -> Record:
    """One composed message with a name, an address, both, or neither."""
    opening = rng.choice(_OPENINGS)
    roll = rng.random()
    if roll < 0.1:
        frame = rng.choice(_split_of(_NEGATIVE_FRAMES, split))
        phrases = _split_of(_NEGATIVE_PHRASES, split) + _split_of(surname_words(), split)

        def phrase() -> str:
            return number_phrase(rng) if rng.random() < 0.4 else rng.choice(phrases)

        return {
            "text": opening + frame.format(x=phrase(), y=phrase()),
            "spans": [],
            "lang": "zh",
        }
    if roll < 0.2:
        # A name's words around a common word that is no name: the context alone is not
        # enough. (Not jieba's rarer words: 齐泰 or 单显 after 担保人 may well be names.)
        word = rng.choice(_split_of(_HARD_WORDS, split))
        before = rng.choice(_split_of(_BEFORE_NAME, split))
        after = rng.choice(_split_of(_AFTER_NAME, split))
        return {"text": opening + before + word + after, "spans": [], "lang": "zh"}
    parts: list[tuple[str, str | None]] = [(opening, None)]
    if roll < 0.75:
        name = latin_name(rng) if rng.random() < 0.12 else chinese_name(rng)
        parts += [
            (rng.choice(_split_of(_BEFORE_NAME, split)), None),
            (name, "PERSON"),
            (rng.choice(_split_of(_AFTER_NAME, split)), None),
        ]
    if roll >= 0.6:
        if len(parts) > 1:
            parts.append((rng.choice(("，", "，", " ", "；")), None))
        parts += [
            (rng.choice(_split_of(_BEFORE_ADDRESS, split)), None),
            (chinese_address(rng, with_province=rng.random() < 0.6), "ADDRESS"),
            (rng.choice(_split_of(_AFTER_ADDRESS, split)), None),
        ]
    if rng.random() < 0.25:  # a clause with a number that is not personal data
        parts.append((rng.choice(("，", "。", "；")) + number_phrase(rng), None))
    text = ""
    spans: list[dict[str, object]] = []
    for value, label in parts:
        if label is not None:
            spans.append({"start": len(text), "end": len(text) + len(value), "label": label})
        text += value
    return {"text": text, "spans": spans, "lang": "zh"}


def generate(n: int, seed: int, split: str = "train") -> list[Record]:
    """``n`` records drawn with ``seed`` from the ``split`` template pool: about 45% with a
    name, 25% with an address, 10% with both, 20% hard negatives without personal data."""
    rng = random.Random(seed)
    pools: list[tuple[float, tuple[str, ...]]] = [
        (0.37, _split_of(_PERSON_TEMPLATES, split)),
        (0.08, _split_of(_LATIN_TEMPLATES, split)),
        (0.25, _split_of(_ADDRESS_TEMPLATES, split)),
        (0.10, _split_of(_MIXED_TEMPLATES, split)),
        (0.20, _split_of(_NEGATIVE_TEMPLATES, split)),
    ]
    weights = [weight for weight, _ in pools]
    records: list[Record] = []
    for _ in range(n):
        if rng.random() < COMPOSED_SHARE:
            records.append(_composed(rng, split))
            continue
        templates = rng.choices([pool for _, pool in pools], weights)[0]
        records.append(_fill(rng.choice(templates), rng))
    return records


# Hard negatives: messages without personal data whose words sit where names and addresses
# do (after 我是 / 联系人： / a sign-off, before 先生 / 说), so that a role, a courtesy title,
# a shop or a place read as a place is not taken for one.
_ROLES = words(
    "客服 人工客服 在线客服 客户经理 大堂经理 柜员 理财顾问 理财经理 信贷员 值班经理 工作人员 "
    "行长 副行长 主管 店长 经理 总监 专员 业务员 会计 出纳 财务 前台 保安 保洁 司机 快递员 "
    "外卖员 房东 房客 租客 中介 物业 业主 邻居 同事 朋友 领导 老板 老师 医生 护士 律师 警察 "
    "民警 我妈 我爸 我老公 我老婆 我爱人 孩子 家里人 亲戚 室友 对方 收款方 商家 卖家 买家"
)
_COURTESY = words(
    "先生 女士 小姐 这位先生 那位女士 这位女士 先生您好 女士您好 尊敬的客户 亲爱的用户 "
    "尊敬的先生 尊敬的女士 各位 老人家 大爷 大妈 师傅 同志"
)
_THANKS = words("谢谢 谢谢您 多谢 感谢 非常感谢 谢了 辛苦了 麻烦了 谢谢你们")
_PLACES = words(
    "王府井 西湖 外滩 中关村 陆家嘴 天河城 春熙路 解放碑 五道口 西单 国贸 火车站 机场 "
    "高铁站 地铁站 汽车站 人民广场 市中心 开发区 高新区 老城区 步行街 商业街 大学城 城中村 "
    "老家 乡下 郊区 海边 景区 医院 学校 公司 单位 营业厅 网点 菜市场 小区门口 楼下"
)
_SHOPS = words(
    "星巴克 麦当劳 肯德基 沃尔玛 家乐福 永辉超市 华联超市 苏宁易购 国美电器 京东 淘宝 美团 "
    "拼多多 周大福 老凤祥 海底捞 沙县小吃 兰州拉面 瑞幸咖啡 李宁专卖店 华为专卖店 小米之家 "
    "万达广场 银泰百货 罗森便利店 全家便利店 中石化加油站 顺丰快递 中国移动营业厅"
)
_TOPICS = words(
    "转账限额 信用卡年费 房贷利率 理财到期 挂失补卡 手机银行 余额查询 账单分期 外币兑换 "
    "积分兑换 开户手续 销户流程 存款利息 定期存单 提前还款"
)
_DEPARTMENTS = words("财务部 人事部 客服中心 行政部 市场部 办公室 物业服务中心 信用卡中心")
_HARD_NEGATIVE_FRAMES = (
    "{thanks}，{role}已经帮我处理好了。",
    "{courtesy}，请问还有什么可以帮您？",
    "请问{role}几点上班？",
    "我在{place}附近的{shop}刷卡被拒了。",
    "{role}说要先联系{role2}。",
    "刚才那位{role}态度很好，{thanks}！",
    "{shop}的消费记录能查到吗？",
    "我明天去{place}，那边有网点吗？",
    "麻烦{role}帮我看一下，{thanks}。",
    "坐席：{courtesy}，请问您办理什么业务？\n客户：我想问一下{topic}。",
    "这位{courtesy}的卡需要本人来办理。",
    "{role}让我在{shop}门口等一下。",
    "{place}那家{shop}还开着吗？",
    "{role}和{role2}都说不清楚。",
    "我是{role}，帮{role2}问一下{topic}。",
    "联系人：{role}\n事项：{topic}",
    "—— {department}",
    "此致\n敬礼\n{department}",
    "{thanks}！\n{department}",
    "我叫了{role}过来帮忙。",
    "{role}说{place}的网点人少。",
    "{courtesy}，您的{topic}已经办好了，{thanks}。",
    "在{shop}买东西的时候手机丢了。",
    "{role}打电话来问{topic}的事。",
    "我给{role}转了房租，{thanks}。",
    "客户：{thanks}，没有别的问题了。\n坐席：好的{courtesy}，再见。",
    "{role}：{courtesy}您好，请出示身份证。",
    "上周在{place}的{shop}消费了两笔。",
    "你们{role}怎么一直不回消息？",
    "申请人：本人\n代办人：{role}",
)


def hard_negatives(n: int, seed: int) -> list[Record]:
    """``n`` messages without personal data (an extra training source of the tagger): roles,
    courtesy titles without a name, thanks, shops and places used as places, departments as
    sign-offs, in the slots where names and addresses stand."""
    rng = random.Random(seed)
    records: list[Record] = []
    for _ in range(n):
        roles = rng.sample(_ROLES, 2)
        text = rng.choice(_HARD_NEGATIVE_FRAMES).format(
            role=roles[0],
            role2=roles[1],
            courtesy=rng.choice(_COURTESY),
            thanks=rng.choice(_THANKS),
            place=rng.choice(_PLACES),
            shop=rng.choice(_SHOPS),
            topic=rng.choice(_TOPICS),
            department=rng.choice(_DEPARTMENTS),
        )
        records.append({"text": rng.choice(_OPENINGS) + text, "spans": [], "lang": "zh"})
    return records


def _cli(argv: Sequence[str] | None = None, emit: Callable[[str], None] = print) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=20)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--split", choices=("train", "dev"), default="train")
    args = parser.parse_args(argv)
    for record in generate(args.n, args.seed, args.split):
        emit(json.dumps(record, ensure_ascii=False))


if __name__ == "__main__":
    _cli()
