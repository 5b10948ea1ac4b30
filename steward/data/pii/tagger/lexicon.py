"""Name parts shared by the tagger's features and its training-data generator."""

from __future__ import annotations

from steward.data.pii.recognizers.base import words
from steward.data.pii.recognizers.person_zh import SINGLE_SURNAMES, TWO_CHARACTER_SURNAMES

SURNAMES: tuple[str, ...] = tuple(sorted(SINGLE_SURNAMES))
COMPOUND_SURNAMES: tuple[str, ...] = tuple(sorted(TWO_CHARACTER_SURNAMES))
# The commonest surnames, about 70% of the population: drawn most often.
COMMON_SURNAMES: tuple[str, ...] = tuple(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
)
# Characters common in given names (both sexes).
GIVEN_CHARS: tuple[str, ...] = tuple(
    dict.fromkeys(
        "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红娥玲芬燕彬斌宇浩凯健俊帆帅旭宁龙林欣佳"
        "怡雪梅琳晶婷慧颖倩洁琴云莉兰凤建国志海峰鹏辉鑫波亮成东飞文博晨阳子涵轩萱雨思梓一诺可馨逸泽"
        "昊然睿瑞嘉晓丹蕾薇璐露佩春秋冬振德福永荣庆祥彤悦琪瑶妍楠宏毅晖君立岩松森昌兵锋伦豪翔奇耀航"
        "宸铭雅淑惠珍贞月琦蓉素茜媛"
    )
)
LATIN_GIVEN: tuple[str, ...] = words(
    "James David Michael Kevin Jason Eric Tony Peter Vincent Alex Jack Tom Grace Linda Cindy "
    "Amy Helen Emily Jessica Vivian Annie Sophia Irene Winnie Ivy Queenie Daniel Andy Frank "
    "Steven Ryan Joyce Karen Sandy Wendy Jenny Bruce Henry Leo"
)
ROMANISED_SURNAMES: tuple[str, ...] = words(
    "Chen Wang Li Zhang Liu Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Luo Zheng "
    "Liang Xie Tang Han Feng Deng Cao Wong Chan Cheung Lau Leung Ng Ho Lam Tsang Chow Yip Kwok"
)

# Words that follow a name: titles and forms of address (王芳女士, 张师傅, 李总).
TITLES: tuple[str, ...] = words(
    "先生 女士 小姐 太太 夫人 师傅 老师 教授 博士 医生 护士 律师 警官 经理 主任 总监 主管 "
    "老板 董事长 总经理 行长 科长 处长 局长 同学 阿姨 叔叔 大哥 大姐 总 工 姐 哥"
)
# Words that introduce a person by their relation to the writer (同事李明, 我女儿王芳).
RELATIONS: tuple[str, ...] = words(
    "同事 朋友 邻居 老板 房东 室友 妈妈 爸爸 我妈 我爸 母亲 父亲 儿子 女儿 丈夫 妻子 老公 "
    "老婆 爱人 先生 太太 哥哥 姐姐 弟弟 妹妹 舅舅 姑姑 叔叔 阿姨 爷爷 奶奶 外公 外婆 岳父 "
    "岳母 公公 婆婆 表哥 表姐 表弟 表妹 堂哥 堂姐 同学 中介 客户 经理 快递员 业务员 柜员 "
    "律师 医生 合伙人 担保人 联系人 收款人 付款人 汇款人 借款人 户名 姓名 名字 叫 称呼 "
    "自称 名叫 冒充 转给 转账给 还给 交给 找 跟 和 与 由 让 替 帮 请 问 告诉 通知 转告"
)
