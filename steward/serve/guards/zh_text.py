"""Chinese text normalisation for the Chinese injection classifier: one spelling for the
several an attacker can choose, so that character n-grams learnt from one match the others.

- full-width letters, digits and punctuation to half-width (Unicode NFKC);
- traditional characters to simplified, for the characters jailbreak prompts and bank
  messages use (a table, not a dictionary: cheap, and rare characters simply stay as they
  are);
- whitespace, zero-width characters and the glue symbols of spread-out text ("不 要 拒 绝",
  "越*狱") removed; Latin lower-cased.
"""

from __future__ import annotations

import re
import unicodedata

_TRADITIONAL = (
    "們個來說為這會對時於後沒麼嗎請讓從現樣問題話無規則製學開發獄絕聲當頭統設劇寫講機應該號碼銀帳戶貸轉賬錢網絡駭詐騙藥彈殺槍"
    "錄竊盜偽證護臉監視蹤將違誠實幫準確詳細驟過濾審關閉鎖與給讀點邊裡裏還長義務種據數處錯誤選項權見經驗專業導師線條東車門買賣"
    "價隱稱認識電腦軟體資訊檔傳輸協議擊繞術戲場節虛構純屬僅論測試範記憶態雙兒傷產評質氣員熱獨憑壞歡樂親愛媽爺謝麗鳥魚飛黃紅綠"
    "藍萬億歲興總結簡單續編輯譯語漢書夠辦領擔憂輕鬆嚴肅險歷聽覺決擴區醫療費錶鐘廣內覽蓋舊級廢執勢僞頁類參變離難顧慮責辭隊擬販"
    "運組織賭遊銷狀況餘額匯掛著衛腳聯壓獎隨誰預簽戰驅複鑰啟動鏈際駕獲間寶齊亂滅斷殘廠燈舉換損擇標頻顯風飯養館燒煉幣進達遠遲適"
    "連週遞邏遺郵鄰醜釋針鈔鋼鍵鏡閃閱陰陳陸雖雞雲靈頂順須頓願飲馬驚髮鬥鬧黨齡龍龜儲優兩冊凍劃劑勞勵嚇圍圖團圓夢奪奮婦嬰寵尋層"
    "島帥帶幾庫廳張徑徵懷拋捨掃掙揮搶擁擋擾攜敗敵曆棄極樓毀減溫滿濕災烏煙爭爾牆犧獸環畫癮盡盤禮禍穩窮競筆築籌糧紀約紙終綁緊練"
    "縣繫罰罵習聖聞職艦藝蘇蟲衝補觀觸計訂許訴註詞誌誘課調談諾謀謊負財貨貴賊賓賠購賽贏趕軍較輔輛農麥訓"
)
_SIMPLIFIED = (
    "们个来说为这会对时于后没么吗请让从现样问题话无规则制学开发狱绝声当头统设剧写讲机应该号码银帐户贷转账钱网络骇诈骗药弹杀枪"
    "录窃盗伪证护脸监视踪将违诚实帮准确详细骤过滤审关闭锁与给读点边里里还长义务种据数处错误选项权见经验专业导师线条东车门买卖"
    "价隐称认识电脑软体资讯档传输协议击绕术戏场节虚构纯属仅论测试范记忆态双儿伤产评质气员热独凭坏欢乐亲爱妈爷谢丽鸟鱼飞黄红绿"
    "蓝万亿岁兴总结简单续编辑译语汉书够办领担忧轻松严肃险历听觉决扩区医疗费表钟广内览盖旧级废执势伪页类参变离难顾虑责辞队拟贩"
    "运组织赌游销状况余额汇挂着卫脚联压奖随谁预签战驱复钥启动链际驾获间宝齐乱灭断残厂灯举换损择标频显风饭养馆烧炼币进达远迟适"
    "连周递逻遗邮邻丑释针钞钢键镜闪阅阴陈陆虽鸡云灵顶顺须顿愿饮马惊发斗闹党龄龙龟储优两册冻划剂劳励吓围图团圆梦夺奋妇婴宠寻层"
    "岛帅带几库厅张径征怀抛舍扫挣挥抢拥挡扰携败敌历弃极楼毁减温满湿灾乌烟争尔墙牺兽环画瘾尽盘礼祸稳穷竞笔筑筹粮纪约纸终绑紧练"
    "县系罚骂习圣闻职舰艺苏虫冲补观触计订许诉注词志诱课调谈诺谋谎负财货贵贼宾赔购赛赢赶军较辅辆农麦训"
)
TRADITIONAL_TO_SIMPLIFIED = str.maketrans(_TRADITIONAL, _SIMPLIFIED)
# the inverse, for generating traditional-character training variants (first spelling wins)
SIMPLIFIED_TO_TRADITIONAL: dict[str, str] = {}
for _t, _s in zip(_TRADITIONAL, _SIMPLIFIED, strict=True):
    SIMPLIFIED_TO_TRADITIONAL.setdefault(_s, _t)

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_LATIN = re.compile(r"[A-Za-z\uff21-\uff3a\uff41-\uff5a]")
_DROP = re.compile(r"[\s\u200b-\u200f\u2060\ufeff*\-/_~|·.]+")
MIN_CJK_CHARS = 4


def cjk_count(text: str) -> int:
    return len(_CJK.findall(text))


def is_chinese(text: str) -> bool:
    """Mostly Chinese: at least ``MIN_CJK_CHARS`` Chinese characters, and at least one for
    every two Latin letters (a Chinese word is one or two characters, an English one about
    five letters), so an English prompt with a Chinese phrase in it stays the main model's."""
    cjk = cjk_count(text)
    return cjk >= MIN_CJK_CHARS and 2 * cjk >= len(_LATIN.findall(text))


# a Chinese text with this many Latin letters is mixed: the main model reads it too
MIXED_LATIN_LETTERS = 20


def is_mixed_script(text: str) -> bool:
    """Chinese with a long Latin part (an English clause, a gibberish suffix), which the
    main model, trained mostly on English, should read as well."""
    return len(_LATIN.findall(text)) >= MIXED_LATIN_LETTERS


def normalize_zh(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).lower().translate(TRADITIONAL_TO_SIMPLIFIED)
    return _DROP.sub("", text)
