"""Chinese similar-character and homophone swaps (the spelling noise of Chinese customer text).

One edit replaces one Chinese character by a look-alike (形近字: 户/戸, 账/帐) or a
same-sound character (同音字: 转/专, 卡/咔) from a small hand-written table centred on banking
vocabulary. Every replacement is itself a Chinese character, so Chinese text stays Chinese.
"""

from __future__ import annotations

import random
from typing import Any, ClassVar

from steward.audit.robustness.base import TextAttack, register, sample_unique

# character -> look-alikes and homophones (each a CJK ideograph)
SIMILAR: dict[str, str] = {
    "卡": "咔佧胩",
    "账": "帐胀涨",
    "帐": "账胀",
    "转": "专砖传",
    "款": "欵窾",
    "户": "戸沪护",
    "钱": "前浅钳",
    "银": "垠龈吟",
    "行": "形型刑",
    "额": "颚鹅峨",
    "余": "馀于鱼",
    "查": "察茶喳",
    "询": "洵旬寻",
    "丢": "丟",
    "密": "蜜秘宓",
    "码": "玛吗蚂",
    "存": "寸荐",
    "取": "娶趣",
    "付": "附副咐",
    "支": "只枝吱",
    "汇": "会惠绘",
    "贷": "代袋黛",
    "利": "莉例俐",
    "息": "熄悉惜",
    "费": "废沸狒",
    "信": "芯新衅",
    "申": "伸绅砷",
    "请": "清晴情",
    "办": "半扮伴",
    "理": "里李哩",
    "开": "幵凯",
    "销": "消宵硝",
    "冻": "栋动洞",
    "结": "洁节桔",
    "挂": "褂卦",
    "失": "矢夫",
    "补": "朴卜",
    "换": "焕唤涣",
    "退": "褪腿",
    "还": "环",
    "到": "倒道",
    "没": "沒",
    "号": "好豪",
    "手": "守首",
    "机": "几肌叽",
    "绑": "帮梆",
    "定": "订锭",
    "安": "按桉",
    "全": "泉荃",
    "证": "正症政",
    "登": "灯蹬",
    "录": "绿禄",
    "我": "找俄",
    "的": "得地",
    "么": "麽末",
    "少": "沙",
    "在": "再仔",
    "哪": "那娜",
    "元": "圆园",
    "现": "见苋",
    "金": "今斤",
    "交": "郊胶",
    "易": "益亦",
    "记": "纪计",
    "错": "措锉",
    "误": "务悟",
    "扣": "叩寇",
    "充": "冲茺",
    "值": "植直",
    "微": "徽薇",
    "宝": "保堡",
    "邮": "油由",
    "件": "健建",
    "收": "荍",
}


@register
class ChineseSimilarChars(TextAttack):
    name: ClassVar[str] = "zh_similar"

    def __init__(self, table: dict[str, str] | None = None) -> None:
        self.table = dict(SIMILAR if table is None else table)

    def config(self) -> dict[str, Any]:
        return {"name": self.name, "table_size": len(self.table)}

    def candidates(self, text: str, rng: random.Random, k: int) -> list[str]:
        options = [
            text[:i] + alt + text[i + 1 :]
            for i, char in enumerate(text)
            for alt in self.table.get(char, "")
        ]
        if len(options) <= k:
            return options
        return sample_unique(lambda: rng.choice(options), text, k, tries=4 * k)
